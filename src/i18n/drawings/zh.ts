import type { DrawingsMessages } from './messages';

export const drawingsZh: DrawingsMessages = {
  title: '全班的手绘样本',
  about: (count, max) =>
    count === 0
      ? '画一张图，然后把它作为某个类别加入训练集。'
      : `训练集中有 ${count} 张（最多 ${max} 张），与生成的图片一起训练。`,
  addAs: '把这张图加为',
  addAsTitle: (name) => `把当前图片作为“${name}”加入训练集`,
  newClass: '新类别名称',
  addClass: '+ 类别',
  addClassTitle: '新增一个类别（最多五个），例如“+”：画几张它的例子并加入；投票权重会为它多一行',
  removeClass: (name) => `删除类别“${name}”及其手绘样本`,
  remove: (n, name) => `删除第 ${n} 张手绘（${name}）`,
  drawingLabel: (n, name) => `第 ${n} 张手绘：${name}`,
  otherSize: (h, w) => `${h}x${w}：尺寸不同，不参与训练`,
  badName: '类别名称为 1 到 16 个字符，不含逗号，且不能重复。',
};
