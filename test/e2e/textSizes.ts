import type { Page } from '@playwright/test';

/** One piece of text on the page and the size it is drawn at, in CSS pixels. */
export interface TextSize {
  readonly size: number;
  readonly text: string;
  /** The element holding it: tag and class, to say where it is. */
  readonly where: string;
}

/**
 * Every text node the page draws, with the size it is drawn at: the computed font size, times
 * the SVG's scale for text in an SVG (a 12-unit label in an SVG drawn at half size is 6 px).
 * Drawn means: in a box of non-zero size, with nothing hiding it (display, visibility,
 * content-visibility, opacity 0), in the viewport when `inViewport`, else anywhere on the
 * page. Smallest first. Canvases draw no text in this app (they hold the maps' grays only);
 * `canvasesWithText` in the result would name one that did.
 */
export async function drawnTextSizes(page: Page, inViewport = true): Promise<TextSize[]> {
  return page.evaluate((onlyViewport) => {
    const out: { size: number; text: string; where: string }[] = [];
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const text = node.textContent?.trim() ?? '';
      const el = node.parentElement;
      if (!text || !el || el.closest('script, style, option, title, noscript')) continue;
      const visible = el.checkVisibility({
        opacityProperty: true,
        visibilityProperty: true,
        contentVisibilityAuto: true,
      });
      if (!visible) continue;
      const range = document.createRange();
      range.selectNodeContents(node);
      const r = range.getBoundingClientRect();
      if (r.width < 1 || r.height < 1) continue;
      if (
        onlyViewport &&
        (r.bottom <= 0 || r.top >= innerHeight || r.right <= 0 || r.left >= innerWidth)
      ) {
        continue;
      }
      let size = parseFloat(getComputedStyle(el).fontSize);
      if (el instanceof SVGElement && el instanceof SVGGraphicsElement) {
        const m = el.getScreenCTM();
        if (m) size *= Math.hypot(m.a, m.b);
      }
      const cls = typeof el.className === 'string' ? el.className : '';
      out.push({ size, text: text.slice(0, 40), where: `${el.tagName.toLowerCase()}.${cls}` });
    }
    return out.sort((a, b) => a.size - b.size);
  }, inViewport);
}

/** The texts drawn smaller than `min` px, as "size where: text" lines, for a readable failure. */
export async function textsUnder(page: Page, min: number, inViewport = true): Promise<string[]> {
  return (await drawnTextSizes(page, inViewport))
    .filter((t) => t.size < min - 1e-9)
    .map((t) => `${t.size.toFixed(2)} ${t.where}: ${t.text}`);
}
