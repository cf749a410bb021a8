// Serves the production build to the classroom's network, so students' phones and laptops
// can open the app:   npm run classroom   (builds first; --port N to choose the port)
// Prints the address(es) at which this computer can be reached and a QR code of the first.
import type { AddressInfo } from 'node:net';
import { networkInterfaces } from 'node:os';
import { preview } from 'vite';
import { classroomUrls, lanAddresses } from './classroomAddresses';
import { terminalQr } from './classroomQr';

const arg = process.argv.indexOf('--port');
const wanted = arg > 0 ? Number(process.argv[arg + 1]) : 4175;
if (!Number.isInteger(wanted) || wanted < 1 || wanted > 65535) {
  console.error(`--port must be a whole number from 1 to 65535, not ${process.argv[arg + 1]}`);
  process.exit(2);
}

// Every interface (0.0.0.0), so the network's other devices reach it; the next free port
// if this one is taken.
const server = await preview({
  logLevel: 'warn',
  preview: { host: '0.0.0.0', port: wanted, strictPort: false, open: false },
});
const port = (server.httpServer.address() as AddressInfo).port;
const urls = classroomUrls(lanAddresses(networkInterfaces()), port);

const out: string[] = ['', 'CNN Playground for the class'];
if (urls.length === 0) {
  out.push(
    '',
    'This computer has no network address: connect it to the classroom Wi-Fi (or the',
    `network the students use), then run npm run classroom again. Here: http://localhost:${port}/`,
  );
} else {
  const [first, ...others] = urls;
  out.push('', `  Students open:  ${first}`);
  for (const url of others) out.push(`  or, on another network of this computer:  ${url}`);
  out.push('', 'or scan this with a phone camera (on the same Wi-Fi as this computer):', '');
  out.push(terminalQr(first!) ?? '');
  out.push(
    '',
    'To send the page as it is now, use Share in the app: its link and QR code.',
    'Nothing opens? The Wi-Fi may keep devices apart ("client isolation"), or a firewall',
    `may block port ${port}: try a phone hotspot, or allow the port.`,
  );
}
out.push('', 'Press Ctrl+C to stop.', '');
console.log(out.join('\n'));
