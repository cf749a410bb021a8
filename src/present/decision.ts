import { asTensor, classify, type Matrix, type Network, type Tensor } from '../core';
import type { DecisionNetwork, VotesSource } from '../state/decisionNetwork';

/** One class's share of the decision. */
export interface ClassShare {
  readonly name: string;
  readonly probability: number;
}

/** What the page shows of the network's verdict on the current picture. */
export type Decision =
  | {
      /** In the network's class order. */
      readonly classes: readonly ClassShare[];
      /** Index of the most probable class (the first of equals). */
      readonly winner: number;
      /** Index of the second guess. */
      readonly second: number;
      readonly votes: VotesSource;
    }
  | { readonly problem: Extract<DecisionNetwork, { problem: unknown }>['problem'] };

/** The verdict of a decision network (from decisionNetwork) on a picture. */
export function decide(made: DecisionNetwork, input: Matrix | Tensor): Decision {
  if ('problem' in made) return { problem: made.problem };
  return verdict(made.network, input, made.votes);
}

function verdict(net: Network, input: Matrix | Tensor, votes: VotesSource): Decision {
  const { probabilities } = classify(net, asTensor(input));
  const names = net.classes ?? [];
  const classes = Array.from(probabilities, (probability, i) => ({
    name: names[i] ?? String(i + 1),
    probability,
  }));
  const order = classes
    .map((_, i) => i)
    .sort((a, b) => classes[b]!.probability - classes[a]!.probability || a - b);
  return { classes, winner: order[0] ?? 0, second: order[1] ?? 0, votes };
}

/** A probability as the page prints it: "99.95 %", never "100.0 %" unless it is exactly 1. */
export function formatShare(p: number): string {
  if (!Number.isFinite(p)) return '–';
  const percent = p * 100;
  if (percent >= 99.995 && p < 1) return '> 99.99 %';
  if (percent > 0 && percent < 0.005) return '< 0.01 %';
  let text = percent.toFixed(1);
  if ((text === '100.0' && p < 1) || (text === '0.0' && p > 0)) text = percent.toFixed(2);
  return `${text} %`;
}
