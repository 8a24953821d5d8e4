import { setTimeout as sleep } from 'node:timers/promises';
import { recordingLogger } from '../../support/recording-logger';
import { DynamoSupervisor } from '../../../src/infrastructure/embedded/dynamo-supervisor';
import { EmbeddedDynamo, EmbeddedDynamoOptions } from '../../../src/infrastructure/embedded/embedded-dynamodb';

/**
 * The supervisor's rules on stand-in processes (the real kill -9 of Java is in
 * test/e2e/faults.e2e.test.ts): restart after an unexpected exit on the same port and data,
 * down meanwhile, back-off doubling and bounded, every restart logged, none after stop().
 */
function standIns(failures = 0) {
  const started: Array<EmbeddedDynamoOptions & { crash: () => void; stopped: boolean }> = [];
  let toFail = failures;
  const start = async (options: EmbeddedDynamoOptions): Promise<EmbeddedDynamo> => {
    if (started.length > 0 && toFail-- > 0) throw new Error('port busy');
    let crash: () => void = () => undefined;
    const exited = new Promise<string>((resolve) => {
      crash = () => resolve('SIGKILL');
    });
    const process = { ...options, crash, stopped: false };
    started.push(process);
    return {
      endpoint: `http://127.0.0.1:${options.port}`,
      pid: started.length,
      exited,
      stop: async () => {
        process.stopped = true;
        crash();
      },
    };
  };
  return { started, start };
}

const logs = () => {
  const { messages, logger } = recordingLogger();
  return { lines: messages, logger };
};
const until = async (condition: () => boolean) => {
  for (let i = 0; i < 200 && !condition(); i++) await sleep(5);
  expect(condition()).toBe(true);
};

it('restarts DynamoDB Local on the same port and data after an unexpected exit, and is down meanwhile', async () => {
  const { started, start } = standIns();
  const { lines, logger } = logs();
  const supervisor = await DynamoSupervisor.start({ dataDir: '/data', port: 8901 }, logger, { start, initialBackoffMs: 20 });
  expect(supervisor.isUp()).toBe(true);
  started[0].crash();
  await until(() => !supervisor.isUp());
  await until(() => supervisor.isUp());
  expect(started.map(({ port, dataDir }) => ({ port, dataDir }))).toEqual([
    { port: 8901, dataDir: '/data' },
    { port: 8901, dataDir: '/data' },
  ]);
  expect(started[1].checkJava).toBe(false);
  expect(lines).toEqual(['DynamoDB Local exited unexpectedly; restarting it', 'DynamoDB Local restarted']);
  await supervisor.stop();
  expect(started[1].stopped).toBe(true);
});

it('keeps trying with a doubling, bounded back-off while starts fail, logging each', async () => {
  const { started, start } = standIns(3);
  const { lines, logger } = logs();
  const supervisor = await DynamoSupervisor.start({ port: 8902 }, logger, { start, initialBackoffMs: 10, maxBackoffMs: 25 });
  const crashedAt = Date.now();
  started[0].crash();
  await until(() => supervisor.isUp() && started.length === 2);
  // Waits of 10, 20, 25, 25 ms (bounded), before the fourth attempt succeeds.
  expect(Date.now() - crashedAt).toBeGreaterThanOrEqual(75);
  expect(lines.filter((line) => line.includes('restart failed'))).toHaveLength(3);
  expect(lines[lines.length - 1]).toBe('DynamoDB Local restarted');
  await supervisor.stop();
});

it('does not restart what stop() ended', async () => {
  const { started, start } = standIns();
  const supervisor = await DynamoSupervisor.start({ port: 8903 }, logs().logger, { start, initialBackoffMs: 5 });
  await supervisor.stop();
  await sleep(50);
  expect(started).toHaveLength(1);
  expect(supervisor.isUp()).toBe(false);
});
