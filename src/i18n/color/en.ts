import type { ColorMessages } from './messages';

export const colorEn: ColorMessages = {
  importInColor: 'In colour',
  importInColorTitle:
    'Keep the colours: the picture becomes three channels (red, green, blue) and every kernel gets a slice for each',
  toGray: 'Back to gray',
  toGrayTitle:
    'One channel again: the picture becomes its gray, each kernel the mean of its three slices (the sum without the divisor)',
  channel: { red: 'red', green: 'green', blue: 'blue' },
  channelMap: (c) => `${c[0]!.toUpperCase()}${c.slice(1)} channel`,
  channelsAbout:
    'A colour picture is three maps of numbers: how much red, green and blue each pixel has (-1 none, +1 all).',
  slice: (n, c) => `Kernel ${n}, ${c} slice`,
  sumNote: 'sum of the three channels',
  pixelChannels: (r, g, b) => `red ${r}, green ${g}, blue ${b}`,
  importDone: (name, h, w) => `Imported ${name} in colour as ${h}x${w} pixels, three channels.`,
};
