import type { TrainMessages } from './messages';

const FIELDS: Record<string, string> = {
  learningRate: '学习率必须是正数，例如 0.01',
  batchSize: '批大小必须是 1 到 256 的整数',
  weightDecay: '权重衰减必须是 0 到 1 之间的数，例如 0 或 0.0001',
  seed: '随机种子必须是整数',
};

export const trainZh: TrainMessages = {
  title: '训练',
  about: (train, test) =>
    `从 ${train} 张生成的 X 和 O 中学习；测试集是另外 ${test} 张，从不用于学习。`,
  play: '▶ 训练',
  pause: '❚❚ 暂停',
  playTitle: '开始或暂停训练：损失下降，卷积核和投票实时变化',
  step: '单步',
  stepTitle: '在一个批次上训练一步',
  fromScratch: '从零学习',
  fromScratchTitle: '所有卷积核和投票换成由种子生成的随机权重；每个块都学习',
  exportPython: 'PyTorch 程序',
  exportPythonTitle:
    '把这次训练导出为 PyTorch 程序：相同的初始权重、样例、顺序和优化器；它打印相同的损失曲线',
  reset: '重置',
  resetTitle: '回到本次训练之前的权重，步数归零',
  more: '设置和曲线',
  less: '收起',
  optimizer: '优化器',
  optimizers: { sgd: 'SGD', momentum: 'SGD（动量 0.9）', adam: 'Adam' },
  learningRate: '学习率',
  batchSize: '批大小',
  weightDecay: '权重衰减',
  seed: '随机种子',
  learns: '学习什么',
  learnsChoices: { votes: '只学投票', kernels: '投票和卷积核', all: '所有块' },
  stepCount: (step, epochs) => `第 ${step} 步 · 第 ${epochs} 轮`,
  loss: '损失',
  trainAccuracy: '训练集',
  testAccuracy: '测试集',
  speed: (steps, examples) => `每秒 ${steps} 步 · 每秒 ${examples} 张图`,
  badSetting: (field, value) => `${FIELDS[field] ?? field}；“${value}”不行。`,
  problem: (p) =>
    `在第 ${p.step + 1} 步停止：${
      p.kind === 'loss' ? '损失大到无法表示为数' : '这次更新会让某个权重大到无法表示为数'
    }。学习率可能太大了：权重保留为最后一组有限值；请试试更小的学习率（例如 0.01），再按“训练”。`,
  failed: (message) => `无法训练：${message}。`,
  onPage: (reason) => `训练在页面本身运行（训练 Worker 无法启动：${reason}）；训练时页面可能变慢。`,
  changed: '训练时页面被修改了（编辑、撤销、添加卷积核或块）：训练已暂停。按“训练”从当前页面继续。',
  lossChart: '损失',
  accuracyChart: '准确率',
  stepAxis: '步数',
  batchLoss: '批次损失',
  trainSet: '训练集',
  testSet: '测试集',
  noSteps: '还没有训练：按“训练”。',
  noNetwork: '页面的设置构不成网络（见上方的判断）',
  tooSmall: '图片必须在 7x7 到 64x64 之间才能生成样例',
};
