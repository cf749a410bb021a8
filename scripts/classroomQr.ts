import { QUIET_ZONE, qrMatrix } from '../src/view/share/qrMatrix';

const ESC = '\u001b[';
/** Black and bright white, set explicitly: a terminal's own colours may be light on dark. */
const FG = { dark: `${ESC}30m`, light: `${ESC}97m` };
const BG = { dark: `${ESC}40m`, light: `${ESC}107m` };
const RESET = `${ESC}0m`;

/**
 * `text`'s QR code for a terminal, the same code the app draws: two rows of modules a line,
 * each character an upper half block ('▀') in the top module's colour on the bottom one's,
 * with the standard's four-module white border. Null when no QR code holds the text.
 */
export function terminalQr(text: string): string | null {
  const qr = qrMatrix(text);
  if (qr.kind !== 'ok') return null;
  const side = qr.size + 2 * QUIET_ZONE;
  const dark = (r: number, c: number) => {
    const [rr, cc] = [r - QUIET_ZONE, c - QUIET_ZONE];
    return rr >= 0 && cc >= 0 && rr < qr.size && cc < qr.size && qr.dark[rr * qr.size + cc]!;
  };
  const lines: string[] = [];
  for (let r = 0; r < side; r += 2) {
    let line = '';
    for (let c = 0; c < side; c++) {
      const top = dark(r, c) ? 'dark' : 'light';
      const bottom = r + 1 < side && dark(r + 1, c) ? 'dark' : 'light';
      line += `${FG[top]}${BG[bottom]}▀`;
    }
    lines.push(line + RESET);
  }
  return lines.join('\n');
}
