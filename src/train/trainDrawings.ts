import { tensorFromMatrix } from '../core';
import type { AppState } from '../state';
import type { TrainSettings } from './trainSettings';

/**
 * The settings with the class's drawings of the picture's size as training examples (those
 * of another size are left out: the network reads this size). The same settings without any.
 */
export function withDrawings(
  settings: TrainSettings,
  state: Pick<AppState, 'input' | 'drawings'>,
): TrainSettings {
  const { height, width } = state.input;
  const drawings = state.drawings
    .filter((d) => d.input.height === height && d.input.width === width)
    .map((d) => ({ input: tensorFromMatrix(d.input), label: d.label }));
  if (drawings.length === 0) {
    if (settings.drawings === undefined) return settings;
    const rest = { ...settings };
    delete rest.drawings;
    return rest;
  }
  return { ...settings, drawings };
}
