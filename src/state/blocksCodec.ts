import type { ActivationKind, PoolEdge, PoolKind } from '../core';
import { fromBase64Url, toBase64Url } from './base64url';
import { MAX_BLOCKS, type Block } from './block';
import { LIMITS, validConv, validKernel, validPool } from './limits';
import { decodeKernel, encodeKernel } from './matrixCodec';
import { validInput } from './limits';
import { ACTIVATIONS, POOL_EDGES, POOL_KINDS } from './settingChoices';
import type { Votes } from './votes';
import { MAX_DRAWINGS, type Drawing } from './drawings';
import { decodeMatrix, encodeMatrix } from './matrixCodec';

// The parts of a version 2 link that version 1 did not have:
//   b:  the blocks after the first, joined by '~'; a block is
//       "<stride>,<padding>,<dilation>,<bias>,<normalize>|<pool kind>,<size>,<stride>,<edge>|
//        <activation>|<kernels>", kernels joined by '*', a kernel's slices by '_', each slice
//       as the first block's kernels are written ("3x3.1,0,-1,...");
//   cl: the class names, joined by ',';
//   dr: the class's drawings, joined by '~', each "<class index>:<picture as the input is
//       written>";
//   w:  edited votes, "<classes>.<features>.<base64url of float64 little-endian weights, class
//       by class, then the biases>", so a link holds them exactly.

export function encodeBlocks(blocks: readonly Block[]): string {
  return blocks
    .map(({ conv, pool, activation, kernels }) =>
      [
        [conv.stride, conv.padding, conv.dilation, conv.bias + 0, conv.normalize ? 1 : 0].join(','),
        [pool.kind, pool.size, pool.stride, pool.edge].join(','),
        activation,
        kernels.map((slices) => slices.map(encodeKernel).join('_')).join('*'),
      ].join('|'),
    )
    .join('~');
}

function decodeBlock(text: string, channels: number): Block | null {
  const [convText, poolText, activation, kernelText, ...rest] = text.split('|');
  if (rest.length || kernelText === undefined) return null;
  const c = convText!.split(',');
  if (c.length !== 5 || c.some((p) => p.trim() === '') || (c[4] !== '0' && c[4] !== '1')) {
    return null;
  }
  const [stride, padding, dilation, bias] = c.map(Number) as [number, number, number, number];
  const conv = { stride, padding, dilation, bias, normalize: c[4] === '1' };
  const [kind, size, poolStride, edge, ...more] = poolText!.split(',');
  if (more.length || size?.trim() === '' || poolStride?.trim() === '') return null;
  if (!POOL_KINDS.includes(kind as PoolKind) || !POOL_EDGES.includes(edge as PoolEdge)) return null;
  const pool = {
    kind: kind as PoolKind,
    size: Number(size),
    stride: Number(poolStride),
    edge: edge as PoolEdge,
  };
  if (!validConv(conv) || !validPool(pool)) return null;
  if (!ACTIVATIONS.includes(activation as ActivationKind)) return null;
  const kernels = kernelText.split('*').map((k) => k.split('_').map(decodeKernel));
  if (kernels.length < LIMITS.kernels[0] || kernels.length > LIMITS.kernels[1]) return null;
  const ok = kernels.every(
    (slices) => slices.length === channels && slices.every((m) => m !== null && validKernel(m)),
  );
  if (!ok) return null;
  return {
    conv,
    pool,
    activation: activation as ActivationKind,
    kernels: kernels as NonNullable<(typeof kernels)[number][number]>[][],
  };
}

/** The blocks of a link, each spanning the channels of the one before; null when malformed. */
export function decodeBlocks(text: string, firstChannels: number): Block[] | null {
  if (text === '') return [];
  const parts = text.split('~');
  if (parts.length > MAX_BLOCKS - 1) return null;
  const blocks: Block[] = [];
  let channels = firstChannels;
  for (const part of parts) {
    const block = decodeBlock(part, channels);
    if (!block) return null;
    blocks.push(block);
    channels = block.kernels.length;
  }
  return blocks;
}

/** Class names: 2 to 5, each 1 to 16 characters, no commas or control characters, distinct. */
export function validClasses(names: readonly string[]): boolean {
  return (
    names.length >= 2 &&
    names.length <= 5 &&
    new Set(names).size === names.length &&
    names.every((n) => n.length >= 1 && n.length <= 16 && !/[,\p{Cc}]/u.test(n))
  );
}

export function encodeClasses(names: readonly string[]): string {
  return names.join(',');
}

export function decodeClasses(text: string): string[] | null {
  const names = text.split(',');
  return validClasses(names) ? names : null;
}

export function encodeVotes({ weight, bias }: Votes): string {
  const n = weight[0]?.length ?? 0;
  const values = [...weight.flat(), ...bias];
  const bytes = new Uint8Array(values.length * 8);
  const view = new DataView(bytes.buffer);
  values.forEach((v, i) => view.setFloat64(i * 8, v, true));
  return `${weight.length}.${n}.${toBase64Url(bytes)}`;
}

export function decodeVotes(text: string): Votes | null {
  const match = /^(\d{1,2})\.(\d{1,5})\.([A-Za-z0-9_-]*)$/.exec(text);
  if (!match) return null;
  const classes = Number(match[1]);
  const n = Number(match[2]);
  const bytes = fromBase64Url(match[3]!);
  if (!bytes || classes < 1 || n < 1 || bytes.length !== classes * (n + 1) * 8) return null;
  const view = new DataView(bytes.buffer);
  const at = (i: number) => view.getFloat64(i * 8, true);
  const weight = Array.from({ length: classes }, (_, c) =>
    Array.from({ length: n }, (_, i) => at(c * n + i)),
  );
  const bias = Array.from({ length: classes }, (_, c) => at(classes * n + c));
  return [...weight.flat(), ...bias].every(Number.isFinite) ? { weight, bias } : null;
}

export function encodeDrawings(drawings: readonly Drawing[]): string {
  return drawings.map((d) => `${d.label}:${encodeMatrix(d.input)}`).join('~');
}

/** The drawings of a link, each a valid picture of one of `classes` classes; null if not. */
export function decodeDrawings(text: string, classes: number): Drawing[] | null {
  if (text === '') return [];
  const parts = text.split('~');
  if (parts.length > MAX_DRAWINGS) return null;
  const drawings: Drawing[] = [];
  for (const part of parts) {
    const match = /^(\d):(.*)$/.exec(part);
    const input = match ? decodeMatrix(match[2]!) : null;
    const label = Number(match?.[1]);
    if (!input || !validInput(input) || label >= classes) return null;
    drawings.push({ input, label });
  }
  return drawings;
}
