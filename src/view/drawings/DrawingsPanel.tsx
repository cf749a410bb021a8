import { memo, useState } from 'react';
import { extent } from '../../core';
import { useMessages } from '../../i18n/I18nContext';
import { grayScale } from '../../present/grayScale';
import { validClasses } from '../../state/blocksCodec';
import { MAX_CLASSES, MAX_DRAWINGS } from '../../state/drawings';
import type { Store } from '../../state';
import { useStoreSelector } from '../app/useStore';
import { Heatmap } from '../maps/Heatmap';

/**
 * The class's own pictures for training: "Add this picture as X / O / ...", the drawings added
 * so far (removable), and the classes, to which the teacher can add one (up to five). Renders
 * only when the drawings, the classes or the picture's size change.
 */
export const DrawingsPanel = memo(function DrawingsPanel({ store }: { readonly store: Store }) {
  const t = useMessages().drawings;
  const classes = useStoreSelector(store, (s) => s.classes);
  const drawings = useStoreSelector(store, (s) => s.drawings);
  const height = useStoreSelector(store, (s) => s.input.height);
  const width = useStoreSelector(store, (s) => s.input.width);
  const [name, setName] = useState('');
  const [problem, setProblem] = useState(false);
  const { dispatch } = store;
  const addClass = () => {
    const trimmed = name.trim();
    if (!validClasses([...classes, trimmed])) return setProblem(true);
    dispatch({ type: 'addClass', name: trimmed });
    setName('');
    setProblem(false);
  };
  return (
    <section className="drawings" data-drawings={drawings.length} aria-labelledby="drawings-title">
      <h2 id="drawings-title">{t.title}</h2>
      <p className="drawings-about">{t.about(drawings.length, MAX_DRAWINGS)}</p>
      <div className="drawings-add" role="group" aria-label={t.addAs}>
        <span>{t.addAs}</span>
        {classes.map((c, i) => (
          <span key={c} className="drawings-class">
            <button
              type="button"
              data-action="add-drawing"
              data-class-name={c}
              title={t.addAsTitle(c)}
              disabled={drawings.length >= MAX_DRAWINGS}
              onClick={() => dispatch({ type: 'addDrawing', label: i })}
            >
              {c}
            </button>
            {i >= 2 && (
              <button
                type="button"
                data-action="remove-class"
                aria-label={t.removeClass(c)}
                title={t.removeClass(c)}
                onClick={() => dispatch({ type: 'removeClass', c: i })}
              >
                ✕
              </button>
            )}
          </span>
        ))}
        <form
          className="drawings-new-class"
          onSubmit={(e) => {
            e.preventDefault();
            addClass();
          }}
        >
          <input
            aria-label={t.newClass}
            placeholder={t.newClass}
            maxLength={16}
            value={name}
            disabled={classes.length >= MAX_CLASSES}
            onChange={(e) => setName(e.target.value)}
          />
          <button
            type="submit"
            data-action="add-class"
            title={t.addClassTitle}
            disabled={classes.length >= MAX_CLASSES || name.trim() === ''}
          >
            {t.addClass}
          </button>
        </form>
      </div>
      {problem && (
        <p className="drawings-problem" role="alert">
          {t.badName}
        </p>
      )}
      {drawings.length > 0 && (
        <ol className="drawings-list">
          {drawings.map((d, i) => {
            const label = classes[d.label] ?? '?';
            const sameSize = d.input.height === height && d.input.width === width;
            return (
              <li key={i} data-drawing={i} data-label={label}>
                <Heatmap
                  mapId={`drawing-${i}`}
                  matrix={d.input}
                  scale={grayScale(extent(d.input))}
                  showValues={false}
                  role="img"
                  aria-label={t.drawingLabel(i + 1, label)}
                />
                <span className="drawing-label">{label}</span>
                {!sameSize && (
                  <span className="drawing-size">{t.otherSize(d.input.height, d.input.width)}</span>
                )}
                <button
                  type="button"
                  data-action="remove-drawing"
                  aria-label={t.remove(i + 1, label)}
                  title={t.remove(i + 1, label)}
                  onClick={() => dispatch({ type: 'removeDrawing', index: i })}
                >
                  ✕
                </button>
              </li>
            );
          })}
        </ol>
      )}
    </section>
  );
});
