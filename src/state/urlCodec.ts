import type { ActivationKind, PipelineConfig, PoolEdge, PoolKind, StageOrder } from '../core';
import { seedState, type AppState, type ColorMap, type ColorMode, type Language } from './appState';
import {
  decodeBlocks,
  decodeClasses,
  decodeVotes,
  encodeBlocks,
  encodeClasses,
  encodeVotes,
  decodeDrawings,
  encodeDrawings,
} from './blocksCodec';
import { DEFAULT_CLASSES } from './votes';
import { decodeTraining, encodeTraining } from './trainingCodec';
import { decodeColor, encodeColor } from './colorCodec';
import { LIMITS, validConv, validInput, validKernel, validPool } from './limits';
import { decodeKernel, decodeMatrix, encodeKernel, encodeMatrix } from './matrixCodec';
import { ACTIVATIONS, POOL_EDGES, POOL_KINDS, STAGE_ORDERS } from './settingChoices';

/** The parts of a link, each read on its own: a bad part does not spoil the others. */
export type LinkPart =
  | 'version'
  | 'input'
  | 'kernels'
  | 'conv'
  | 'pool'
  | 'activation'
  | 'order'
  | 'display'
  | 'language'
  | 'blocks'
  | 'classes'
  | 'votes'
  | 'drawings'
  | 'training'
  | 'color';

export interface DecodedLink {
  readonly state: AppState;
  /** The parts that were present but could not be read; the seed's values stand in for them. */
  readonly problems: readonly LinkPart[];
}

/**
 * The link format's version. Version 2 holds the whole network (the blocks after the first,
 * the class names, edited votes); version 1 links (the first block only) open as they always
 * did. A link of another version is not read.
 */
export const LINK_VERSION = '2';
const READ_VERSIONS = ['1', '2'];
/**
 * Longer hashes are refused unread (a 64x64 picture of floats is about 44,000 characters; the
 * votes of 8 maps of 32x32, edited, about 175,000).
 */
const MAX_HASH = 400_000;

/**
 * The whole state as a URL hash, e.g.
 * `#v=2&l=en&in=9x9.b.AKBQQ...&k=3x3.1,-1,-1,...~3x3...&c=1,0,1,0,1&p=max,2,2,pad&a=relu&o=branch&d=shared,0,gray`.
 */
export function encodeLink(state: AppState): string {
  const { conv, pool } = state.config;
  const params = new URLSearchParams();
  params.set('v', LINK_VERSION);
  params.set('l', state.language);
  params.set('in', encodeMatrix(state.input));
  params.set('k', state.kernels.map(encodeKernel).join('~'));
  if (state.color) params.set('rgb', encodeColor(state.color));
  params.set(
    'c',
    [conv.stride, conv.padding, conv.dilation, conv.bias + 0, conv.normalize ? 1 : 0].join(','),
  );
  params.set('p', [pool.kind, pool.size, pool.stride, pool.edge].join(','));
  params.set('a', state.config.activation);
  params.set('o', state.config.order);
  const { colorMode, showValues, colorMap } = state.display;
  params.set('d', [colorMode, showValues ? 1 : 0, colorMap].join(','));
  if (state.blocks.length > 0) params.set('b', encodeBlocks(state.blocks));
  if (encodeClasses(state.classes) !== encodeClasses(DEFAULT_CLASSES)) {
    params.set('cl', encodeClasses(state.classes));
  }
  if (state.votes) params.set('w', encodeVotes(state.votes));
  if (state.drawings.length > 0) params.set('dr', encodeDrawings(state.drawings));
  const training = encodeTraining(state.training);
  if (training !== null) params.set('t', training);
  return `#${params.toString()}`;
}

function readConv(text: string): PipelineConfig['conv'] | null {
  const parts = text.split(',');
  if (parts.length !== 5 || parts.some((p) => p.trim() === '')) return null;
  const [stride, padding, dilation, bias, normalize] = parts.map(Number) as [
    number,
    number,
    number,
    number,
    number,
  ];
  if (normalize !== 0 && normalize !== 1) return null;
  const conv = { stride, padding, dilation, bias, normalize: normalize === 1 };
  return validConv(conv) ? conv : null;
}

