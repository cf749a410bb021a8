// Readers for the fields of an untrusted network file. Each failure is a RangeError whose
// message names where in the file it is (`layers[2].stride`), what was expected and the value.

/** A RangeError for the network file: where, what was expected, and what was there. */
export function fileError(where: string, expected: string, value: unknown): RangeError {
  return new RangeError(`parseNetwork: ${where} ${expected} (got ${show(value)})`);
}

/** A short, safe rendering of any value for an error message. */
function show(value: unknown): string {
  if (value === undefined) return 'nothing';
  if (typeof value === 'number') return String(value);
  let text: string;
  try {
    text = JSON.stringify(value) ?? String(value);
  } catch {
    text = String(value);
  }
  return text.length > 40 ? `${text.slice(0, 37)}...` : text;
}

/** A finite number. */
export function readNumber(value: unknown, where: string): number {
  if (typeof value !== 'number' || !Number.isFinite(value)) {
    throw fileError(where, 'must be a finite number', value);
  }
  return value;
}

/** An integer in min..max. */
export function readInteger(value: unknown, where: string, min: number, max: number): number {
  if (typeof value !== 'number' || !Number.isInteger(value) || value < min) {
    const what =
      min === 0
        ? 'a non-negative integer'
        : min === 1
          ? 'a positive integer'
          : `an integer of at least ${min}`;
    throw fileError(where, `must be ${what}`, value);
  }
  if (value > max) throw fileError(where, `may be at most ${max}`, value);
  return value;
}

/**
 * A nested list of finite numbers of the given rank, not ragged, each dimension between 1 and
 * its maximum, copied flat in row-major order.
 */
export function readNumberArray(
  value: unknown,
  where: string,
  rank: number,
  max: readonly number[],
): { shape: number[]; data: Float64Array } {
  const shape: number[] = [];
  let probe: unknown = value;
  for (let d = 0; d < rank; d++) {
    if (!Array.isArray(probe)) {
      throw fileError(where, `must be a list nested ${rank} deep`, value);
    }
    if (probe.length === 0) throw fileError(where, 'must not hold an empty list', value);
    const limit = max[d] as number;
    if (probe.length > limit) {
      throw fileError(where, `may have at most ${limit} entries at depth ${d + 1}`, probe.length);
    }
    shape.push(probe.length);
    probe = probe[0];
  }
  const size = shape.reduce((a, b) => a * b, 1);
  const data = new Float64Array(size);
  let next = 0;
  const walk = (node: unknown, depth: number, path: string): void => {
    if (depth === rank) {
      if (typeof node !== 'number' || !Number.isFinite(node)) {
        throw fileError(path, 'must be a finite number', node);
      }
      data[next++] = node;
      return;
    }
    const n = shape[depth] as number;
    if (!Array.isArray(node) || node.length !== n) {
      throw fileError(
        path,
        `is ragged: expected ${n} entries like the first`,
        Array.isArray(node) ? node.length : node,
      );
    }
    for (let i = 0; i < n; i++) walk(node[i], depth + 1, `${path}[${i}]`);
  };
  walk(value, 0, where);
  return { shape, data };
}
