import type { ColorChannel } from '../state/colorChannels';
import { levelFor, textOn, type GrayScale } from './grayScale';

const CHANNEL_INDEX: Record<ColorChannel, number> = { red: 0, green: 1, blue: 2 };

/**
 * The scale of one channel of a colour picture, -1 to +1: black (none of the colour) to the
 * pure colour (all of it), on the same straight line as the grays, so a channel map reads
 * like the picture's own colour with the others taken out.
 */
export function channelScale(channel: ColorChannel): GrayScale {
  const k = CHANNEL_INDEX[channel];
  const palette = new Uint8Array(256 * 3);
  for (let l = 0; l < 256; l++) palette[l * 3 + k] = l;
  const css = Array.from({ length: 256 }, (_, l) => {
    const rgb = [0, 0, 0];
    rgb[k] = l;
    return `rgb(${rgb.join(', ')})`;
  });
  const text = css.map(textOn);
  const level = levelFor([-1, 1]);
  return {
    domain: [-1, 1],
    color: (v) => css[level(v)]!,
    level,
    textColor: (v) => text[level(v)]!,
    uniform: false,
    palette,
    ends: ['black', channel],
  };
}
