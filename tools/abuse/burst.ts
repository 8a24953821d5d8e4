import { ATTACKS } from './attacks';

/**
 * `node burst.js <url> <port> <count>`: sends <count> attack requests at once (the repeatable attacks
 * in turn) and prints their results as JSON. Run as its own process by the e2e test, so that building
 * and sending 500 KB attacks does not delay the probes that measure how normal clients fare meanwhile.
 */
async function main(): Promise<void> {
  const [url, port, count] = process.argv.slice(2);
  if (!/^http:\/\/127\.0\.0\.1:\d+$/.test(url ?? '')) throw new Error(`attacks go to 127.0.0.1 only; got ${url}`);
  const attacks = ATTACKS.filter((attack) => attack.repeatable);
  // The attacker's token comes through the environment, not the command line (which `ps` shows).
  const target = { url, port: Number(port), authorization: process.env.ATTACKER_AUTHORIZATION };
  const results = await Promise.all(
    Array.from({ length: Number(count) }, (_, i) =>
      attacks[i % attacks.length].run(target).then((result) => ({ attack: attacks[i % attacks.length].name, ...result })),
    ),
  );
  process.stdout.write(JSON.stringify(results));
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
