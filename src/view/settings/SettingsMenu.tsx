import {
  useEffect,
  useRef,
  useState,
  type KeyboardEvent as ReactKeyboardEvent,
  type ReactNode,
} from 'react';
import { useMessages } from '../../i18n/I18nContext';

/** Keeps Tab inside an open menu: from its last control back to its button, and the reverse. */
function trapTab(menu: HTMLElement, e: ReactKeyboardEvent<HTMLElement>) {
  const focusable = Array.from(
    menu.querySelectorAll<HTMLElement>(
      'summary, button:not(:disabled), input:not(:disabled), select:not(:disabled), textarea, [tabindex="0"]',
    ),
  ).filter((el) => !el.closest('[hidden]'));
  const first = focusable[0];
  const last = focusable[focusable.length - 1];
  if (!first || !last) return;
  if (!e.shiftKey && document.activeElement === last) {
    e.preventDefault();
    first.focus();
  } else if (e.shiftKey && document.activeElement === first) {
    e.preventDefault();
    last.focus();
  }
}

/**
 * A button that opens a panel (settings, export) over the page (a native <details>, so it works without
 * scripts and from the keyboard); Escape or a click outside closes it.
 */
export function SettingsMenu({
  label,
  id = 'settings',
  children,
}: {
  readonly label: string;
  readonly id?: string;
  readonly children: ReactNode;
}) {
  const t = useMessages();
  const ref = useRef<HTMLDetailsElement>(null);
  // The panel renders only while open: closed, it costs a click nothing.
  const [open, setOpen] = useState(false);
  useEffect(() => {
    const close = (e: Event) => {
      const el = ref.current;
      if (!el?.open) return;
      const escape = e instanceof KeyboardEvent && e.key === 'Escape';
      if (escape || (!(e instanceof KeyboardEvent) && !el.contains(e.target as Node))) {
        // Escape from inside the panel gives the focus back to the menu's button, not the body.
        const hadFocus = el.contains(document.activeElement);
        el.open = false;
        if (escape && hadFocus) el.querySelector('summary')?.focus();
      }
    };
    document.addEventListener('keydown', close);
    document.addEventListener('pointerdown', close);
    return () => {
      document.removeEventListener('keydown', close);
      document.removeEventListener('pointerdown', close);
    };
  }, []);
  return (
    <details
      className="settings"
      ref={ref}
      data-menu={id}
      data-settings={id === 'settings' ? '' : undefined}
      onToggle={(e) => setOpen(e.currentTarget.open)}
      onKeyDown={(e) => {
        if (e.key === 'Tab' && ref.current?.open) trapTab(ref.current, e);
      }}
    >
      <summary>{label} ▾</summary>
      <div className="settings-popover">
        <button
          type="button"
          className="close"
          aria-label={t.close}
          onClick={() => {
            ref.current?.removeAttribute('open');
            ref.current?.querySelector('summary')?.focus();
          }}
        >
          ✕
        </button>
        {open && children}
      </div>
    </details>
  );
}
