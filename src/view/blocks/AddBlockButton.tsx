import { memo } from 'react';
import { useMessages } from '../../i18n/I18nContext';
import type { Store } from '../../state';
import { MAX_BLOCKS } from '../../state/block';
import { useStoreSelector } from '../app/useStore';

/** "+ Block": stacks a block after the last one, with the default kernels for its channels. */
export const AddBlockButton = memo(function AddBlockButton({ store }: { readonly store: Store }) {
  const t = useMessages();
  const count = useStoreSelector(store, (s) => s.blocks.length);
  return (
    <button
      type="button"
      data-action="add-block"
      disabled={count + 1 >= MAX_BLOCKS}
      title={t.addBlockTitle}
      onClick={() => store.dispatch({ type: 'addBlock' })}
    >
      {t.addBlock}
    </button>
  );
});
