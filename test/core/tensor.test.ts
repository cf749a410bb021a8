import { describe, expect, it } from 'vitest';
import {
  fromRows,
  matrixFromTensor,
  tensorFromArrays,
  tensorFromMatrix,
  tensorToArrays,
} from '../../src/core';

describe('tensors', () => {
  it('tensorFromArrays stores channel-major then row-major and copies', () => {
    const a = [
      [
        [1, 2, 3],
        [4, 5, 6],
      ],
      [
        [7, 8, 9],
        [10, 11, 12],
      ],
    ];
    const t = tensorFromArrays(a);
    expect([t.channels, t.height, t.width]).toEqual([2, 2, 3]);
    expect(Array.from(t.data)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12]);
    a[0]![0]![0] = 99;
    expect(t.data[0]).toBe(1);
    expect(tensorToArrays(t)).toEqual([
      [
        [1, 2, 3],
        [4, 5, 6],
      ],
      [
        [7, 8, 9],
        [10, 11, 12],
      ],
    ]);
  });

  it('tensorFromArrays refuses empty, ragged and non-finite input', () => {
    expect(() => tensorFromArrays([])).toThrow(
      new RangeError('tensorFromArrays: expected at least one channel'),
    );
    expect(() => tensorFromArrays([[]])).toThrow(
      new RangeError('tensorFromArrays: channel 0 has no rows'),
    );
    expect(() => tensorFromArrays([[[]]])).toThrow(
      new RangeError('tensorFromArrays: channel 0, row 0 has no values'),
    );
    expect(() =>
      tensorFromArrays([
        [[1, 2]],
        [
          [1, 2],
          [3, 4],
        ],
      ]),
    ).toThrow(
      new RangeError('tensorFromArrays: ragged channels, channel 0 has 1 rows but channel 1 has 2'),
    );
    expect(() => tensorFromArrays([[[1, 2], [3]]])).toThrow(
      new RangeError(
        'tensorFromArrays: ragged rows, row 0 has 2 values but channel 0, row 1 has 1',
      ),
    );
    expect(() => tensorFromArrays([[[1, NaN]]])).toThrow(
      new RangeError('tensorFromArrays: value at channel 0, row 0, column 1 is not finite: NaN'),
    );
  });

  it('a one-channel tensor and a Matrix share their numbers both ways', () => {
    const m = fromRows([
      [1, 2],
      [3, 4],
    ]);
    const t = tensorFromMatrix(m);
    expect(t.data).toBe(m.data);
    const two = tensorFromArrays([[[1, 2]], [[3, 4]]]);
    const second = matrixFromTensor(two, 1);
    expect(second.data.buffer).toBe(two.data.buffer);
    expect(Array.from(second.data)).toEqual([3, 4]);
    expect(() => matrixFromTensor(two, 2)).toThrow(
      new RangeError('matrixFromTensor: channel must be 0..1, got 2'),
    );
  });
});
