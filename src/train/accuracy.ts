import { classify, type Example, type Network } from '../core';

/** The share of `examples` (0..1) whose largest logit is their label's (ties: the first). */
export function accuracy(net: Network, examples: readonly Example[]): number {
  if (examples.length === 0) return 0;
  let right = 0;
  for (const { input, label } of examples) {
    const { logits } = classify(net, input);
    let best = 0;
    for (let c = 1; c < logits.length; c++) if (logits[c]! > logits[best]!) best = c;
    if (best === label) right += 1;
  }
  return right / examples.length;
}
