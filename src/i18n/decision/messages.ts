import type { VotesSource } from '../../state/decisionNetwork';

/** The text of the decision panel (after the last block's maps), in one language. */
export interface DecisionMessages {
  readonly title: string;
  /** What the decision reads: "Block 1's 3 final maps (4x4), flattened: 48 numbers". */
  readonly reads: (block: number, maps: number, height: number, width: number) => string;
  readonly strip: string;
  readonly stripLabel: (n: number) => string;
  /** A final-map cell: "map 3, row 1, column 2". */
  readonly cell: (map: number, row: number, col: number) => string;
  readonly featureLabel: (map: number, row: number, col: number, value: string) => string;
  readonly votesOf: (name: string) => string;
  /** Under a class's vote maps: what they show. */
  readonly looksLike: (name: string) => string;
  readonly voteMapLabel: (name: string, map: number) => string;
  readonly voteLabel: (name: string, map: number, row: number, col: number, v: string) => string;
  readonly legend: (lo: string, hi: string) => string;
  readonly legendLabel: string;
  readonly score: string;
  readonly bias: string;
  readonly probabilities: string;
  readonly classLabel: (name: string, score: string, share: string) => string;
  readonly second: (name: string, share: string) => string;
  readonly source: (source: VotesSource, stale: boolean, n: number) => string;
  readonly reset: string;
  readonly resetTitle: string;
  readonly hint: string;
  readonly scoreOf: (name: string) => string;
  readonly sumCaption: (n: number) => string;
  readonly more: (n: number) => string;
  readonly softmax: string;
  readonly shifted: (m: string) => string;
  readonly featureTitle: (map: number, row: number, col: number) => string;
  readonly featureIs: (value: string) => string;
  readonly voteFor: (name: string) => string;
  readonly editVote: (name: string) => string;
  readonly editHint: string;
  /** A training step on this picture, if it is `name`: how each vote would move. */
  readonly voteStepIf: string;
  /** d loss / d vote for class `name` = (p - y) × feature = gradient; its SGD change. */
  readonly voteGradient: (
    name: string,
    p: string,
    y: string,
    feature: string,
    gradient: string,
  ) => string;
  readonly voteChange: (rate: string, change: string) => string;
}
