import { describe, expect, it } from 'vitest';
import { fromRows } from '../../src/core';
import { pyNumber, pyRows } from '../../src/export/pythonValues';

describe('pyNumber and pyRows', () => {
  it('write each double as the shortest literal that reads back as the same value', () => {
    expect(pyNumber(0.1 + 0.2)).toBe('0.30000000000000004');
    expect(pyNumber(1e-7)).toBe('1e-7');
    expect(pyNumber(-3)).toBe('-3');
    expect(pyNumber(-0)).toBe('-0.0');
  });

  it('write a matrix as a list of rows, one row a line, columns aligned', () => {
    expect(
      pyRows(
        fromRows([
          [1, -0.5],
          [-1, 2],
        ]),
      ),
    ).toBe(['[', '    [   1, -0.5],', '    [  -1,    2],', ']'].join('\n'));
  });
});
