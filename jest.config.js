/**
 * One jest run for unit, integration and end-to-end tests. The global setup starts one in-memory
 * DynamoDB Local for the whole run (each test file makes its own table) and the teardown stops it.
 */
/** @type {import('jest').Config} */
module.exports = {
  testEnvironment: 'node',
  roots: ['<rootDir>/test'],
  testMatch: ['**/*.test.ts'],
  // File by file, without type-checking (isolatedModules): `npm run typecheck` checks the types, and CI runs it first.
  // A third faster, and no language service left running keeps a worker from exiting ("failed to exit gracefully").
  transform: { '^.+\\.ts$': ['ts-jest', { tsconfig: 'tsconfig.jest.json' }] },
  setupFiles: ['reflect-metadata', '<rootDir>/test/support/quiet-logs.ts'],
  globalSetup: '<rootDir>/test/support/global-setup.ts',
  globalTeardown: '<rootDir>/test/support/global-teardown.ts',
  testTimeout: 60_000,
  maxWorkers: 2,
};
