import { AddressPolicy, UnsafeAddressError, isBlockedAddress } from './address-policy';

describe('SSRF address policy', () => {
  it.each([
    '127.0.0.1',
    '10.1.2.3',
    '172.16.0.1',
    '192.168.1.1',
    '169.254.169.254',
    '100.64.0.1',
    '0.0.0.0',
    '::1',
    'fe80::1',
    'fd00::1',
    '::ffff:127.0.0.1',
  ])('refuses %s', (address) => expect(isBlockedAddress(address)).toBe(true));

  it.each(['93.184.215.14', '2606:2800:21f:cb07:6820:80da:af6b:8b2c'])('accepts %s', (address) =>
    expect(isBlockedAddress(address)).toBe(false),
  );

  it('given a name resolving to loopback, then it is refused naming the address', async () => {
    await expect(new AddressPolicy([]).resolve('localhost')).rejects.toBeInstanceOf(
      UnsafeAddressError,
    );
  });

  it('given the allow-list names the host, then it is allowed', async () => {
    const found = await new AddressPolicy(['127.0.0.1']).resolve('127.0.0.1');
    expect(found[0].address).toBe('127.0.0.1');
  });
});
