import { existsSync } from 'node:fs';

/**
 * Where Debian's Chromium is: CHROMIUM_PATH, else /usr/bin/chromium. Browser tests never
 * download a browser; when none is found they fail with instructions instead of skipping.
 */
export function chromiumPath(): string {
  const path = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
  if (!existsSync(path)) {
    throw new Error(
      `No Chromium at ${path}. Install Debian's Chromium (apt-get install chromium) ` +
        'or set CHROMIUM_PATH to a Chromium executable.',
    );
  }
  return path;
}

/** Flags for a headless Chromium on a machine without network or GPU. */
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];
