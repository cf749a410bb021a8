import type { Network } from './networkTypes';
import type { Tensor } from './tensor';

/** Throws a RangeError (naming `fn`) unless `input` has the network's input shape. */
export function checkInput(fn: string, net: Network, input: Tensor): void {
  const [c, h, w] = net.input;
  if (
    input.channels !== c ||
    input.height !== h ||
    input.width !== w ||
    input.data.length !== c * h * w
  ) {
    throw new RangeError(
      `${fn}: the network takes ${c}x${h}x${w} inputs, got ` +
        `${input.channels}x${input.height}x${input.width}`,
    );
  }
}

/** Throws a RangeError (naming `fn`) unless `label` is a class index of the network. */
export function checkLabel(fn: string, net: Network, label: number, where = 'label'): void {
  const last = net.shapes[net.shapes.length - 1] ?? net.input;
  const n = last[0] * last[1] * last[2];
  if (!Number.isInteger(label) || label < 0 || label >= n) {
    throw new RangeError(`${fn}: ${where} must be a class index 0..${n - 1}, got ${label}`);
  }
}
