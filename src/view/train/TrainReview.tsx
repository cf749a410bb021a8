import { memo, useMemo, useState } from 'react';
import { extent, matrixFromTensor, type Example } from '../../core';
import { useMessages } from '../../i18n/I18nContext';
import { formatShare } from '../../present/decision';
import { grayScale } from '../../present/grayScale';
import type { Store } from '../../state';
import { useDecisionNetwork } from '../decision/useDecision';
import { trainData } from '../../train/trainData';
import { withDrawings } from '../../train/trainDrawings';
import { reviewTest } from '../../train/testReview';
import type { TrainSettings } from '../../train/trainSettings';
import { useStoreSelector } from '../app/useStore';
import { Heatmap } from '../maps/Heatmap';

/** Wrong test pictures shown, and training pictures a gallery page. */
const WRONG_SHOWN = 12;
const PAGE = 24;

function Thumbnail({ example, mapId, label }: { example: Example; mapId: string; label: string }) {
  const m = matrixFromTensor(example.input);
  return (
    <Heatmap
      mapId={mapId}
      matrix={m}
      scale={grayScale(extent(m))}
      showValues={false}
      role="img"
      aria-label={label}
    />
  );
}

/**
 * The training card's review, live with the page's network: the test set's confusion matrix,
 * the test pictures it still gets wrong (a click opens one on the page, one undo step), and a
 * paged gallery of the training set with its labels.
 */
export const TrainReview = memo(function TrainReview({
  store,
  settings,
}: {
  readonly store: Store;
  readonly settings: TrainSettings;
}) {
  const t = useMessages().review;
  const input = useStoreSelector(store, (s) => s.input);
  const classes = useStoreSelector(store, (s) => s.classes);
  const { made } = useDecisionNetwork(store);
  const drawings = useStoreSelector(store, (s) => s.drawings);
  const color = useStoreSelector(store, (s) => s.color);
  const channels = color ? 3 : 1;
  const [page, setPage] = useState(0);
  const { height, width } = input;
  const data = useMemo(() => {
    const { seed, trainCount, testCount } = settings;
    const extra = withDrawings(settings, { input, drawings }).drawings;
    return trainData(height, width, seed, trainCount, testCount, extra, channels);
    // The picture's pixels do not change the sets: only its size, channels and the drawings do.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [height, width, settings, drawings, channels]);
  const review = useMemo(() => {
    if (!data) return null;
    return 'network' in made ? reviewTest(made.network, data.test, classes.length) : null;
  }, [data, made, classes.length]);
  if (!data || !review) return null;
  const pages = Math.ceil(data.train.length / PAGE);
  const shown = Math.min(page, pages - 1);
  return (
    <div className="train-review">
      <figure className="confusion" data-confusion={JSON.stringify(review.confusion)}>
        <figcaption>
          {t.confusion} · {t.confusionAbout(review.right, data.test.length)}
        </figcaption>
        <table>
          <thead>
            <tr>
              <th scope="col">
                {t.isClass} → {t.guessed}
              </th>
              {classes.map((c) => (
                <th key={c} scope="col">
                  {c}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {review.confusion.map((row, label) => (
              <tr key={label}>
                <th scope="row">{classes[label]}</th>
                {row.map((n, guess) => (
                  <td key={guess} className={guess === label ? 'right' : n > 0 ? 'wrong' : ''}>
                    {n}
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </figure>
      <div className="wrong-pictures" data-wrong={review.wrong.length}>
        <p>{review.wrong.length === 0 ? t.noneWrong : t.wrong(review.wrong.length)}</p>
        <ul>
          {review.wrong.slice(0, WRONG_SHOWN).map((w) => {
            const example = data.test[w.index]!;
            const label = t.open(classes[w.label]!, classes[w.guess]!, formatShare(w.probability));
            return (
              <li key={w.index}>
                <button
                  type="button"
                  data-action="open-wrong"
                  data-test-index={w.index}
                  title={label}
                  aria-label={label}
                  onClick={() =>
                    store.dispatch({ type: 'setInput', input: matrixFromTensor(example.input) })
                  }
                >
                  <Thumbnail example={example} mapId={`wrong-${w.index}`} label={label} />
                  <span>
                    {classes[w.label]} → {classes[w.guess]}
                  </span>
                </button>
              </li>
            );
          })}
        </ul>
      </div>
      <div className="train-gallery" data-gallery-page={shown + 1}>
        <p>
          {t.gallery(data.train.length)} · {t.page(shown + 1, pages)}{' '}
          <button type="button" disabled={shown === 0} onClick={() => setPage(shown - 1)}>
            {t.previous}
          </button>{' '}
          <button
            type="button"
            data-action="gallery-next"
            disabled={shown >= pages - 1}
            onClick={() => setPage(shown + 1)}
          >
            {t.next}
          </button>
        </p>
        <ul>
          {data.train.slice(shown * PAGE, (shown + 1) * PAGE).map((e, i) => {
            const n = shown * PAGE + i;
            const name = classes[e.label] ?? '?';
            return (
              <li key={n} data-label={name}>
                <Thumbnail example={e} mapId={`train-${n}`} label={t.picture(n + 1, name)} />
                <span>{name}</span>
              </li>
            );
          })}
        </ul>
      </div>
    </div>
  );
});
