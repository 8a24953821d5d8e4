/**
 * `npm run test:browser`: the README walk-through in a real Chromium (Debian's, /usr/bin/chromium). Kept out of
 * `npm test` (it needs the browser); .ci/run runs both. Same DynamoDB Local setup as the main run.
 */
const base = require('./jest.config');

/** @type {import('jest').Config} */
module.exports = {
  ...base,
  testMatch: ['**/*.browser.ts'],
  testTimeout: 180_000,
  maxWorkers: 1,
};
