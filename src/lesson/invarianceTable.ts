import { classify, tensorFromMatrix, type Matrix, type Network } from '../core';
import { withChannels } from '../state/exampleChannels';
import type { AppState } from '../state';
import { decisionNetwork } from '../state/decisionNetwork';
import { galleryPictures } from './invarianceVariants';
import { learnVotes, variantState, type NetworkVariant } from './invarianceNetworks';

/** A network's verdict on one picture: the winning class and its probability. */
export interface Verdict {
  readonly label: number;
  readonly confidence: number;
}

/** One row of the lab's table: a network's verdicts on every gallery picture. */
export interface LabRow {
  readonly variant: NetworkVariant;
  /** The state that opens this network on the page (votes learned, except the page's own). */
  readonly state: AppState;
  /** One per gallery picture, in PICTURE_VARIANTS order; null when the network fits none. */
  readonly verdicts: readonly Verdict[] | null;
  /** How many of the 19 variants (the picture itself not counted) it gets right. */
  readonly right: number;
  readonly share: number;
}

export function verdictOf(network: Network, picture: Matrix): Verdict {
  // A network that reads colour sees the gray variants with red = green = blue.
  const { input } = withChannels({ input: tensorFromMatrix(picture), label: 0 }, network.input[0]);
  const { probabilities } = classify(network, input);
  let label = 0;
  for (let c = 1; c < probabilities.length; c++) {
    if (probabilities[c]! > probabilities[label]!) label = c;
  }
  return { label, confidence: probabilities[label]! };
}

/** The page's network (its own votes, as the page decides); null when it makes none. */
export function pageNetwork(state: AppState): Network | null {
  const decision = decisionNetwork(state);
  return 'problem' in decision ? null : decision.network;
}

/**
 * The class counted right: the page's own verdict on the picture itself (X for the seed's X).
 */
export function truthOf(state: AppState): number | null {
  const network = pageNetwork(state);
  return network ? verdictOf(network, state.input).label : null;
}

/** A network's row over the gallery of `pictures`, right meaning class `truth`. */
export function judge(
  variant: NetworkVariant,
  state: AppState,
  network: Network | null,
  pictures: readonly Matrix[],
  truth: number | null,
): LabRow {
  if (!network || truth === null) return { variant, state, verdicts: null, right: 0, share: 0 };
  const verdicts = pictures.map((p) => verdictOf(network, p));
  const right = verdicts.slice(1).filter((v) => v.label === truth).length;
  return { variant, state, verdicts, right, share: right / (pictures.length - 1) };
}

/**
 * The row of one network variant: the page's network as it is, or the variant with votes
 * learned for it (the slow part: a few hundred milliseconds; memoise it).
 */
export function labRow(
  state: AppState,
  variant: NetworkVariant,
  learn: (state: AppState) => ReturnType<typeof learnVotes> = learnVotes,
): LabRow {
  const pictures = galleryPictures(state.input);
  const truth = truthOf(state);
  if (variant === 'page') return judge(variant, state, pageNetwork(state), pictures, truth);
  const changed = variantState(state, variant);
  const learned = learn(changed);
  const opened: AppState = learned
    ? { ...changed, classes: changed.classes.slice(0, 2), votes: learned.votes }
    : changed;
  return judge(variant, opened, learned?.network ?? null, pictures, truth);
}
