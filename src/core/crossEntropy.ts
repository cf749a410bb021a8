/**
 * Softmax of `logits` into `probabilities`, computed stably (the largest logit subtracted
 * first, so logits of ±1000 are fine).
 * @returns the log of the sum of exponentials (log-sum-exp) of the logits.
 */
export function softmaxInto(logits: ArrayLike<number>, probabilities: Float64Array): number {
  const n = logits.length;
  let max = -Infinity;
  for (let i = 0; i < n; i++) if (logits[i]! > max) max = logits[i]!;
  let sum = 0;
  for (let i = 0; i < n; i++) {
    const e = Math.exp(logits[i]! - max);
    probabilities[i] = e;
    sum += e;
  }
  for (let i = 0; i < n; i++) probabilities[i] = probabilities[i]! / sum;
  return max + Math.log(sum);
}

/**
 * `torch.nn.functional.cross_entropy` of one example: log-sum-exp(logits) - logits[label],
 * with the probabilities written into `probabilities` and `scale` times the loss's gradient
 * with respect to the logits (probabilities - one-hot) into `dLogits`.
 */
export function crossEntropyInto(
  logits: ArrayLike<number>,
  label: number,
  probabilities: Float64Array,
  dLogits: Float64Array,
  scale: number,
): number {
  const lse = softmaxInto(logits, probabilities);
  for (let i = 0; i < logits.length; i++) {
    dLogits[i] = (i === label ? probabilities[i]! - 1 : probabilities[i]!) * scale;
  }
  return lse - logits[label]!;
}
