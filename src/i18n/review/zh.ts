import type { ReviewMessages } from './messages';

export const reviewZh: ReviewMessages = {
  confusion: '测试集：每一类被判成什么',
  confusionAbout: (right, total) => `${total} 张中对 ${right} 张`,
  isClass: '实为',
  guessed: '判为',
  wrong: (n) => `仍然判错的测试图片（${n} 张）；点击可打开`,
  noneWrong: '所有测试图片都判对了。',
  open: (label, guess, share) => `打开这张 ${label}，网络判为 ${guess}（${share}）`,
  gallery: (count) => `训练集：${count} 张图片`,
  page: (page, pages) => `第 ${page} / ${pages} 页`,
  previous: '‹ 上一页',
  next: '下一页 ›',
  picture: (n, label) => `训练图片 ${n}：${label}`,
};
