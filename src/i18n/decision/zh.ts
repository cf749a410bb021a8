import type { DecisionMessages } from './messages';

const cell = (map: number, row: number, col: number) => `第 ${map} 张图 第 ${row} 行 第 ${col} 列`;

export const decisionZh: DecisionMessages = {
  title: '决策',
  reads: (block, maps, h, w) =>
    `第 ${block} 块的 ${maps} 张最终特征图（${h}x${w}）展平为 ${maps * h * w} 个数。` +
    '每个类别的得分 = 每个数 × 它的投票，求和，再加偏置。',
  strip: '展平的最终特征图',
  stripLabel: (n) => `最终特征图展平成的 ${n} 个数`,
  cell,
  featureLabel: (map, row, col, v) => `${cell(map, row, col)}：${v}`,
  votesOf: (name) => `对 ${name} 的投票`,
  looksLike: (name) => `这一层眼中的 ${name}`,
  voteMapLabel: (name, map) => `第 ${map} 张图上对 ${name} 的投票`,
  voteLabel: (name, map, row, col, v) => `对 ${name} 的投票，${cell(map, row, col)}：${v}`,
  legend: (lo, hi) => `粉 = ${lo}（反对），白 = 0，绿 = ${hi}（支持）`,
  legendLabel: '投票的颜色',
  score: '得分',
  bias: '偏置',
  probabilities: '概率（得分的 softmax）',
  classLabel: (name, score, share) => `${name}：得分 ${score}，概率 ${share}`,
  second: (name, share) => `其次 ${name} · ${share}`,
  source: (source, stale, n) => {
    const setAside = stale
      ? `你编辑的投票已被搁置：最终特征图变了，现在是 ${n} 个数，投票不再匹配。`
      : '';
    switch (source) {
      case 'edited':
        return '投票已在本页编辑。';
      case 'learned':
        return `${setAside}投票是从生成的 X 和 O 学到的。`;
      case 'prototype':
        return (
          `${setAside}这些投票不是学到的：学到的投票读的是别的特征图。` +
          '每个类别的投票 = 该类别生成图片中这个数比平均多出多少。'
        );
      case 'none':
        return `${setAside}没有投票：图片太小，无法生成示例，所以每个投票都是 0。`;
    }
  },
  reset: '恢复学到的投票',
  resetTitle: '忘掉编辑过的投票，使用本页推导的投票',
  hint: '指向一个类别、一个数或一个投票，看它是怎么算出来的。点击投票可输入新值。',
  scoreOf: (name) => `${name} 的得分`,
  sumCaption: (n) => `Σ 数 × 投票，共 ${n} 项，从大到小`,
  more: (n) => `+ 其余 ${n} 个较小的项`,
  softmax: 'softmax',
  shifted: (m) => `每个得分先减去最大的得分 ${m}，使 e^ 仍可读`,
  featureTitle: (map, row, col) => `最终特征图：${cell(map, row, col)}`,
  featureIs: (v) => `这个数是 ${v}。它对每个类别的投票：`,
  voteFor: (name) => `对 ${name}`,
  editVote: (name) => `对 ${name} 的投票`,
  editHint: '输入投票；按 Enter 生效。',
  voteStepIf: '在这张图上训练一步，如果它是',
  voteGradient: (name, p, y, feature, gradient) =>
    `损失对 ${name} 的投票的导数 = (p − y) × 特征 = (${p} − ${y}) × ${feature} = ${gradient}`,
  voteChange: (rate, change) => `学习率为 ${rate} 的 SGD 使它变化 ${change}`,
};
