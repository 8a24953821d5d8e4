import { ChildProcess } from 'node:child_process';

const TAIL_CHUNKS = 20;
const KEPT_ERROR_LINES = 100;

/**
 * What a service child writes: its last chunks for a post-mortem, and its first error-level log lines
 * (the abuse run fails on any). Bounded: a service whose store is down logs every failed request.
 */
export class ServiceOutput {
  private readonly chunks: string[] = [];
  private readonly errors: string[] = [];

  follow(child: ChildProcess): void {
    child.stdout?.setEncoding('utf8').on('data', this.reader());
    child.stderr?.setEncoding('utf8').on('data', this.reader());
  }

  /** One per stream: a line may arrive in two chunks. */
  private reader(): (chunk: string) => void {
    let partial = '';
    return (chunk: string) => {
      if (this.chunks.push(chunk) > TAIL_CHUNKS) this.chunks.shift();
      const lines = (partial + chunk).split('\n');
      partial = lines.pop() ?? '';
      for (const line of lines) {
        if (line.includes('"level":"error"') && this.errors.length < KEPT_ERROR_LINES) this.errors.push(line.slice(0, 300));
      }
    };
  }

  tail(): string {
    return this.chunks.join('');
  }

  errorLines(): string[] {
    return [...this.errors];
  }
}
