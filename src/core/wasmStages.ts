import type { Matrix } from './matrix';
import { STAGES_WASM_BASE64 } from './wasmBytes';

/** What src/core/wasm/stages.wat exports. Addresses are byte offsets into `memory`. */
interface StagesExports {
  readonly memory: WebAssembly.Memory;
  conv3x3(
    x: number,
    xWidth: number,
    dilation: number,
    kernel: number,
    outHeight: number,
    outWidth: number,
    divisor: number,
    bias: number,
    feature: number,
    relu: number,
    reluOut: number,
  ): void;
  pool2x2(
    x: number,
    xWidth: number,
    rows: number,
    cols: number,
    out: number,
    outWidth: number,
    isMax: number,
  ): void;
}

/**
 * One pipeline run's use of the WebAssembly stages: the (padded) input is copied into the
 * module's memory once, then each kernel's maps are computed there and copied out into the
 * run's own matrices, so no result ever aliases memory a later run overwrites.
 */
export interface WasmRun {
  /**
   * The 3x3 cross-correlation with stride 1 of the loaded input, into `feature` (at least 2
   * columns wide); with `relu`, the seed's ReLU of it too. Bit-identical to correlateInto and
   * activateInto.
   */
  convolve3x3(
    kernel: Matrix,
    dilation: number,
    divisor: number,
    bias: number,
    feature: Matrix,
    relu: Matrix | null,
  ): void;
  /**
   * 2x2 pooling with stride 2 of the last feature map (or its ReLU map) over the first `rows`
   * x `cols` cells of `out` (cols >= 2): the windows wholly inside the map. Bit-identical to
   * poolInto's windows; the caller pools the edges.
   */
  pool2x2(fromRelu: boolean, isMax: boolean, rows: number, cols: number, out: Matrix): void;
}

const PAGE = 65536;
/** Byte offsets are kept 16-aligned, one f64x2 apart. */
const align = (bytes: number) => Math.ceil(bytes / 16) * 16;

function decode(base64: string): Uint8Array<ArrayBuffer> {
  // atob exists in browsers and in Node 16+, so the core needs neither Buffer nor a DOM.
  const text = atob(base64);
  const bytes = new Uint8Array(text.length);
  for (let i = 0; i < text.length; i++) bytes[i] = text.charCodeAt(i);
  return bytes;
}

function instantiate(): StagesExports | null {
  try {
    const bytes = decode(STAGES_WASM_BASE64);
    // An engine without WebAssembly SIMD (Safari before 16.4) rejects the module: fall back.
    if (typeof WebAssembly === 'undefined' || !WebAssembly.validate(bytes)) return null;
    // Synchronous compilation is allowed for a module this small (under 4 KB) on any thread.
    const instance = new WebAssembly.Instance(new WebAssembly.Module(bytes));
    return instance.exports as unknown as StagesExports;
  } catch {
    return null;
  }
}

// The compiled module and its memory are a cache, not state: every run copies its input in
// and its results out, so what is left in memory between runs is never read again.
let stages: StagesExports | null | undefined;

/**
 * Starts a run on `src` whose kernels' feature maps have up to `featureCells` cells and pooled
 * maps up to `pooledCells`, or returns null when WebAssembly SIMD is unavailable or the
 * memory cannot grow that far (the JavaScript loops then do the work).
 */
export function beginWasmRun(
  src: Matrix,
  featureCells: number,
  pooledCells: number,
): WasmRun | null {
  if (stages === undefined) stages = instantiate();
  const wasm = stages;
  if (wasm === null) return null;
  const kernelAt = align(src.data.length * 8);
  const featureAt = kernelAt + align(9 * 8);
  const reluAt = featureAt + align(featureCells * 8);
  const pooledAt = reluAt + align(featureCells * 8);
  const end = pooledAt + align(pooledCells * 8);
  const { memory } = wasm;
  if (end > memory.buffer.byteLength) {
    try {
      memory.grow(Math.ceil((end - memory.buffer.byteLength) / PAGE));
    } catch {
      return null;
    }
  }
  // Growing replaces memory.buffer, so the view is taken after it.
  const heap = new Float64Array(memory.buffer);
  heap.set(src.data, 0);
  let featureWidth = 0;
  return {
    convolve3x3(kernel, dilation, divisor, bias, feature, relu) {
      heap.set(kernel.data, kernelAt / 8);
      const { height, width } = feature;
      wasm.conv3x3(
        0,
        src.width,
        dilation,
        kernelAt,
        height,
        width,
        divisor,
        bias,
        featureAt,
        relu ? 1 : 0,
        reluAt,
      );
      const cells = height * width;
      feature.data.set(heap.subarray(featureAt / 8, featureAt / 8 + cells));
      relu?.data.set(heap.subarray(reluAt / 8, reluAt / 8 + cells));
      featureWidth = width;
    },
    pool2x2(fromRelu, isMax, rows, cols, out) {
      const source = fromRelu ? reluAt : featureAt;
      wasm.pool2x2(source, featureWidth, rows, cols, pooledAt, out.width, isMax ? 1 : 0);
      out.data.set(heap.subarray(pooledAt / 8, pooledAt / 8 + rows * out.width));
    },
  };
}
