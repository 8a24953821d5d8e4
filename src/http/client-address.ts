import { isIPv6 } from 'node:net';

/**
 * The address a client's budgets are kept under. IPv4 as is (an IPv4-mapped IPv6 address counts as
 * its IPv4 address); IPv6 by its /64 network, since one subscriber is routinely given a whole /64 and
 * could otherwise take a new address for every connection.
 */
export function addressKey(remoteAddress: string | undefined): string {
  if (remoteAddress === undefined || remoteAddress === '') return 'unknown';
  const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/i.exec(remoteAddress);
  if (mapped) return mapped[1];
  if (!isIPv6(remoteAddress)) return remoteAddress;
  return `${expandIPv6(remoteAddress).slice(0, 4).join(':')}::/64`;
}

/** The eight groups of an IPv6 address, "::" filled in (a zone id such as %eth0 dropped). */
function expandIPv6(address: string): string[] {
  const [head, tail] = address.split('%')[0].split('::');
  const left = head ? head.split(':') : [];
  const right = tail === undefined ? [] : tail ? tail.split(':') : [];
  const missing = 8 - left.length - right.length;
  return [...left, ...Array.from({ length: Math.max(0, missing) }, () => '0'), ...right].map((group) => group.toLowerCase() || '0');
}
