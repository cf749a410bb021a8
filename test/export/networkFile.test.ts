import { describe, expect, it } from 'vitest';
import { classify, parseNetwork, tensorFromMatrix } from '../../src/core';
import { networkFileText, readNetworkFile, isNetworkFile } from '../../src/export/networkFile';
import { NETWORK_FILE_MESSAGES } from '../../src/i18n/networkFile/messages';
import { seedState, type AppState } from '../../src/state';
import { decisionNetwork } from '../../src/state/decisionNetwork';
import { defaultBlock } from '../../src/state/block';

const seed = seedState();
const twoBlocks: AppState = {
  ...seed,
  blocks: [defaultBlock(3)],
  classes: ['X', 'O', 'blank'],
  config: { ...seed.config, pool: { ...seed.config.pool, kind: 'avg' }, activation: 'tanh' },
};

function probabilities(s: AppState): number[] {
  const made = decisionNetwork(s);
  if ('problem' in made) throw new Error('no network');
  return Array.from(classify(made.network, tensorFromMatrix(s.input)).probabilities);
}

function seedFileWith(edit: (json: { layers: Record<string, unknown>[] }) => void): string {
  const json = JSON.parse(networkFileText(seed)!) as { layers: Record<string, unknown>[] };
  edit(json);
  return JSON.stringify(json);
}

describe('the network file', () => {
  for (const [name, s] of [
    ['the seed', seed],
    ['two blocks, average pooling, tanh and three classes', twoBlocks],
  ] as const) {
    it(`classifies the picture of ${name} with the page's probabilities`, () => {
      const net = parseNetwork(JSON.parse(networkFileText(s)!));
      const file = Array.from(classify(net, tensorFromMatrix(s.input)).probabilities);
      expect(file).toEqual(probabilities(s));
    });

    it(`opens as the page of ${name} again`, () => {
      const read = readNetworkFile(networkFileText(s)!, s);
      if ('error' in read) throw new Error(read.error.kind);
      expect(networkFileText(read.state)).toBe(networkFileText(s));
      expect(read.state.classes).toEqual(s.classes);
    });
  }

  it('is pretty JSON: two spaces an indent, a newline at the end', () => {
    const text = networkFileText(seed)!;
    expect(text.startsWith('{\n  "input": [\n    1,\n    9,\n    9\n  ],')).toBe(true);
    expect(text.endsWith('}\n')).toBe(true);
  });

  it('is nothing when the settings make no network', () => {
    const s = {
      ...seed,
      config: {
        ...seed.config,
        pool: { ...seed.config.pool, kind: 'avg' as const, edge: 'ceil' as const },
      },
    };
    expect(networkFileText(s)).toBe(null);
  });

  it("says parseNetwork's message, naming the layer, the field and the value", () => {
    const read = readNetworkFile(
      seedFileWith((j) => (j.layers[3]!.stride = 0)),
      seed,
    );
    expect(read).toEqual({
      error: { kind: 'network', message: 'layers[3].stride must be a positive integer (got 0)' },
    });
  });

  it('says why the page cannot show a valid network, in English and in Chinese', () => {
    const read = readNetworkFile(
      seedFileWith((j) => (j.layers[0]!.bias = [0, 1, 0])),
      seed,
    );
    if (!('error' in read)) throw new Error('opened');
    expect(NETWORK_FILE_MESSAGES.en.notOpened('net.json', read.error)).toBe(
      'The page cannot show the network of net.json, nothing changed: layers[0].bias: the page has one bias for all kernels of a block, these differ.',
    );
    expect(NETWORK_FILE_MESSAGES.zh.notOpened('net.json', read.error)).toBe(
      '页面无法显示 net.json 中的网络，页面没有改变：layers[0].bias：页面中一个块的所有卷积核共用一个偏置，这里的偏置各不相同。',
    );
  });

  it('says a file that is not JSON is not JSON', () => {
    const read = readNetworkFile('{"input": [1, 9', seed);
    expect('error' in read && read.error.kind).toBe('json');
  });

  it('tells network files from pictures by their name or type', () => {
    expect(isNetworkFile({ name: 'net.JSON', type: '' })).toBe(true);
    expect(isNetworkFile({ name: 'data', type: 'application/json' })).toBe(true);
    expect(isNetworkFile({ name: 'x.png', type: 'image/png' })).toBe(false);
  });
});
