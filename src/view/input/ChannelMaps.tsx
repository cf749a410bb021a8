import { memo } from 'react';
import type { Matrix } from '../../core';
import { useMessages } from '../../i18n/I18nContext';
import { channelScale } from '../../present/channelScale';
import { COLOR_CHANNELS } from '../../state/colorChannels';
import { Heatmap } from '../maps/Heatmap';

const SCALES = COLOR_CHANNELS.map(channelScale);

/**
 * A colour picture's three channels beside it (issue 11): how much red, green and blue each
 * pixel has, each drawn from black (-1, none) to its pure colour (+1, all), maps
 * `input-red`, `input-green`, `input-blue` with `data-value` cells as every map. The cells
 * a probe outlines in the picture are outlined in every channel: a kernel reads all three.
 */
export const ChannelMaps = memo(function ChannelMaps({
  channels,
  showValues,
  highlighted,
}: {
  readonly channels: readonly [Matrix, Matrix, Matrix];
  readonly showValues: boolean;
  readonly highlighted?: ReadonlySet<number> | undefined;
}) {
  const t = useMessages().color;
  return (
    <figure className="channel-maps" aria-label={t.channelsAbout}>
      {COLOR_CHANNELS.map((channel, c) => (
        <div key={channel} className="channel-map" data-channel={channel}>
          <span className="map-title">{t.channelMap(channel)}</span>
          <Heatmap
            mapId={`input-${channel}`}
            matrix={channels[c]!}
            scale={SCALES[c]!}
            showValues={showValues}
            highlighted={highlighted}
            role="img"
            aria-label={t.channelMap(channel)}
          />
        </div>
      ))}
      <figcaption className="channel-about">{t.channelsAbout}</figcaption>
    </figure>
  );
});
