import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { SignatureV4 } from '@smithy/signature-v4';
import type { HttpRequest } from '@smithy/types';
import { SigningHash } from '../../../src/infrastructure/dynamodb/signing-hash';

const hex = (bytes: Uint8Array) => Buffer.from(bytes).toString('hex');

async function digestOf(hash: SigningHash, data: string): Promise<string> {
  hash.update(data);
  return hex(await hash.digest());
}

describe('SigningHash, the SHA-256 requests are signed with', () => {
  it('hashes as SHA-256 (FIPS 180-2 "abc")', async () => {
    await expect(digestOf(new SigningHash(), 'abc')).resolves.toBe('ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad');
  });

  it('keys an HMAC with a string or with bytes alike (RFC 4231, test case 2)', async () => {
    const expected = '5bdcc146bf60754e6a042426089575c75a003f089d2739839dec58b964ec3843';
    await expect(digestOf(new SigningHash('Jefe'), 'what do ya want for nothing?')).resolves.toBe(expected);
    const bytes = new Uint8Array(Buffer.from('Jefe'));
    await expect(digestOf(new SigningHash(bytes), 'what do ya want for nothing?')).resolves.toBe(expected);
    // The same key bytes again: the kept KeyObject, the same answer.
    await expect(digestOf(new SigningHash(bytes), 'what do ya want for nothing?')).resolves.toBe(expected);
  });

  it('starts over on reset, and a plain hash may be read twice', async () => {
    const hash = new SigningHash();
    hash.update('something else');
    hash.reset();
    hash.update('abc');
    const first = hex(await hash.digest());
    expect(hex(await hash.digest())).toBe(first);
    expect(first).toBe('ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad');
  });

  it("signs a DynamoDB request exactly as the SDK's own hash does", async () => {
    // DynamoDB Local ignores signatures, so the end-to-end tests could not tell a wrong one.
    const sdkDefault = new DynamoDBClient({ region: 'eu-west-1' }).config.sha256;
    const credentials = { accessKeyId: 'AKIDEXAMPLE', secretAccessKey: 'wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY' };
    const request = (): HttpRequest => ({
      method: 'POST',
      protocol: 'https:',
      hostname: 'dynamodb.eu-west-1.amazonaws.com',
      path: '/',
      query: {},
      headers: {
        host: 'dynamodb.eu-west-1.amazonaws.com',
        'content-type': 'application/x-amz-json-1.0',
        'x-amz-target': 'DynamoDB_20120810.TransactWriteItems',
      },
      body: '{"TransactItems":[]}',
    });
    const signingDate = new Date('2026-11-29T12:00:00Z');
    const signedBy = async (sha256: typeof sdkDefault) => {
      const signer = new SignatureV4({ credentials, region: 'eu-west-1', service: 'dynamodb', sha256 });
      const first = await signer.sign(request(), { signingDate });
      const second = await signer.sign(request(), { signingDate }); // the signing key now comes from the SDK's cache
      return [first.headers.authorization, second.headers.authorization];
    };
    const ours = await signedBy(SigningHash);
    expect(ours[0]).toMatch(
      /^AWS4-HMAC-SHA256 Credential=AKIDEXAMPLE\/20261129\/eu-west-1\/dynamodb\/aws4_request, .*Signature=[0-9a-f]{64}$/,
    );
    expect(ours[1]).toBe(ours[0]);
    expect(ours).toEqual(await signedBy(sdkDefault));
  });
});
