import { memo, useEffect, useMemo, useState } from 'react';
import { useMessages } from '../../i18n/I18nContext';
import type { Store } from '../../state';
import type { Probe } from '../../present/probe';
import { finalMapId, featureCell } from '../../present/decisionReading';
import { VOTE_RGB, voteExtent, voteScale } from '../../present/decisionScale';
import { ClassBars } from './ClassBars';
import { DecisionExplain } from './DecisionExplain';
import { FeatureStrip } from './FeatureStrip';
import { VoteLegend } from './VoteLegend';
import { VoteMaps } from './VoteMaps';
import { useDecisionNetwork, useDecisionScores } from './useDecision';
import { useDecisionProbe, type DecisionProbe } from './useDecisionProbe';
import { useStoreSelector } from '../app/useStore';

/**
 * Outlines one cell of a map elsewhere on the page (`[data-map="pool-2"]`, row-major cell)
 * while `cell` is set: the decision panel links its numbers to the maps they come from
 * without re-rendering those maps. Maps drawn without cell elements show no outline.
 */
function useLinkedCell(mapId: string | null, cell: number | null): void {
  useEffect(() => {
    if (mapId === null || cell === null) return;
    const el = document.querySelector(`[data-map="${mapId}"] [data-index="${cell}"]`);
    el?.setAttribute('data-linked', 'true');
    return () => el?.removeAttribute('data-linked');
  }, [mapId, cell]);
}

/**
 * The decision, after the last block's maps: the final maps flattened, each class's votes
 * in the shape of those maps, the scores and the probabilities, every number explained.
 * The header's badge keeps the `[data-decision]` contract; this panel adds none.
 */
interface DecisionPanelProps {
  readonly store: Store;
  /**
   * The cell explained in the first block's maps, if any: a pooled map's cell (the final map
   * when there is one block) shows its vote for each class here too.
   */
  readonly mapProbe?: Probe | null;
}

export const DecisionPanel = memo(function DecisionPanel({ store, mapProbe }: DecisionPanelProps) {
  const t = useMessages();
  // The panel renders with the network and what is explained; the picture's numbers are
  // painted into the strip and the bars, and read here only while a number is explained.
  const { made, votes } = useDecisionNetwork(store);
  const probes = useDecisionProbe();
  const learningRate = useStoreSelector(store, (s) => s.training.learningRate);
  const { onProbe, onPin } = probes;
  const [term, setTerm] = useState<number | null>(null);
  const scale = useMemo(() => votes && voteScale(voteExtent(votes.weight)), [votes]);
  const colors = useMemo(() => scale && { level: scale.level, rgb: VOTE_RGB }, [scale]);
  const size = votes ? votes.height * votes.width : 0;
  const fromMap: DecisionProbe | null =
    votes?.block === 0 && mapProbe?.map === 'pool' && mapProbe.index < size
      ? { kind: 'feature', i: mapProbe.k * size + mapProbe.index, c: null }
      : null;
  const active = probes.active ?? fromMap;
  const scores = useDecisionScores(store, made, active !== null);
  const lit = term ?? (active?.kind === 'feature' ? active.i : null);
  const cell = votes && lit !== null ? featureCell(votes, lit) : null;
  useLinkedCell(cell && votes ? finalMapId(votes.block, cell.channel) : null, cell?.cell ?? null);
  if (!votes || !scale || !colors) return null;
  const { channels, height, width } = votes;
  const own = votes.source === 'edited' || votes.stale;
  return (
    <section className="decision-panel" data-decision-panel="" aria-labelledby="decision-title">
      <header className="decision-panel-head">
        <h2 id="decision-title">{t.decision.title}</h2>
        <p className="decision-note">
          {t.decision.reads(votes.block + 1, channels, height, width)}
        </p>
        <p className="decision-source" data-votes-source={votes.source} data-stale={votes.stale}>
          {t.decision.source(votes.source, votes.stale, size * channels)}
        </p>
        {own && (
          <button
            type="button"
            data-action="reset-votes"
            title={t.decision.resetTitle}
            onClick={() => store.dispatch({ type: 'resetVotes' })}
          >
            {t.decision.reset}
          </button>
        )}
      </header>
      <div className="decision-body">
        <FeatureStrip store={store} votes={votes} lit={lit} onProbe={onProbe} onPin={onPin} />
        <div className="decision-maps">
          {votes.classes.map((name, c) => (
            <VoteMaps
              key={name}
              votes={votes}
              c={c}
              colors={colors}
              lit={lit}
              onProbe={onProbe}
              onPin={onPin}
            />
          ))}
          <VoteLegend scale={scale} />
        </div>
        <ClassBars
          store={store}
          classes={votes.classes}
          active={active?.kind === 'class' ? active.c : null}
          onProbe={onProbe}
          onPin={onPin}
        />
        <DecisionExplain
          probe={active}
          pinned={probes.pinned}
          onUnpin={probes.unpin}
          votes={votes}
          scores={scores}
          dispatch={store.dispatch}
          learningRate={learningRate}
          onTerm={setTerm}
        />
      </div>
    </section>
  );
});
