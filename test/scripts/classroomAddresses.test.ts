import type { NetworkInterfaceInfo } from 'node:os';
import { describe, expect, it } from 'vitest';
import { classroomUrls, lanAddresses } from '../../scripts/classroomAddresses';

function v4(address: string, internal = false): NetworkInterfaceInfo {
  return {
    address,
    netmask: '255.255.255.0',
    family: 'IPv4',
    mac: '02:00:00:00:00:01',
    internal,
    cidr: `${address}/24`,
  };
}

function v6(address: string): NetworkInterfaceInfo {
  return { ...v4('0.0.0.0'), address, family: 'IPv6', scopeid: 0, cidr: `${address}/64` };
}

describe('lanAddresses', () => {
  it("lists this computer's network addresses, the classroom Wi-Fi's kind first", () => {
    expect(
      lanAddresses({
        lo: [v4('127.0.0.1', true), v6('::1')],
        docker0: [v4('172.17.0.1')],
        eth0: [v4('10.4.0.23'), v6('fd00::2')],
        wlan0: [v4('192.168.1.20'), v6('fe80::1')],
        tun0: [v4('100.64.3.9')],
      }),
    ).toEqual(['192.168.1.20', '10.4.0.23', '100.64.3.9', '172.17.0.1']);
  });

  it('leaves out the loopback, link-local and IPv6 addresses, and repeats none', () => {
    expect(
      lanAddresses({
        lo: [v4('127.0.0.1', true)],
        eth0: [v4('169.254.10.3'), v6('fd00::2')],
        wlan0: [v4('172.20.1.5'), v4('172.20.1.5')],
        bond0: [v4('172.20.1.5')],
        none: undefined,
      }),
    ).toEqual(['172.20.1.5']);
  });

  it('reads the numeric family of Node 18.0 to 18.3', () => {
    const old = { ...v4('192.168.0.7'), family: 4 } as unknown as NetworkInterfaceInfo;
    expect(lanAddresses({ en0: [old] })).toEqual(['192.168.0.7']);
  });

  it('finds nothing on a computer without a network', () => {
    expect(lanAddresses({ lo: [v4('127.0.0.1', true)] })).toEqual([]);
  });
});

describe('classroomUrls', () => {
  it('makes each address the page at the port', () => {
    expect(classroomUrls(['192.168.1.20', '10.4.0.23'], 4175)).toEqual([
      'http://192.168.1.20:4175/',
      'http://10.4.0.23:4175/',
    ]);
  });
});
