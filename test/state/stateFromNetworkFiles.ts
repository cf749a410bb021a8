import { networkToJson, parseNetwork, type NetworkJson } from '../../src/core';
import { seedState, type AppState } from '../../src/state';
import { decisionNetwork } from '../../src/state/decisionNetwork';
import { stateFromNetwork } from '../../src/state/stateFromNetwork';

// Network files for the stateFromNetwork tests.

export function pageNetwork(s: AppState) {
  const made = decisionNetwork(s);
  if ('problem' in made) throw new Error('the state makes no network');
  return made.network;
}

/** The parts of a state a network file holds, comparable with toEqual. */
export function held(s: AppState) {
  const rows = (m: { data: Float64Array }) => Array.from(m.data);
  return {
    kernels: s.kernels.map(rows),
    config: s.config,
    blocks: s.blocks.map((b) => ({ ...b, kernels: b.kernels.map((k) => k.map(rows)) })),
    classes: s.classes,
    votes: s.votes,
    size: [s.input.height, s.input.width],
  };
}

/** The seed's network file with `edit` applied to a copy. */
export function seedFile(edit: (json: NetworkJson) => void): NetworkJson {
  const json = structuredClone(networkToJson(pageNetwork(seedState())));
  edit(json);
  // Votes of the size the edited blocks give, so that the file stays valid.
  const linear = json.layers.at(-1);
  if (linear?.type !== 'linear') return json;
  try {
    const features = parseNetwork({ input: json.input, layers: json.layers.slice(0, -1) });
    const n = features.shapes.at(-1)![0];
    linear.weight = linear.weight.map((row) => (row.length === n ? row : zeros(n)));
  } catch {
    // the edit itself makes the file invalid: the test says so
  }
  return json;
}

export function zeros(n: number): number[] {
  return new Array<number>(n).fill(0);
}

export function problemOf(json: NetworkJson, base = seedState()): string {
  const result = stateFromNetwork(parseNetwork(json), base);
  if (!('problem' in result)) throw new Error('the page took the network');
  return result.problem;
}
