import { join } from 'node:path';
import { Cleanup } from '../../kit/cleanup';
import { ServiceProcess } from '../../kit/service-process';
import { PeerKind } from './peer-clients';

/**
 * The peer servers, each a child process started by the kit like the service (the orphan guard
 * preloaded, stopped by the cleanup), on the same DynamoDB Local and table as the raw-SDK baseline.
 * Compiled beside this file (dist-tools/tools/bench/peers): `npm run bench` builds them.
 */
export async function startPeers(
  store: { readonly DYNAMODB_ENDPOINT: string; readonly DYNAMODB_TABLE: string },
  cleanup: Cleanup,
): Promise<Record<PeerKind, ServiceProcess>> {
  const start = async (kind: PeerKind) => {
    const peer = await ServiceProcess.start({ env: { ...store, NODE_ENV: 'production' }, mainJs: join(__dirname, `${kind}-main.js`) });
    cleanup.add(`the ${kind} peer`, () => peer.stop());
    return peer;
  };
  return { bare: await start('bare'), apollo: await start('apollo') };
}
