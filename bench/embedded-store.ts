/** The service's own DynamoDB Local launcher: in memory for the bench, a fresh database every run. */
export { EmbeddedDynamo, freePort, startEmbeddedDynamo } from '../src/infrastructure/embedded/embedded-dynamodb';
