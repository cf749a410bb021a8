import type { DecisionMessages } from './messages';

const cell = (map: number, row: number, col: number) => `map ${map}, row ${row}, column ${col}`;

export const decisionEn: DecisionMessages = {
  title: 'The decision',
  reads: (block, maps, h, w) =>
    `Block ${block}'s ${maps} final ${maps === 1 ? 'map' : 'maps'} (${h}x${w}), flattened: ` +
    `${maps * h * w} numbers. Each class's score is every number × its vote, summed, plus a bias.`,
  strip: 'The final maps, flattened',
  stripLabel: (n) => `The final maps flattened into ${n} numbers`,
  cell,
  featureLabel: (map, row, col, v) => `${cell(map, row, col)}: ${v}`,
  votesOf: (name) => `Votes for ${name}`,
  looksLike: (name) => `What ${name} looks like to this layer`,
  voteMapLabel: (name, map) => `Votes for ${name} on map ${map}`,
  voteLabel: (name, map, row, col, v) => `Vote for ${name}, ${cell(map, row, col)}: ${v}`,
  legend: (lo, hi) => `pink = ${lo} (against), white = 0, green = ${hi} (for)`,
  legendLabel: 'Colours of the votes',
  score: 'score',
  bias: 'bias',
  probabilities: 'Probabilities (softmax of the scores)',
  classLabel: (name, score, share) => `${name}: score ${score}, probability ${share}`,
  second: (name, share) => `then ${name} · ${share}`,
  source: (source, stale, n) => {
    const setAside = stale
      ? `Your edited votes were set aside: the final maps changed, now ${n} numbers, and they no longer fit. `
      : '';
    switch (source) {
      case 'edited':
        return 'Votes edited on this page.';
      case 'learned':
        return `${setAside}Votes learned from generated X's and O's.`;
      case 'prototype':
        return (
          `${setAside}These votes were not learned: the learned votes read other maps. Each ` +
          'class votes for how much more a number shows in generated pictures of that class ' +
          'than on average.'
        );
      case 'none':
        return `${setAside}No votes: the picture is too small to generate examples, so every vote is 0.`;
    }
  },
  reset: 'Reset to learned votes',
  resetTitle: 'Forget the edited votes and use the ones the page derives',
  hint: 'Point at a class, a number or a vote to see how it is made. Click a vote to type a new one.',
  scoreOf: (name) => `Score of ${name}`,
  sumCaption: (n) => `Σ number × vote over ${n} numbers, largest first`,
  more: (n) => `+ ${n} smaller terms`,
  softmax: 'softmax',
  shifted: (m) => `every score minus the largest, ${m}, so that e^ stays readable`,
  featureTitle: (map, row, col) => `Final ${cell(map, row, col)}`,
  featureIs: (v) => `This number is ${v}. Its vote for each class:`,
  voteFor: (name) => `for ${name}`,
  editVote: (name) => `Vote for ${name}`,
  editHint: 'Type a vote; Enter applies it.',
  voteStepIf: 'A training step on this picture, if it is',
  voteGradient: (name, p, y, feature, gradient) =>
    `d loss / d vote for ${name} = (p − y) × feature = (${p} − ${y}) × ${feature} = ${gradient}`,
  voteChange: (rate, change) => `SGD with learning rate ${rate} moves it by ${change}`,
};
