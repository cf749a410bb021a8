import type { Network } from './networkTypes';

/**
 * The text of src/core/seedVotes.ts for a trained seed network: its last (linear) layer's
 * weight and bias, each number written so that it reads back to the same float64.
 */
export function seedVotesSource(net: Network): string {
  const last = net.layers[net.layers.length - 1];
  if (last?.type !== 'linear')
    throw new RangeError('seedVotesSource: the last layer is not linear');
  const rows: string[] = [];
  for (let o = 0; o < last.outFeatures; o++) {
    const row = Array.from(last.weight.subarray(o * last.inFeatures, (o + 1) * last.inFeatures));
    rows.push(`    [\n${chunks(row)}\n    ],`);
  }
  return [
    "// Written by `npm run votes` (scripts/learnVotes.ts): the seed network's votes, learned by",
    "// the core's own train() as src/core/seedVotesTraining.ts says. Do not edit by hand.",
    'export const SEED_VOTES: { readonly weight: number[][]; readonly bias: number[] } = {',
    '  weight: [',
    ...rows,
    '  ],',
    `  bias: [${Array.from(last.bias).map(String).join(', ')}],`,
    '};',
    '',
  ].join('\n');
}

/** Numbers, four to a line, indented for the weight rows. */
function chunks(values: number[]): string {
  const lines: string[] = [];
  for (let i = 0; i < values.length; i += 4) {
    lines.push(
      `      ${values
        .slice(i, i + 4)
        .map(String)
        .join(', ')},`,
    );
  }
  return lines.join('\n');
}
