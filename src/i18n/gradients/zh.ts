import type { GradientMessages } from './messages';

export const gradientsZh: GradientMessages = {
  open: '权重为什么会变？',
  openTitle: '在这张图上训练一步的梯度，用链式法则一步步算出',
  close: '隐藏梯度',
  title: '在这张图上训练一步',
  labelAs: '如果这张图是',
  loss: (p, loss) => `损失 = -log p = -log ${p} = ${loss}`,
  dScore: (name, p, y, d) => `d 损失 / d 得分 ${name} = p - y = ${p} - ${y} = ${d}`,
  inputTitle: '哪些像素在推动判断',
  inputAbout: (name) => `蓝：变亮更像“${name}”；红：变暗更像`,
  kernelTitle: (k) => `卷积核 ${k}：这一步的变化`,
  kernelAbout: '负梯度：蓝色的权重会变大，红色的会变小',
  weightTitle: (k, row, col) => `卷积核 ${k}，第 ${row} 行第 ${col} 列的权重`,
  chain: (windows, divisor, gradient) =>
    `d 损失 / d 权重 = 对 ${windows} 个窗口求和 (d 损失 / d 特征格) × (这个权重所乘的像素)` +
    (divisor === 1 ? '' : `，÷ ${divisor}`) +
    ` = ${gradient}`,
  term: (dCell, pixel, product) => `${dCell} × ${pixel} = ${product}`,
  more: (n) => `……以及 ${n} 个更小的项`,
  sgd: (rate, change) =>
    `学习率为 ${rate} 的 SGD（以及带动量的 SGD 的第一步）使它变化 -${rate} × 梯度 = ${change}`,
  adam: (rate, change) =>
    `Adam 的第一步：m̂ = 梯度，v̂ = 梯度²，变化 = -${rate} × m̂ / (√v̂ + 1e-8) = ${change}（约为学习率，方向与梯度相反）`,
  hint: '指向卷积核变化图中的某个权重，看它的梯度如何算出。',
  none: '没有梯度：这些设置下页面没有网络。',
};
