/** The text of the gradient view ("why would the weights move?"), in one language. */
export interface GradientMessages {
  readonly open: string;
  readonly openTitle: string;
  readonly close: string;
  readonly title: string;
  readonly labelAs: string;
  readonly loss: (p: string, loss: string) => string;
  readonly dScore: (name: string, p: string, y: number, d: string) => string;
  readonly inputTitle: string;
  readonly inputAbout: (name: string) => string;
  readonly kernelTitle: (k: number) => string;
  readonly kernelAbout: string;
  readonly weightTitle: (k: number, row: number, col: number) => string;
  readonly chain: (windows: number, divisor: number, gradient: string) => string;
  readonly term: (dCell: string, pixel: string, product: string) => string;
  readonly more: (n: number) => string;
  readonly sgd: (rate: string, change: string) => string;
  readonly adam: (rate: string, change: string) => string;
  readonly hint: string;
  readonly none: string;
}
