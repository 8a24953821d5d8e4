import { startEmbeddedDynamo } from '../../src/infrastructure/embedded/embedded-dynamodb';

/** One in-memory DynamoDB Local for the whole run; workers inherit its endpoint. */
export default async function globalSetup(): Promise<void> {
  const dynamo = await startEmbeddedDynamo();
  process.env.TEST_DYNAMODB_ENDPOINT = dynamo.endpoint;
  (globalThis as { testDynamo?: typeof dynamo }).testDynamo = dynamo;
}
