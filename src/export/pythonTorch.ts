import { LEAKY_RELU_SLOPE, type ActivationKind, type Matrix, type PoolSettings } from '../core';
import {
  ACTIVATION_PY,
  comment,
  describeConfig,
  indent,
  joinSections,
  pyBool,
  pyNumber,
  pyRows,
  section,
  type ExportOptions,
  type ExportState,
} from './pythonValues';

/** The PyTorch call that applies an activation to `m`. */
function activationCall(kind: ActivationKind, m: string): string {
  switch (kind) {
    case 'relu':
      return `F.relu(${m})`;
    case 'leakyRelu':
      return `F.leaky_relu(${m}, negative_slope=${pyNumber(LEAKY_RELU_SLOPE)})`;
    case 'sigmoid':
      return `torch.sigmoid(${m})`;
    case 'tanh':
      return `torch.tanh(${m})`;
  }
}

/** The convolution section (inside torch.no_grad()). */
function convSection({ config, color }: ExportState): string[] {
  const { conv } = config;
  return [
    section('Convolution'),
    `stride = ${conv.stride}  # step between windows`,
    `padding = ${conv.padding}  # zero cells added on all four sides of the input`,
    `dilation = ${conv.dilation}  # spacing between kernel taps (2 spreads a 3x3 kernel over 5x5)`,
    `bias = ${pyNumber(conv.bias)}  # added to every output after the division`,
    `normalize = ${pyBool(conv.normalize)}  # divide each sum by the kernel's cell count (the seed's "/ 9")`,
    '',
    "# bias=None: no random bias, unlike the seed's nn.Conv2d(1, 1, (3, 3), 1); the bias set",
    '# above is added explicitly, after the division.',
    'feature_map = [None] * len(kernels)  # None: the kernel does not fit into the input',
    'for i, kernel in enumerate(kernels):',
    '    kernel_h, kernel_w = kernel.shape[2:]',
    '    window_h = (kernel_h - 1) * dilation + 1  # the cells the kernel spans, after dilation',
    '    window_w = (kernel_w - 1) * dilation + 1',
    '    padded_h = x.shape[2] + 2 * padding',
    '    padded_w = x.shape[3] + 2 * padding',
    '    if window_h > padded_h or window_w > padded_w:',
    '        print(f"feature_map {i + 1}: the {window_h}x{window_w} kernel window is larger than "',
    '              f"the {padded_h}x{padded_w} padded input")',
    '        continue',
    color
      ? '    divisor = kernel_h * kernel_w * kernel.shape[1] if normalize else 1  # all three slices'
      : '    divisor = kernel_h * kernel_w if normalize else 1',
    '    out = F.conv2d(x, kernel, bias=None, stride=stride, padding=padding, dilation=dilation)',
    '    feature_map[i] = out / divisor + bias',
    'show("feature_map", feature_map)',
  ];
}

/** The pooling section (inside torch.no_grad()), of `source` (the maps to pool). */
function poolSection(pool: PoolSettings, source: string): string[] {
  const fn = pool.kind === 'max' ? 'F.max_pool2d' : 'F.avg_pool2d';
  const lines = [
    section('Pooling'),
    `pool_size = ${pool.size}  # the window is pool_size x pool_size cells`,
    `pool_stride = ${pool.stride}  # step between windows`,
  ];
  if (pool.edge === 'pad') {
    lines.push(
      '',
      'def edge_padding(n):',
      '    """Zero cells to add after the end of an axis of n cells so that the windows cover all',
      '    of it: 7 -> 8 for 2x2 windows with stride 2, the seed\'s extra row and column."""',
      '    if n <= pool_size:',
      '        return pool_size - n  # a short axis grows to one window',
      '    # As many windows as ceil_mode would place: none may start past the end.',
      '    windows = -(-(n - pool_size) // pool_stride) + 1  # ceil((n - pool_size) / pool_stride) + 1',
      '    if (windows - 1) * pool_stride >= n:',
      '        windows -= 1',
      '    return max(0, (windows - 1) * pool_stride + pool_size - n)',
      '',
    );
  } else lines.push('');
  lines.push(
    'pooling = [None] * len(kernels)  # None: nothing to pool, or the window does not fit',
    'for i in range(len(kernels)):',
    `    if ${source}[i] is None:`,
    '        continue',
  );
  if (pool.edge === 'pad') {
    lines.push(
      "    # Zero rows at the bottom and columns at the right, like the seed's",
      '    # nn.ZeroPad2d(padding=(0, 1, 0, 1)); F.pad takes (left, right, top, bottom).',
      `    bottom = edge_padding(${source}[i].shape[2])`,
      `    right = edge_padding(${source}[i].shape[3])`,
      `    source = F.pad(${source}[i], (0, right, 0, bottom))`,
      `    pooling[i] = ${fn}(source, pool_size, stride=pool_stride)`,
    );
    if (pool.kind === 'avg') {
      lines.splice(-1, 0, '    # The padded zeros count: an average divides by the whole window.');
    }
  } else {
    lines.push(
      `    source = ${source}[i]`,
      '    if pool_size > source.shape[2] or pool_size > source.shape[3]:',
    );
    if (pool.edge === 'ceil') {
      lines.push(
        '        # (ceil_mode would still place one partial window here; the app shows none.)',
      );
    }
    lines.push(
      '        print(f"pooling {i + 1}: the {pool_size}x{pool_size} window is larger than the "',
      '              f"{source.shape[2]}x{source.shape[3]} map")',
      '        continue',
    );
    if (pool.edge === 'drop') {
      lines.push(
        '    # ceil_mode=False (the default): windows that do not fit are dropped.',
        `    pooling[i] = ${fn}(source, pool_size, stride=pool_stride)`,
      );
    } else {
      lines.push(
        '    # ceil_mode=True: the last windows may run past the bottom and right edges; they',
        `    # cover only the cells that exist${pool.kind === 'avg' ? ' (and average over those)' : ''}.`,
        `    pooling[i] = ${fn}(source, pool_size, stride=pool_stride, ceil_mode=True)`,
      );
    }
  }
  lines.push('show("pooling", pooling)');
  return lines;
}

