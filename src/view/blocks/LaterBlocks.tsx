import { memo, useCallback, useEffect, useMemo, useState } from 'react';
import { forward } from '../../core';
import { pictureTensor } from '../../state/colorChannels';
import { useMessages } from '../../i18n/I18nContext';
import { blockRegion, type LaterProbe } from '../../present/blockRegion';
import type { Highlights } from '../../present/probe';
import type { Store } from '../../state';
import { useDecisionNetwork } from '../decision/useDecision';
import { useStoreSelector } from '../app/useStore';
import { BlockSection } from './BlockSection';
import { BlockSettings } from './BlockSettings';

/**
 * The blocks after the first, each reading the pooled maps of the block before. Without any
 * it subscribes only to their count, so a click on the picture does not render it.
 */
export const LaterBlocks = memo(function LaterBlocks(props: BlocksProps) {
  const count = useStoreSelector(props.store, (s) => s.blocks.length);
  return count === 0 ? null : <Blocks {...props} />;
});

interface BlocksProps {
  readonly store: Store;
  /** The cells behind the explained cell of a later block, through every block; or null. */
  readonly onHighlights: (highlights: Highlights | null) => void;
}

/** The later blocks, subscribed to the parts of the state they show. */
function Blocks({ store, onHighlights }: BlocksProps) {
  const t = useMessages();
  const input = useStoreSelector(store, (s) => s.input);
  const kernels = useStoreSelector(store, (s) => s.kernels);
  const config = useStoreSelector(store, (s) => s.config);
  const blocks = useStoreSelector(store, (s) => s.blocks);
  const display = useStoreSelector(store, (s) => s.display);
  const color = useStoreSelector(store, (s) => s.color);
  // Built once per network (the decision's shared cache), not per pixel.
  const { made } = useDecisionNetwork(store);
  const outputs = useMemo(
    () => ('network' in made ? forward(made.network, pictureTensor({ input, color })) : null),
    [made, input, color],
  );
  const { dispatch } = store;
  const [probe, setProbe] = useState<LaterProbe | null>(null);
  const onProbe = useCallback(
    (b: number, p: { k: number; index: number } | null) =>
      setProbe((old) => (p ? { b, ...p } : old?.b === b ? null : old)),
    [],
  );
  const region = useMemo(() => {
    if (!probe || !('network' in made)) return null;
    const shapes = made.blocks.map((at) => {
      const [, fh, fw] = made.network.shapes[at.conv]!;
      const [, ph, pw] = made.network.shapes[at.pool]!;
      return { feature: { height: fh, width: fw }, pooled: { height: ph, width: pw } };
    });
    return blockRegion({ input, kernels, config, blocks }, shapes, probe);
  }, [probe, made, input, kernels, config, blocks]);
  useEffect(() => onHighlights(region), [onHighlights, region]);
  useEffect(() => () => onHighlights(null), [onHighlights]);
  return (
    <div className="later-blocks">
      {'problem' in made && (
        <p className="block-problem" role="status">
          {t.decisionProblem(made.problem)}
        </p>
      )}
      {'network' in made &&
        outputs &&
        blocks.map((block, i) => (
          <BlockSection
            key={i}
            b={i + 2}
            block={block}
            at={made.blocks[i + 1]!}
            network={made.network}
            outputs={outputs}
            display={display}
            dispatch={dispatch}
            settings={<BlockSettings b={i + 2} block={block} dispatch={dispatch} />}
            onProbe={onProbe}
            highlights={region ?? undefined}
          />
        ))}
    </div>
  );
}
