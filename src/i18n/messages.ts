import type { ActivationKind, PoolEdge, PoolKind, StageOrder } from '../core';
import type { InputPreset } from '../state/inputPresets';
import type { KernelPreset } from '../state/kernelPresets';
import type { LinkPart } from '../state/urlCodec';
import type { ShareMessages } from './share/messages';
import type { TrainMessages } from './train/messages';
import type { DecisionMessages } from './decision/messages';
import type { DrawingsMessages } from './drawings/messages';
import type { ColorMessages } from './color/messages';
import type { GradientMessages } from './gradients/messages';
import type { ReviewMessages } from './review/messages';
import type { DecisionProblem, VotesSource } from '../state/decisionNetwork';

/** Activation names: the same in both languages, as in PyTorch's documentation. */
export const ACTIVATIONS: Record<ActivationKind, string> = {
  relu: 'ReLU',
  leakyRelu: 'Leaky ReLU',
  sigmoid: 'Sigmoid',
  tanh: 'Tanh',
};

/** Every piece of UI text, in one language. Functions take the numbers they show. */
export interface Messages {
  readonly appTitle: string;
  readonly tagline: string;
  readonly input: string;
  readonly kernel: (k: number) => string;
  readonly kernels: string;
  readonly featureMap: (k: number) => string;
  readonly pooledMap: (k: number) => string;
  readonly activatedMap: (k: number, kind: ActivationKind) => string;
  readonly stageInput: string;
  readonly stageKernels: string;
  readonly stageFeature: string;
  readonly stageActivated: (kind: ActivationKind) => string;
  readonly activationName: (kind: ActivationKind) => string;
  readonly stagePoolTitle: (kind: PoolKind, size: number, stride: number) => string;
  readonly opConv: (divisor: number) => string;
  readonly opPool: (kind: PoolKind, size: number) => string;
  readonly opFromFeature: string;
  readonly stageFromFeature: string;
  readonly presetX: string;
  readonly presetO: string;
  readonly presetBlank: string;
  readonly invert: string;
  readonly reset: string;
  readonly resetTitle: string;
  readonly picture: string;
  readonly colors: string;
  readonly colorShared: string;
  readonly colorPerMap: string;
  readonly colorSharedTitle: string;
  readonly colorPerMapTitle: string;
  readonly showValues: string;
  readonly language: string;
  readonly legend: (stage: string) => string;
  /** What the legend's two ends are drawn in, e.g. "black = -1, white = 1". */
  readonly legendEnds: (lo: string, hi: string) => string;
  readonly legendDiverging: (lo: string, hi: string) => string;
  readonly colorDiverging: string;
  readonly colorDivergingTitle: string;
  readonly uniform: (value: string) => string;
  readonly pixelLabel: (row: number, col: number, value: string) => string;
  readonly cellLabel: (row: number, col: number, value: string) => string;
  readonly inputGridLabel: (h: number, w: number) => string;
  readonly mapLabel: (title: string, h: number, w: number, lo: string, hi: string) => string;
  readonly editHint: string;
  readonly noOutput: string;
  readonly kernelTooLarge: (kh: number, kw: number, h: number, w: number) => string;
  readonly windowTooLarge: (size: number, h: number, w: number) => string;
  readonly explainTitle: string;
  readonly explainHint: string;
  /** The hint where the primary pointer cannot hover (a finger): tapping, no Escape key. */
  readonly explainHintTouch: string;
  readonly pinned: string;
  readonly unpin: string;
  readonly cellAt: (title: string, row: number, col: number) => string;
  readonly productsCaption: string;
  readonly padding: string;
  readonly sumOfProducts: string;
  readonly matches: (n: number, total: number) => string;
  readonly windowOf: (source: string) => string;
  readonly largest: string;
  readonly meanOf: (n: number) => string;
  readonly absent: string;
  readonly pixelReach: (k: number, feature: number, pooled: number) => string;
  readonly pixelIntro: (value: string) => string;
  readonly stepTitle: string;
  readonly stepKernel: string;
  readonly stepStage: string;
  readonly stepPooling: string;
  readonly stepBack: string;
  readonly stepForward: string;
  readonly stepStop: string;
  readonly play: string;
  readonly pause: string;
  readonly stepCount: (step: number, total: number) => string;
  readonly speed: string;
  readonly perSecond: (n: number) => string;
  readonly inputPresetName: (p: InputPreset) => string;
  readonly kernelPresetName: (p: KernelPreset) => string;
  readonly kernelPresetAbout: (p: KernelPreset) => string;
  readonly customKernel: string;
  readonly kernelPresetLabel: (k: number) => string;
  readonly kernelSizeLabel: (k: number) => string;
  readonly typeWeights: (k: number) => string;
  readonly removeKernel: (k: number) => string;
  readonly addKernel: string;
  readonly addBlock: string;
  readonly addBlockTitle: string;
  readonly blockTitle: (b: number) => string;
  readonly blockAbout: (kernels: number, channels: number) => string;
  readonly removeBlock: (b: number) => string;
  readonly blockSlice: (k: number, c: number) => string;
  readonly blockSumNote: string;
  readonly blockChannel: (c: number) => string;
  readonly blockTotal: (
    sums: string,
    total: string,
    divisor: number,
    bias: string,
    value: string,
  ) => string;
  readonly blockDivide: string;
  readonly weightLabel: (row: number, col: number) => string;
  readonly notANumber: (text: string, kept: string) => string;
  readonly weightHint: string;
  readonly settings: string;
  readonly gridSize: string;
  readonly rows: string;
  readonly columns: string;
  readonly gridRange: (lo: number, hi: number) => string;
  readonly convolution: string;
  readonly stride: string;
  readonly padding0: string;
  readonly dilation: string;
  readonly bias: string;
  readonly normalize: string;
  readonly pooling: string;
  readonly poolKindName: (kind: PoolKind) => string;
  readonly windowSize: string;
  readonly edge: string;
  readonly edgeName: (edge: PoolEdge) => string;
  readonly activation: string;
  readonly order: string;
  readonly orderName: (order: StageOrder) => string;
  readonly orderWhy: string;
  readonly orderSame: string;
  readonly orderDiffer: (max: string) => string;
  readonly tryAvgTanh: string;
  readonly importPicture: string;
  readonly importHint: string;
  readonly threshold: string;
  readonly importError: (reason: 'notAnImage' | 'tooLarge' | 'empty') => string;
  readonly importDone: (name: string, h: number, w: number) => string;
  readonly close: string;
  readonly undo: string;
  readonly redo: string;
  readonly linkProblems: (parts: readonly LinkPart[]) => string;
  readonly dismiss: string;
  readonly present: string;
  readonly presentTitle: string;
  readonly exitPresentation: string;
  readonly fullScreen: string;
  readonly fullScreenTitle: string;
  /** The same without the Escape key, where there is none (touch only). */
  readonly exitPresentationTouch: string;
  /** Sharing with the class and named snapshots (src/i18n/share/). */
  readonly share: ShareMessages;
  /** The training panel (src/i18n/train/). */
  readonly train: TrainMessages;
  /** The decision panel after the last block (src/i18n/decision/). */
  readonly decision: DecisionMessages;
  /** The class's drawings and classes (src/i18n/drawings/). */
  readonly drawings: DrawingsMessages;
  /** Colour pictures as three channels (src/i18n/color/). */
  readonly color: ColorMessages;
  /** Why the weights would move: one step's gradients (src/i18n/gradients/). */
  readonly gradients: GradientMessages;
  /** The training card's review of the sets (src/i18n/review/). */
  readonly review: ReviewMessages;
  readonly exportMenu: string;
  readonly wholeFigure: string;
  readonly oneMap: string;
  readonly mapToExport: string;
  readonly png: string;
  readonly svg: string;
  readonly numbers: string;
  readonly showCode: string;
  readonly codeTitle: string;
  readonly codeAbout: string;
  readonly numpyTab: string;
  readonly torchTab: string;
  readonly copy: string;
  readonly copied: string;
  readonly downloadPy: string;
  readonly decisionTitle: string;
  readonly decisionSecond: (name: string, share: string) => string;
  readonly decisionReads: (votes: VotesSource) => string;
  readonly decisionProblem: (problem: DecisionProblem) => string;
}
