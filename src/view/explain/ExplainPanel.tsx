import { memo, useRef, type ReactNode } from 'react';
import { useMessages } from '../../i18n/I18nContext';
import type { Messages } from '../../i18n/messages';
import type { Explanation } from '../../present/explain';
import { formatTick, formatValue, formatWeight } from '../../present/format';
import { useTouchOnly } from '../shared/useTouchOnly';
import { useReservedHeight } from './useReservedHeight';
import { COLOR_CHANNELS } from '../../state/colorChannels';

/** A number in an equation: whole numbers bare ("7", "+1"), others with two decimals. */
const num = formatTick;

function ConvBody({
  e,
  t,
}: {
  readonly e: Extract<Explanation, { kind: 'conv' }>;
  readonly t: Messages;
}) {
  const ones = e.terms.filter((x) => x.product === 1).length;
  const binary = !e.channels && e.terms.every((x) => Math.abs(x.product) === 1 || x.padding);
  const products = (terms: Extract<Explanation, { kind: 'conv' }>['terms']) => (
    <div className="products" style={{ gridTemplateColumns: `repeat(${e.kernelWidth}, auto)` }}>
      {terms.map((x, i) => (
        <div
          key={i}
          className={`product${x.product > 0 ? ' plus' : x.product < 0 ? ' minus' : ''}`}
          data-product={String(x.product)}
          data-padding={x.padding ? 'true' : undefined}
        >
          <span className="product-value">{formatWeight(x.product)}</span>
          <span className="product-terms">
            {x.padding ? t.padding : formatWeight(x.input)} × {formatWeight(x.weight)}
          </span>
        </div>
      ))}
    </div>
  );
  return (
    <>
      <p className="explain-caption">{t.productsCaption}</p>
      <div className="explain-work">
        {e.channels ? (
          <div className="channel-products">
            {e.channels.map((c, i) => (
              <figure key={i} data-channel={COLOR_CHANNELS[i]}>
                <figcaption>
                  {t.color.channelMap(COLOR_CHANNELS[i]!)} = <b>{num(c.sum)}</b>
                </figcaption>
                {products(c.terms)}
              </figure>
            ))}
          </div>
        ) : (
          products(e.terms)
        )}
        <div className="explain-sum">
          <p className="equation">
            {e.channels && (
              <>
                {e.channels.map((c) => num(c.sum)).join(' + ')} ({t.color.sumNote}) ={' '}
              </>
            )}
            {t.sumOfProducts} <b data-sum={String(e.sum)}>{num(e.sum)}</b>
            {e.divisor !== 1 && <> ÷ {e.divisor}</>}
            {e.bias !== 0 && <> + {num(e.bias)}</>} ={' '}
            <b className="result" data-result={String(e.result)}>
              {formatValue(e.result)}
            </b>
          </p>
          {binary && <p className="explain-note">{t.matches(ones, e.terms.length)}</p>}
        </div>
      </div>
    </>
  );
}

function PoolBody({
  e,
  t,
}: {
  readonly e: Extract<Explanation, { kind: 'pool' }>;
  readonly t: Messages;
}) {
  const values = e.window.filter((w) => w.state !== 'absent');
  return (
    <>
      <p className="explain-caption">
        {t.windowOf(
          e.source === 'conv' ? t.featureMap(e.k + 1) : t.activatedMap(e.k + 1, e.activation),
        )}
      </p>
      <div className="explain-work">
        <div className="products" style={{ gridTemplateColumns: `repeat(${e.size}, auto)` }}>
          {e.window.map((w, i) => (
            <div
              key={i}
              className={`product${i === e.winner ? ' winner' : ''}${w.state !== 'value' ? ' pad' : ''}`}
              data-window-value={w.state === 'absent' ? undefined : String(w.value)}
              data-padding={w.state === 'padding' ? 'true' : undefined}
              data-winner={i === e.winner ? 'true' : undefined}
            >
              <span className="product-value">
                {w.state === 'absent' ? t.absent : formatValue(w.value)}
              </span>
              <span className="product-terms">
                {w.state === 'padding' ? t.padding : i === e.winner ? t.largest : '\u00a0'}
              </span>
            </div>
          ))}
        </div>
        <p className="equation">
          {e.pool === 'max' ? 'max' : t.meanOf(values.length)} ={' '}
          <b className="result" data-result={String(e.result)}>
            {formatValue(e.result)}
          </b>
        </p>
      </div>
    </>
  );
}

function ActBody({
  e,
  t,
}: {
  readonly e: Extract<Explanation, { kind: 'act' }>;
  readonly t: Messages;
}) {
  const f = e.activation === 'relu' ? 'max(0, ' : `${t.activationName(e.activation)}(`;
  return (
    <p className="equation big">
      {f}
      <span data-input={String(e.input)}>{formatValue(e.input)}</span>) ={' '}
      <b className="result" data-result={String(e.result)}>
        {formatValue(e.result)}
      </b>
    </p>
  );
}

function PixelBody({
  e,
  t,
}: {
  readonly e: Extract<Explanation, { kind: 'pixel' }>;
  readonly t: Messages;
}) {
  return (
    <>
      <p className="explain-note">{t.pixelIntro(formatWeight(e.value))}</p>
      <ul className="reach">
        {e.reach.map((r, k) => (
          <li key={k}>{t.pixelReach(k + 1, r.feature, r.pooled)}</li>
        ))}
      </ul>
    </>
  );
}

interface ExplainPanelProps {
  readonly explanation: Explanation | null;
  readonly title: string;
  readonly pinned: boolean;
  readonly onUnpin: () => void;
  readonly children?: ReactNode;
}

/** The arithmetic behind the probed cell, in the same numbers the maps show. */
export const ExplainPanel = memo(function ExplainPanel({
  explanation: e,
  title,
  pinned,
  onUnpin,
  children,
}: ExplainPanelProps) {
  const t = useMessages();
  const touch = useTouchOnly();
  const root = useRef<HTMLElement>(null);
  useReservedHeight(root);
  let body: ReactNode = (
    <p className="explain-hint">{touch ? t.explainHintTouch : t.explainHint}</p>
  );
  if (e?.kind === 'conv') body = <ConvBody e={e} t={t} />;
  if (e?.kind === 'pool') body = <PoolBody e={e} t={t} />;
  if (e?.kind === 'act') body = <ActBody e={e} t={t} />;
  if (e?.kind === 'pixel') body = <PixelBody e={e} t={t} />;
  return (
    <section
      ref={root}
      className="explain"
      data-explain={e?.kind ?? 'none'}
      aria-live="polite"
      aria-label={t.explainTitle}
    >
      <header className="explain-head">
        <h2>{e ? t.cellAt(title, e.row + 1, e.col + 1) : t.explainTitle}</h2>
        {pinned && (
          <button
            type="button"
            className="unpin"
            onClick={onUnpin}
            data-action="unpin"
            title={t.unpin}
          >
            {t.pinned} ✕
          </button>
        )}
      </header>
      {/* The space is reserved: a longer explanation scrolls in here, it never moves the
          step controls under it or makes the page taller. */}
      <div className="explain-body">{body}</div>
      {children}
    </section>
  );
});
