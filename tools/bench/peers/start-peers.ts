import { join } from 'node:path';
import { Cleanup } from '../../kit/cleanup';
import { ServiceProcess } from '../../kit/service-process';
import { onSdkDefaults, PEER_KINDS, PeerKind, serverOf } from './peer-clients';

/**
 * The peer servers, each a child process started by the kit like the service (the orphan guard
 * preloaded, stopped by the cleanup), on the same DynamoDB Local and table as the raw-SDK baseline:
 * each server twice, on the service's DynamoDB client and on the SDK's defaults.
 * Compiled beside this file (dist-tools/tools/bench/peers): `npm run bench` builds them.
 */
export async function startPeers(
  store: { readonly DYNAMODB_ENDPOINT: string; readonly DYNAMODB_TABLE: string },
  cleanup: Cleanup,
): Promise<Record<PeerKind, ServiceProcess>> {
  const start = async (kind: PeerKind) => {
    const env = { ...store, NODE_ENV: 'production', ...(onSdkDefaults(kind) ? { PEER_SDK: 'defaults' } : {}) };
    const peer = await ServiceProcess.start({ env, mainJs: join(__dirname, `${serverOf(kind)}-main.js`) });
    cleanup.add(`the ${kind} peer`, () => peer.stop());
    return peer;
  };
  const peers: Partial<Record<PeerKind, ServiceProcess>> = {};
  for (const kind of PEER_KINDS) peers[kind] = await start(kind);
  return peers as Record<PeerKind, ServiceProcess>;
}
