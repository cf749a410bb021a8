import type { LessonMessages } from './messages';

const MAP_KINDS: Record<string, string> = {
  conv: 'Feature map',
  pool: 'Pooled map',
  relu: 'ReLU map',
};

export const lessonEn: LessonMessages = {
  lesson: 'Lesson',
  lessonTitle: 'Follow the lesson “The X-or-O story” step by step',
  lessonBar: 'Lesson',
  stepOf: (step, total) => `Step ${step} of ${total}`,
  prev: '‹ Previous',
  next: 'Next ›',
  question: 'Question',
  reveal: 'Reveal',
  answer: 'Answer',
  revealTitle: 'Show the map the question hides',
  hiddenMap: 'Hidden until the answer is revealed',
  closeLesson: 'Close the lesson',
  keysHint: 'Arrows, Page Up/Down or Space move through the steps',
  linkError: (e) => {
    const why =
      e.kind === 'notJson' || e.kind === 'notLesson'
        ? 'it is not a lesson (damaged or cut short?)'
        : e.kind === 'version'
          ? `it is of version ${e.version}, and this page reads version 1`
          : e.kind === 'title'
            ? 'it has no title in English or Chinese'
            : e.kind === 'noSteps'
              ? 'it has no steps'
              : e.kind === 'tooMany'
                ? `it has ${e.count} steps, more than ${e.max}`
                : e.kind === 'step'
                  ? `step ${e.index} has a wrong ${FIELDS[e.field]}`
                  : `the page of step ${e.index} cannot be read (${e.parts.join(', ')})`;
    return `This lesson cannot be opened: ${why}.`;
  },
  dismiss: 'Dismiss',

  editor: 'Write a lesson',
  editorTitle: 'Write your own lesson: record the page as steps, with captions and questions',
  editorAbout:
    'Set up the page, write a caption, then “Add this as a step”. A question keeps a map hidden until you reveal it. Share the lesson as a link or a file.',
  titleLabel: 'Title',
  defaultTitle: 'My lesson',
  captionLabel: 'Caption',
  questionLabel: 'Question (optional)',
  answerLabel: 'Answer, shown when revealed (optional)',
  hideLabel: 'Map hidden by the question',
  hideNone: 'none',
  mapName: (id) => {
    const [kind, k] = id.split('-');
    return `${MAP_KINDS[kind!] ?? kind} ${Number(k) + 1}`;
  },
  addStep: 'Add this as a step',
  noSteps: 'No steps yet.',
  show: 'Show',
  usePage: 'Use this page',
  moveUp: 'Move up',
  moveDown: 'Move down',
  remove: 'Remove',
  follow: 'Follow this lesson',
  copyLink: 'Copy the lesson’s link',
  copied: 'Copied',
  saveFile: 'Save as a file',
  openFile: 'Open a file…',
  editBuiltin: 'Start from “The X-or-O story”',
  hideParts: 'The link hides',
  hidePart: (part) =>
    ({
      settings: 'settings',
      export: 'export',
      kernels: 'kernel editing',
      picture: 'picture tools',
      display: 'colours and language',
      share: 'share and snapshots',
      train: 'training',
      blocks: 'blocks',
      decision: 'decision panel',
      editor: 'lesson editor',
    })[part],
  close: 'Close',

  lab: 'Why pooling helps',
  labTitle: 'Why pooling helps: the invariance lab',
  labAbout: (truth) =>
    `The picture moved, turned, resized, thickened, made noisy or cut, judged by this page’s network and by networks that differ in one thing, each with votes learned for it. Right means “${truth}”, what this page’s network sees in the picture itself. Click a picture or a network to open it on the page.`,
  labNoTruth: 'This page’s settings make no network, so nothing can be judged.',
  picture: (c) => {
    switch (c.kind) {
      case 'original':
        return 'the picture';
      case 'shift': {
        const n = Math.abs(c.dy || c.dx);
        const dir = c.dx > 0 ? 'right' : c.dx < 0 ? 'left' : c.dy < 0 ? 'up' : 'down';
        return `${n} px ${dir}`;
      }
      case 'rotate':
        return `turned ${c.degrees > 0 ? '+' : ''}${c.degrees}°`;
      case 'scale':
        return c.factor < 1 ? 'smaller' : 'larger';
      case 'thicker':
        return 'thicker';
      case 'thinner':
        return 'thinner';
      case 'noise':
        return `${Math.round(c.share * 100)} % noise`;
      case 'corner':
        return 'corner erased';
    }
  },
  network: (v) =>
    ({
      page: 'this page',
      noPool: 'no pooling',
      pool2: '2x2 pooling',
      pool3: '3x3 pooling',
      oneBlock: 'one block',
      twoBlocks: 'two blocks',
    })[v],
  networkColumn: 'Network',
  rightColumn: 'Right',
  right: (right, total, share) => `${right} of ${total} · ${share}`,
  learning: 'learning votes…',
  noNetwork: 'no network',
  openPicture: (name) => `Open “${name}” on the page`,
  openNetwork: (name) => `Open the network “${name}” on the page, with its learned votes`,
  verdict: (name, confidence) => `${name} · ${confidence}`,
};

const FIELDS: Record<string, string> = {
  step: 'form (it is not an object)',
  caption: 'caption (an English or Chinese text is needed)',
  question: 'question',
  answer: 'answer (only with a question)',
  hidden: 'list of hidden maps (only with a question, maps like conv-0)',
  highlight: 'list of outlined parts',
  link: 'page link (it starts with #v=)',
};
