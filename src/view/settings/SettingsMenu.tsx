import { useEffect, useRef, useState, type ReactNode } from 'react';
import { useMessages } from '../../i18n/I18nContext';

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
      if (e instanceof KeyboardEvent ? e.key === 'Escape' : !el.contains(e.target as Node)) {
        el.open = false;
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
    >
      <summary>{label} ▾</summary>
      <div className="settings-popover">
        <button
          type="button"
          className="close"
          aria-label={t.close}
          onClick={() => ref.current?.removeAttribute('open')}
        >
          ✕
        </button>
        {open && children}
      </div>
    </details>
  );
}
