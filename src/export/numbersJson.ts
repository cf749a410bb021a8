import { toRows, type KernelResult, type StageProblem } from '../core';
import type { AppState } from '../state';

const ABOUT =
  'Every number of every stage, at full float64 precision. Each matrix is an array of rows, ' +
  'top row first, and each row lists its values from left to right (row-major, row index ' +
  'first): m[r][c] is the value at row r, column c, both counted from 0. stages[i] holds ' +
  'kernel i + 1: its feature map (the convolution), its pooled map and its activated map, ' +
  'computed from input, kernels[i] and config. A stage without output is null, and ' +
  'problems says why. For a colour picture, input is its red channel and kernels[i] the red ' +
  "slice of kernel i + 1; color holds the green and blue channels and each kernel's green and " +
  'blue slices, and every feature map sums the three channels.';

type Problems = { feature?: StageProblem; pooled?: StageProblem; activated?: StageProblem };

/**
 * Every number of every stage as pretty-printed JSON (2-space indent): the settings, the
 * input, the kernels and, per kernel, the feature, pooled and activated maps as arrays of
 * rows at full precision (null for a stage without output, with its problem).
 */
export function numbersJson(
  state: Pick<AppState, 'input' | 'kernels' | 'config'> & Partial<Pick<AppState, 'color'>>,
  results: readonly KernelResult[],
): string {
  const { input, kernels, config, color } = state;
  const stages = results.map((r, k) => {
    const problems: Problems = {};
    if (r.feature.problem) problems.feature = r.feature.problem;
    if (r.pooled.problem) problems.pooled = r.pooled.problem;
    if (r.activated.problem) problems.activated = r.activated.problem;
    return {
      kernel: k + 1,
      feature: r.feature.map ? toRows(r.feature.map) : null,
      pooled: r.pooled.map ? toRows(r.pooled.map) : null,
      activated: r.activated.map ? toRows(r.activated.map) : null,
      ...(Object.keys(problems).length > 0 ? { problems } : {}),
    };
  });
  const doc = {
    app: 'CNN Playground',
    version: 1,
    about: ABOUT,
    config: {
      conv: { ...config.conv },
      pool: { ...config.pool },
      activation: config.activation,
      order: config.order,
    },
    input: toRows(input),
    kernels: kernels.map(toRows),
    ...(color && {
      color: {
        green: toRows(color.green),
        blue: toRows(color.blue),
        slices: color.slices.map(([g, b]) => ({ green: toRows(g), blue: toRows(b) })),
      },
    }),
    stages,
  };
  return `${JSON.stringify(doc, null, 2)}\n`;
}
