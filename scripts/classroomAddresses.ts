import type { NetworkInterfaceInfo } from 'node:os';

/** What os.networkInterfaces() returns: each interface's name with its addresses. */
export type Interfaces = Readonly<Record<string, readonly NetworkInterfaceInfo[] | undefined>>;

/** Interfaces of containers and virtual machines: phones in the room never reach these. */
const VIRTUAL = /^(docker|br-|veth|virbr|vmnet|vboxnet|cni|flannel|podman|tailscale|zt)/i;

function isPrivate(ip: string): boolean {
  const [a, b] = ip.split('.').map(Number) as [number, number];
  return a === 10 || (a === 192 && b === 168) || (a === 172 && b >= 16 && b <= 31);
}

/** Lower ranks first: a home or school Wi-Fi's private address, then any other one. */
function rank(name: string, ip: string): number {
  if (VIRTUAL.test(name)) return 3;
  if (ip.startsWith('192.168.')) return 0;
  if (isPrivate(ip)) return 1;
  return 2;
}

/**
 * The IPv4 addresses at which phones on the same network can reach this computer, the
 * likeliest first (192.168.x.x, then 10.x and 172.16-31.x, then others, then container and
 * VM bridges); without the loopback, link-local (169.254.x.x, no network gave it) and IPv6
 * (awkward to type, and many classroom networks route none). Each address once.
 */
export function lanAddresses(interfaces: Interfaces): string[] {
  const found: { ip: string; rank: number; order: number }[] = [];
  for (const [name, infos] of Object.entries(interfaces)) {
    for (const info of infos ?? []) {
      // Node 18.0-18.3 gave the family as a number.
      const v4 = info.family === 'IPv4' || (info.family as unknown) === 4;
      if (!v4 || info.internal || info.address.startsWith('169.254.')) continue;
      if (found.some((f) => f.ip === info.address)) continue;
      found.push({ ip: info.address, rank: rank(name, info.address), order: found.length });
    }
  }
  return found.sort((a, b) => a.rank - b.rank || a.order - b.order).map((f) => f.ip);
}

/** The page's address at each of `addresses`. */
export function classroomUrls(addresses: readonly string[], port: number): string[] {
  return addresses.map((ip) => `http://${ip}:${port}/`);
}
