import type { GradientMessages } from './messages';

export const gradientsEn: GradientMessages = {
  open: 'Why would the weights move?',
  openTitle: 'The gradients of one training step on this picture, built up by the chain rule',
  close: 'Hide the gradients',
  title: 'One training step on this picture',
  labelAs: 'If this picture is',
  loss: (p, loss) => `loss = -log p = -log ${p} = ${loss}`,
  dScore: (name, p, y, d) => `d loss / d score ${name} = p - y = ${p} - ${y} = ${d}`,
  inputTitle: 'Which pixels push',
  inputAbout: (name) => `blue: brighter makes it more "${name}"; red: darker does`,
  kernelTitle: (k) => `Kernel ${k}: its step`,
  kernelAbout: 'minus the gradient: blue weights would grow, red ones shrink',
  weightTitle: (k, row, col) => `Kernel ${k}, weight at row ${row}, column ${col}`,
  chain: (windows, divisor, gradient) =>
    `d loss / d weight = the sum over ${windows} windows of (d loss / d feature cell) × (the pixel this weight multiplies)` +
    (divisor === 1 ? '' : `, ÷ ${divisor}`) +
    ` = ${gradient}`,
  term: (dCell, pixel, product) => `${dCell} × ${pixel} = ${product}`,
  laterChain: (windows, divisor, gradient, c) =>
    `d loss / d weight = the sum over ${windows} windows of (d loss / d feature cell) × (the number of the block before's map ${c} this weight multiplies)` +
    (divisor === 1 ? '' : `, ÷ ${divisor}`) +
    ` = ${gradient}`,
  laterWeightTitle: (b, k, c, row, col) =>
    `Block ${b}, kernel ${k}, slice ${c}, weight at row ${row}, column ${col}`,
  more: (n) => `… and ${n} smaller terms`,
  sgd: (rate, change) =>
    `SGD with learning rate ${rate} (and SGD with momentum, on its first step) changes it by -${rate} × gradient = ${change}`,
  adam: (rate, change) =>
    `Adam's first step: m̂ = gradient, v̂ = gradient², change = -${rate} × m̂ / (√v̂ + 1e-8) = ${change} (about the learning rate, against the gradient)`,
  hint: "Point at a weight of a kernel's step, beside the kernel, to see how its gradient is made.",
  none: 'No gradients: the page has no network for these settings.',
  noneShort: 'No network here',
  toggle: 'Show gradients',
  toggleTitle:
    'Draw one training step on this picture: beside each kernel how its weights would move, over the picture which pixels push the decision',
  ifItIs: 'If it is',
  towardEnd: (toward) => `more ${toward}`,
  awayEnd: (away, toward) => (away === null ? `less ${toward}` : `more ${away}`),
  overlayAbout: (toward, away) =>
    `Blue: brightening this pixel or raising this weight makes "${toward}" more likely (it lowers the loss if the picture is "${toward}"); red: ` +
    (away === null ? `it makes "${toward}" less likely` : `it makes "${away}" more likely`) +
    '; white: no push',
  overlayLabel: (about, row, col, value) =>
    `Which pixels push. ${about}. Strongest at row ${row}, column ${col}: ${value}`,
  pointHint: 'Point at a pixel',
  pixelPush: (row, col, value) => `row ${row}, col ${col}: ${value}`,
  stepCaption: 'step',
  unpin: 'Close (Esc)',
  onPage:
    "The page shows the gradients for this class: each kernel's step beside it, and over the picture which pixels push.",
};
