import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { isTableReachable } from '../../../src/infrastructure/dynamodb/wallet-table';

/**
 * How readiness reads DescribeTable's status. On AWS a table is UPDATING for minutes while a capacity, stream or index
 * change runs, and serves reads and writes meanwhile: an operator's probe saw every instance answer 503 then, with no
 * cause in the log. (DynamoDB Local never stays UPDATING: the answer is given here as AWS gives it.)
 */
const answering = (TableStatus?: string) =>
  ({ send: async () => ({ Table: { TableName: 'wallets', TableStatus } }) }) as unknown as DynamoDBClient;

describe('isTableReachable', () => {
  it.each(['ACTIVE', 'UPDATING'])('is ready while the table is %s', async (status) => {
    expect(await isTableReachable(answering(status), 'wallets')).toBe(true);
  });

  it.each(['CREATING', 'DELETING', 'ARCHIVING', 'INACCESSIBLE_ENCRYPTION_CREDENTIALS'])(
    'says why it is not while the table is %s',
    async (status) => {
      await expect(isTableReachable(answering(status), 'wallets')).rejects.toThrow(`Table wallets is ${status}`);
    },
  );

  it('passes on the request failure itself', async () => {
    const failing = {
      send: async () => {
        throw Object.assign(new Error('User is not authorized to perform: dynamodb:DescribeTable'), { name: 'AccessDeniedException' });
      },
    } as unknown as DynamoDBClient;
    await expect(isTableReachable(failing, 'wallets')).rejects.toThrow('not authorized');
  });
});
