import { memo, useCallback, useMemo } from 'react';
import { useMessages } from '../../i18n/I18nContext';
import type { DecisionVotes } from '../../present/decisionReading';
import { formatValue } from '../../present/format';
import { ColorGrid, type CellColors } from './ColorGrid';
import type { ProbeTarget } from './useDecisionProbe';

interface VoteMapsProps {
  readonly votes: DecisionVotes;
  /** The class, from 0. */
  readonly c: number;
  readonly colors: CellColors;
  /** The feature to outline, if any. */
  readonly lit: number | null;
  readonly onProbe: ProbeTarget['onProbe'];
  readonly onPin: ProbeTarget['onPin'];
}

/**
 * One class's votes drawn in the shape of the final maps, one heatmap per map: "what an X
 * looks like to this layer". Changes with the votes only, never with a pixel.
 */
export const VoteMaps = memo(function VoteMaps(props: VoteMapsProps) {
  const { votes, c, colors, lit, onProbe, onPin } = props;
  const t = useMessages();
  const { channels, height, width } = votes;
  const size = height * width;
  const name = votes.classes[c]!;
  const maps = useMemo(
    () =>
      Array.from({ length: channels }, (_, k) =>
        votes.weight[c]!.subarray(k * size, (k + 1) * size),
      ),
    [votes, c, channels, size],
  );
  return (
    <div className="vote-maps" data-vote-class={name}>
      <h3>
        {t.decision.votesOf(name)}
        <span className="decision-note">{t.decision.looksLike(name)}</span>
      </h3>
      <div className="vote-maps-row">
        {maps.map((values, k) => (
          <VoteMap
            key={k}
            k={k}
            c={c}
            name={name}
            values={values}
            height={height}
            width={width}
            colors={colors}
            lit={lit !== null && Math.floor(lit / size) === k ? lit % size : null}
            onProbe={onProbe}
            onPin={onPin}
          />
        ))}
      </div>
    </div>
  );
});

interface VoteMapProps {
  readonly k: number;
  readonly c: number;
  readonly name: string;
  readonly values: Float64Array;
  readonly height: number;
  readonly width: number;
  readonly colors: CellColors;
  readonly lit: number | null;
  readonly onProbe: ProbeTarget['onProbe'];
  readonly onPin: ProbeTarget['onPin'];
}

/** Class c's votes on final map k. */
const VoteMap = memo(function VoteMap(props: VoteMapProps) {
  const { k, c, name, values, height, width, colors, lit, onProbe, onPin } = props;
  const t = useMessages();
  const offset = k * height * width;
  const cellLabel = useCallback(
    (i: number, v: number) =>
      t.decision.voteLabel(name, k + 1, Math.floor(i / width) + 1, (i % width) + 1, formatValue(v)),
    [t, name, k, width],
  );
  const probe = useCallback(
    (i: number | null) => onProbe(i === null ? null : { kind: 'feature', i: offset + i, c }),
    [onProbe, offset, c],
  );
  const pin = useCallback(
    (i: number) => onPin({ kind: 'feature', i: offset + i, c }),
    [onPin, offset, c],
  );
  return (
    <ColorGrid
      id={`votes-${c}-${k}`}
      className="vote-map"
      values={values}
      height={height}
      width={width}
      colors={colors}
      label={t.decision.voteMapLabel(name, k + 1)}
      cellLabel={cellLabel}
      lit={lit}
      onProbe={probe}
      onPin={pin}
    />
  );
});
