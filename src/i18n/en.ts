import type { ActivationKind } from '../core';
import type { Messages } from './messages';

const ACTIVATIONS: Record<ActivationKind, string> = {
  relu: 'ReLU',
  leakyRelu: 'Leaky ReLU',
  sigmoid: 'Sigmoid',
  tanh: 'Tanh',
};

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
};
