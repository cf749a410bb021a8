import { SEED_KERNELS } from '../core';
import { defaultBlock, encodeLink, inputPreset, seedState, type AppState } from '../state';
import type { Lesson, LessonStep } from './lesson';

/** The id of the built-in lesson in a link: `lesson=xo`. */
export const XO_STORY_ID = 'xo';

const seed = seedState('en');
const page = (change: Partial<AppState>): string => encodeLink({ ...seed, ...change });
const withValues = { ...seed.display, showValues: true };

const steps: LessonStep[] = [
  {
    caption: {
      en: '1. A picture is numbers. To a computer this X is a 9x9 grid: +1 where the stroke is (white), -1 elsewhere (black). Everything that follows is arithmetic on these 81 numbers.',
      zh: '1. 图片就是数字。对计算机来说，这个 X 是一个 9x9 的网格：笔画处为 +1（白色），其余为 -1（黑色）。后面的一切都是对这 81 个数字的计算。',
    },
    highlight: ['input'],
    link: page({ kernels: [SEED_KERNELS[0]!], display: withValues }),
  },
  {
    caption: {
      en: '2. A kernel is a small pattern: kernel 1 is a diagonal line. Convolution slides it over the picture, window by window, multiplies the numbers that overlap and adds them up (÷ 9): 1 means a perfect match, -1 the opposite.',
      zh: '2. 卷积核是一个小图案：卷积核 1 是一条对角线。卷积把它在图片上一个窗口一个窗口地滑动，把重叠的数字相乘再相加（÷ 9）：1 表示完全匹配，-1 表示完全相反。',
    },
    question: {
      en: 'What will feature map 1 look like? Where will it be brightest?',
      zh: '特征图 1 会是什么样子？哪里最亮？',
    },
    hidden: ['conv-0'],
    highlight: ['kernel-0', 'conv-0'],
    link: page({ kernels: [SEED_KERNELS[0]!] }),
  },
  {
    caption: {
      en: '3. Three kernels find three features: one diagonal, the other diagonal, and the crossing in the middle. Each feature map is bright where its pattern is in the picture.',
      zh: '3. 三个卷积核找出三种特征：一条对角线、另一条对角线，以及中间的交叉。每张特征图在图片中出现该图案的地方最亮。',
    },
    question: {
      en: 'Kernel 2 is the other diagonal. Where will feature map 2 be bright?',
      zh: '卷积核 2 是另一条对角线。特征图 2 哪里会亮？',
    },
    hidden: ['conv-1'],
    highlight: ['conv-0', 'conv-1', 'conv-2'],
    link: page({}),
  },
  {
    caption: {
      en: '4. ReLU keeps the matches: every negative number becomes 0, the positive ones stay. What is left is where each pattern was found.',
      zh: '4. ReLU 保留匹配：每个负数都变成 0，正数保持不变。剩下的就是找到各个图案的位置。',
    },
    question: {
      en: 'Which cells of ReLU map 1 stay above 0?',
      zh: 'ReLU 图 1 中哪些格子大于 0？',
    },
    hidden: ['relu-0'],
    highlight: ['conv-0', 'relu-0'],
    link: page({}),
  },
  {
    caption: {
      en: '5. Pooling shrinks the maps: each 2x2 window keeps only its largest number (7x7 becomes 4x4). This X is moved one pixel to the right, yet the pooled maps barely change: pooling tolerates small shifts.',
      zh: '5. 池化把特征图缩小：每个 2x2 窗口只保留最大的数（7x7 变成 4x4）。这个 X 向右移动了一个像素，但池化后的图几乎没有变化：池化能容忍小的平移。',
    },
    question: {
      en: 'The X moved one pixel. Will pooled map 1 change much?',
      zh: 'X 移动了一个像素。池化图 1 会有很大变化吗？',
    },
    hidden: ['pool-0'],
    highlight: ['input', 'pool-0', 'pool-1', 'pool-2'],
    link: page({ input: inputPreset('shiftedX') }),
  },
  {
    caption: {
      en: '6. The votes decide: every number of the pooled maps votes for X or for O, with a weight. The class with the most votes wins, and the softmax turns the votes into a confidence.',
      zh: '6. 投票做决定：池化图中的每个数字都带着权重为 X 或 O 投票。得票最多的类别获胜，softmax 把票数变成置信度。',
    },
    highlight: ['decision'],
    link: page({}),
  },
  {
    caption: {
      en: '7. The network learns its kernels and votes: shown many X’s and O’s, training nudges every weight to make fewer mistakes. Open the training panel and watch the loss fall.',
      zh: '7. 网络自己学习卷积核和投票：看过很多 X 和 O 之后，训练会一点点调整每个权重，让错误越来越少。打开训练面板，看损失下降。',
    },
    highlight: ['train', 'decision'],
    link: page({ input: inputPreset('o') }),
  },
  {
    caption: {
      en: '8. Deeper blocks: a second block convolves the pooled maps again, so its kernels see a larger part of the picture and can combine simple features into bigger ones.',
      zh: '8. 更深的模块：第二个模块再对池化图做卷积，它的卷积核能看到图片更大的部分，把简单的特征组合成更大的特征。',
    },
    highlight: ['blocks'],
    link: page({ blocks: [defaultBlock(SEED_KERNELS.length)] }),
  },
];

/** The built-in lesson "The X-or-O story", in English and 简体中文. */
export const XO_STORY: Lesson = {
  title: { en: 'The X-or-O story', zh: 'X 还是 O 的故事' },
  steps,
};
