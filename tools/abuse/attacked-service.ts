import { ServiceProcess } from '../kit/service-process';
import { TokenIssuer } from '../kit/token-issuer';

export interface RunningService {
  readonly url: string;
  readonly port: number;
  /** A valid bearer token of the attacker (`Bearer …`), signed by a key this harness made for the service. */
  readonly authorization: string;
  /** The service's resident set size, from its GET /metrics. */
  rssBytes(): Promise<number>;
  /** CPU time (user + system) the service has used so far, in ms (GET /metrics). */
  cpuMs(): Promise<number>;
  /** HTTP requests the service has sent to DynamoDB so far, all operations (GET /metrics). */
  dynamoRequests(): Promise<number>;
  /** Lines the service logged at error level so far. */
  errorLines(): string[];
  stop(): Promise<void>;
}

/**
 * The compiled service (`node <mainJs>`) under attack, started by the tools' launcher. The attacks come
 * from an authenticated caller: a valid token is the hardest case, since every limit must hold after
 * authentication too. Stopped with SIGTERM (it then stops its embedded DynamoDB Local), SIGKILL after 15 s.
 */
export async function startService(mainJs: string, env: Record<string, string>, startTimeoutMs = 60_000): Promise<RunningService> {
  const issuer = TokenIssuer.ephemeral('wallet-abuse');
  const service = await ServiceProcess.start({
    mainJs,
    readyPath: '/health/ready',
    startTimeoutMs,
    env: { LOG_LEVEL: 'warn', ...issuer.serviceEnv(), ...env },
  }).catch((error: unknown) => {
    issuer.dispose();
    throw error;
  });
  return {
    url: service.url,
    port: service.port,
    authorization: await issuer.authorization('mallory'),
    rssBytes: async () => (await service.metrics()).process.rssBytes,
    cpuMs: async () => {
      const { process: usage } = await service.metrics();
      return (usage.cpuUserMicros + usage.cpuSystemMicros) / 1000;
    },
    dynamoRequests: async () => Object.values((await service.metrics()).dynamodb).reduce((sum, operation) => sum + operation.attempts, 0),
    errorLines: () => service.errorLines(),
    stop: async () => {
      await service.stop(15_000);
      issuer.dispose();
    },
  };
}
