import { fileError, readInteger, readNumber, readNumberArray } from './networkFields';
import { NETWORK_LIMITS as L, type Layer, type Network, type Shape3 } from './networkTypes';
import { outputSize } from './outputSize';

/**
 * Validates a network file (untrusted JSON, see NetworkJson) and makes a Network: the only
 * way to make one. Semantics of each layer, as its PyTorch counterpart in float64:
 * - `conv2d`: `F.conv2d(x, weight, stride, padding, dilation) / divisor + bias`, summed over
 *   every input channel; defaults stride 1, padding 0 (zeros on all four sides), dilation 1,
 *   divisor 1.
 * - `pad`: `F.pad` with a constant `value` (default 0).
 * - `maxPool2d`, `avgPool2d`: windows of `size`, `stride` default `size`, floor mode.
 * - `relu`, `sigmoid`, `tanh`, `leakyRelu` (slope default 0.01).
 * - `flatten`: channel-major then row-major, to n x 1 x 1.
 * - `linear`: `weight · x + bias`, after a flatten.
 * @throws RangeError naming the layer index, the field and the value: shapes that do not
 *   chain, a window larger than its input, invalid integers, divisor 0, ragged or non-finite
 *   weights, an unknown type, sizes over NETWORK_LIMITS, classes that do not match the last
 *   layer's outputs.
 */
export function parseNetwork(json: unknown): Network {
  if (typeof json !== 'object' || json === null || Array.isArray(json)) {
    throw fileError('the network', 'must be an object', json);
  }
  const file = json as Record<string, unknown>;
  const input = readInput(file.input);
  if (!Array.isArray(file.layers)) {
    throw fileError('layers', 'must be a list', file.layers);
  }
  if (file.layers.length > L.layers) {
    throw fileError('layers', `may hold at most ${L.layers} layers`, file.layers.length);
  }
  const layers: Layer[] = [];
  const shapes: Shape3[] = [];
  let shape: Shape3 = input;
  let flattened = false;
  let multiplyAdds = 0;
  file.layers.forEach((raw: unknown, index: number) => {
    const where = `layers[${index}]`;
    const parsed = parseLayer(raw, where, shape, flattened);
    layers.push(parsed.layer);
    shapes.push(parsed.shape);
    shape = parsed.shape;
    flattened ||= parsed.layer.type === 'flatten';
    multiplyAdds += parsed.multiplyAdds;
  });
  if (multiplyAdds > L.multiplyAdds) {
    throw fileError(
      'layers',
      `need ${multiplyAdds} multiply-adds a picture; at most ${L.multiplyAdds} are allowed`,
      multiplyAdds,
    );
  }
  const net: { input: Shape3; classes?: readonly string[]; layers: Layer[]; shapes: Shape3[] } = {
    input,
    layers,
    shapes,
  };
  if (file.classes !== undefined) net.classes = readClasses(file.classes, shape);
  return net as unknown as Network;
}

function readInput(value: unknown): Shape3 {
  if (!Array.isArray(value) || value.length !== 3) {
    throw fileError('input', 'must be [channels, height, width]', value);
  }
  const channels = readInteger(value[0], 'input[0] (channels)', 1, L.channels);
  const height = readInteger(value[1], 'input[1] (height)', 1, L.inputSide);
  const width = readInteger(value[2], 'input[2] (width)', 1, L.inputSide);
  return [channels, height, width];
}

function readClasses(value: unknown, last: Shape3): string[] {
  const outputs = last[0] * last[1] * last[2];
  if (!Array.isArray(value)) throw fileError('classes', 'must be a list', value);
  if (value.length !== outputs) {
    throw fileError(
      'classes',
      `must name each of the last layer's ${outputs} outputs, got ${value.length} names`,
      value.length,
    );
  }
  const seen = new Set<string>();
  return value.map((name: unknown, i) => {
    if (typeof name !== 'string' || name.trim() === '' || name.length > L.classNameLength) {
      throw fileError(
        `classes[${i}]`,
        `must be a name of 1 to ${L.classNameLength} characters`,
        name,
      );
    }
    if (seen.has(name)) throw fileError(`classes[${i}]`, 'repeats a name', name);
    seen.add(name);
    return name;
  });
}

interface Parsed {
  layer: Layer;
  shape: Shape3;
  multiplyAdds: number;
}

