import type { KernelResult, Matrix, StageOrder } from '../core';
import { formatValue, formatWeight } from '../present/format';
import type { GrayScale } from '../present/grayScale';
import {
  GRID_COLOR,
  INK,
  MUTED,
  BACKGROUND,
  NO_OUTPUT_COLOR,
  LEGEND_H,
  LEGEND_MIN_W,
  textWidth,
  drawCells,
  drawLegend,
  sized,
  type Primitive,
  type Figure,
} from './figure';
import { stageColumns } from '../present/stages';

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
  /** 'chain' draws the activated map before the pooled one, as the page does. */
  readonly order?: StageOrder;
  /**
   * The operations, written on the arrows as the page writes them ("conv ÷ 9", "max 2x2",
   * "ReLU"), and in the seed's branch order the note under the activation's arrow that says
   * where its input comes from ("of the feature map"): that arrow starts at the pooled map,
   * and without the note the figure would say the ReLU map is computed from it.
   */
  readonly ops?: {
    /** Takes the kernel number from 1: kernels of different sizes have different divisors. */
    readonly conv: (n: number) => string;
    readonly pool: string;
    readonly activation: string;
    readonly fromFeature: string;
  };
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
/** The operation over an arrow and the note under it. */
const OP_SIZE = 11;
const OP_LINE = 13;
const OP_PAD = 12;
/** A note under an arrow wraps at this width (a word longer than it keeps its line). */
const NOTE_W = 84;

/** Greedy word wrap of `text` at `width` units, by the figure's text width estimate. */
export function wrapWords(text: string, size: number, width: number): string[] {
  const lines: string[] = [];
  for (const word of text.split(' ')) {
    const last = lines[lines.length - 1];
    if (last !== undefined && textWidth(`${last} ${word}`, size) <= width) {
      lines[lines.length - 1] = `${last} ${word}`;
    } else lines.push(word);
  }
  return lines;
}

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
  const chain = args.order === 'chain';
  const columns = stageColumns(args.order ?? 'branch');
  const rows: Item[][] = kernels.map((kernel, k) => {
    const r = results[k];
    const n = k + 1;
    const pooled = item('pooled', r?.pooled.map ?? null, titles.pooled(n), MAP_CAP);
    const activated = item('activated', r?.activated.map ?? null, titles.activated(n), MAP_CAP);
    return [
      item('kernels', kernel, titles.kernel(n), MAP_CAP),
      item('feature', r?.feature.map ?? null, titles.feature(n), MAP_CAP),
      ...(chain ? [activated, pooled] : [pooled, activated]),
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
  // What is written on the arrow after column j in kernel n's row (nothing after the input);
  // each gap between columns is wide enough for its words.
  const ops = args.ops;
  const fromFeature = ops && !chain ? wrapWords(ops.fromFeature, OP_SIZE, NOTE_W) : [];
  const label = (j: number, n: number): readonly [string, readonly string[]] | null => {
    if (!ops || j === 0) return null;
    if (j === 1) return [ops.conv(n), []];
    if (j === 2) return [chain ? ops.activation : ops.pool, []];
    return chain ? [ops.pool, []] : [ops.activation, fromFeature];
  };
  const gapAfter = (j: number) => {
    let w = GAP;
    for (let n = 1; n <= kernels.length; n++) {
      const l = label(j, n);
      for (const text of l ? [l[0], ...l[1]] : []) {
        w = Math.max(w, Math.ceil(textWidth(text, OP_SIZE)) + OP_PAD);
      }
    }
    return w;
  };
  const colX: number[] = [];
  let x = MARGIN;
  colW.forEach((w, j) => {
    colX.push(x);
    x += w + (j < colW.length - 1 ? gapAfter(j) : 0);
  });
  const width = x + MARGIN;

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
  const arrow = (j: number, from: Item, y: number, n: number) => {
    const right = colX[j]! + (from.map ? from.w : textWidth(noOutput, NO_OUTPUT_SIZE));
    const mid = (right + colX[j + 1]!) / 2;
    out.push({
      kind: 'text',
      x: mid,
      y: y + 7,
      text: '→',
      size: 20,
      anchor: 'middle',
      fill: GRID_COLOR,
    });
    const l = label(j, n);
    if (!l) return;
    const op = (text: string, at: number) =>
      out.push({ kind: 'text', x: mid, y: at, text, size: OP_SIZE, anchor: 'middle', fill: MUTED });
    op(l[0], y - 10);
    l[1].forEach((line, i) => op(line, y + 24 + i * OP_LINE));
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
  if (rows.length > 0) arrow(0, inputItem, inputTop + TITLE_H + inputItem.h / 2, 0);
  rows.forEach((row, k) => {
    const rowTop = rowTops[k]!;
    row.forEach((it, i) => drawItem(it, i + 1, rowTop, perMap[i + 1]!));
    for (let j = 1; j < 4; j++) arrow(j, row[j - 1]!, rowTop + TITLE_H + mapsH[k]! / 2, k + 1);
  });

  const height = Math.ceil(Math.max(rowsTop + rowsH, inputTop + blockH) + MARGIN);
  background.h = height;
  return { width, height, primitives: out };
}
