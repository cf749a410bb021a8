import { memo } from 'react';
import { useMessages } from '../../i18n/I18nContext';
import type { LinkPart } from '../../state';

/** Says, in plain words, which parts of a link could not be read and what stands in for them. */
export const Notice = memo(function Notice({
  problems,
  onDismiss,
}: {
  readonly problems: readonly LinkPart[];
  readonly onDismiss: () => void;
}) {
  const t = useMessages();
  if (problems.length === 0) return null;
  return (
    <div className="notice" role="alert" data-notice>
      <span>{t.linkProblems(problems)}</span>
      <button type="button" onClick={onDismiss}>
        {t.dismiss}
      </button>
    </div>
  );
});
