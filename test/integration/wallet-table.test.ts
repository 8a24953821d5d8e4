import { randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import {
  CreateTableCommand,
  CreateTableCommandInput,
  DeleteTableCommand,
  DescribeTableCommand,
  DescribeTimeToLiveCommand,
  DynamoDBClient,
  ResourceNotFoundException,
  TableDescription,
  UpdateTableCommand,
  UpdateTimeToLiveCommand,
  waitUntilTableExists,
} from '@aws-sdk/client-dynamodb';
import { DynamoDBStreamsClient } from '@aws-sdk/client-dynamodb-streams';
import { NO_METRICS } from '../../src/application/service-metrics.port';
import { createDynamoClients, sdkClientConfig } from '../../src/infrastructure/dynamodb/dynamodb-client';
import { RequestCounter } from '../../src/infrastructure/dynamodb/request-counter';
import { DynamoStreamSource } from '../../src/infrastructure/dynamodb/wallet-feed';
import { ensureWalletTable } from '../../src/infrastructure/dynamodb/wallet-table';
import { openStore } from '../../src/infrastructure/open-store';
import { createLogger } from '../../src/observability/pino-logger';
import { testDynamoEndpoint } from '../support/dynamo';

/**
 * Start-up against a table made beforehand sends only reads, so the least-privilege role of
 * docs/deploying-to-aws.md (no CreateTable, UpdateTable or UpdateTimeToLive) is enough to start.
 */
describe('ensureWalletTable', () => {
  const endpoint = testDynamoEndpoint();
  const { client } = createDynamoClients({ endpoint, region: 'local' });
  const tableName = `wallets-table-${randomUUID()}`;
  afterAll(async () => {
    await client.send(new DeleteTableCommand({ TableName: tableName }));
    client.destroy();
  });

  it('makes a missing table once, and on an existing one only asks', async () => {
    await ensureWalletTable(client, tableName);
    // A service starting again: a client of its own, counted from its first request.
    const restarted = createDynamoClients({ endpoint, region: 'local' }).client;
    const counter = new RequestCounter();
    counter.attach(restarted);
    try {
      await ensureWalletTable(restarted, tableName);
    } finally {
      restarted.destroy();
    }
    expect(Object.keys(counter.snapshot()).sort()).toEqual(['DescribeTable', 'DescribeTimeToLive']);
  });
});

/**
 * The page's promise, taken from the page itself: a table made by its `aws dynamodb` commands is the table the code
 * makes, the whole start-up against it (table, index and stream checks: open-store.ts) only asks, and its IAM policy
 * allows what start-up and the stream reader send, and nothing that changes the table.
 */
describe('the table and policy of docs/deploying-to-aws.md', () => {
  const DOC_TABLE = 'wallets';
  const doc = readFileSync(join(__dirname, '../../docs/deploying-to-aws.md'), 'utf8');
  const commands = awsCommands(fencedBlocks(doc, 'sh')[0] ?? '');
  const policy = JSON.parse(fencedBlocks(doc, 'json')[0] ?? '{}') as Policy;
  const endpoint = testDynamoEndpoint();
  const { client } = createDynamoClients({ endpoint, region: 'local' });
  const logger = createLogger({ level: 'silent' });
  const tableName = `wallets-doc-${randomUUID()}`;
  const codeTableName = `wallets-code-${randomUUID()}`;

  beforeAll(async () => {
    for (const words of commands) {
      const input: Record<string, string[]> = { ...docOptions(words), '--table-name': [tableName] };
      const command = words.slice(0, 3).join(' ');
      if (command === 'aws dynamodb create-table') await client.send(new CreateTableCommand(createTableInput(input)));
      else if (command === 'aws dynamodb wait') await waitUntilTableExists({ client, maxWaitTime: 60 }, { TableName: tableName });
      else if (command === 'aws dynamodb update-time-to-live')
        await client.send(
          new UpdateTimeToLiveCommand({ TableName: tableName, TimeToLiveSpecification: shorthand(input['--time-to-live-specification']) }),
        );
      // update-continuous-backups: a backup setting, nothing the service reads.
      else if (command !== 'aws dynamodb update-continuous-backups') throw new Error(`The page's command ${command} is not known here`);
    }
  });
  afterAll(async () => {
    for (const name of [tableName, codeTableName]) {
      // The page's table is protected from deletion, as it should be on AWS.
      const missing = (error: unknown) => {
        if (!(error instanceof ResourceNotFoundException)) throw error;
      };
      await client.send(new UpdateTableCommand({ TableName: name, DeletionProtectionEnabled: false })).catch(missing);
      await client.send(new DeleteTableCommand({ TableName: name })).catch(missing);
    }
    client.destroy();
  });

  it('makes the table the code makes: keys, both indexes, billing, TTL, and the stream subscriptions read', async () => {
    expect(commands.map((words) => words[2])).toEqual(expect.arrayContaining(['create-table', 'update-time-to-live']));
    expect(docOptions(commands.find((words) => words[2] === 'create-table') ?? [])['--table-name']).toEqual([DOC_TABLE]);
    await ensureWalletTable(client, codeTableName);
    const [documented, coded] = await Promise.all([describeShape(client, tableName), describeShape(client, codeTableName)]);
    expect(documented.indexes.map((index) => index.IndexName)).toEqual(['byOwner', 'byTime']);
    expect({ ...documented, stream: undefined }).toEqual({ ...coded, stream: undefined });
    // The code enables a NEW_IMAGE stream at start-up (wallet-stream.ts); the page makes it with the table.
    expect(documented.stream).toEqual({ StreamEnabled: true, StreamViewType: 'NEW_IMAGE' });
  });

  it('starts the service on it with reads only, each allowed by the policy', async () => {
    const sent = new Set<string>();
    const metrics = { ...NO_METRICS, dynamodbRequest: (command: string) => void sent.add(command) };
    const store = await openStore({ kind: 'endpoint', endpoint }, { region: 'local', tableName, metrics, logger });
    let startup: string[] = [];
    try {
      expect(await store.isReachable()).toBe(true);
      startup = [...sent].sort();
      // A subscriber: the stream is read, its reads counted as the table's are (wallet_dynamodb_requests_total).
      const stop = await store.feed.listen('any', () => undefined);
      for (let waited = 0; !sent.has('GetRecords') && waited < 200; waited += 1) await sleep(50);
      stop();
    } finally {
      await store.close();
    }
    // No CreateTable, UpdateTable (index, stream) or UpdateTimeToLive: the policy allows none of them.
    expect(startup).toEqual(['DescribeTable', 'DescribeTimeToLive']);
    expect([...sent].filter((operation) => !startup.includes(operation)).sort()).toEqual([
      'DescribeStream',
      'GetRecords',
      'GetShardIterator',
    ]);
    for (const operation of startup) expect(allowed(policy, `dynamodb:${operation}`, `table/${DOC_TABLE}`)).toBe(true);
    for (const change of ['CreateTable', 'UpdateTable', 'UpdateTimeToLive', 'DeleteTable'])
      expect(allowed(policy, `dynamodb:${change}`, `table/${DOC_TABLE}`)).toBe(false);
  });

  it("reads the table's stream with exactly the actions the policy allows on it", async () => {
    const { Table } = await client.send(new DescribeTableCommand({ TableName: tableName }));
    const streamArn = Table?.LatestStreamArn ?? '';
    expect(streamArn).toContain('/stream/');
    const streams = new DynamoDBStreamsClient(sdkClientConfig({ endpoint, region: 'local' }));
    const sent = new Set<string>();
    streams.middlewareStack.add(
      (next, context) => (args) => {
        sent.add((context.commandName ?? 'Unknown').replace(/Command$/, ''));
        return next(args);
      },
      { step: 'initialize', name: 'policyCheckCommands' },
    );
    // shardRefreshMs 0: the shard list is read again after every round, as after a split.
    const source = new DynamoStreamSource(streams, streamArn, logger, { idleMs: 20, maxBackoffMs: 100, shardRefreshMs: 0 });
    await source.start(() => undefined);
    for (let waited = 0; !sent.has('GetRecords') && waited < 100; waited += 1) await sleep(50);
    source.stop();
    await sleep(300);
    streams.destroy();
    const resource = `table/${DOC_TABLE}/stream/${streamArn.split('/stream/')[1]}`;
    expect([...sent].sort()).toEqual(['DescribeStream', 'GetRecords', 'GetShardIterator']);
    expect(actionsAllowedOn(policy, resource)).toEqual([...sent].map((operation) => `dynamodb:${operation}`).sort());
  });

  it('lets the service query both indexes, and read and write the table', () => {
    for (const index of ['byOwner', 'byTime']) expect(allowed(policy, 'dynamodb:Query', `table/${DOC_TABLE}/index/${index}`)).toBe(true);
    for (const action of ['GetItem', 'Query', 'PutItem', 'UpdateItem'])
      expect(allowed(policy, `dynamodb:${action}`, `table/${DOC_TABLE}`)).toBe(true);
  });
});

interface Policy {
  Statement: { Effect: string; Action: string | string[]; Resource: string | string[] }[];
}

const list = (value: string | string[]) => (Array.isArray(value) ? value : [value]);
/** An ARN's part from `table/` on: the page's region and account are placeholders. */
const tablePart = (arn: string) => arn.slice(arn.indexOf(':table/') + 1);
const wildcard = (pattern: string) => new RegExp(`^${pattern.split('*').map(escapeRegExp).join('.*')}$`);
const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

function allowed(policy: Policy, action: string, resource: string): boolean {
  return policy.Statement.some(
    (statement) =>
      statement.Effect === 'Allow' &&
      list(statement.Action).some((pattern) => wildcard(pattern).test(action)) &&
      list(statement.Resource).some((pattern) => wildcard(tablePart(pattern)).test(resource)),
  );
}

function actionsAllowedOn(policy: Policy, resource: string): string[] {
  const statements = policy.Statement.filter(
    (statement) => statement.Effect === 'Allow' && list(statement.Resource).some((pattern) => wildcard(tablePart(pattern)).test(resource)),
  );
  return [...new Set(statements.flatMap((statement) => list(statement.Action)))].sort();
}

/** What of a table start-up and the page care about, comparable between two tables. */
async function describeShape(client: DynamoDBClient, tableName: string) {
  const { Table } = await client.send(new DescribeTableCommand({ TableName: tableName }));
  const { TimeToLiveDescription } = await client.send(new DescribeTimeToLiveCommand({ TableName: tableName }));
  const table = Table as TableDescription;
  return {
    keySchema: table.KeySchema,
    attributes: [...(table.AttributeDefinitions ?? [])].sort((a, b) => String(a.AttributeName).localeCompare(String(b.AttributeName))),
    indexes: [...(table.GlobalSecondaryIndexes ?? [])]
      .map(({ IndexName, KeySchema, Projection }) => ({ IndexName, KeySchema, Projection }))
      .sort((a, b) => String(a.IndexName).localeCompare(String(b.IndexName))),
    billingMode: table.BillingModeSummary?.BillingMode,
    timeToLive: TimeToLiveDescription?.AttributeName,
    stream: table.StreamSpecification,
  };
}

function fencedBlocks(markdown: string, language: string): string[] {
  return [...markdown.matchAll(new RegExp(`^\`\`\`${language}\\n([\\s\\S]*?)^\`\`\`$`, 'gm'))].map((match) => match[1]);
}

/** The `aws dynamodb` commands of a shell block, as words: single quotes, backslash-newline continuations, comments. */
function awsCommands(block: string): string[][] {
  const commands: string[][] = [];
  let words: string[] = [];
  let word: string | undefined;
  const endWord = () => {
    if (word !== undefined) words.push(word);
    word = undefined;
  };
  const endCommand = () => {
    endWord();
    if (words[0] === 'aws' && words[1] === 'dynamodb') commands.push(words);
    words = [];
  };
  for (let at = 0; at < block.length; at++) {
    const char = block[at];
    if (char === "'") {
      const close = block.indexOf("'", at + 1);
      word = (word ?? '') + block.slice(at + 1, close);
      at = close;
    } else if (char === '\\' && block[at + 1] === '\n') {
      endWord();
      at++;
    } else if (char === '\n') endCommand();
    else if (char === '#' && word === undefined) {
      while (at + 1 < block.length && block[at + 1] !== '\n') at++;
    } else if (char === ' ' || char === '\t') endWord();
    else word = (word ?? '') + char;
  }
  endCommand();
  return commands;
}

/** `--name value...` pairs after `aws dynamodb <command>` (`wait <condition>`); a flag has no values. */
function docOptions(words: string[]): Record<string, string[]> {
  const options: Record<string, string[]> = {};
  let name: string | undefined;
  for (const word of words.slice(words[2] === 'wait' ? 4 : 3)) {
    if (word.startsWith('--')) {
      name = word;
      options[name] = [];
    } else if (name) options[name].push(word);
    else throw new Error(`A value before any option: ${word}`);
  }
  return options;
}

/** The CLI's shorthand `Key=value,Key=value` (one item), true and false as booleans. */
function shorthand(values: string[] | undefined): any {
  if (values?.length !== 1) throw new Error(`Expected one shorthand value, got ${JSON.stringify(values)}`);
  return Object.fromEntries(
    values[0].split(',').map((pair) => {
      const [key, value] = pair.split('=');
      return [key, value === 'true' ? true : value === 'false' ? false : value];
    }),
  );
}

function createTableInput(options: Record<string, string[]>): CreateTableCommandInput {
  const input: Record<string, unknown> = {};
  for (const [name, values] of Object.entries(options)) {
    if (name === '--table-name') input.TableName = values[0];
    else if (name === '--billing-mode') input.BillingMode = values[0];
    else if (name === '--attribute-definitions') input.AttributeDefinitions = values.map((value) => shorthand([value]));
    else if (name === '--key-schema') input.KeySchema = values.map((value) => shorthand([value]));
    else if (name === '--global-secondary-indexes') input.GlobalSecondaryIndexes = JSON.parse(values.join(' '));
    else if (name === '--stream-specification') input.StreamSpecification = shorthand(values);
    else if (name === '--deletion-protection-enabled') input.DeletionProtectionEnabled = true;
    else throw new Error(`create-table option ${name} is not known here`);
  }
  return input as unknown as CreateTableCommandInput;
}
