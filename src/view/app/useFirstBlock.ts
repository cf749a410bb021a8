import { useCallback, useMemo } from 'react';
import type { Matrix } from '../../core';
import { firstBlockOf } from '../../present/firstBlock';
import { stackedKernels, stageDomains } from '../../present/stageDomains';
import { scaleForMap, stageScales, type StageKey } from '../../present/stageScales';
import type { AppState } from '../../state';

/**
 * The first block's maps and their colour scales, derived from the state on render: the
 * pipeline's results (a colour picture's three channels summed), the colour parts the views
 * draw, one fixed scale per stage, and the scale of any one map.
 */
export function useFirstBlock(
  state: Pick<AppState, 'input' | 'kernels' | 'config' | 'color' | 'display'>,
) {
  const { input, kernels, config, color, display } = state;
  // A colour picture (issue 11): every kernel sums its three slices over the three channels.
  // Computed once a state: the maps repainting from the store read the same results.
  const { parts, results } = useMemo(
    () => firstBlockOf({ input, kernels, config, color }),
    [input, kernels, config, color],
  );
  const stacks = parts?.stacks;
  const scales = useMemo(
    () =>
      stageScales(
        stageDomains(stacks ? stackedKernels(stacks) : kernels, config),
        display.colorMap,
      ),
    [kernels, stacks, config, display.colorMap],
  );
  const scaleFor = useCallback(
    (stage: StageKey, map: Matrix | null) =>
      scaleForMap(display.colorMode, scales, stage, map, display.colorMap),
    [display.colorMode, scales, display.colorMap],
  );
  return { parts, results, scales, scaleFor };
}
