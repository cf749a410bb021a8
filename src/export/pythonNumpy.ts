import { LEAKY_RELU_SLOPE, type ActivationKind, type PoolSettings } from '../core';
import {
  ACTIVATION_PY,
  comment,
  joinSections,
  describeConfig,
  pyBool,
  pyNumber,
  pyRows,
  section,
  type ExportOptions,
  type ExportState,
} from './pythonValues';

/** The numpy definition of an activation, in the seed's style (its ReLU is its own). */
function activationDef(kind: ActivationKind): string[] {
  switch (kind) {
    case 'relu':
      return ['def relu(x):', '    return (abs(x) + x) / 2  # max(0, x), written as in the seed'];
    case 'leakyRelu':
      return [
        `def leaky_relu(x, negative_slope=${pyNumber(LEAKY_RELU_SLOPE)}):`,
        "    # x where x > 0, else negative_slope * x (PyTorch's default slope)",
        '    return np.where(x > 0, x, negative_slope * x)',
      ];
    case 'sigmoid':
      return [
        'def sigmoid(x):',
        '    return 1 / (1 + np.exp(-x))  # squashes every value into (0, 1)',
      ];
    case 'tanh':
      return ['def tanh(x):', '    return np.tanh(x)  # squashes every value into (-1, 1)'];
  }
}

/** The convolution section: the seed's loops, generalised to stride, padding and dilation. */
function convSection({ config, color }: ExportState): string[] {
  const { conv } = config;
  // A colour picture is (channel, row, column): the window takes every channel.
  const [rows, cols, all] = color ? ['shape[1]', 'shape[2]', ':, '] : ['shape[0]', 'shape[1]', ''];
  return [
    section('Convolution'),
    `stride = ${conv.stride}  # step between windows`,
    `padding = ${conv.padding}  # zero cells added on all four sides of the input`,
    `dilation = ${conv.dilation}  # spacing between kernel taps (2 spreads a 3x3 kernel over 5x5)`,
    `bias = ${pyNumber(conv.bias)}  # added to every output after the division`,
    `normalize = ${pyBool(conv.normalize)}  # divide each sum by the kernel's cell count (the seed's "/ 9")`,
    '',
    color
      ? 'x_padded = np.pad(x, ((0, 0), (padding, padding), (padding, padding)), "constant", constant_values=0)'
      : 'x_padded = np.pad(x, padding, "constant", constant_values=0)',
    'feature_map = [None] * len(kernels)  # None: the kernel does not fit into the input',
    'for i, kernel in enumerate(kernels):',
    `    kernel_h, kernel_w = kernel.shape${color ? '[1:]  # kernel: (channel, row, column)' : ''}`,
    '    window_h = (kernel_h - 1) * dilation + 1  # the cells the kernel spans, after dilation',
    '    window_w = (kernel_w - 1) * dilation + 1',
    `    feature_map_h = (x_padded.${rows} - window_h) // stride + 1  # height of the feature map`,
    `    feature_map_w = (x_padded.${cols} - window_w) // stride + 1  # width of the feature map`,
    '    if feature_map_h < 1 or feature_map_w < 1:',
    '        print(f"feature_map {i + 1}: the {window_h}x{window_w} kernel window is larger than "',
    `              f"the {x_padded.${rows}}x{x_padded.${cols}} padded input")`,
    '        continue',
    color
      ? '    divisor = kernel.size if normalize else 1  # the cells of all three slices'
      : '    divisor = kernel_h * kernel_w if normalize else 1',
    '    feature_map[i] = np.zeros((feature_map_h, feature_map_w))  # initialise the feature map',
    '    for h in range(feature_map_h):  # slide down: one row of the feature map',
    '        for w in range(feature_map_w):  # slide right: one cell of that row',
    '            v_start = h * stride  # first row of the window',
    '            v_end = v_start + window_h  # row after its last',
    '            h_start = w * stride  # first column of the window',
    '            h_end = h_start + window_w  # column after its last',
    '            # Every dilation-th cell of the window, one under each kernel weight.',
    `            window = x_padded[${all}v_start:v_end:dilation, h_start:h_end:dilation]`,
    '            feature_map[i][h, w] = np.divide(np.sum(np.multiply(window, kernel)), divisor) + bias',
    'show("feature_map", feature_map)',
  ];
}

