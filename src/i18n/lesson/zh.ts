import type { LessonMessages } from './messages';

const MAP_KINDS: Record<string, string> = {
  conv: '特征图',
  pool: '池化图',
  relu: 'ReLU 图',
};

export const lessonZh: LessonMessages = {
  lesson: '课程',
  lessonTitle: '一步一步学习课程“X 还是 O 的故事”',
  lessonBar: '课程',
  stepOf: (step, total) => `第 ${step} 步，共 ${total} 步`,
  prev: '‹ 上一步',
  next: '下一步 ›',
  question: '问题',
  reveal: '揭晓',
  answer: '答案',
  revealTitle: '显示问题所隐藏的图',
  hiddenMap: '揭晓答案前隐藏',
  closeLesson: '关闭课程',
  keysHint: '方向键、Page Up/Down 或空格键切换步骤',
  linkError: (e) => {
    const why =
      e.kind === 'notJson' || e.kind === 'notLesson'
        ? '它不是课程（链接损坏或不完整？）'
        : e.kind === 'version'
          ? `它的版本是 ${e.version}，本页面只能读取版本 1`
          : e.kind === 'title'
            ? '它没有中文或英文标题'
            : e.kind === 'noSteps'
              ? '它没有任何步骤'
              : e.kind === 'tooMany'
                ? `它有 ${e.count} 个步骤，超过了 ${e.max} 个`
                : e.kind === 'step'
                  ? `第 ${e.index} 步的${FIELDS[e.field]}有误`
                  : `第 ${e.index} 步的页面无法读取`;
    return `无法打开这个课程：${why}。`;
  },
  dismiss: '关闭提示',

  editor: '编写课程',
  editorTitle: '编写自己的课程：把页面记录为步骤，并配上说明和问题',
  editorAbout:
    '先设置好页面，写一段说明，然后点击“添加为一步”。问题可以先隐藏一张图，由你来揭晓。课程可以通过链接或文件分享。',
  titleLabel: '标题',
  defaultTitle: '我的课程',
  captionLabel: '说明',
  questionLabel: '问题（可选）',
  answerLabel: '答案，揭晓时显示（可选）',
  hideLabel: '问题隐藏的图',
  hideNone: '无',
  mapName: (id) => {
    const [kind, k] = id.split('-');
    return `${MAP_KINDS[kind!] ?? kind} ${Number(k) + 1}`;
  },
  addStep: '添加为一步',
  noSteps: '还没有步骤。',
  show: '显示',
  usePage: '使用当前页面',
  moveUp: '上移',
  moveDown: '下移',
  remove: '删除',
  follow: '开始这个课程',
  copyLink: '复制课程链接',
  copied: '已复制',
  saveFile: '保存为文件',
  openFile: '打开文件…',
  editBuiltin: '从“X 还是 O 的故事”开始',
  hideParts: '链接隐藏',
  hidePart: (part) =>
    ({
      settings: '设置',
      export: '导出',
      kernels: '卷积核编辑',
      picture: '图片工具',
      display: '颜色和语言',
      share: '分享和快照',
      train: '训练',
      blocks: '模块',
      decision: '决策面板',
      editor: '课程编辑器',
    })[part],
  close: '关闭',

  lab: '池化的作用',
  labTitle: '池化的作用：不变性实验',
  labAbout: (truth) =>
    `把图片平移、旋转、缩放、加粗、加噪声或擦去一角，由本页面的网络和只有一处不同的网络来判断，每个网络都有为它学习的投票。“正确”指“${truth}”，即本页面的网络对原图的判断。点击图片或网络即可在页面上打开。`,
  labNoTruth: '本页面的设置构不成网络，无法判断。',
  picture: (c) => {
    switch (c.kind) {
      case 'original':
        return '原图';
      case 'shift': {
        const n = Math.abs(c.dy || c.dx);
        const dir = c.dx > 0 ? '右移' : c.dx < 0 ? '左移' : c.dy < 0 ? '上移' : '下移';
        return `${dir} ${n} 像素`;
      }
      case 'rotate':
        return `旋转 ${c.degrees > 0 ? '+' : ''}${c.degrees}°`;
      case 'scale':
        return c.factor < 1 ? '缩小' : '放大';
      case 'thicker':
        return '加粗';
      case 'thinner':
        return '变细';
      case 'noise':
        return `${Math.round(c.share * 100)}% 噪声`;
      case 'corner':
        return '擦去一角';
    }
  },
  network: (v) =>
    ({
      page: '本页面',
      noPool: '不池化',
      pool2: '2x2 池化',
      pool3: '3x3 池化',
      oneBlock: '一个模块',
      twoBlocks: '两个模块',
    })[v],
  networkColumn: '网络',
  rightColumn: '正确',
  right: (right, total, share) => `${total} 个中 ${right} 个 · ${share}`,
  learning: '正在学习投票…',
  noNetwork: '无网络',
  openPicture: (name) => `在页面上打开“${name}”`,
  openNetwork: (name) => `在页面上打开网络“${name}”及其学到的投票`,
  verdict: (name, confidence) => `${name} · ${confidence}`,
};

const FIELDS: Record<string, string> = {
  step: '内容',
  caption: '说明',
  question: '问题',
  answer: '答案（需要有问题）',
  hidden: '隐藏的图',
  highlight: '突出显示的部分',
  link: '页面链接',
};
