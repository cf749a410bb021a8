import type { LinkPart } from '../state/urlCodec';
import { ACTIVATIONS, type Messages } from './messages';
import { shareEn } from './share/en';
import { trainEn } from './train/en';
import { decisionEn } from './decision/en';
import { drawingsEn } from './drawings/en';
import { colorEn } from './color/en';
import { gradientsEn } from './gradients/en';
import { reviewEn } from './review/en';

export const en: Messages = {
  appTitle: 'CNN Playground',
  tagline: 'Convolution, pooling and ReLU on the X-or-O example',
  input: 'Input',
  kernel: (k) => `Kernel ${k}`,
  kernels: 'Kernels',
  featureMap: (k) => `Feature map ${k}`,
  pooledMap: (k) => `Pooled map ${k}`,
  activatedMap: (k, kind) => `${ACTIVATIONS[kind]} map ${k}`,
  stageInput: 'Input picture',
  stageKernels: 'Kernels',
  stageFeature: 'Convolution',
  stageActivated: (kind) => ACTIVATIONS[kind],
  activationName: (kind) => ACTIVATIONS[kind],
  stagePoolTitle: (kind, size, stride) =>
    `${kind === 'max' ? 'Max' : 'Average'} pooling ${size}x${size}, stride ${stride}`,
  opConv: (divisor) => (divisor === 1 ? 'conv' : `conv ÷ ${divisor}`),
  opPool: (kind, size) => `${kind} ${size}x${size}`,
  opFromFeature: 'of the feature map',
  stageFromFeature: 'taken from the feature map',
  presetX: 'X',
  presetO: 'O',
  presetBlank: 'Blank',
  invert: 'Invert',
  reset: 'Reset',
  resetTitle: "Back to the seed's X, kernels and settings",
  picture: 'Picture',
  colors: 'Grays',
  colorShared: 'Shared per stage',
  colorPerMap: 'Each map min..max',
  colorSharedTitle: 'One fixed range for all maps of a stage: brightness compares across maps',
  colorPerMapTitle: "Each map stretched to its own min..max, as matplotlib's imshow does",
  showValues: 'Show values',
  language: 'Language',
  legend: (stage) => `Legend: ${stage}`,
  legendEnds: (lo, hi) => `black = ${lo}, white = ${hi}`,
  legendDiverging: (lo, hi) => `red = ${lo}, white = 0, blue = ${hi}`,
  colorDiverging: '± in colour',
  colorDivergingTitle:
    'Signed maps in red (negative) and blue (positive), zero white: where the picture matches a kernel and where it is its opposite',
  uniform: (value) => `all cells ${value}`,
  pixelLabel: (row, col, value) => `Row ${row}, column ${col}: ${value}`,
  cellLabel: (row, col, value) => `Row ${row}, column ${col}: ${value}`,
  inputGridLabel: (h, w) =>
    `Input picture, ${h} by ${w} pixels. Arrow keys move, Space or Enter flips a pixel.`,
  mapLabel: (title, h, w, lo, hi) => `${title}, ${h} by ${w}, values from ${lo} to ${hi}`,
  editHint: 'Click or drag over the picture to paint; every map recomputes at once.',
  noOutput: 'No output',
  kernelTooLarge: (kh, kw, h, w) =>
    `The ${kh}x${kw} kernel window does not fit in the ${h}x${w} (padded) input.`,
  windowTooLarge: (size, h, w) =>
    `The ${size}x${size} pooling window does not fit in the ${h}x${w} map.`,
  explainTitle: 'Where does this number come from?',
  explainHint:
    'Point at any cell of a map to see how its number is made. Click it to pin the explanation; Esc unpins.',
  explainHintTouch:
    'Tap any cell of a map to see how its number is made. Tap outside the maps, or “Pinned ✕”, to let it go.',
  pinned: 'Pinned',
  unpin: 'Unpin',
  cellAt: (title, row, col) => `${title}, row ${row}, column ${col}`,
  productsCaption: 'input × weight, for each cell of the window',
  padding: 'pad',
  sumOfProducts: 'sum',
  matches: (n, total) => `${n} of ${total} products are +1: there the picture matches the kernel.`,
  windowOf: (source) => `Its window in ${source}`,
  largest: 'largest',
  meanOf: (n) => `mean of ${n}`,
  absent: '—',
  pixelReach: (k, feature, pooled) =>
    `Kernel ${k}: read by ${feature} cells of the feature map and ${pooled} of the pooled map`,
  pixelIntro: (value) => `This pixel is ${value}. Changing it changes every outlined cell:`,
  stepTitle: 'Step through',
  stepKernel: 'Kernel to step through',
  stepStage: 'Stage to step through',
  stepPooling: 'Pooling',
  stepBack: 'Step back',
  stepForward: 'Step forward',
  stepStop: 'Stop and show every cell',
  play: 'Play',
  pause: 'Pause',
  stepCount: (step, total) => `window ${step} of ${total}`,
  speed: 'Speed',
  perSecond: (n) => `${n} per second`,
  inputPresetName: (p) =>
    ({
      x: 'X',
      o: 'O',
      shiftedX: 'X moved right',
      smallX: 'Small X',
      thickX: 'Thick X',
      noisyX: 'Noisy X',
      blank: 'Blank',
    })[p],
  kernelPresetName: (p) =>
    ({
      diagonal: 'Diagonal',
      x: 'X',
      antiDiagonal: 'Anti-diagonal',
      plus: 'Plus',
      horizontal: 'Horizontal line',
      vertical: 'Vertical line',
      sobelX: 'Sobel x',
      sobelY: 'Sobel y',
      laplacian: 'Laplacian',
      boxBlur: 'Box blur',
      sharpen: 'Sharpen',
      identity: 'Identity',
    })[p],
  kernelPresetAbout: (p) =>
    ({
      diagonal: "The seed's kernel 1: a stroke from top left to bottom right.",
      x: "The seed's kernel 2: both diagonals, the centre of an X.",
      antiDiagonal: "The seed's kernel 3: a stroke from top right to bottom left.",
      plus: 'A plus: the middle row and column.',
      horizontal: 'A horizontal stroke through the middle.',
      vertical: 'A vertical stroke through the middle.',
      sobelX: 'Finds vertical edges: dark on the left, light on the right.',
      sobelY: 'Finds horizontal edges: dark above, light below.',
      laplacian: 'Responds where a pixel differs from its four neighbours.',
      boxBlur: 'All ones: with the division by 9, the mean of the window.',
      sharpen: 'The pixel, minus its neighbours: makes edges crisper.',
      identity: 'Copies the centre pixel: the output is the input, cropped.',
    })[p],
  customKernel: 'Custom',
  kernelPresetLabel: (k) => `Preset for kernel ${k}`,
  kernelSizeLabel: (k) => `Size of kernel ${k}`,
  typeWeights: (k) => `Type the weights of kernel ${k}`,
  removeKernel: (k) => `Remove kernel ${k}`,
  addKernel: '+ Kernel',
  addBlock: '+ Block',
  addBlockTitle:
    "Stack another block: conv -> activation -> pooling on the last block's pooled maps",
  blockTitle: (b) => `Block ${b}`,
  blockAbout: (kernels, channels) =>
    `${kernels} kernels, each with ${channels} slices: one per map of the block before`,
  removeBlock: (b) => `Remove block ${b}`,
  blockSlice: (k, c) => `Kernel ${k}, slice ${c}`,
  blockSumNote: 'sum over slices',
  blockChannel: (c) => `Channel ${c}:`,
  blockTotal: (sums, total, divisor, bias, value) =>
    `Total ${sums} = ${total}` +
    (divisor === 1 ? '' : `, ÷ ${divisor}`) +
    `, + bias ${bias} = ${value}`,
  blockDivide: 'Divide by the cells of all slices',
  weightLabel: (row, col) => `Weight at row ${row}, column ${col}`,
  notANumber: (text, kept) => `"${text}" is not a number; keeping ${kept}.`,
  weightHint: 'Click a weight to cycle -1, 0, +1, or type any number.',
  settings: 'Settings',
  gridSize: 'Picture size',
  rows: 'Rows',
  columns: 'Columns',
  gridRange: (lo, hi) => `A whole number from ${lo} to ${hi}.`,
  convolution: 'Convolution',
  stride: 'Stride',
  padding0: 'Padding',
  dilation: 'Dilation',
  bias: 'Bias',
  normalize: "Divide by the number of kernel cells (the seed's ÷ 9)",
  pooling: 'Pooling',
  poolKindName: (kind) => (kind === 'max' ? 'Max' : 'Average'),
  windowSize: 'Window',
  edge: 'Edge',
  edgeName: (edge) =>
    ({
      pad: 'Zero row and column at the bottom and right (the seed)',
      drop: "Drop windows that do not fit (PyTorch's default)",
      ceil: "Keep partial windows (PyTorch's ceil mode)",
    })[edge],
  activation: 'Activation',
  order: 'Order',
  orderName: (order) =>
    order === 'branch'
      ? 'Pool and activate the feature map separately (the seed)'
      : 'Conv, then activation, then pooling (the usual CNN layer)',
  orderWhy:
    'Max pooling and ReLU give the same numbers in either order: both keep larger values larger, so the largest value of a window stays the largest after ReLU, and ReLU of that largest value is what pooling the ReLU map picks. Average pooling with tanh does not: the mean of tanh values is not tanh of the mean.',
  orderSame: 'With these settings both orders give exactly the same pooled numbers.',
  orderDiffer: (max) => `With these settings the two orders differ, by up to ${max}.`,
  tryAvgTanh: 'Try average pooling with tanh',
  importPicture: 'Import a picture…',
  importHint: 'or drop or paste one on the picture',
  threshold: 'Black and white only',
  importError: (reason) =>
    ({
      notAnImage:
        'That file is not a picture this browser can read (try PNG, JPEG, WebP, GIF or BMP). The picture is unchanged.',
      tooLarge: 'That file is over 50 MB. The picture is unchanged.',
      empty: 'That file is empty. The picture is unchanged.',
    })[reason],
  importDone: (name, h, w) => `Imported ${name} as ${h}x${w} pixels.`,
  close: 'Close',
  undo: 'Undo',
  redo: 'Redo',
  linkProblems: (parts) => {
    if (parts.includes('version')) {
      return "This link could not be read (it is damaged or from another version), so the page shows the seed's example.";
    }
    const names: Record<LinkPart, string> = {
      version: 'version',
      input: 'the picture',
      kernels: 'the kernels',
      conv: 'the convolution settings',
      pool: 'the pooling settings',
      activation: 'the activation',
      order: 'the order',
      display: 'the display options',
      language: 'the language',
      blocks: 'the later blocks',
      classes: 'the class names',
      votes: 'the votes',
      drawings: 'the drawings',
      training: 'the training settings',
      color: 'the colours of the picture',
    };
    return `Part of this link could not be read: ${parts.map((p) => names[p]).join(', ')}. The seed's values are shown there instead.`;
  },
  dismiss: 'Dismiss',
  present: 'Present',
  presentTitle: 'Presentation mode: bigger maps and text, high contrast, controls tucked away',
  exitPresentation: 'Exit presentation (Esc)',
  fullScreen: 'Full screen (F)',
  fullScreenTitle:
    'Full screen on or off; a clicker or the arrow keys step through the convolution',
  exitPresentationTouch: 'Exit presentation',
  share: shareEn,
  train: trainEn,
  decision: decisionEn,
  drawings: drawingsEn,
  color: colorEn,
  gradients: gradientsEn,
  review: reviewEn,
  exportMenu: 'Export',
  wholeFigure: 'The whole figure',
  oneMap: 'One map',
  mapToExport: 'Map to export',
  png: 'PNG (2x)',
  svg: 'SVG',
  numbers: 'Every number (JSON)',
  showCode: 'Show Python code',
  codeTitle: 'Python that computes exactly these numbers',
  codeAbout:
    "Two versions, like the seed: loops over NumPy arrays, and PyTorch. Unlike the seed's PyTorch version, the convolution has no random bias, so every run prints the numbers on this page.",
  numpyTab: 'NumPy loops',
  torchTab: 'PyTorch',
  copy: 'Copy',
  copied: 'Copied',
  downloadPy: 'Download .py',
  decisionTitle: 'The network decides',
  decisionSecond: (name, share) => `then ${name} · ${share}`,
  decisionReads: (votes) =>
    'It reads every block as conv -> activation -> pooling (for max pooling with ReLU the ' +
    "same numbers as the pooled maps after ReLU), flattens the maps and adds up each class's " +
    'votes, then softmax. ' +
    (votes === 'edited'
      ? 'The votes are the ones set on this page (edited, imported or trained).'
      : votes === 'learned'
        ? 'The votes were learned from generated X and O pictures.'
        : votes === 'prototype'
          ? 'These maps have another shape than the learned votes, so each class votes for how much more a feature shows in generated pictures of it than on average.'
          : 'The picture is too small to learn votes from: every vote is 0.'),
  decisionProblem: (problem) =>
    problem.kind === 'kernelSizes'
      ? problem.block === 0
        ? 'No decision: the kernels differ in size, so they are not one layer.'
        : `No decision: the kernels of block ${problem.block + 1} differ in size, so they are not one layer.`
      : problem.kind === 'ceilEdge'
        ? 'No decision: this pooling edge can only be a network layer with max pooling after ReLU or sigmoid.'
        : 'No decision: the maps do not fit the next layer.',
};
