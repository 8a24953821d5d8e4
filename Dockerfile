# The wallet service, built from source. DynamoDB comes from outside (docker compose's
# amazon/dynamodb-local, or AWS): set DYNAMODB_ENDPOINT, or WALLET_STORE=aws.
FROM node:20-bookworm-slim AS build
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci --no-audit --no-fund --ignore-scripts
COPY tsconfig.json tsconfig.build.json ./
COPY src ./src
RUN npm run build && npm prune --omit=dev

FROM node:20-bookworm-slim
WORKDIR /app
# The service listens on loopback unless told otherwise; in a container it must take outside connections.
ENV NODE_ENV=production PORT=4000 HOST=0.0.0.0
COPY --from=build /app/package.json ./
COPY --from=build /app/node_modules ./node_modules
COPY --from=build /app/dist ./dist
# DATA_DIR for a development signing key (compose mounts a volume here; a new volume takes this owner).
RUN mkdir -p /data && chown node:node /data
EXPOSE 4000
USER node
CMD ["node", "dist/main.js"]
