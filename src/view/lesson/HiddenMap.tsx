import type { CSSProperties } from 'react';

/**
 * A map a lesson's question keeps hidden: the map's place and size, a question mark, and
 * none of its numbers (no cells, no canvas, no data-value) until the teacher reveals it.
 */
export function HiddenMap(props: {
  readonly mapId: string;
  readonly height: number;
  readonly width: number;
  readonly label: string;
}) {
  const { mapId, height, width, label } = props;
  return (
    <div
      className="heatmap hidden-map"
      data-map={mapId}
      data-hidden="true"
      role="img"
      aria-label={label}
      style={{ '--cols': width, '--rows': height } as CSSProperties}
    >
      <span aria-hidden="true">?</span>
    </div>
  );
}
