import { describe, expect, it } from 'vitest';
import { classify, SEED_NETWORK, xoExamples } from '../../src/core';
import { reviewTest } from '../../src/train/testReview';

describe('reviewTest', () => {
  const examples = xoExamples({ height: 9, width: 9, count: 60, seed: 2 });
  const review = reviewTest(SEED_NETWORK, examples, 2);

  it('counts every picture once in the confusion matrix, by its class and the guess', () => {
    const total = review.confusion.flat().reduce((a, b) => a + b, 0);
    expect(total).toBe(60);
    expect(review.confusion[0]![0]! + review.confusion[1]![1]!).toBe(review.right);
    expect(review.confusion[0]![0]! + review.confusion[0]![1]!).toBe(
      examples.filter((e) => e.label === 0).length,
    );
  });

  it('lists exactly the pictures whose most likely class is not their own, with that probability', () => {
    expect(review.wrong.length).toBe(60 - review.right);
    for (const w of review.wrong) {
      const p = classify(SEED_NETWORK, examples[w.index]!.input).probabilities;
      expect(w.label).toBe(examples[w.index]!.label);
      expect(w.guess).toBe(p[0]! >= p[1]! ? 0 : 1);
      expect(w.guess).not.toBe(w.label);
      expect(w.probability).toBe(p[w.guess]);
    }
    const all = examples.map((e) => classify(SEED_NETWORK, e.input).probabilities);
    const wrongByHand = all.flatMap((p, i) =>
      (p[0]! >= p[1]! ? 0 : 1) !== examples[i]!.label ? [i] : [],
    );
    expect(review.wrong.map((w) => w.index)).toEqual(wrongByHand);
  });
});
