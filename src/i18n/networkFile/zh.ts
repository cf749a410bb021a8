import type { NetworkRefusal } from '../../state/stateFromNetwork';
import type { NetworkFileMessages } from './messages';

const EXPECTED: Record<Extract<NetworkRefusal, { kind: 'order' }>['expected'], string> = {
  conv2d: 'conv2d 层（每个块以它开始）',
  activation: '卷积之后的激活函数（relu、leakyRelu、sigmoid 或 tanh）',
  pool: 'maxPool2d 或 avgPool2d（每个块以池化结束）',
  flatten: 'flatten，或开始下一个块的 conv2d',
  linear: 'flatten 之后的 linear（投票）',
  end: '不再有层：投票是最后一层',
};

/** `input` or `layers[i]`, as the file names them. */
function layerName(r: NetworkRefusal): string {
  return r.layer === -1 ? 'input' : `layers[${r.layer}]`;
}

function refusal(r: NetworkRefusal): string {
  const at = layerName(r);
  switch (r.kind) {
    case 'inputChannels':
      return `${at}：页面的图片有 1 个通道（灰度）或 3 个（彩色），文件的输入有 ${r.channels} 个。`;
    case 'inputSize':
      return `${at}：页面的图片为 3x3 到 64x64，文件的输入为 ${r.height}x${r.width}。`;
    case 'order':
      return `${at} ${r.found ? `是 ${r.found} 层` : '处文件已结束'}，而页面此处需要${EXPECTED[r.expected]}。`;
    case 'blocks':
      return `${at}：页面最多显示 ${r.max} 个块（卷积、激活、池化），这是第 ${r.max + 1} 个。`;
    case 'kernels':
      return `${at}.weight：页面每个块有 1 到 ${r.max} 个卷积核，这一层有 ${r.count} 个。`;
    case 'kernelSize':
      return `${at}.weight：页面的卷积核为 1x1 到 ${r.max}x${r.max}，这里是 ${r.height}x${r.width}。`;
    case 'biases':
      return `${at}.bias：页面中一个块的所有卷积核共用一个偏置，这里的偏置各不相同。`;
    case 'divisor':
      return `${at}.divisor：页面只除以 1 或卷积核的格子数 ${r.cells}，不能除以 ${r.divisor}。`;
    case 'setting':
      return `${at}.${r.field}：页面可选 ${r.min} 到 ${r.max}，文件中为 ${r.value}。`;
    case 'pad':
      return `${at}：页面只在池化边缘需要时，在底部补零行、在右侧补零列。`;
    case 'slope':
      return `${at}.slope：页面的 Leaky ReLU 斜率为 ${r.expected}，文件中为 ${r.slope}。`;
    case 'classes':
      return `${at}.weight：页面至少在 2 个类别之间做判断，这一层只有 ${r.count} 个。`;
    case 'mismatch':
      return '页面根据此文件构建的网络与文件不同。';
  }
}

export const networkFileZh: NetworkFileMessages = {
  exportNetwork: '网络（JSON）',
  exportNetworkTitle:
    '把页面上的网络导出为网络文件：图片大小、每个卷积核、设置、投票和类别名称。可以在这里重新打开，也可以用核心的 classify 读取。',
  importNetwork: '打开网络…',
  importNetworkTitle:
    '打开一个网络文件（JSON，格式与导出的相同），显示其中的卷积核、设置和投票；也可以把文件拖放到页面上。',
  noNetwork: '当前设置无法构成网络，因此没有可导出的网络文件。',
  opened: (name) => `已打开 ${name} 中的网络。撤销可以恢复。`,
  notOpened: (name, error) => {
    switch (error.kind) {
      case 'json':
        return `${name} 不是 JSON 文件，页面没有改变：${error.message}`;
      case 'network':
        return `${name} 不是有效的网络文件，页面没有改变：${error.message}`;
      case 'page':
        return `页面无法显示 ${name} 中的网络，页面没有改变：${refusal(error.refusal)}`;
    }
  },
  refusal,
  dismiss: '关闭',
  programs: '程序',
  programMaps: '第一个块的特征图',
  programNetwork: '整个网络',
  networkCodeAbout:
    '包含每个块、投票和 softmax，使用页面上的图片和权重：打印每个类别的概率，即页面上判断结果中的数字。',
};
