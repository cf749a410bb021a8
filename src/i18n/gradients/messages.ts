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
  /** A later block's weight: the chain through the maps of the block before (channel c). */
  readonly laterChain: (windows: number, divisor: number, gradient: string, c: number) => string;
  readonly laterWeightTitle: (b: number, k: number, c: number, row: number, col: number) => string;
  readonly more: (n: number) => string;
  readonly sgd: (rate: string, change: string) => string;
  readonly adam: (rate: string, change: string) => string;
  readonly hint: string;
  readonly none: string;
  /** `none` beside the picture, where the full sentence is its tooltip. */
  readonly noneShort: string;
  /** The page's toggle: the gradients beside the kernels and over the picture. */
  readonly toggle: string;
  readonly toggleTitle: string;
  /** Before the class buttons beside the picture: "If it is [X] [O]". */
  readonly ifItIs: string;
  /** The blue end of the legend: raising a number makes this class more likely. */
  readonly towardEnd: (toward: string) => string;
  /** The red end: the other class (two classes) or less of the label (more classes). */
  readonly awayEnd: (away: string | null, toward: string) => string;
  /** What the colours of the overlay and of the kernels' steps mean, as a sentence. */
  readonly overlayAbout: (toward: string, away: string | null) => string;
  /** The overlay's accessible name: what it means and its strongest pixel. */
  readonly overlayLabel: (about: string, row: number, col: number, value: string) => string;
  readonly pointHint: string;
  readonly pixelPush: (row: number, col: number, value: string) => string;
  /** Under a kernel's small step map. */
  readonly stepCaption: string;
  readonly unpin: string;
  /** The panel, now that the maps are on the page. */
  readonly onPage: string;
}
