import { chmodSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { connect } from 'node:net';
import { freePort, startEmbeddedDynamo } from '../../src/infrastructure/embedded/embedded-dynamodb';

/**
 * A "Java" that passes the version check and then, given DynamoDB Local's arguments, takes connections on
 * its port and never answers: the start-up probe's every attempt must end, so start-up ends at its deadline.
 */
function silentJavaHome(): string {
  const home = mkdtempSync(join(tmpdir(), 'silent-java-'));
  mkdirSync(join(home, 'bin'));
  const listen =
    "const a=process.argv;const port=Number(a[a.indexOf('-port')+1]);const held=[];" +
    "require('node:net').createServer((s)=>{held.push(s);s.on('error',()=>{});}).listen(port,'127.0.0.1');";
  writeFileSync(
    join(home, 'bin', 'java'),
    [
      '#!/bin/sh',
      'if [ "$1" = "-version" ]; then echo \'openjdk version "17.0.9" 2023-10-17\' >&2; exit 0; fi',
      `exec "${process.execPath}" -e "${listen}" -- "$@"`,
      '',
    ].join('\n'),
  );
  chmodSync(join(home, 'bin', 'java'), 0o755);
  return home;
}

function refused(port: number): Promise<boolean> {
  return new Promise((done) => {
    const socket = connect(port, '127.0.0.1');
    socket.once('connect', () => {
      socket.destroy();
      done(false);
    });
    socket.once('error', () => done(true));
  });
}

describe('the embedded DynamoDB Local start-up', () => {
  it('gives up at its deadline on a DynamoDB Local that takes the probe and never answers, and leaves no process', async () => {
    const javaHome = silentJavaHome();
    try {
      const port = await freePort();
      const started = Date.now();
      const start = startEmbeddedDynamo({ javaHome, port, startTimeoutMs: 500 });
      // One probe attempt is bounded at 5 s; the deadline is checked after it.
      await expect(start).rejects.toThrow(/DynamoDB Local did not start: no answer within 500 ms/);
      expect(Date.now() - started).toBeLessThan(9_000);
      // The silent "Java" was stopped with it: its port takes no connection any more.
      await expect(refused(port)).resolves.toBe(true);
    } finally {
      rmSync(javaHome, { recursive: true, force: true });
    }
  }, 20_000);
});
