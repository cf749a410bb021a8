import { memo, useState } from 'react';
import { useMessages } from '../../i18n/I18nContext';
import { encodeLink, type Store } from '../../state';
import { pageLink } from './linkReach';
import { ShareDialog } from './ShareDialog';

/** The toolbar's "Share" button and the dialog it opens, with the link as it is when opened. */
export const ShareButton = memo(function ShareButton({ store }: { readonly store: Store }) {
  const t = useMessages().share;
  const [link, setLink] = useState<string | null>(null);
  return (
    <>
      <button
        type="button"
        data-action="share"
        title={t.shareTitle}
        onClick={() => setLink(pageLink(window.location.href, encodeLink(store.getState())))}
      >
        {t.share}
      </button>
      {link !== null && <ShareDialog link={link} onClose={() => setLink(null)} />}
    </>
  );
});
