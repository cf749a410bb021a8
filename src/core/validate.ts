// Argument checks shared by the core's functions. Each throws a RangeError whose message
// names the function, the parameter and the offending value, so that a caller (or a UI
// showing the message) can tell exactly what was wrong.

export function positiveInteger(fn: string, name: string, value: number): number {
  if (!Number.isInteger(value) || value < 1) {
    throw new RangeError(`${fn}: ${name} must be a positive integer, got ${value}`);
  }
  return value;
}

export function nonNegativeInteger(fn: string, name: string, value: number): number {
  if (!Number.isInteger(value) || value < 0) {
    throw new RangeError(`${fn}: ${name} must be a non-negative integer, got ${value}`);
  }
  return value;
}

export function finiteNumber(fn: string, name: string, value: number): number {
  if (typeof value !== 'number' || !Number.isFinite(value)) {
    throw new RangeError(`${fn}: ${name} must be a finite number, got ${value}`);
  }
  return value;
}

export function nonZeroFinite(fn: string, name: string, value: number): number {
  finiteNumber(fn, name, value);
  if (value === 0) throw new RangeError(`${fn}: ${name} must not be 0, got ${value}`);
  return value;
}
