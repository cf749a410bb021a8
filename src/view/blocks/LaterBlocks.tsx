import { memo, useMemo } from 'react';
import { forward, tensorFromMatrix } from '../../core';
import { useMessages } from '../../i18n/I18nContext';
import type { Store } from '../../state';
import { decisionNetwork } from '../../state/decisionNetwork';
import { useStoreSelector } from '../app/useStore';
import { BlockSection } from './BlockSection';
import { BlockSettings } from './BlockSettings';

/** A picture of the given size (the network depends on the size, not on the pixels). */
function blank(height: number, width: number) {
  return { height, width, data: new Float64Array(height * width) };
}

/**
 * The blocks after the first, each reading the pooled maps of the block before. Without any
 * it subscribes only to their count, so a click on the picture does not render it.
 */
export const LaterBlocks = memo(function LaterBlocks({ store }: { readonly store: Store }) {
  const count = useStoreSelector(store, (s) => s.blocks.length);
  return count === 0 ? null : <Blocks store={store} />;
});

/** The later blocks, subscribed to the parts of the state they show. */
function Blocks({ store }: { readonly store: Store }) {
  const t = useMessages();
  const input = useStoreSelector(store, (s) => s.input);
  const kernels = useStoreSelector(store, (s) => s.kernels);
  const config = useStoreSelector(store, (s) => s.config);
  const blocks = useStoreSelector(store, (s) => s.blocks);
  const classes = useStoreSelector(store, (s) => s.classes);
  const display = useStoreSelector(store, (s) => s.display);
  const { height, width } = input;
  const made = useMemo(
    () => decisionNetwork({ input: blank(height, width), kernels, config, blocks, classes }),
    [height, width, kernels, config, blocks, classes],
  );
  const outputs = useMemo(
    () => ('network' in made ? forward(made.network, tensorFromMatrix(input)) : null),
    [made, input],
  );
  const { dispatch } = store;
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
          />
        ))}
    </div>
  );
}
