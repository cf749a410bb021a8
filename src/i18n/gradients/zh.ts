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
  laterChain: (windows, divisor, gradient, c) =>
    `d 损失 / d 权重 = 对 ${windows} 个窗口求和 (d 损失 / d 特征格) × (这个权重所乘的、上一块第 ${c} 张图中的数)` +
    (divisor === 1 ? '' : `，÷ ${divisor}`) +
    ` = ${gradient}`,
  laterWeightTitle: (b, k, c, row, col) =>
    `第 ${b} 块卷积核 ${k} 切片 ${c}，第 ${row} 行第 ${col} 列的权重`,
  more: (n) => `……以及 ${n} 个更小的项`,
  sgd: (rate, change) =>
    `学习率为 ${rate} 的 SGD（以及带动量的 SGD 的第一步）使它变化 -${rate} × 梯度 = ${change}`,
  adam: (rate, change) =>
    `Adam 的第一步：m̂ = 梯度，v̂ = 梯度²，变化 = -${rate} × m̂ / (√v̂ + 1e-8) = ${change}（约为学习率，方向与梯度相反）`,
  hint: '指向卷积核旁边变化图中的某个权重，看它的梯度如何算出。',
  none: '没有梯度：这些设置下页面没有网络。',
  noneShort: '这里没有网络',
  toggle: '显示梯度',
  toggleTitle:
    '在这张图上训练一步：每个卷积核旁边显示它的权重会怎样变化，图上显示哪些像素在推动判断',
  ifItIs: '如果它是',
  towardEnd: (toward) => `更像 ${toward}`,
  awayEnd: (away, toward) => (away === null ? `更不像 ${toward}` : `更像 ${away}`),
  overlayAbout: (toward, away) =>
    `蓝：把这个像素调亮或把这个权重调大，会让“${toward}”更可能（如果图是“${toward}”，损失变小）；红：` +
    (away === null ? `会让“${toward}”更不可能` : `会让“${away}”更可能`) +
    '；白：没有推动',
  overlayLabel: (about, row, col, value) =>
    `哪些像素在推动判断。${about}。最强在第 ${row} 行第 ${col} 列：${value}`,
  pointHint: '指向一个像素',
  pixelPush: (row, col, value) => `第 ${row} 行第 ${col} 列：${value}`,
  stepCaption: '变化',
  unpin: '关闭 (Esc)',
  onPage: '页面上显示这一类的梯度：每个卷积核旁边是它的变化，图上是哪些像素在推动判断。',
};
