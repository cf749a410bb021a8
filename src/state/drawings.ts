import type { Matrix } from '../core';
import type { Votes } from './votes';

/** A picture the class drew and added to the training set, with its class (an index). */
export interface Drawing {
  readonly input: Matrix;
  readonly label: number;
}

/** How many drawings the training set keeps, and how many classes a network may have. */
export const MAX_DRAWINGS = 60;
export const MAX_CLASSES = 5;

/** The drawings with the current picture added as class `label`; the same list if refused. */
export function addDrawing(
  drawings: readonly Drawing[],
  input: Matrix,
  label: number,
  classes: number,
): readonly Drawing[] {
  if (!Number.isInteger(label) || label < 0 || label >= classes) return drawings;
  if (drawings.length >= MAX_DRAWINGS) return drawings;
  return [...drawings, { input, label }];
}

/** The votes with a zero row for a new class (null stays null: the page derives them). */
export function votesWithClass(votes: Votes | null): Votes | null {
  if (!votes) return null;
  const n = votes.weight[0]?.length ?? 0;
  return { weight: [...votes.weight, new Array<number>(n).fill(0)], bias: [...votes.bias, 0] };
}

/** The votes without class c's row. */
export function votesWithoutClass(votes: Votes | null, c: number): Votes | null {
  if (!votes) return null;
  return {
    weight: votes.weight.filter((_, i) => i !== c),
    bias: votes.bias.filter((_, i) => i !== c),
  };
}

/** The drawings without class c's, later classes' labels moved down by one. */
export function drawingsWithoutClass(drawings: readonly Drawing[], c: number): readonly Drawing[] {
  return drawings
    .filter((d) => d.label !== c)
    .map((d) => (d.label > c ? { input: d.input, label: d.label - 1 } : d));
}
