import { memo, useState } from 'react';
import type { Matrix } from '../../core';
import { useMessages } from '../../i18n/I18nContext';
import { LIMITS, type HistoryAction } from '../../state';
import {
  KERNEL_PRESETS,
  kernelPreset,
  presetOf,
  resizeKernel,
  type KernelPreset,
} from '../../state/kernelPresets';
import { NumberField } from '../shared/NumberField';

interface KernelControlsProps {
  readonly k: number;
  readonly kernel: Matrix;
  readonly count: number;
  readonly dispatch: (action: HistoryAction) => void;
}

const SIZES = Array.from({ length: LIMITS.kernelSize[1] }, (_, i) => i + 1);

/**
 * Under each kernel: its preset (with a one-line description), its size, a field per weight
 * to type any number, and removal. Clicking a weight on the kernel itself cycles it.
 */
export const KernelControls = memo(function KernelControls({
  k,
  kernel,
  count,
  dispatch,
}: KernelControlsProps) {
  const t = useMessages();
  const [typing, setTyping] = useState(false);
  const [messages, setMessages] = useState<HTMLDivElement | null>(null);
  const preset = presetOf(kernel);
  const n = k + 1;
  return (
    <div className="kernel-controls" data-kernel-controls={k}>
      <div className="kernel-buttons">
        <select
          aria-label={t.kernelPresetLabel(n)}
          value={preset ?? 'custom'}
          title={preset ? t.kernelPresetAbout(preset) : t.customKernel}
          onChange={(e) => {
            const name = e.target.value as KernelPreset;
            if (KERNEL_PRESETS.includes(name))
              dispatch({ type: 'setKernel', k, kernel: kernelPreset(name) });
          }}
        >
          {!preset && <option value="custom">{t.customKernel}</option>}
          {KERNEL_PRESETS.map((p) => (
            <option key={p} value={p} title={t.kernelPresetAbout(p)}>
              {t.kernelPresetName(p)}
            </option>
          ))}
        </select>
        <select
          aria-label={t.kernelSizeLabel(n)}
          value={kernel.height === kernel.width ? kernel.height : ''}
          onChange={(e) =>
            dispatch({ type: 'setKernel', k, kernel: resizeKernel(kernel, Number(e.target.value)) })
          }
        >
          {kernel.height !== kernel.width && (
            <option value="">{`${kernel.height}x${kernel.width}`}</option>
          )}
          {SIZES.map((s) => (
            <option key={s} value={s}>{`${s}x${s}`}</option>
          ))}
        </select>
        <button
          type="button"
          aria-pressed={typing}
          aria-label={t.typeWeights(n)}
          title={t.typeWeights(n)}
          onClick={() => setTyping(!typing)}
        >
          123
        </button>
        <button
          type="button"
          aria-label={t.removeKernel(n)}
          title={t.removeKernel(n)}
          data-action="remove-kernel"
          disabled={count <= LIMITS.kernels[0]}
          onClick={(e) => {
            const board = e.currentTarget.closest('.stages');
            dispatch({ type: 'removeKernel', k });
            // The button goes with its kernel (or moves to another one): keep the focus on the
            // board, on the remove button of the kernel now in this place, or the one before.
            setTimeout(() => {
              const at = Math.min(k, count - 2);
              const next = board?.querySelector<HTMLElement>(
                `[data-kernel="${at}"] [data-action="remove-kernel"]:not(:disabled)`,
              );
              (next ?? board?.querySelector<HTMLElement>('[data-action="add-kernel"]'))?.focus();
            }, 0);
          }}
        >
          ✕
        </button>
      </div>
      {preset && <p className="kernel-about">{t.kernelPresetAbout(preset)}</p>}
      {typing && (
        <div className="weights" data-weights={k}>
          <div
            className="weights-grid"
            style={{ gridTemplateColumns: `repeat(${kernel.width}, auto)` }}
          >
            {Array.from(kernel.data, (w, i) => (
              <NumberField
                key={`${kernel.height}x${kernel.width}-${i}`}
                name={`weight-${k}-${i}`}
                label={t.weightLabel(Math.floor(i / kernel.width) + 1, (i % kernel.width) + 1)}
                className="weight"
                value={w}
                messageHost={messages}
                onValid={(value) =>
                  dispatch({ type: 'setWeight', k, index: i, value, group: `weight ${k} ${i}` })
                }
              />
            ))}
          </div>
          {/* Under the grid, in the flow: a message covers none of the weights. */}
          <div className="weights-messages" ref={setMessages} />
        </div>
      )}
    </div>
  );
});
