import { memo } from 'react';
/** The step-through control icons, drawn as SVG so they render without an emoji font. */
const PATHS = {
  back: 'M3 3h2v10H3zM13 3v10L6 8z',
  play: 'M4 3v10l9-5z',
  pause: 'M4 3h3v10H4zM9 3h3v10H9z',
  forward: 'M11 3h2v10h-2zM3 3v10l7-5z',
  stop: 'M4 4h8v8H4z',
} as const;

export const Icon = memo(function Icon({ name }: { readonly name: keyof typeof PATHS }) {
  return (
    <svg width="14" height="14" viewBox="0 0 16 16" aria-hidden="true" focusable="false">
      <path d={PATHS[name]} fill="currentColor" />
    </svg>
  );
});
