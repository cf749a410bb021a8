import type { ColorChannel } from '../../state/colorChannels';

/** The text of colour pictures (three channels), in one language. */
export interface ColorMessages {
  /** The import option: keep the picture's colours as three channels. */
  readonly importInColor: string;
  readonly importInColorTitle: string;
  readonly toGray: string;
  readonly toGrayTitle: string;
  readonly channel: Record<ColorChannel, string>;
  /** The title of channel c's map beside the picture. */
  readonly channelMap: (channel: ColorChannel) => string;
  /** What the channel maps are. */
  readonly channelsAbout: string;
  /** The slice of kernel n for a channel. */
  readonly slice: (n: number, channel: ColorChannel) => string;
  /** The feature map of a colour picture: the sum over the three slices. */
  readonly sumNote: string;
  readonly importDone: (name: string, height: number, width: number) => string;
  /** A colour pixel's channels, for its accessible name: "red 1, green -0.6, blue 0.2". */
  readonly pixelChannels: (red: string, green: string, blue: string) => string;
}
