import type { LinkPart } from '../state/urlCodec';
import { ACTIVATIONS, type Messages } from './messages';
import { shareZh } from './share/zh';
import { trainZh } from './train/zh';
import { decisionZh } from './decision/zh';
import { drawingsZh } from './drawings/zh';
import { colorZh } from './color/zh';
import { gradientsZh } from './gradients/zh';
import { reviewZh } from './review/zh';

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
  legendEnds: (lo, hi) => `黑 = ${lo}，白 = ${hi}`,
  legendDiverging: (lo, hi) => `红 = ${lo}，白 = 0，蓝 = ${hi}`,
  colorDiverging: '正负着色',
  colorDivergingTitle: '有正负的图用红（负）蓝（正）显示，0 为白：哪里与卷积核相符，哪里正相反',
  uniform: (value) => `所有格均为 ${value}`,
  pixelLabel: (row, col, value) => `第 ${row} 行，第 ${col} 列：${value}`,
  cellLabel: (row, col, value) => `第 ${row} 行，第 ${col} 列：${value}`,
  inputGridLabel: (h, w) => `原图，${h} × ${w} 像素。方向键移动，空格或回车翻转像素。`,
  mapLabel: (title, h, w, lo, hi) => `${title}，${h} × ${w}，数值从 ${lo} 到 ${hi}`,
  editHint: '点击或拖动来绘制原图，所有特征图立即重新计算。',
  noOutput: '没有输出',
  kernelTooLarge: (kh, kw, h, w) => `${kh}×${kw} 的卷积窗口放不进 ${h}×${w}（含填充）的输入。`,
  windowTooLarge: (size, h, w) => `${size}×${size} 的池化窗口放不进 ${h}×${w} 的特征图。`,
  explainTitle: '这个数是怎么来的？',
  explainHint:
    '把鼠标指向任意特征图中的格子，看它的数值如何算出。点击可固定说明，按 Esc 取消固定。',
  explainHintTouch:
    '轻点任意特征图中的格子，看它的数值如何算出。轻点图以外的地方或“已固定 ✕”即可取消。',
  pinned: '已固定',
  unpin: '取消固定',
  cellAt: (title, row, col) => `${title}，第 ${row} 行，第 ${col} 列`,
  productsCaption: '窗口中每一格的 输入 × 权重',
  padding: '填充',
  sumOfProducts: '求和',
  matches: (n, total) => `${total} 个乘积中有 ${n} 个是 +1：这些位置的图像与卷积核吻合。`,
  windowOf: (source) => `它在${source}中的窗口`,
  largest: '最大',
  meanOf: (n) => `${n} 个数的平均`,
  absent: '—',
  pixelReach: (k, feature, pooled) =>
    `卷积核 ${k}：被特征图的 ${feature} 个格子和池化图的 ${pooled} 个格子读取`,
  pixelIntro: (value) => `这个像素是 ${value}。改变它会改变所有被框出的格子：`,
  stepTitle: '逐步演示',
  stepKernel: '要演示的卷积核',
  stepStage: '要演示的步骤',
  stepPooling: '池化',
  stepBack: '后退一步',
  stepForward: '前进一步',
  stepStop: '停止并显示全部',
  play: '播放',
  pause: '暂停',
  stepCount: (step, total) => `第 ${step} / ${total} 个窗口`,
  speed: '速度',
  perSecond: (n) => `每秒 ${n} 步`,
  inputPresetName: (p) =>
    ({
      x: 'X',
      o: 'O',
      shiftedX: '右移的 X',
      smallX: '小 X',
      thickX: '粗 X',
      noisyX: '带噪声的 X',
      blank: '空白',
    })[p],
  kernelPresetName: (p) =>
    ({
      diagonal: '主对角线',
      x: 'X',
      antiDiagonal: '副对角线',
      plus: '十字',
      horizontal: '横线',
      vertical: '竖线',
      sobelX: 'Sobel x',
      sobelY: 'Sobel y',
      laplacian: '拉普拉斯',
      boxBlur: '均值模糊',
      sharpen: '锐化',
      identity: '恒等',
    })[p],
  kernelPresetAbout: (p) =>
    ({
      diagonal: '原文的卷积核 1：从左上到右下的笔画。',
      x: '原文的卷积核 2：两条对角线，X 的中心。',
      antiDiagonal: '原文的卷积核 3：从右上到左下的笔画。',
      plus: '十字：中间一行和中间一列。',
      horizontal: '穿过中间的一条横线。',
      vertical: '穿过中间的一条竖线。',
      sobelX: '检测竖直边缘：左暗右亮。',
      sobelY: '检测水平边缘：上暗下亮。',
      laplacian: '在像素与上下左右四个邻居不同的地方响应。',
      boxBlur: '全为 1：除以 9 之后就是窗口的平均值。',
      sharpen: '像素减去邻居：让边缘更清晰。',
      identity: '复制中心像素：输出就是裁剪后的输入。',
    })[p],
  customKernel: '自定义',
  kernelPresetLabel: (k) => `卷积核 ${k} 的预设`,
  kernelSizeLabel: (k) => `卷积核 ${k} 的大小`,
  typeWeights: (k) => `输入卷积核 ${k} 的权重`,
  removeKernel: (k) => `删除卷积核 ${k}`,
  addKernel: '+ 卷积核',
  addBlock: '+ 卷积块',
  addBlockTitle: '再叠一个块：在上一块的池化图上做 卷积 -> 激活 -> 池化',
  blockTitle: (b) => `第 ${b} 块`,
  blockAbout: (kernels, channels) =>
    `${kernels} 个卷积核，每个有 ${channels} 层切片：上一块的每张图一层`,
  removeBlock: (b) => `删除第 ${b} 块`,
  blockSlice: (k, c) => `卷积核 ${k}，切片 ${c}`,
  blockSumNote: '各切片求和',
  blockChannel: (c) => `通道 ${c}：`,
  blockTotal: (sums, total, divisor, bias, value) =>
    `合计 ${sums} = ${total}` +
    (divisor === 1 ? '' : `，÷ ${divisor}`) +
    `，+ 偏置 ${bias} = ${value}`,
  blockDivide: '除以所有切片的格数',
  weightLabel: (row, col) => `第 ${row} 行第 ${col} 列的权重`,
  notANumber: (text, kept) => `“${text}”不是数字；保持为 ${kept}。`,
  weightHint: '点击权重可在 -1、0、+1 之间切换，也可以输入任意数字。',
  settings: '设置',
  gridSize: '图片大小',
  rows: '行数',
  columns: '列数',
  gridRange: (lo, hi) => `请输入 ${lo} 到 ${hi} 之间的整数。`,
  convolution: '卷积',
  stride: '步长',
  padding0: '填充',
  dilation: '膨胀',
  bias: '偏置',
  normalize: '除以卷积核的格数（原文的 ÷ 9）',
  pooling: '池化',
  poolKindName: (kind) => (kind === 'max' ? '最大' : '平均'),
  windowSize: '窗口',
  edge: '边缘',
  edgeName: (edge) =>
    ({
      pad: '在下方和右侧补一行一列 0（原文的做法）',
      drop: '丢弃放不下的窗口（PyTorch 默认）',
      ceil: '保留不完整的窗口（PyTorch 的 ceil 模式）',
    })[edge],
  activation: '激活函数',
  order: '顺序',
  orderName: (order) =>
    order === 'branch'
      ? '分别对卷积特征图做池化和激活（原文的做法）'
      : '卷积 → 激活 → 池化（常见的 CNN 层）',
  orderWhy:
    '最大池化和 ReLU 无论先后，结果都相同：两者都保持数值的大小顺序，窗口里最大的数经过 ReLU 后仍然最大，而对 ReLU 图做池化选出的正是它。平均池化配 tanh 就不同了：tanh 值的平均不等于平均值的 tanh。',
  orderSame: '在当前设置下，两种顺序得到的池化结果完全相同。',
  orderDiffer: (max) => `在当前设置下，两种顺序的结果不同，最大相差 ${max}。`,
  tryAvgTanh: '试试平均池化配 tanh',
  importPicture: '导入图片…',
  importHint: '或把图片拖放、粘贴到原图上',
  threshold: '只用黑白两色',
  importError: (reason) =>
    ({
      notAnImage:
        '这个文件不是浏览器能读取的图片（请用 PNG、JPEG、WebP、GIF 或 BMP）。原图没有改变。',
      tooLarge: '这个文件超过 50 MB。原图没有改变。',
      empty: '这个文件是空的。原图没有改变。',
    })[reason],
  importDone: (name, h, w) => `已导入 ${name}，大小 ${h}×${w} 像素。`,
  close: '关闭',
  undo: '撤销',
  redo: '重做',
  linkProblems: (parts) => {
    if (parts.includes('version'))
      return '无法读取这个链接（已损坏或来自其他版本），页面显示原文的例子。';
    const names: Record<LinkPart, string> = {
      version: '版本',
      input: '原图',
      kernels: '卷积核',
      conv: '卷积设置',
      pool: '池化设置',
      activation: '激活函数',
      order: '顺序',
      display: '显示选项',
      language: '语言',
      blocks: '后面的卷积块',
      classes: '类别名称',
      votes: '投票权重',
      drawings: '手绘样本',
      training: '训练设置',
      color: '图片的颜色',
    };
    return `链接中有部分内容无法读取：${parts.map((p) => names[p]).join('、')}。这些部分改用原文的值。`;
  },
  dismiss: '关闭',
  present: '演示',
  presentTitle: '演示模式：更大的图和文字，高对比度，隐藏控件',
  exitPresentation: '退出演示（Esc）',
  fullScreen: '全屏（F）',
  fullScreenTitle: '开关全屏；翻页笔或方向键可逐步演示卷积',
  exitPresentationTouch: '退出演示',
  share: shareZh,
  train: trainZh,
  decision: decisionZh,
  drawings: drawingsZh,
  color: colorZh,
  gradients: gradientsZh,
  review: reviewZh,
  exportMenu: '导出',
  wholeFigure: '整张图',
  oneMap: '单张图',
  mapToExport: '要导出的图',
  png: 'PNG（2 倍）',
  svg: 'SVG',
  numbers: '所有数值（JSON）',
  showCode: '查看 Python 代码',
  codeTitle: '精确算出这些数值的 Python 代码',
  codeAbout:
    '与原文一样有两个版本：NumPy 循环版和 PyTorch 版。与原文的 PyTorch 版不同，这里的卷积没有随机偏置，所以每次运行都会打印出本页上的数值。',
  numpyTab: 'NumPy 循环',
  torchTab: 'PyTorch',
  copy: '复制',
  copied: '已复制',
  downloadPy: '下载 .py',
  decisionTitle: '网络的判断',
  decisionSecond: (name, share) => `其次 ${name} · ${share}`,
  decisionReads: (votes) =>
    '它把第一层按 卷积 -> 激活 -> 池化 计算（最大池化配 ReLU 时与先池化后 ReLU 的数值相同），' +
    '展平后把每个类别的投票加起来，再做 softmax。' +
    (votes === 'edited'
      ? '投票权重是本页设定的（编辑、导入或训练得到）。'
      : votes === 'learned'
        ? '投票权重是从生成的 X 和 O 图片中学来的。'
        : votes === 'prototype'
          ? '这些特征图的形状与学到的投票不同，因此每个类别按某特征在该类生成图片中比平均多出多少来投票。'
          : '图片太小，无法学习投票：所有投票都是 0。'),
  decisionProblem: (problem) =>
    problem.kind === 'kernelSizes'
      ? problem.block === 0
        ? '无法判断：卷积核大小不同，不能组成同一层。'
        : `无法判断：第 ${problem.block + 1} 块的卷积核大小不同，不能组成同一层。`
      : problem.kind === 'ceilEdge'
        ? '无法判断：这种池化边缘只有在 ReLU 或 Sigmoid 之后做最大池化时才能写成网络层。'
        : '无法判断：特征图与下一层的大小不匹配。',
};
