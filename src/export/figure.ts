import type { Matrix } from '../core';
import { formatTick, formatValue } from '../present/format';
import { grayAt, type GrayScale } from '../present/grayScale';

/**
 * A figure as drawing primitives in abstract units (1 unit = 1 CSS pixel at scale 1), so the
 * same layout renders to SVG (export/svg.ts) and to a canvas (view/exportImage.ts).
 * Text `y` is the alphabetic baseline; `anchor` is where `x` falls on the text.
 */
export type Primitive =
  | {
      kind: 'rect';
      x: number;
      y: number;
      w: number;
      h: number;
      /** A CSS colour, or 'none' for an outline only. */
      fill: string;
      stroke?: string;
      /** 1 by default; 0 draws no outline. */
      strokeWidth?: number;
    }
  | {
      kind: 'text';
      x: number;
      y: number;
      text: string;
      size: number;
      weight?: 'normal' | 'bold';
      anchor?: 'start' | 'middle' | 'end';
      fill: string;
    }
  /** A horizontal legend bar: `stops` evenly spaced from left to right. */
  | { kind: 'gradient'; x: number; y: number; w: number; h: number; stops: readonly string[] };

export interface Figure {
  width: number;
  height: number;
  primitives: Primitive[];
}

/** The font stack of every figure, with CJK fallbacks for the Chinese titles. */
export const FONT_FAMILY =
  "system-ui, 'Noto Sans CJK SC', 'Microsoft YaHei', 'PingFang SC', sans-serif";

/**
 * The stroke of map cells (the grid lines), and of the arrows' text. No other rect uses it,
 * so the cells of a figure are its rects with this stroke.
 */
export const GRID_COLOR = '#5b6f99';

export const INK = '#1d2433';
export const MUTED = '#4a5570';
export const BACKGROUND = '#ffffff';
export const NO_OUTPUT_COLOR = '#8a4b00';

/** 11 of the 256 gray levels, as the page's legend uses: bar grays equal cell grays. */
const LEGEND_STOPS: readonly string[] = Array.from({ length: 11 }, (_, i) =>
  grayAt((i * 255) / 10),
);
const LEGEND_BAR = 10;
/** Height of a legend: the bar, tick marks and tick labels. */
export const LEGEND_H = 30;
export const LEGEND_MIN_W = 96;
/** Cells smaller than this get no value labels: they would not be legible. */
const MIN_VALUE_CELL = 16;

/**
 * A deterministic estimate of a text's width: 0.6 em per Latin character (0.64 bold),
 * 1 em per CJK or other wide character. Enough to keep titles from overlapping.
 */
export function textWidth(text: string, size: number, weight: 'normal' | 'bold' = 'normal') {
  let em = 0;
  for (const ch of text) em += ch.codePointAt(0)! >= 0x2e80 ? 1 : weight === 'bold' ? 0.64 : 0.6;
  return em * size;
}

/**
 * The stroke width of cell borders: 1 unit, as the page's 1 px grid lines. Cells under 8
 * units get none (0): crisp rendering turns thinner strokes into an irregular pattern.
 */
function gridWidth(cell: number): number {
  return cell >= 8 ? 1 : 0;
}

/** Pushes a map's cells (and, if asked and legible, their values) with its top left at x, y. */
export function drawCells(
  out: Primitive[],
  m: Matrix,
  x: number,
  y: number,
  cell: number,
  scale: GrayScale,
  showValues: boolean,
  format: (v: number) => string,
): void {
  const strokeWidth = gridWidth(cell);
  for (let r = 0; r < m.height; r++) {
    for (let c = 0; c < m.width; c++) {
      const v = m.data[r * m.width + c]!;
      out.push({
        kind: 'rect',
        x: x + c * cell,
        y: y + r * cell,
        w: cell,
        h: cell,
        fill: scale.color(v),
        stroke: GRID_COLOR,
        strokeWidth,
      });
    }
  }
  // Maps too fine for grid lines get a frame, so their edge shows on any gray.
  if (strokeWidth === 0) {
    const w = m.width * cell;
    const h = m.height * cell;
    out.push({ kind: 'rect', x, y, w, h, fill: 'none', stroke: MUTED, strokeWidth: 1 });
  }
  if (!showValues || cell < MIN_VALUE_CELL) return;
  const size = Math.min(13, cell * 0.34);
  for (let r = 0; r < m.height; r++) {
    for (let c = 0; c < m.width; c++) {
      const v = m.data[r * m.width + c]!;
      out.push({
        kind: 'text',
        x: x + (c + 0.5) * cell,
        y: y + (r + 0.5) * cell + size * 0.35,
        text: format(v),
        size,
        anchor: 'middle',
        fill: scale.textColor(v),
      });
    }
  }
}

