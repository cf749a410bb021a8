import type { ActivationKind } from '../core';
import type { Messages } from './messages';

const ACTIVATIONS: Record<ActivationKind, string> = {
  relu: 'ReLU',
  leakyRelu: 'Leaky ReLU',
  sigmoid: 'Sigmoid',
  tanh: 'Tanh',
};

// The seed's own captions: 原图 (original image), 卷积核 (kernel), 卷积后的特征图 (feature map
// after convolution), 卷积池化后的特征图 (after conv + pooling), 卷积 + relu 后的特征图.
export const zh: Messages = {
  appTitle: 'CNN 演练场',
  tagline: '用 X/O 例子理解卷积、池化与激活',
  input: '原图',
  kernel: (k) => `卷积核 ${k}`,
  kernels: '卷积核',
  featureMap: (k) => `卷积后的特征图 ${k}`,
  pooledMap: (k) => `卷积池化后的特征图 ${k}`,
  activatedMap: (k, kind) => `卷积 + ${ACTIVATIONS[kind]} 后的特征图 ${k}`,
  stageInput: '原图',
  stageKernels: '卷积核',
  stageFeature: '卷积',
  stageActivated: (kind) => `${ACTIVATIONS[kind]} 激活`,
  activationName: (kind) => ACTIVATIONS[kind],
  stagePoolTitle: (kind, size, stride) =>
    `${kind === 'max' ? '最大' : '平均'}池化 ${size}×${size}，步长 ${stride}`,
  opConv: (divisor) => (divisor === 1 ? '卷积' : `卷积 ÷ ${divisor}`),
  opPool: (kind, size) => `${kind === 'max' ? '最大' : '平均'} ${size}×${size}`,
  opFromFeature: '取自卷积特征图',
  stageFromFeature: '取自卷积特征图',
  presetX: 'X',
  presetO: 'O',
  presetBlank: '空白',
  invert: '反色',
  reset: '重置',
  resetTitle: '恢复原文的 X、卷积核和设置',
  picture: '图片',
  colors: '灰度',
  colorShared: '每层统一范围',
  colorPerMap: '每图各自最小..最大',
  colorSharedTitle: '同一层的所有特征图使用同一固定范围：亮度可以直接比较',
  colorPerMapTitle: '每张图拉伸到自己的最小..最大值，与 matplotlib 的 imshow 相同',
  showValues: '显示数值',
  language: '语言',
  legend: (stage) => `图例：${stage}`,
  uniform: (value) => `所有格均为 ${value}`,
  pixelLabel: (row, col, value) => `第 ${row} 行，第 ${col} 列：${value}`,
  cellLabel: (row, col, value) => `第 ${row} 行，第 ${col} 列：${value}`,
  inputGridLabel: (h, w) => `原图，${h} × ${w} 像素。方向键移动，空格或回车翻转像素。`,
  mapLabel: (title, h, w, lo, hi) => `${title}，${h} × ${w}，数值从 ${lo} 到 ${hi}`,
  editHint: '点击或拖动来绘制原图，所有特征图立即重新计算。',
  noOutput: '没有输出',
  kernelTooLarge: (kh, kw, h, w) => `${kh}×${kw} 的卷积窗口放不进 ${h}×${w}（含填充）的输入。`,
  windowTooLarge: (size, h, w) => `${size}×${size} 的池化窗口放不进 ${h}×${w} 的特征图。`,
};
