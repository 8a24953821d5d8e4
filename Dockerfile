# The wallet service, built from source. DynamoDB comes from outside (docker compose's
# amazon/dynamodb-local, or AWS): set DYNAMODB_ENDPOINT, or WALLET_STORE=aws.
# Node 24: the Active LTS (Node 20 reached its end of life in April 2026).
FROM node:24-bookworm-slim AS build
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci --no-audit --no-fund --ignore-scripts
COPY tsconfig.json tsconfig.build.json ./
COPY scripts ./scripts
COPY src ./src
# The build copies the Playground's static assets into dist/: its package is a development dependency, pruned
# here with the embedded DynamoDB Local (production node_modules: about 107 MB on disk, 254 packages).
RUN npm run build && npm prune --omit=dev

FROM node:24-bookworm-slim
WORKDIR /app
# The service listens on loopback unless told otherwise; in a container it must take outside connections.
ENV NODE_ENV=production PORT=4000 HOST=0.0.0.0
COPY --from=build /app/package.json ./
COPY --from=build /app/node_modules ./node_modules
COPY --from=build /app/dist ./dist
# DATA_DIR for a development signing key (compose mounts a volume here; a new volume takes this owner).
RUN mkdir -p /data && chown node:node /data
EXPOSE 4000
HEALTHCHECK --interval=10s --timeout=3s --start-period=30s CMD ["node", "-e", "fetch('http://127.0.0.1:' + (process.env.PORT || 4000) + '/health/ready').then((r) => process.exit(r.ok ? 0 : 1), () => process.exit(1))"]
USER node
CMD ["node", "dist/main.js"]
