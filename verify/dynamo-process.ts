import { EmbeddedDynamo, freePort, startEmbeddedDynamo } from '../src/infrastructure/embedded/embedded-dynamodb';

/**
 * DynamoDB Local for the harness, with its data in a folder (so it survives a restart) and on a
 * port fixed for the run (so the service finds it again). The launcher is the service's own; its
 * guard also ends Java should the harness itself be killed.
 */
export class DynamoProcess {
  private embedded: EmbeddedDynamo | undefined;

  private constructor(
    private readonly dataDir: string,
    readonly port: number,
  ) {}

  static async start(dataDir: string): Promise<DynamoProcess> {
    const dynamo = new DynamoProcess(dataDir, await freePort());
    await dynamo.up();
    return dynamo;
  }

  get endpoint(): string {
    return `http://127.0.0.1:${this.port}`;
  }

  /** Stops DynamoDB Local (SIGTERM, as an operator would) and starts it again on the same port and data. */
  async restart(): Promise<void> {
    await this.stop();
    await this.up();
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