function readPool(text: string): PipelineConfig['pool'] | null {
  const [kind, size, stride, edge, ...rest] = text.split(',');
  if (
    rest.length > 0 ||
    !POOL_KINDS.includes(kind as PoolKind) ||
    !POOL_EDGES.includes(edge as PoolEdge)
  )
    return null;
  if (size?.trim() === '' || stride?.trim() === '') return null;
  const pool = {
    kind: kind as PoolKind,
    size: Number(size),
    stride: Number(stride),
    edge: edge as PoolEdge,
  };
  return validPool(pool) ? pool : null;
}

/**
 * The state a link describes. Every part is checked on its own; a part that is missing keeps
 * the seed's value quietly, and a part that is present but malformed, out of range or
 * truncated keeps the seed's value and is named in `problems`. Nothing in a link is ever
 * shown as markup or run: values are parsed as numbers and names from fixed lists.
 */
export function decodeLink(hash: string, fallbackLanguage: Language = 'en'): DecodedLink {
  const seed = seedState(fallbackLanguage);
  const text = hash.startsWith('#') ? hash.slice(1) : hash;
  if (text.length > MAX_HASH) return { state: seed, problems: ['version'] };
  let params: URLSearchParams;
  try {
    params = new URLSearchParams(text);
  } catch {
    return { state: seed, problems: ['version'] };
  }
  if (!READ_VERSIONS.includes(params.get('v') ?? '')) return { state: seed, problems: ['version'] };
  const problems: LinkPart[] = [];
  function part<T>(key: string, name: LinkPart, read: (s: string) => T | null, fallback: T): T {
    const raw = params.get(key);
    if (raw === null) return fallback;
    const value = read(raw);
    if (value === null) problems.push(name);
    return value ?? fallback;
  }
  const language = part(
    'l',
    'language',
    (s) => (s === 'en' || s === 'zh' ? s : null),
    seed.language,
  );
  const input = part(
    'in',
    'input',
    (s) => {
      const m = decodeMatrix(s);
      return m && validInput(m) ? m : null;
    },
    seed.input,
  );
  const kernels = part(
    'k',
    'kernels',
    (s) => {
      const list = s.split('~').map(decodeKernel);
      if (list.length < LIMITS.kernels[0] || list.length > LIMITS.kernels[1]) return null;
      return list.every((m) => m !== null && validKernel(m))
        ? (list as NonNullable<(typeof list)[number]>[])
        : null;
    },
    seed.kernels,
  );
  const conv = part('c', 'conv', readConv, seed.config.conv);
  const pool = part('p', 'pool', readPool, seed.config.pool);
  const activation = part(
    'a',
    'activation',
    (s) => (ACTIVATIONS.includes(s as ActivationKind) ? (s as ActivationKind) : null),
    seed.config.activation,
  );
  const order = part(
    'o',
    'order',
    (s) => (STAGE_ORDERS.includes(s as StageOrder) ? (s as StageOrder) : null),
    seed.config.order,
  );
  const display = part(
    'd',
    'display',
    (s) => {
      const [mode, values, map = 'gray', ...rest] = s.split(',');
      if (
        rest.length ||
        (mode !== 'shared' && mode !== 'perMap') ||
        (values !== '0' && values !== '1') ||
        (map !== 'gray' && map !== 'diverging')
      )
        return null;
      return {
        colorMode: mode as ColorMode,
        showValues: values === '1',
        colorMap: map as ColorMap,
      };
    },
    seed.display,
  );
  const config = { conv, pool, activation, order };
  const blocks = part('b', 'blocks', (s) => decodeBlocks(s, kernels.length), seed.blocks);
  const classes = part('cl', 'classes', decodeClasses, seed.classes);
  // Votes are checked against the network when the page reads them (decisionNetwork): votes
  // of another shape are set aside and the page says so.
  const votes = part('w', 'votes', decodeVotes, null);
  const drawings = part('dr', 'drawings', (s) => decodeDrawings(s, classes.length), seed.drawings);
  const training = part('t', 'training', decodeTraining, seed.training);
  const color = part('rgb', 'color', (s) => decodeColor(s, input, kernels), null);
  const state = {
    input,
    kernels,
    color,
    config,
    blocks,
    classes,
    votes,
    drawings,
    training,
    display,
    language,
  };
  return { state, problems };
}
