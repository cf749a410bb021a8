/**
 * The votes the page's decision reads when the teacher edited them (or training set them):
 * `weight[c][i]` is class c's vote for flattened feature i (channel first, then row, then
 * column, as the core's flatten), `bias[c]` its bias. In the state they are `null` until
 * edited: the page then derives them (the seed's learned votes, or votes it can explain).
 */
export interface Votes {
  readonly weight: readonly (readonly number[])[];
  readonly bias: readonly number[];
}

/** The class names the page starts with: the seed's. */
export const DEFAULT_CLASSES: readonly string[] = ['X', 'O'];

/** Votes of `classes` classes over `features` features: every weight finite, rows equal. */
export function votesFit(votes: Votes, classes: number, features: number): boolean {
  return (
    votes.weight.length === classes &&
    votes.bias.length === classes &&
    votes.weight.every((row) => row.length === features && row.every(Number.isFinite)) &&
    votes.bias.every(Number.isFinite)
  );
}

/** `votes` with class c's vote for feature i set to v (or its bias, for i = -1). */
export function withVote(votes: Votes, c: number, i: number, v: number): Votes {
  if (i === -1) return { weight: votes.weight, bias: votes.bias.map((b, j) => (j === c ? v : b)) };
  return {
    weight: votes.weight.map((row, j) => (j === c ? row.map((w, k) => (k === i ? v : w)) : row)),
    bias: votes.bias,
  };
}