/** The activation section (inside torch.no_grad()). */
function activationSection(kind: ActivationKind): string[] {
  const name = `${ACTIVATION_PY[kind]}_map`;
  const each = `None if m is None else ${activationCall(kind, 'm')}`;
  // Inside the with block: the line is indented by four more spaces.
  const oneLine = `${name} = [${each} for m in feature_map]`;
  return [
    section('Activation'),
    ...(oneLine.length <= 92
      ? [oneLine]
      : [`${name} = [`, `    ${each}`, '    for m in feature_map', ']']),
    `show("${name}", ${name})`,
  ];
}

/** `torch.tensor(rows, dtype=torch.float64).reshape(1, c, h, w)`, rows a line each. */
function tensor4d(rows: string, h: number, w: number, channels = 1): string {
  return `torch.tensor(${rows}, dtype=torch.float64).reshape(1, ${channels}, ${h}, ${w})`;
}

/** A picture or kernel and, for a colour picture, its other channels or slices, as rows. */
function planes(first: Matrix, more: readonly Matrix[] | undefined, pad = ''): string {
  if (!more) return pyRows(first, pad);
  return `[${[first, ...more].map((m) => pyRows(m, pad)).join(', ')}]`;
}

/**
 * A runnable Python 3 program (PyTorch) that computes what the app shows for this input,
 * these kernels and this configuration with torch.nn.functional, as in the seed's second
 * listing, in float64. It prints every map rounded to 2 decimals; with `opts.printJson` its
 * last line is also every map at full precision, as JSON.
 */
export function torchCode(state: ExportState, opts: ExportOptions = {}): string {
  const { input, kernels, config } = state;
  const printJson = opts.printJson === true;
  const fn = ACTIVATION_PY[config.activation];
  const pooledFrom = config.order === 'chain' ? `${fn}_map` : 'feature_map';
  const stages =
    config.order === 'chain'
      ? [activationSection(config.activation), poolSection(config.pool, pooledFrom)]
      : [poolSection(config.pool, pooledFrom), activationSection(config.activation)];
  const lines = [
    '# CNN Playground: convolution, pooling and activation with PyTorch (torch.nn.functional).',
    '#',
    ...comment(
      'A commented version of the PyTorch code of the "XO" tutorial the app grew from ' +
        '(实现【卷积-池化-激活】代码), for the input, kernels and settings of the app:',
    ),
    ...describeConfig(config).flatMap((text) => comment(text, '#   ', '#     ')),
    '#',
    ...comment(
      "Unlike the seed's PyTorch version there is no random bias: the seed's nn.Conv2d " +
        'layers start with a random one, while here the convolution has bias=None and the ' +
        "app's bias is set explicitly. Everything is computed in float64, as in the app.",
    ),
    '#',
    '# Run it with Python 3 and PyTorch: python3 cnn_torch.py',
    ...(printJson ? ['import json', ''] : []),
    'import torch',
    'import torch.nn.functional as F',
    '',
    'torch.set_printoptions(precision=2, sci_mode=False)',
    '',
    '',
    'def show(name, maps):',
    '    """Prints each kernel\'s map rounded to 2 decimals, as the seed does."""',
    '    for i, m in enumerate(maps):',
    '        if m is None:',
    '            print(f"{name} {i + 1}: none")',
    '        else:',
    '            # m[0, 0]: the map without its batch and channel dimensions.',
    '            print(f"{name} {i + 1}:\\n", torch.round(m[0, 0] * 100) / 100)',
    '',
    '',
    section('Input'),
    ...comment(
      state.color
        ? `The picture, ${input.height}x${input.width}, in colour: three channels (red, green, ` +
            'blue), one value per pixel each, shaped (batch, channels, height, width) as ' +
            'F.conv2d expects.'
        : `The picture, ${input.height}x${input.width}, one value per pixel, shaped ` +
            '(batch, channels, height, width) as F.conv2d expects.',
    ),
    `x = ${tensor4d(planes(input, state.color ? [state.color.green, state.color.blue] : undefined), input.height, input.width, state.color ? 3 : 1)}`,
    state.color ? 'print("x=\\n", x[0])' : 'print("x=\\n", x[0, 0])',
    '',
    section('Kernels'),
    ...comment(
      `${kernels.length === 1 ? 'One kernel' : `${kernels.length} kernels`}, each shaped ` +
        '(out_channels, in_channels, height, width): each makes its own feature map.',
    ),
    'kernels = [',
    ...kernels.map(
      (k, i) =>
        `    ${tensor4d(planes(k, state.color?.slices[i], '    '), k.height, k.width, state.color ? 3 : 1)},`,
    ),
    ']',
    '',
    '# No training here: nothing needs gradients.',
    'with torch.no_grad():',
    ...indent(joinSections([convSection(state), ...stages])),
  ];
  if (printJson) {
    lines.push(
      '',
      section('JSON'),
      '# Every map at full precision: one entry per kernel, null where a stage has no map.',
      'print(json.dumps({',
      '    "feature": [None if m is None else m[0, 0].tolist() for m in feature_map],',
      '    "pooled": [None if m is None else m[0, 0].tolist() for m in pooling],',
      `    "activated": [None if m is None else m[0, 0].tolist() for m in ${fn}_map],`,
      '}))',
    );
  }
  return lines.join('\n') + '\n';
}