/** The pooling section, of `source` (the Python name of the maps to pool). */
function poolSection(pool: PoolSettings, source: string): string[] {
  const reduce = pool.kind === 'max' ? 'np.max' : 'np.mean';
  const lines = [
    section('Pooling'),
    `pool_size = ${pool.size}  # the window is pool_size x pool_size cells`,
    `pool_stride = ${pool.stride}  # step between windows`,
  ];
  if (pool.edge !== 'drop') {
    lines.push(
      '',
      '',
      'def ceil_windows(n):',
      '    """How many windows PyTorch\'s ceil_mode places along an axis of n cells: the last may',
      '    run past the end, but none may start past it."""',
      '    if pool_size > n:',
      '        return 0',
      '    windows = -(-(n - pool_size) // pool_stride) + 1  # ceil((n - pool_size) / pool_stride) + 1',
      '    if (windows - 1) * pool_stride >= n:',
      '        windows -= 1',
      '    return windows',
    );
  }
  if (pool.edge === 'pad') {
    lines.push(
      '',
      '',
      'def edge_padding(n):',
      '    """Zero cells to add after the end of an axis of n cells so that the windows cover all',
      '    of it: 7 -> 8 for 2x2 windows with stride 2, the seed\'s extra row and column."""',
      '    if n <= pool_size:',
      '        return pool_size - n  # a short axis grows to one window',
      '    return max(0, (ceil_windows(n) - 1) * pool_stride + pool_size - n)',
    );
  }
  if (pool.edge !== 'drop') lines.push('', '');
  else lines.push('');
  lines.push(
    'pooling = [None] * len(kernels)  # None: nothing to pool, or the window does not fit',
    'for i in range(len(kernels)):',
    `    if ${source}[i] is None:`,
    '        continue',
  );
  if (pool.edge === 'pad') {
    lines.push(
      "    # Zero rows at the bottom and columns at the right, as the seed's",
      '    # np.pad(feature_map[i], ((0, 1), (0, 1)), "constant") turns 7x7 into 8x8.',
      `    bottom = edge_padding(${source}[i].shape[0])`,
      `    right = edge_padding(${source}[i].shape[1])`,
      `    source = np.pad(${source}[i], ((0, bottom), (0, right)), "constant", constant_values=0)`,
      '    pooling_h = (source.shape[0] - pool_size) // pool_stride + 1  # height of the pooled map',
      '    pooling_w = (source.shape[1] - pool_size) // pool_stride + 1  # width of the pooled map',
    );
  } else if (pool.edge === 'drop') {
    lines.push(
      `    source = ${source}[i]`,
      '    # Only windows that fit: the cells past the last one are not pooled.',
      '    pooling_h = (source.shape[0] - pool_size) // pool_stride + 1  # height of the pooled map',
      '    pooling_w = (source.shape[1] - pool_size) // pool_stride + 1  # width of the pooled map',
    );
  } else {
    lines.push(
      `    source = ${source}[i]`,
      '    pooling_h = ceil_windows(source.shape[0])  # height of the pooled map',
      '    pooling_w = ceil_windows(source.shape[1])  # width of the pooled map',
    );
  }
  if (pool.edge !== 'pad') {
    lines.push(
      '    if pooling_h < 1 or pooling_w < 1:',
      '        print(f"pooling {i + 1}: the {pool_size}x{pool_size} window is larger than the "',
      '              f"{source.shape[0]}x{source.shape[1]} map")',
      '        continue',
    );
  }
  const clipped =
    pool.edge === 'ceil'
      ? [
          '            # A window past the bottom or right edge is cut short by the slice: it',
          `            # covers only the cells that exist${pool.kind === 'avg' ? ' and averages over them' : ''}.`,
        ]
      : [];
  lines.push(
    '    pooling[i] = np.zeros((pooling_h, pooling_w))  # initialise the pooled map',
    '    for h in range(pooling_h):  # slide down',
    '        for w in range(pooling_w):  # slide right',
    '            v_start = h * pool_stride  # first row of the window',
    '            v_end = v_start + pool_size  # row after its last',
    '            h_start = w * pool_stride  # first column of the window',
    '            h_end = h_start + pool_size  # column after its last',
    ...clipped,
    `            pooling[i][h, w] = ${reduce}(source[v_start:v_end, h_start:h_end])`,
    'show("pooling", pooling)',
  );
  return lines;
}

