/**
 * `npm run test:unit`: the unit tests only, in seconds: no store, so no global setup (no DynamoDB Local).
 * The whole run (`npm test`, jest.config.js) includes them too.
 */
const base = require('./jest.config.js');

/** @type {import('jest').Config} */
module.exports = {
  ...base,
  roots: ['<rootDir>/test/unit'],
  globalSetup: undefined,
  globalTeardown: undefined,
};
