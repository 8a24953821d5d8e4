import { Caller } from '../domain/caller';

/** Turns a bearer token into the caller it proves, or refuses it. The edge asks before anything runs. */
export interface TokenVerifier {
  /** Rejects with InvalidToken when the token proves nothing. */
  verify(token: string): Promise<Caller>;
  /** The caller of a token verified before and not yet expired, without verifying it again; else undefined. */
  remembered(token: string): Caller | undefined;
}

/** A token that proves nothing: malformed, expired, not yet valid, wrongly signed, for another audience. */
export class InvalidToken extends Error {
  constructor(readonly reason: string) {
    super(`The bearer token is not valid: ${reason}`);
    this.name = 'InvalidToken';
  }
}
