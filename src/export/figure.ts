import type { KernelResult, Matrix } from '../core';
import { formatTick, formatValue, formatWeight } from '../view/format';
import { grayAt, type GrayScale } from '../view/grayScale';

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

const INK = '#1d2433';
const MUTED = '#4a5570';
const BACKGROUND = '#ffffff';
const NO_OUTPUT_COLOR = '#8a4b00';

/** 11 of the 256 gray levels, as the page's legend uses: bar grays equal cell grays. */
const LEGEND_STOPS: readonly string[] = Array.from({ length: 11 }, (_, i) =>
  grayAt((i * 255) / 10),
);
const LEGEND_BAR = 10;
/** Height of a legend: the bar, tick marks and tick labels. */
const LEGEND_H = 30;
const LEGEND_MIN_W = 96;
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
function drawCells(
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
function drawLegend(out: Primitive[], scale: GrayScale, x: number, y: number, w: number): void {
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
function sized(title: string, m: Matrix): string {
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

export type FigureStage = 'input' | 'kernels' | 'feature' | 'pooled' | 'activated';

export interface WholeFigureArgs {
  readonly input: Matrix;
  readonly kernels: readonly Matrix[];
  readonly results: readonly KernelResult[];
  /** The gray scale of a map: its stage's shared scale, or one for the map alone. */
  readonly scaleFor: (stage: FigureStage, map: Matrix) => GrayScale;
  /** Titles; the functions take the kernel number from 1. */
  readonly titles: {
    readonly input: string;
    readonly kernel: (n: number) => string;
    readonly feature: (n: number) => string;
    readonly pooled: (n: number) => string;
    readonly activated: (n: number) => string;
    readonly stages: {
      readonly kernels: string;
      readonly feature: string;
      readonly pooled: string;
      readonly activated: string;
    };
  };
  readonly showValues?: boolean;
  /** Drawn in place of a stage that has no map. 'No output' by default. */
  readonly noOutput?: string;
}

/** Default cell size of the whole figure: a 9x9 input with 3 kernels is 1150x732. */
const CELL = 24;
/** The input is drawn at most this many default cells wide or high, other maps at most 7. */
const INPUT_CAP = 9;
const MAP_CAP = 7;
const MARGIN = 24;
/** The column heads: stage name, legend bar and its ticks. */
const HEAD_H = 70;
/** A map's title line above its cells. */
const TITLE_H = 22;
const TITLE_SIZE = 13;
const GAP = 56;
const ROW_GAP = 22;
const NO_OUTPUT_SIZE = 12;
const NO_OUTPUT_H = 24;

interface Item {
  readonly map: Matrix | null;
  readonly title: string;
  readonly cell: number;
  readonly w: number;
  readonly h: number;
  readonly scale: GrayScale | null;
}

/**
 * The whole page as one figure: the input on the left, then one row per kernel with the
 * kernel, its feature map, pooled map and activated map, each titled with its size
 * ("Feature map 1 · 7x7"), arrows between them, and a legend per column at the top (under
 * each map instead when the maps of a column have different scales, as in per-map mode).
 * A stage with no map shows `noOutput`. Big maps get smaller cells, so a map is at most 7
 * default cells (9 for the input) wide. Pure and deterministic.
 */
export function wholeFigure(args: WholeFigureArgs): Figure {
  const { input, kernels, results, scaleFor, titles, showValues = false } = args;
  const noOutput = args.noOutput ?? 'No output';
  const item = (stage: FigureStage, map: Matrix | null, title: string, cap: number): Item => {
    if (!map) return { map, title, cell: 0, w: 0, h: 0, scale: null };
    const cell = CELL * Math.min(1, cap / Math.max(map.height, map.width, 1));
    const scale = scaleFor(stage, map);
    return {
      map,
      title: sized(title, map),
      cell,
      w: map.width * cell,
      h: map.height * cell,
      scale,
    };
  };

  const inputItem = item('input', input, titles.input, INPUT_CAP);
  const columns = ['kernels', 'feature', 'pooled', 'activated'] as const;
  const rows: Item[][] = kernels.map((kernel, k) => {
    const r = results[k];
    const n = k + 1;
    return [
      item('kernels', kernel, titles.kernel(n), MAP_CAP),
      item('feature', r?.feature.map ?? null, titles.feature(n), MAP_CAP),
      item('pooled', r?.pooled.map ?? null, titles.pooled(n), MAP_CAP),
      item('activated', r?.activated.map ?? null, titles.activated(n), MAP_CAP),
    ];
  });

  // A column shares one legend at the top when all its maps have the same domain.
  const heads = [titles.input, ...columns.map((c) => titles.stages[c])];
  const colItems: Item[][] = [[inputItem], ...columns.map((_, j) => rows.map((row) => row[j]!))];
  const headScale: (GrayScale | null)[] = [];
  const perMap: boolean[] = [];
  for (const list of colItems) {
    const scales = list.flatMap((it) => (it.scale ? [it.scale] : []));
    const first = scales[0] ?? null;
    const same = scales.every(
      (s) => s.domain[0] === first?.domain[0] && s.domain[1] === first.domain[1],
    );
    headScale.push(same ? first : null);
    perMap.push(!same);
  }
  const anyPerMap = perMap.some(Boolean);

  const colW = colItems.map((list, j) => {
    let w = Math.max(LEGEND_MIN_W, textWidth(heads[j]!, TITLE_SIZE, 'bold'));
    for (const it of list) {
      w = Math.max(w, textWidth(it.title, TITLE_SIZE, 'bold'));
      w = Math.max(w, it.map ? it.w : textWidth(noOutput, NO_OUTPUT_SIZE));
    }
    return Math.ceil(w);
  });
  const colX: number[] = [];
  let x = MARGIN;
  for (const w of colW) {
    colX.push(x);
    x += w + GAP;
  }
  const width = x - GAP + MARGIN;

  const background: Extract<Primitive, { kind: 'rect' }> = {
    kind: 'rect',
    x: 0,
    y: 0,
    w: width,
    h: 0,
    fill: BACKGROUND,
  };
  const out: Primitive[] = [background];
  // An arrow from the item in column j to column j + 1, halfway across the space between.
  const arrow = (j: number, from: Item, y: number) => {
    const right = colX[j]! + (from.map ? from.w : textWidth(noOutput, NO_OUTPUT_SIZE));
    out.push({
      kind: 'text',
      x: (right + colX[j + 1]!) / 2,
      y: y + 7,
      text: '→',
      size: 20,
      anchor: 'middle',
      fill: GRID_COLOR,
    });
  };

  // Column heads.
  heads.forEach((head, j) => {
    const hx = colX[j]!;
    out.push({
      kind: 'text',
      x: hx,
      y: MARGIN + 14,
      text: head,
      size: TITLE_SIZE,
      weight: 'bold',
      fill: INK,
    });
    const scale = headScale[j];
    if (scale) drawLegend(out, scale, hx, MARGIN + 26, colW[j]!);
  });

  const drawItem = (it: Item, j: number, top: number, legend: boolean) => {
    const ix = colX[j]!;
    out.push({
      kind: 'text',
      x: ix,
      y: top + 14,
      text: it.title,
      size: TITLE_SIZE,
      weight: 'bold',
      fill: INK,
    });
    if (!it.map || !it.scale) {
      out.push({
        kind: 'text',
        x: ix,
        y: top + TITLE_H + 16,
        text: noOutput,
        size: NO_OUTPUT_SIZE,
        fill: NO_OUTPUT_COLOR,
      });
      return;
    }
    const format = j <= 1 ? formatWeight : formatValue;
    drawCells(out, it.map, ix, top + TITLE_H, it.cell, it.scale, showValues, format);
    if (legend) drawLegend(out, it.scale, ix, top + TITLE_H + it.h + 8, colW[j]!);
  };

  // Rows: one per kernel, each as high as its highest map, and the input centred on them.
  const rowsTop = MARGIN + HEAD_H;
  const legendExtra = anyPerMap ? 8 + LEGEND_H : 0;
  const mapsH = rows.map((row) => Math.max(...row.map((it) => (it.map ? it.h : NO_OUTPUT_H))));
  const rowTops: number[] = [];
  let top = rowsTop;
  mapsH.forEach((h, k) => {
    if (k > 0) top += ROW_GAP;
    rowTops.push(top);
    top += TITLE_H + h + legendExtra;
  });
  const rowsH = top - rowsTop;
  const blockH = TITLE_H + inputItem.h;
  const inputTop = rowsTop + Math.max(0, (rowsH - blockH) / 2);

  drawItem(inputItem, 0, inputTop, false);
  if (rows.length > 0) arrow(0, inputItem, inputTop + TITLE_H + inputItem.h / 2);
  rows.forEach((row, k) => {
    const rowTop = rowTops[k]!;
    row.forEach((it, i) => drawItem(it, i + 1, rowTop, perMap[i + 1]!));
    for (let j = 1; j < 4; j++) arrow(j, row[j - 1]!, rowTop + TITLE_H + mapsH[k]! / 2);
  });

  const height = Math.ceil(Math.max(rowsTop + rowsH, inputTop + blockH) + MARGIN);
  background.h = height;
  return { width, height, primitives: out };
}