function parseLayer(raw: unknown, where: string, [c, h, w]: Shape3, flattened: boolean): Parsed {
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) {
    throw fileError(where, 'must be an object with a type', raw);
  }
  const o = raw as Record<string, unknown>;
  const type = o.type;
  const spatial = (what: string): void => {
    if (flattened) {
      throw fileError(`${where}.type`, `${what} cannot come after flatten`, type);
    }
  };
  switch (type) {
    case 'conv2d': {
      spatial('conv2d');
      const stride = readInteger(o.stride ?? 1, `${where}.stride`, 1, L.stride);
      const padding = readInteger(o.padding ?? 0, `${where}.padding`, 0, L.padding);
      const dilation = readInteger(o.dilation ?? 1, `${where}.dilation`, 1, L.dilation);
      const divisor = readNumber(o.divisor ?? 1, `${where}.divisor`);
      if (divisor === 0) throw fileError(`${where}.divisor`, 'must not be 0', 0);
      const w4 = readNumberArray(o.weight, `${where}.weight`, 4, [
        L.channels,
        L.channels,
        L.kernelSide,
        L.kernelSide,
      ]);
      const [outChannels, inChannels, kernelHeight, kernelWidth] = w4.shape as [
        number,
        number,
        number,
        number,
      ];
      if (inChannels !== c) {
        throw fileError(
          `${where}.weight`,
          `has ${inChannels} input channels per kernel but ${c} channels arrive`,
          inChannels,
        );
      }
      const bias = readNumberArray(o.bias, `${where}.bias`, 1, [L.channels]);
      if (bias.shape[0] !== outChannels) {
        throw fileError(
          `${where}.bias`,
          `must hold one number per kernel (${outChannels}), got ${bias.shape[0]}`,
          bias.shape[0],
        );
      }
      const oh = outputSize(h, kernelHeight, stride, padding, dilation);
      const ow = outputSize(w, kernelWidth, stride, padding, dilation);
      if (oh < 1 || ow < 1) {
        throw fileError(
          `${where}.weight`,
          `a ${(kernelHeight - 1) * dilation + 1}x${(kernelWidth - 1) * dilation + 1} kernel ` +
            `(after dilation) is larger than its ${h + 2 * padding}x${w + 2 * padding} input ` +
            `(after padding)`,
          `${kernelHeight}x${kernelWidth}`,
        );
      }
      checkSide(where, oh, ow);
      const layer: Layer = {
        type,
        outChannels,
        inChannels,
        kernelHeight,
        kernelWidth,
        weight: w4.data,
        bias: bias.data,
        stride,
        padding,
        dilation,
        divisor,
      };
      return { layer, shape: [outChannels, oh, ow], multiplyAdds: w4.data.length * oh * ow };
    }
    case 'pad': {
      spatial('pad');
      const side = (name: string): number => readInteger(o[name], `${where}.${name}`, 0, L.padding);
      const top = side('top');
      const right = side('right');
      const bottom = side('bottom');
      const left = side('left');
      const value = readNumber(o.value ?? 0, `${where}.value`);
      const oh = h + top + bottom;
      const ow = w + left + right;
      checkSide(where, oh, ow);
      return {
        layer: { type, top, right, bottom, left, value },
        shape: [c, oh, ow],
        multiplyAdds: 0,
      };
    }
    case 'maxPool2d':
    case 'avgPool2d': {
      spatial(type);
      const size = readInteger(o.size, `${where}.size`, 1, L.poolSize);
      const stride = readInteger(o.stride ?? size, `${where}.stride`, 1, L.stride);
      if (size > h || size > w) {
        throw fileError(
          `${where}.size`,
          `a ${size}x${size} window is larger than its ${h}x${w} input`,
          size,
        );
      }
      const shape: Shape3 = [c, outputSize(h, size, stride), outputSize(w, size, stride)];
      return { layer: { type, size, stride }, shape, multiplyAdds: 0 };
    }
    case 'relu':
    case 'sigmoid':
    case 'tanh':
      return { layer: { type }, shape: [c, h, w], multiplyAdds: 0 };
    case 'leakyRelu': {
      const slope = readNumber(o.slope ?? 0.01, `${where}.slope`);
      return { layer: { type, slope }, shape: [c, h, w], multiplyAdds: 0 };
    }
    case 'flatten': {
      const n = c * h * w;
      return { layer: { type }, shape: [n, 1, 1], multiplyAdds: 0 };
    }
    case 'linear': {
      if (!flattened) {
        throw fileError(`${where}.type`, 'linear needs a flatten before it', type);
      }
      const n = c;
      if (n > L.linearInputs) {
        throw fileError(
          `${where}.weight`,
          `would read ${n} inputs; at most ${L.linearInputs} are allowed`,
          n,
        );
      }
      const w2 = readNumberArray(o.weight, `${where}.weight`, 2, [L.linearOutputs, L.linearInputs]);
      const [outFeatures, inFeatures] = w2.shape as [number, number];
      if (inFeatures !== n) {
        throw fileError(
          `${where}.weight`,
          `has ${inFeatures} inputs per row but the flattened size is ${n}`,
          inFeatures,
        );
      }
      const bias = readNumberArray(o.bias, `${where}.bias`, 1, [L.linearOutputs]);
      if (bias.shape[0] !== outFeatures) {
        throw fileError(
          `${where}.bias`,
          `must hold one number per output (${outFeatures}), got ${bias.shape[0]}`,
          bias.shape[0],
        );
      }
      return {
        layer: { type, outFeatures, inFeatures, weight: w2.data, bias: bias.data },
        shape: [outFeatures, 1, 1],
        multiplyAdds: w2.data.length,
      };
    }
    default:
      throw fileError(`${where}.type`, 'is not a known layer type', type);
  }
}

function checkSide(where: string, h: number, w: number): void {
  if (h > L.side || w > L.side) {
    throw fileError(
      where,
      `would make a ${h}x${w} output; at most ${L.side}x${L.side} is allowed`,
      `${h}x${w}`,
    );
  }
}
