import { lookup as dnsLookup, type LookupAddress } from 'node:dns';
import { BlockList, isIP } from 'node:net';

/**
 * SSRF guard: an endpoint may not reach loopback, private, link-local, carrier-grade NAT,
 * unspecified, multicast or reserved addresses — every address its name resolves to is checked,
 * when the endpoint is saved and again at each delivery, and the delivery connects to the
 * address that was checked (no second lookup a DNS rebinding could answer differently).
 * `allowedHosts` (WEBHOOK_ALLOWED_HOSTS) exempts named hosts or addresses, for development and
 * tests (`127.0.0.1,localhost`).
 */
const BLOCKED = new BlockList();
for (const [net, prefix] of [
  ['0.0.0.0', 8],
  ['10.0.0.0', 8],
  ['100.64.0.0', 10],
  ['127.0.0.0', 8],
  ['169.254.0.0', 16],
  ['172.16.0.0', 12],
  ['192.0.0.0', 24],
  ['192.168.0.0', 16],
  ['198.18.0.0', 15],
  ['224.0.0.0', 4],
  ['240.0.0.0', 4],
] as const)
  BLOCKED.addSubnet(net, prefix, 'ipv4');
for (const [net, prefix] of [
  ['::', 128],
  ['::1', 128],
  ['fc00::', 7],
  ['fe80::', 10],
  ['ff00::', 8],
  ['64:ff9b::', 96],
] as const)
  BLOCKED.addSubnet(net, prefix, 'ipv6');

export class UnsafeAddressError extends Error {
  constructor(
    readonly host: string,
    readonly address: string,
  ) {
    super(`${host} resolves to ${address}, a loopback, private or link-local address`);
    this.name = 'UnsafeAddressError';
  }
}

export function isBlockedAddress(address: string): boolean {
  const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/i.exec(address);
  if (mapped) return BLOCKED.check(mapped[1], 'ipv4');
  const family = isIP(address);
  if (family === 0) return true;
  return BLOCKED.check(address, family === 4 ? 'ipv4' : 'ipv6');
}

export class AddressPolicy {
  private readonly allowed: Set<string>;

  constructor(allowedHosts: readonly string[]) {
    this.allowed = new Set(allowedHosts.map((h) => h.toLowerCase().replace(/^\[|\]$/g, '')));
  }

  /** Host names or addresses exempted from the check. */
  isAllowed(host: string): boolean {
    return this.allowed.has(host.toLowerCase().replace(/^\[|\]$/g, ''));
  }

  /** The addresses of `host`, each checked; throws UnsafeAddressError naming the first refused. */
  async resolve(host: string): Promise<LookupAddress[]> {
    const bare = host.replace(/^\[|\]$/g, '');
    const addresses: LookupAddress[] =
      isIP(bare) !== 0
        ? [{ address: bare, family: isIP(bare) }]
        : await new Promise((resolve, reject) =>
            dnsLookup(bare, { all: true }, (error, found) =>
              error ? reject(error) : resolve(found),
            ),
          );
    if (!this.isAllowed(bare) && !addresses.every((a) => this.isAllowed(a.address))) {
      const bad = addresses.find((a) => isBlockedAddress(a.address));
      if (bad) throw new UnsafeAddressError(host, bad.address);
    }
    return addresses;
  }

  /** A `lookup` for http.request: resolves, checks every address, connects to a checked one. */
  lookup(): (
    hostname: string,
    options: unknown,
    callback: (error: Error | null, address: string | LookupAddress[], family?: number) => void,
  ) => void {
    return (hostname, options, callback) => {
      this.resolve(hostname).then(
        (addresses) => {
          if ((options as { all?: boolean } | undefined)?.all) callback(null, addresses);
          else callback(null, addresses[0].address, addresses[0].family);
        },
        (error: Error) => callback(error, ''),
      );
    };
  }
}
