import { EmbeddedDynamo } from '../../src/infrastructure/embedded/embedded-dynamodb';

/** Stops what the global setup started: nothing outlives the test run. */
export default async function globalTeardown(): Promise<void> {
  await (globalThis as { testDynamo?: EmbeddedDynamo }).testDynamo?.stop();
}
