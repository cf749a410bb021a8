import type { ColorMessages } from './messages';

const NAMES = { red: '红', green: '绿', blue: '蓝' } as const;

export const colorZh: ColorMessages = {
  importInColor: '彩色',
  importInColorTitle: '保留颜色：图片变成三个通道（红、绿、蓝），每个卷积核在每个通道上各有一片',
  toGray: '回到灰度',
  toGrayTitle: '回到单通道：图片变成它的灰度，每个卷积核取三片的平均（不除以格数时取和）',
  channel: NAMES,
  channelMap: (c) => `${NAMES[c]}色通道`,
  channelsAbout: '彩色图片是三张数字图：每个像素有多少红、绿、蓝（-1 没有，+1 最多）。',
  slice: (n, c) => `卷积核 ${n} 的${NAMES[c]}色片`,
  sumNote: '三个通道之和',
  pixelChannels: (r, g, b) => `红 ${r}，绿 ${g}，蓝 ${b}`,
  importDone: (name, h, w) => `已把 ${name} 以彩色导入，大小 ${h}×${w} 像素，三个通道。`,
};
