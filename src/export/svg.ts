import { FONT_FAMILY, type Figure } from './figure';

const ENTITIES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&apos;',
};

/** True for a character XML 1.0 allows: tab, newline, carriage return and U+0020 up. */
function allowed(ch: string): boolean {
  const code = ch.codePointAt(0)!;
  return (
    code === 0x9 ||
    code === 0xa ||
    code === 0xd ||
    (code >= 0x20 && code !== 0xfffe && code !== 0xffff)
  );
}

/** Escapes text for XML content and attribute values, and drops characters XML forbids. */
export function escapeXml(text: string): string {
  let out = '';
  for (const ch of text) if (allowed(ch)) out += ENTITIES[ch] ?? ch;
  return out;
}

/** A coordinate with at most 2 decimals, and no "-0". */
function num(v: number): string {
  const r = Math.round(v * 100) / 100;
  return String(r === 0 ? 0 : r);
}

const ANCHOR = { start: 'start', middle: 'middle', end: 'end' } as const;

/**
 * A standalone SVG document of a figure: the same primitives the canvas export draws, with
 * cells drawn crisp, gradients as <linearGradient> definitions and a font stack that has
 * Chinese fallbacks.
 */
export function toSvg(figure: Figure): string {
  const defs: string[] = [];
  const gradientIds = new Map<string, string>();
  const gradientId = (stops: readonly string[]): string => {
    const key = stops.join('|');
    let id = gradientIds.get(key);
    if (id === undefined) {
      id = `legend-${gradientIds.size}`;
      gradientIds.set(key, id);
      const last = Math.max(1, stops.length - 1);
      const stopTags = stops
        .map((c, i) => `<stop offset="${num((i / last) * 100)}%" stop-color="${escapeXml(c)}"/>`)
        .join('');
      defs.push(
        `<linearGradient id="${id}" x1="0" y1="0" x2="1" y2="0">${stopTags}</linearGradient>`,
      );
    }
    return id;
  };

  // Runs of rects with the same stroke (a map's cells) share it through a <g>: a 64x64 map
  // is thousands of cells, and the stroke attributes would be a third of the file.
  const body: string[] = [];
  let group: string | null = null;
  const setGroup = (key: string | null) => {
    if (key === group) return;
    if (group !== null) body.push('</g>');
    if (key !== null) body.push(`<g ${key}>`);
    group = key;
  };
  for (const p of figure.primitives) {
    switch (p.kind) {
      case 'rect':
        setGroup(
          p.stroke === undefined
            ? null
            : `stroke="${escapeXml(p.stroke)}" stroke-width="${num(p.strokeWidth ?? 1)}"`,
        );
        body.push(
          `<rect x="${num(p.x)}" y="${num(p.y)}" width="${num(p.w)}" height="${num(p.h)}" fill="${escapeXml(p.fill)}"/>`,
        );
        break;
      case 'gradient':
        setGroup(null);
        body.push(
          `<rect x="${num(p.x)}" y="${num(p.y)}" width="${num(p.w)}" height="${num(p.h)}" fill="url(#${gradientId(p.stops)})"/>`,
        );
        break;
      case 'text': {
        setGroup(null);
        const weight = p.weight === 'bold' ? ' font-weight="bold"' : '';
        const anchor = p.anchor && p.anchor !== 'start' ? ` text-anchor="${ANCHOR[p.anchor]}"` : '';
        body.push(
          `<text x="${num(p.x)}" y="${num(p.y)}" font-size="${num(p.size)}"${weight}${anchor} fill="${escapeXml(p.fill)}">${escapeXml(p.text)}</text>`,
        );
        break;
      }
    }
  }
  setGroup(null);

  const w = num(figure.width);
  const h = num(figure.height);
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<svg xmlns="http://www.w3.org/2000/svg" width="${w}" height="${h}" viewBox="0 0 ${w} ${h}" font-family="${escapeXml(FONT_FAMILY)}" shape-rendering="crispEdges">`,
    ...(defs.length > 0 ? [`<defs>${defs.join('')}</defs>`] : []),
    ...body,
    '</svg>',
    '',
  ].join('\n');
}
