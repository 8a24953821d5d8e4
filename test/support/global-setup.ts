import { startEmbeddedDynamo } from '../../src/infrastructure/embedded/embedded-dynamodb';

/** One in-memory DynamoDB Local for the whole run; workers inherit its endpoint. */
export default async function globalSetup(): Promise<void> {
  // Known and harmless on Node 20 (README): not printed by each of the run's processes. Workers inherit it.
  process.env.AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED = 'true';
  const dynamo = await startEmbeddedDynamo();
  process.env.TEST_DYNAMODB_ENDPOINT = dynamo.endpoint;
  (globalThis as { testDynamo?: typeof dynamo }).testDynamo = dynamo;
}
