import { classify, type Example, type Network } from '../core';

/** A test picture the network gets wrong: its index, its class and the network's guess. */
export interface WrongPicture {
  readonly index: number;
  readonly label: number;
  readonly guess: number;
  /** The guess's probability. */
  readonly probability: number;
}

/** How the network does on a set of pictures. */
export interface TestReview {
  /** `confusion[label][guess]`: how many pictures of class `label` it calls `guess`. */
  readonly confusion: readonly (readonly number[])[];
  readonly wrong: readonly WrongPicture[];
  readonly right: number;
}

/**
 * The confusion matrix of `net` on `examples` (the class with the highest probability is the
 * guess; the first one on a tie, as argmax), and the pictures it gets wrong, in order.
 */
export function reviewTest(
  net: Network,
  examples: readonly Example[],
  classes: number,
): TestReview {
  const confusion = Array.from({ length: classes }, () => new Array<number>(classes).fill(0));
  const wrong: WrongPicture[] = [];
  let right = 0;
  examples.forEach((e, index) => {
    const { probabilities } = classify(net, e.input);
    let guess = 0;
    for (let c = 1; c < probabilities.length; c++) {
      if (probabilities[c]! > probabilities[guess]!) guess = c;
    }
    const row = confusion[e.label];
    if (row && guess < classes) row[guess] = row[guess]! + 1;
    if (guess === e.label) right += 1;
    else wrong.push({ index, label: e.label, guess, probability: probabilities[guess]! });
  });
  return { confusion, wrong, right };
}