/**
 * Pushes a legend bar of width `w` with its top left at x, y: black (low end) to white (high
 * end), the ends labelled, and 0 labelled where it falls when it is inside. A single-value
 * domain is a mid-gray bar labelled with its value. Takes LEGEND_H units of height.
 */
export function drawLegend(
  out: Primitive[],
  scale: GrayScale,
  x: number,
  y: number,
  w: number,
): void {
  const [lo, hi] = scale.domain;
  const labelY = y + LEGEND_BAR + 15;
  const tick = (at: number) =>
    out.push({ kind: 'rect', x: at - 0.5, y: y + LEGEND_BAR, w: 1, h: 4, fill: MUTED });
  const label = (at: number, text: string, anchor: 'start' | 'middle' | 'end') =>
    out.push({ kind: 'text', x: at, y: labelY, text, size: 11, anchor, fill: MUTED });
  if (scale.uniform) {
    out.push({ kind: 'rect', x, y, w, h: LEGEND_BAR, fill: grayAt(128) });
    label(x + w / 2, formatValue(lo), 'middle');
  } else {
    out.push({ kind: 'gradient', x, y, w, h: LEGEND_BAR, stops: LEGEND_STOPS });
    tick(x + 0.5);
    tick(x + w - 0.5);
    label(x, formatTick(lo), 'start');
    label(x + w, formatTick(hi), 'end');
    if (lo < 0 && hi > 0) {
      const at = x + (-lo / (hi - lo)) * w;
      tick(at);
      // Skip the 0 label where it would run into an end label.
      if (at - x >= 20 && x + w - at >= 20) label(at, '0', 'middle');
    }
  }
  out.push({
    kind: 'rect',
    x,
    y,
    w,
    h: LEGEND_BAR,
    fill: 'none',
    stroke: MUTED,
    strokeWidth: 0.5,
  });
}

/** The standard "Title · HxW" of a map. */
export function sized(title: string, m: Matrix): string {
  return `${title} · ${m.height}x${m.width}`;
}

/**
 * One map as a figure: the title on top, the cells (filled with `scale.color`, thin grid
 * lines), optional values in each cell (2 decimals, in `scale.textColor`), and a legend bar
 * with its low and high ends (and 0 when inside) under it. The title is drawn as given.
 * Cell (r, c) has its top left at (16 + c * cell, 40 + r * cell); `cell` is 32 by default.
 */
export function mapFigure(
  matrix: Matrix,
  scale: GrayScale,
  title: string,
  options: {
    readonly cell?: number;
    readonly showValues?: boolean;
    readonly format?: (v: number) => string;
  } = {},
): Figure {
  const { cell = 32, showValues = false, format = formatValue } = options;
  const pad = 16;
  const top = pad + 24;
  const mapW = matrix.width * cell;
  const mapH = matrix.height * cell;
  const contentW = Math.max(mapW, textWidth(title, 14, 'bold'), 120);
  const width = Math.ceil(pad * 2 + contentW);
  const legendY = top + mapH + 12;
  const height = Math.ceil(legendY + LEGEND_H + pad);
  const out: Primitive[] = [{ kind: 'rect', x: 0, y: 0, w: width, h: height, fill: BACKGROUND }];
  out.push({ kind: 'text', x: pad, y: pad + 14, text: title, size: 14, weight: 'bold', fill: INK });
  drawCells(out, matrix, pad, top, cell, scale, showValues, format);
  drawLegend(out, scale, pad, legendY, Math.max(mapW, 120));
  return { width, height, primitives: out };
}
