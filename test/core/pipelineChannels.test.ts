import { describe, expect, it } from 'vitest';
import {
  forward,
  fromRows,
  matrixFromTensor,
  parseNetwork,
  runPipeline,
  runPipelineChannels,
  SEED_CONFIG,
  SEED_KERNELS,
  SEED_X,
  toRows,
  type Matrix,
  type PipelineConfig,
} from '../../src/core';

/** A reproducible matrix of values in (-1, 1) with many digits. */
function noise(height: number, width: number, seed: number): Matrix {
  let s = seed;
  const data = Float64Array.from({ length: height * width }, () => {
    s = (s * 16807) % 2147483647;
    return (s / 2147483647) * 2 - 1;
  });
  return { height, width, data };
}

function stack(...planes: Matrix[]): number[][][] {
  return planes.map(toRows);
}

const config = (conv: Partial<PipelineConfig['conv']>, rest: Partial<PipelineConfig> = {}) => ({
  ...SEED_CONFIG,
  ...rest,
  conv: { ...SEED_CONFIG.conv, ...conv },
});

describe('runPipelineChannels', () => {
  it('with one channel is runPipeline', () => {
    const results = runPipelineChannels(
      [SEED_X],
      SEED_KERNELS.map((k) => [k]),
    );
    expect(results).toEqual(runPipeline(SEED_X, SEED_KERNELS));
  });

  it("sums every channel's products, divides by all the slices' cells and adds the bias", () => {
    const red = fromRows([
      [1, 2],
      [3, 4],
    ]);
    const green = fromRows([
      [10, 20],
      [30, 40],
    ]);
    const one = fromRows([[1]]);
    const two = fromRows([[2]]);
    const [result] = runPipelineChannels([red, green], [[one, two]], config({ bias: 1 }, {}));
    // (1·r + 2·g) / (1·1·2) + 1, cell by cell; then the seed's 2x2 max pooling.
    expect(toRows(result!.feature.map!)).toEqual([
      [11.5, 22],
      [32.5, 43],
    ]);
    expect(toRows(result!.pooled.map!)).toEqual([[43]]);
    expect(toRows(result!.activated.map!)).toEqual([
      [11.5, 22],
      [32.5, 43],
    ]);
  });

  it("equals the core network's conv2d over three channels to the last digit", () => {
    const planes = [noise(7, 8, 1), noise(7, 8, 2), noise(7, 8, 3)];
    const kernels = [0, 1].map((k) => [
      noise(3, 3, 10 + k),
      noise(3, 3, 20 + k),
      noise(3, 3, 30 + k),
    ]);
    for (const conv of [
      { padding: 0, stride: 1, dilation: 1, normalize: true, bias: 0.25 },
      { padding: 1, stride: 2, dilation: 1, normalize: false, bias: -0.5 },
      { padding: 2, stride: 1, dilation: 2, normalize: true, bias: 0 },
    ]) {
      const chosen = config(conv, { activation: 'tanh', order: 'chain' });
      const results = runPipelineChannels(planes, kernels, chosen);
      const net = parseNetwork({
        input: [3, 7, 8],
        layers: [
          {
            type: 'conv2d',
            weight: kernels.map((slices) => stack(...slices)),
            bias: [conv.bias, conv.bias],
            stride: conv.stride,
            padding: conv.padding,
            dilation: conv.dilation,
            divisor: conv.normalize ? 27 : 1,
          },
          { type: 'tanh' },
        ],
      });
      const input = {
        channels: 3,
        height: 7,
        width: 8,
        data: Float64Array.from(planes.flatMap((p) => [...p.data])),
      };
      const [featureOut, activatedOut] = forward(net, input);
      results.forEach((r, k) => {
        expect(r.feature.map!.data).toEqual(matrixFromTensor(featureOut!, k).data);
        expect(r.activated.map!.data).toEqual(matrixFromTensor(activatedOut!, k).data);
      });
    }
  });

  it('on a gray picture (three equal channels) with three copies of each kernel, divided, gives the gray maps', () => {
    const results = runPipelineChannels(
      [SEED_X, SEED_X, SEED_X],
      SEED_KERNELS.map((k) => [k, k, k]),
    );
    const gray = runPipeline(SEED_X, SEED_KERNELS);
    results.forEach((r, k) => {
      expect(toRows(r.feature.map!)).toEqual(toRows(gray[k]!.feature.map!));
      expect(toRows(r.pooled.map!)).toEqual(toRows(gray[k]!.pooled.map!));
      expect(toRows(r.activated.map!)).toEqual(toRows(gray[k]!.activated.map!));
    });
  });

  it("keeps runPipeline's problems for a kernel that does not fit", () => {
    const big = noise(5, 5, 4);
    const [result] = runPipelineChannels([noise(3, 3, 1), noise(3, 3, 2)], [[big, big]]);
    expect(result!.feature.problem).toEqual({
      kind: 'kernelTooLarge',
      window: [5, 5],
      input: [3, 3],
    });
  });

  it('refuses channels of different shapes and kernels without one slice per channel', () => {
    expect(() => runPipelineChannels([], [])).toThrow(RangeError);
    expect(() => runPipelineChannels([noise(3, 3, 1), noise(3, 4, 1)], [])).toThrow(
      'the input channels differ in shape',
    );
    expect(() => runPipelineChannels([noise(3, 3, 1), noise(3, 3, 2)], [[noise(2, 2, 1)]])).toThrow(
      'kernel 0 needs 2 slices of one size',
    );
  });
});
