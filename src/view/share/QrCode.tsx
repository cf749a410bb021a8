import { memo } from 'react';
import { qrPath, QUIET_ZONE } from './qrMatrix';

/**
 * A QR code drawn as SVG: white quiet zone, black modules, edges kept crisp, scaled by CSS
 * to whatever the dialog gives it. `data-modules` holds the modules a side.
 */
export const QrCode = memo(function QrCode({
  size,
  dark,
  label,
}: {
  readonly size: number;
  readonly dark: readonly boolean[];
  readonly label: string;
}) {
  const side = size + 2 * QUIET_ZONE;
  return (
    <svg
      className="qr"
      viewBox={`0 0 ${side} ${side}`}
      shapeRendering="crispEdges"
      role="img"
      aria-label={label}
      data-modules={size}
    >
      <rect width={side} height={side} fill="#fff" />
      <path d={qrPath(size, dark)} fill="#000" />
    </svg>
  );
});
