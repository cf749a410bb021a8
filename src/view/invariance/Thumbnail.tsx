import { useLayoutEffect, useRef } from 'react';
import type { Matrix } from '../../core';
import { grayScale } from '../../present/grayScale';
import { paintCanvas } from '../maps/paintCanvas';

const SCALE = grayScale([-1, 1]);

/** A small picture drawn on a canvas, one pixel a cell, -1 black to +1 white. */
export function Thumbnail({ picture }: { readonly picture: Matrix }) {
  const ref = useRef<HTMLCanvasElement>(null);
  useLayoutEffect(() => {
    if (ref.current) paintCanvas(ref.current, picture, SCALE);
  }, [picture]);
  return <canvas ref={ref} className="lab-thumb" aria-hidden="true" />;
}
