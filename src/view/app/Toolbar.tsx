import { useMessages } from '../../i18n/I18nContext';
import type { ReactNode } from 'react';
import type { Action, AppState } from '../../state';

interface ToolbarProps {
  readonly state: AppState;
  readonly dispatch: (action: Action) => void;
  readonly children?: ReactNode;
}

/** A button that stays pressed while its option is on. */
function Toggle(props: {
  pressed: boolean;
  onClick: () => void;
  title?: string;
  children: string;
}) {
  return (
    <button type="button" aria-pressed={props.pressed} title={props.title} onClick={props.onClick}>
      {props.children}
    </button>
  );
}

/** Reset, settings, colour mode, value labels and language. */
export function Toolbar({ state, dispatch, children }: ToolbarProps) {
  const t = useMessages();
  const { colorMode, showValues } = state.display;
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
          pressed={state.language === 'en'}
          onClick={() => dispatch({ type: 'setLanguage', language: 'en' })}
        >
          English
        </Toggle>
        <Toggle
          pressed={state.language === 'zh'}
          onClick={() => dispatch({ type: 'setLanguage', language: 'zh' })}
        >
          中文
        </Toggle>
      </div>
    </div>
  );
}