/** The activation section: the function applied to every feature map. */
function activationSection(kind: ActivationKind): string[] {
  const fn = ACTIVATION_PY[kind];
  return [
    section('Activation'),
    ...activationDef(kind),
    '',
    '',
    `${fn}_map = [None if m is None else ${fn}(m) for m in feature_map]`,
    `show("${fn}_map", ${fn}_map)`,
  ];
}

/**
 * A runnable Python 3 program (numpy only) that computes what the app shows for this input,
 * these kernels and this configuration, with explicit for-loops as in the seed's first
 * listing. It prints every map rounded to 2 decimals, as the seed does; with
 * `opts.printJson` its last line is also every map at full precision, as JSON.
 */
export function numpyCode(state: ExportState, opts: ExportOptions = {}): string {
  const { input, kernels, config } = state;
  const printJson = opts.printJson === true;
  const fn = ACTIVATION_PY[config.activation];
  const pooledFrom = config.order === 'chain' ? `${fn}_map` : 'feature_map';
  const stages =
    config.order === 'chain'
      ? [activationSection(config.activation), poolSection(config.pool, pooledFrom)]
      : [poolSection(config.pool, pooledFrom), activationSection(config.activation)];
  const lines = [
    '# CNN Playground: convolution, pooling and activation by hand, with numpy and for-loops.',
    '#',
    ...comment(
      'A commented version of the for-loop code of the "XO" tutorial the app grew from ' +
        '(实现【卷积-池化-激活】代码), for the input, kernels and settings of the app:',
    ),
    ...describeConfig(config).flatMap((text) => comment(text, '#   ', '#     ')),
    '#',
    '# Run it with Python 3 and numpy: python3 cnn_numpy.py',
    ...(printJson ? ['import json', ''] : []),
    'import numpy as np',
    '',
    '',
    'def show(name, maps):',
    '    """Prints each kernel\'s map rounded to 2 decimals, as the seed does."""',
    '    for i, m in enumerate(maps):',
    '        if m is None:',
    '            print(f"{name} {i + 1}: none")',
    '        else:',
    '            print(f"{name} {i + 1}:\\n", np.around(m, decimals=2))',
    '',
    '',
    section('Input'),
    ...(state.color
      ? [
          `# The picture, ${input.height}x${input.width}, in colour: three channels (red, green, blue),`,
          '# one value per pixel each (-1 none of that colour, +1 all of it).',
          `x = np.array([${[input, state.color.green, state.color.blue].map((m) => pyRows(m)).join(', ')}], dtype=np.float64)`,
        ]
      : [
          `# The picture, ${input.height}x${input.width}: one value per pixel.`,
          `x = np.array(${pyRows(input)}, dtype=np.float64)`,
        ]),
    'print("x=\\n", x)',
    '',
    section('Kernels'),
    `# ${kernels.length === 1 ? 'One kernel' : `${kernels.length} kernels`}: each makes its own feature map.`,
    ...(state.color ? ['# Each kernel has a slice per channel: red, green, blue.'] : []),
    'kernels = [',
    ...kernels.map((k, i) => {
      const slices = state.color ? [k, ...state.color.slices[i]!] : null;
      const rows = slices
        ? `[${slices.map((m) => pyRows(m, '    ')).join(', ')}]`
        : pyRows(k, '    ');
      return `    np.array(${rows}, dtype=np.float64),`;
    }),
    ']',
    '',
    ...joinSections([convSection(state), ...stages]),
  ];
  if (printJson) {
    lines.push(
      '',
      section('JSON'),
      '# Every map at full precision: one entry per kernel, null where a stage has no map.',
      'print(json.dumps({',
      '    "feature": [None if m is None else m.tolist() for m in feature_map],',
      '    "pooled": [None if m is None else m.tolist() for m in pooling],',
      `    "activated": [None if m is None else m.tolist() for m in ${fn}_map],`,
      '}))',
    );
  }
  return lines.join('\n') + '\n';
}
