import { WalletUseCases } from '../application/wallet-use-cases';
import { RequestContext } from './request-context';

/**
 * The context of an operation received over WebSocket: the caller proven by the connection's token, and
 * the service its subscriptions read from (type-graphql's `subscribe` functions get no resolver instance).
 */
export interface SubscriptionContext extends RequestContext {
  readonly wallets?: WalletUseCases;
}
