import { FONT_FAMILY, type Figure } from '../../export/figure';

const ALIGN = { start: 'start', middle: 'center', end: 'end' } as const;

/** Draws a figure's primitives into a canvas context, in figure units. */
export function drawFigure(ctx: CanvasRenderingContext2D, figure: Figure): void {
  ctx.save();
  ctx.textBaseline = 'alphabetic';
  for (const p of figure.primitives) {
    switch (p.kind) {
      case 'rect':
        if (p.fill !== 'none') {
          ctx.fillStyle = p.fill;
          ctx.fillRect(p.x, p.y, p.w, p.h);
        }
        if (p.stroke !== undefined && (p.strokeWidth ?? 1) > 0) {
          ctx.strokeStyle = p.stroke;
          ctx.lineWidth = p.strokeWidth ?? 1;
          ctx.strokeRect(p.x, p.y, p.w, p.h);
        }
        break;
      case 'gradient': {
        const g = ctx.createLinearGradient(p.x, 0, p.x + p.w, 0);
        const last = Math.max(1, p.stops.length - 1);
        p.stops.forEach((c, i) => g.addColorStop(i / last, c));
        ctx.fillStyle = g;
        ctx.fillRect(p.x, p.y, p.w, p.h);
        break;
      }
      case 'text':
        ctx.font = `${p.weight === 'bold' ? 'bold' : 'normal'} ${p.size}px ${FONT_FAMILY}`;
        ctx.textAlign = ALIGN[p.anchor ?? 'start'];
        ctx.fillStyle = p.fill;
        ctx.fillText(p.text, p.x, p.y);
        break;
    }
  }
  ctx.restore();
}

/** Renders a figure to a PNG at `scale` device pixels per figure unit (2 by default). */
export async function figureToPngBlob(figure: Figure, scale = 2): Promise<Blob> {
  const canvas = document.createElement('canvas');
  canvas.width = Math.ceil(figure.width * scale);
  canvas.height = Math.ceil(figure.height * scale);
  const ctx = canvas.getContext('2d');
  if (!ctx) throw new Error('figureToPngBlob: no 2D canvas context');
  ctx.scale(scale, scale);
  drawFigure(ctx, figure);
  return new Promise<Blob>((resolve, reject) => {
    canvas.toBlob((blob) => {
      if (blob) resolve(blob);
      else reject(new Error('figureToPngBlob: the canvas could not be encoded as PNG'));
    }, 'image/png');
  });
}

/** Saves a blob as a file: a temporary <a download> on an object URL, revoked afterwards. */
export function downloadBlob(blob: Blob, filename: string): void {
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = filename;
  a.rel = 'noopener';
  a.style.display = 'none';
  document.body.append(a);
  a.click();
  a.remove();
  // Some browsers start the download after click() returns: revoke a moment later.
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

/** Saves text as a file of the given MIME type. */
export function downloadText(text: string, filename: string, type: string): void {
  downloadBlob(new Blob([text], { type }), filename);
}
