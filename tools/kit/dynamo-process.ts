import { execFileSync } from 'node:child_process';
import { setTimeout as sleep } from 'node:timers/promises';
import { EmbeddedDynamo, freePort, startEmbeddedDynamo } from '../../src/infrastructure/embedded/embedded-dynamodb';

/**
 * DynamoDB Local for a tool: in memory (the bench: a fresh database every run), or with its data in a
 * folder (verify: it survives a restart), on a port fixed for the run (so the service finds it again).
 * The launcher is the service's own; its guard also ends Java should the tool itself be killed.
 */
export class DynamoProcess {
  private embedded: EmbeddedDynamo | undefined;

  private constructor(
    private readonly dataDir: string | undefined,
    readonly port: number,
  ) {}

  static async start(dataDir?: string): Promise<DynamoProcess> {
    const dynamo = new DynamoProcess(dataDir, await freePort());
    await dynamo.up();
    return dynamo;
  }

  /** The guard process whose child is Java (for its CPU time, or a crash). */
  get pid(): number | undefined {
    return this.embedded?.pid;
  }

  get endpoint(): string {
    return `http://127.0.0.1:${this.port}`;
  }

  /** Stops DynamoDB Local (SIGTERM, as an operator would) and starts it again on the same port and data. */
  async restart(): Promise<void> {
    await this.stop();
    await this.up();
  }

  /** kill -9 of Java itself (no flush, no shutdown hook), then a start on the same port and data: a crash of the store. */
  async crash(): Promise<void> {
    const embedded = this.embedded;
    if (!embedded) throw new Error('DynamoDB Local is not running');
    process.kill(this.javaPid(), 'SIGKILL');
    await embedded.exited;
    this.embedded = undefined;
    await this.up();
  }

  /**
   * SIGSTOP of Java for `ms`, then SIGCONT: a store that takes connections (the kernel still accepts them) and
   * answers nothing, then answers everything it was sent, late: requests its clients gave up on, and their retries.
   */
  async freeze(ms: number): Promise<void> {
    const java = this.javaPid();
    process.kill(java, 'SIGSTOP');
    try {
      await sleep(ms);
    } finally {
      process.kill(java, 'SIGCONT');
    }
  }

  private javaPid(): number {
    const guard = this.embedded?.pid;
    if (guard === undefined) throw new Error('DynamoDB Local is not running');
    const java = execFileSync('ps', ['-o', 'pid=,comm=', '--ppid', String(guard)], { encoding: 'utf8' })
      .split('\n')
      .map((line) => line.trim().split(/\s+/))
      .find(([, comm]) => comm === 'java')?.[0];
    if (!java) throw new Error(`No java process under DynamoDB Local's guard ${guard}`);
    return Number(java);
  }

  async stop(): Promise<void> {
    const embedded = this.embedded;
    this.embedded = undefined;
    await embedded?.stop();
  }

  private async up(): Promise<void> {
    this.embedded = await startEmbeddedDynamo({ dataDir: this.dataDir, port: this.port, startTimeoutMs: 60_000 });
  }
}
