import { memo } from 'react';
import { useMessages } from '../../i18n/I18nContext';
import { useTouchOnly } from '../shared/useTouchOnly';
import { toggleFullScreen } from './usePresenterKeys';

/** In presentation mode: full screen, and the way back (Esc, or a tap on a touch screen). */
export const PresentationControls = memo(function PresentationControls({
  onExit,
}: {
  readonly onExit: () => void;
}) {
  const t = useMessages();
  const touchOnly = useTouchOnly();
  return (
    <div className="presentation-controls">
      <button
        type="button"
        className="full-screen"
        data-action="full-screen"
        title={t.fullScreenTitle}
        onClick={toggleFullScreen}
      >
        {t.fullScreen}
      </button>
      <button
        type="button"
        className="exit-presentation"
        data-action="exit-presentation"
        onClick={onExit}
      >
        {touchOnly ? t.exitPresentationTouch : t.exitPresentation}
      </button>
    </div>
  );
});
