import { useEffect, useMemo, useRef, useState } from 'react';
import { LESSON_MESSAGES } from '../../i18n/lesson';
import { NETWORK_VARIANTS } from '../../lesson/invarianceNetworks';
import { galleryPictures, PICTURE_VARIANTS } from '../../lesson/invarianceVariants';
import { truthOf, type LabRow } from '../../lesson/invarianceTable';
import type { AppState, Store } from '../../state';
import { Thumbnail } from './Thumbnail';
import { useLabRows } from './useLabRows';

const percent = (v: number) => `${Math.round(v * 100)} %`;

/**
 * "Why pooling helps": the gallery of variants of the page's picture, each with the page's
 * verdict, and the table of the same gallery judged by networks that differ in one thing,
 * with the share each gets right. A picture or a network opens on the page (one undo step).
 */
export function InvarianceLab(props: { readonly store: Store; readonly onClose: () => void }) {
  const { store, onClose } = props;
  const [state] = useState(() => store.getState());
  const t = LESSON_MESSAGES[state.language];
  const ref = useRef<HTMLDialogElement>(null);
  useEffect(() => {
    const dialog = ref.current;
    if (dialog && !dialog.open) dialog.showModal();
  }, []);
  const pictures = useMemo(() => galleryPictures(state.input), [state.input]);
  const truth = useMemo(() => truthOf(state), [state]);
  const rows = useLabRows(state);
  const open = (next: AppState) => {
    store.dispatch({ type: 'load', state: next });
    ref.current?.close();
  };
  const name = (label: number) => state.classes[label] ?? String(label);
  const page = rows[0];
  const total = pictures.length - 1;
  const rightText = (row: LabRow) =>
    row.verdicts ? t.right(row.right, total, percent(row.share)) : t.noNetwork;
  return (
    <dialog
      ref={ref}
      className="share-dialog invariance-lab"
      aria-labelledby="lab-title"
      onClose={onClose}
      data-invariance-lab=""
    >
      <header>
        <h2 id="lab-title">{t.labTitle}</h2>
        <button type="button" aria-label={t.close} onClick={() => ref.current?.close()}>
          ✕
        </button>
      </header>
      <p className="note">{truth === null ? t.labNoTruth : t.labAbout(name(truth))}</p>
      <ul className="lab-gallery">
        {PICTURE_VARIANTS.map((v, i) => {
          const verdict = page?.verdicts?.[i];
          const label = t.picture(v.change);
          return (
            <li key={v.id} data-variant={v.id} data-right={verdict && verdict.label === truth}>
              <button
                type="button"
                data-open-picture={v.id}
                title={t.openPicture(label)}
                onClick={() => open({ ...state, input: pictures[i]! })}
              >
                <Thumbnail picture={pictures[i]!} />
                <span className="lab-name">{label}</span>
                {verdict && (
                  <span className="lab-verdict" data-verdict={name(verdict.label)}>
                    {t.verdict(name(verdict.label), percent(verdict.confidence))}
                  </span>
                )}
              </button>
            </li>
          );
        })}
      </ul>
      {page && <p className="lab-page-right">{rightText(page)}</p>}
      <div className="lab-table-wrap">
        <table className="lab-table">
          <thead>
            <tr>
              <th scope="col">{t.networkColumn}</th>
              {PICTURE_VARIANTS.map((v, i) => (
                <th key={v.id} scope="col" title={t.picture(v.change)}>
                  <Thumbnail picture={pictures[i]!} />
                </th>
              ))}
              <th scope="col">{t.rightColumn}</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((row, r) => (
              <LabTableRow
                key={r}
                row={row}
                name={name}
                truth={truth}
                rightText={rightText}
                columns={PICTURE_VARIANTS.length}
                onOpen={open}
                t={t}
                variant={NETWORK_VARIANTS[r]!}
              />
            ))}
          </tbody>
        </table>
      </div>
    </dialog>
  );
}

function LabTableRow(props: {
  readonly row: LabRow | null;
  readonly variant: LabRow['variant'];
  readonly name: (label: number) => string;
  readonly truth: number | null;
  readonly rightText: (row: LabRow) => string;
  readonly columns: number;
  readonly onOpen: (state: AppState) => void;
  readonly t: (typeof LESSON_MESSAGES)['en'];
}) {
  const { row, variant, name, truth, rightText, columns, onOpen, t } = props;
  const label = t.network(variant);
  return (
    <tr data-network={variant} data-state={row ? 'done' : 'learning'} data-right={row?.right}>
      <th scope="row">
        <button
          type="button"
          data-open-network={variant}
          title={t.openNetwork(label)}
          disabled={!row?.verdicts}
          onClick={() => row && onOpen(row.state)}
        >
          {label}
        </button>
      </th>
      {row?.verdicts ? (
        row.verdicts.map((v, i) => (
          <td key={i} data-ok={v.label === truth}>
            {name(v.label)}
            <small>{Math.round(v.confidence * 100)}</small>
          </td>
        ))
      ) : (
        <td colSpan={columns} className="lab-learning">
          {row ? t.noNetwork : t.learning}
        </td>
      )}
      <td className="lab-right">{row ? rightText(row) : ''}</td>
    </tr>
  );
}
