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
    answer: {
      en: 'Brightest (1.00) along the diagonal from top left to bottom right, where the X’s stroke lies on the kernel’s line; the centre is only 0.56, because the other stroke crosses there.',
      zh: '沿着从左上到右下的对角线最亮（1.00），那里 X 的笔画正好与卷积核的线重合；中心只有 0.56，因为另一笔画在那里交叉。',
    },
    hidden: ['conv-0'],
    highlight: ['kernel-0', 'conv-0'],
    link: page({ kernels: [SEED_KERNELS[0]!] }),
  },
  {
    caption: {
      en: '3. Three kernels find three features: one diagonal, a small cross, and the other diagonal. Each feature map is bright where its pattern is in the picture.',
      zh: '3. 三个卷积核找出三种特征：一条对角线、一个小叉和另一条对角线。每张特征图在图片中出现该图案的地方最亮。',
    },
    question: {
      en: 'Kernel 2 is a small cross. Where will feature map 2 be brightest?',
      zh: '卷积核 2 是一个小叉。特征图 2 哪里最亮？',
    },
    answer: {
      en: 'At the centre (1.00), where the X’s two strokes cross; along the strokes it reaches 0.56.',
      zh: '在中心（1.00），X 的两笔在那里交叉；沿着笔画是 0.56。',
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
    answer: {
      en: 'The cells where feature map 1 is positive: the diagonal (up to 1.00) and partial matches such as 0.33 and 0.56. Every negative cell is now 0.',
      zh: '特征图 1 中为正的格子：对角线（最高 1.00）和部分匹配，比如 0.33 和 0.56。所有负的格子都变成了 0。',
    },
    hidden: ['relu-0'],
    highlight: ['conv-0', 'relu-0'],
    link: page({}),
  },
  {
    caption: {
      en: '5. Pooling shrinks the maps: each 2x2 window keeps only its largest number (7x7 becomes 4x4, with the seed’s zero row and column). Here the X is moved one pixel to the right.',
      zh: '5. 池化把特征图缩小：每个 2x2 窗口只保留最大的数（加上种子代码的零行和零列，7x7 变成 4x4）。这里的 X 向右移动了一个像素。',
    },
    question: {
      en: 'The X moved one pixel. Will pooled map 1 change much?',
      zh: 'X 移动了一个像素。池化图 1 会有很大变化吗？',
    },
    answer: {
      en: 'Less than the picture: each strong match (1.00) stays in its pooled cell or the one beside it, so the pooled map still says “a diagonal here”. Pooling tolerates small shifts; “Why pooling helps” measures how much.',
      zh: '比图片的变化小：每个强匹配（1.00）都留在原来的池化格子或旁边的格子里，所以池化图仍然表示“这里有对角线”。池化能容忍小的平移；“池化的作用”会测量容忍多少。',
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
