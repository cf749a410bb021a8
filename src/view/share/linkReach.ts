/**
 * Who can open a link of this page: 'network' for a page served to the network, 'local'
 * for one served to this computer only (phones in the room cannot reach localhost), 'file'
 * for the offline file opened from disk.
 */
export type LinkReach = 'network' | 'local' | 'file';

export function linkReach(url: string): LinkReach {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return 'file';
  }
  if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') return 'file';
  const host = parsed.hostname.toLowerCase();
  if (host === 'localhost' || host.endsWith('.localhost') || host === '[::1]') return 'local';
  if (/^127\.\d+\.\d+\.\d+$/.test(host)) return 'local';
  return 'network';
}

/** The link to this page as it is now: its address without a hash, then the state's hash. */
export function pageLink(href: string, hash: string): string {
  const at = href.indexOf('#');
  return (at < 0 ? href : href.slice(0, at)) + hash;
}
