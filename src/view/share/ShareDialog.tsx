import { useEffect, useMemo, useRef, useState } from 'react';
import { useMessages } from '../../i18n/I18nContext';
import { QrCode } from './QrCode';
import { linkReach } from './linkReach';
import { qrMatrix } from './qrMatrix';

/**
 * Codes with more modules a side than version 16 (81) are hard to scan across a room: at
 * 1280x720 a module is then under 7 px.
 */
const DENSE = 81;

type Copy = 'idle' | 'copied' | 'failed';

/**
 * "Share with the class": the page's link, a button that copies it, and its QR code as large
 * as the screen allows; or, for a link no QR code can hold, says so and what to do instead.
 */
export function ShareDialog({
  link,
  onClose,
}: {
  readonly link: string;
  readonly onClose: () => void;
}) {
  const t = useMessages().share;
  const ref = useRef<HTMLDialogElement>(null);
  const linkRef = useRef<HTMLTextAreaElement>(null);
  const [copy, setCopy] = useState<Copy>('idle');
  const qr = useMemo(() => qrMatrix(link), [link]);
  const reach = linkReach(link);
  useEffect(() => {
    const dialog = ref.current;
    if (dialog && !dialog.open) dialog.showModal();
  }, []);
  const onCopy = () => {
    const fallback = () => {
      linkRef.current?.select();
      setCopy('failed');
    };
    if (!navigator.clipboard) return fallback();
    navigator.clipboard.writeText(link).then(() => setCopy('copied'), fallback);
  };
  return (
    <dialog
      ref={ref}
      className="share-dialog"
      aria-labelledby="share-title"
      onClose={onClose}
      data-share-dialog
    >
      <header>
        <h2 id="share-title">{t.dialogTitle}</h2>
        <button type="button" aria-label={t.close} onClick={() => ref.current?.close()}>
          ✕
        </button>
      </header>
      <div className="share-body">
        {qr.kind === 'ok' ? (
          <div className="share-qr" data-share-qr data-level={qr.level}>
            <QrCode size={qr.size} dark={qr.dark} label={t.qrLabel(qr.size)} />
          </div>
        ) : (
          <p className="share-too-long" role="alert" data-share-too-long>
            {t.tooLong(qr.bytes, qr.max)}
          </p>
        )}
        <div className="share-side">
          {qr.kind === 'ok' && <p className="share-hint">{t.scanHint}</p>}
          <label className="share-link">
            <span>{t.linkLabel}</span>
            <textarea
              ref={linkRef}
              readOnly
              rows={3}
              value={link}
              spellCheck={false}
              onFocus={(e) => e.currentTarget.select()}
              data-share-link
            />
          </label>
          <div className="share-copy">
            <button type="button" data-action="copy-link" onClick={onCopy}>
              {copy === 'copied' ? t.copied : t.copyLink}
            </button>
            <span className="note" data-link-length={link.length}>
              {t.linkLength(link.length)}
            </span>
          </div>
          {copy === 'failed' && (
            <p className="note" role="status">
              {t.copyFailed}
            </p>
          )}
          {reach !== 'network' && (
            <p className="share-warning" data-share-reach={reach}>
              {reach === 'file' ? t.fromFile : t.localOnly}
            </p>
          )}
          {qr.kind === 'ok' && qr.size > DENSE && <p className="note">{t.dense(qr.size)}</p>}
        </div>
      </div>
    </dialog>
  );
}
