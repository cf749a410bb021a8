import { useMessages } from '../../i18n/I18nContext';
import { memo, type ReactNode } from 'react';
import type { Action, Display, Language } from '../../state';

interface ToolbarProps {
  readonly display: Display;
  readonly language: Language;
  readonly dispatch: (action: Action) => void;
  readonly children?: ReactNode;
}

/** A button that stays pressed while its option is on. */
function Toggle(props: {
  pressed: boolean;
  onClick: () => void;
  title?: string;
  'data-action'?: string;
  children: string;
}) {
  return (
    <button
      type="button"
      aria-pressed={props.pressed}
      title={props.title}
      data-action={props['data-action']}
      onClick={props.onClick}
    >
      {props.children}
    </button>
  );
}

/** Reset, settings, colour mode, value labels and language. */
export const Toolbar = memo(function Toolbar({
  display,
  language,
  dispatch,
  children,
}: ToolbarProps) {
  const t = useMessages();
  const { colorMode, showValues } = display;
  return (
    <div className="toolbar">
      <div className="group">
        <button
          type="button"
          data-action="reset"
          title={t.resetTitle}
          onClick={() => dispatch({ type: 'reset' })}
        >
          {t.reset}
        </button>
        {children}
      </div>
      <div className="group" role="group" aria-label={t.colors}>
        <span className="group-label">{t.colors}</span>
        <Toggle
          pressed={colorMode === 'shared'}
          title={t.colorSharedTitle}
          onClick={() => dispatch({ type: 'setColorMode', mode: 'shared' })}
        >
          {t.colorShared}
        </Toggle>
        <Toggle
          pressed={colorMode === 'perMap'}
          title={t.colorPerMapTitle}
          onClick={() => dispatch({ type: 'setColorMode', mode: 'perMap' })}
        >
          {t.colorPerMap}
        </Toggle>
        <Toggle
          pressed={display.colorMap === 'diverging'}
          title={t.colorDivergingTitle}
          data-action="color-map"
          onClick={() =>
            dispatch({
              type: 'setColorMap',
              colorMap: display.colorMap === 'diverging' ? 'gray' : 'diverging',
            })
          }
        >
          {t.colorDiverging}
        </Toggle>
      </div>
      <div className="group">
        <Toggle
          pressed={showValues}
          onClick={() => dispatch({ type: 'setShowValues', show: !showValues })}
        >
          {t.showValues}
        </Toggle>
      </div>
      <div className="group" role="group" aria-label={t.language}>
        <Toggle
          pressed={language === 'en'}
          onClick={() => dispatch({ type: 'setLanguage', language: 'en' })}
        >
          English
        </Toggle>
        <Toggle
          pressed={language === 'zh'}
          onClick={() => dispatch({ type: 'setLanguage', language: 'zh' })}
        >
          中文
        </Toggle>
      </div>
    </div>
  );
});
