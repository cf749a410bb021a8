import { memo, useMemo, useRef, useState } from 'react';
import type { KernelResult, Matrix } from '../../core';
import { firstBlockOf } from '../../present/firstBlock';
import { mapFigure, type Figure } from '../../export/figure';
import { wholeFigure, type FigureStage } from '../../export/wholeFigure';
import { numbersJson } from '../../export/numbersJson';
import { toSvg } from '../../export/svg';
import { useMessages } from '../../i18n/I18nContext';
import type { AppState, Store } from '../../state';
import { useStoreState } from '../app/useStore';
import { CodeDialog } from './CodeDialog';
import { mapChoices } from './mapChoices';
import { NetworkFileRow } from './NetworkFileRow';
import { NetworkImport } from './NetworkImport';
import { downloadBlob, downloadText, figureToPngBlob } from './exportImage';
import type { GrayScale } from '../../present/grayScale';
import { SettingsMenu } from '../settings/SettingsMenu';
import { stageTitles } from '../../present/stages';

type ScaleFor = (stage: FigureStage, map: Matrix) => GrayScale;

interface ExportPanelProps {
  readonly state: AppState;
  readonly results: readonly KernelResult[];
  readonly scaleFor: ScaleFor;
  readonly mapId: string;
  readonly setMapId: (id: string) => void;
  readonly onCode: () => void;
  readonly onOpenNetwork: () => void;
}

/** The open export menu's choices, for the state of the moment. */
function ExportPanel(props: ExportPanelProps) {
  const { state, results, scaleFor, mapId, setMapId, onCode, onOpenNetwork } = props;
  const t = useMessages();
  const { input, kernels, config, display } = state;
  const choices = mapChoices(t, input, kernels, results, config.activation);
  const chosen = choices.find((c) => c.id === mapId) ?? choices[0]!;

  const figure = (): Figure =>
    wholeFigure({
      input,
      kernels,
      results,
      scaleFor,
      showValues: display.showValues,
      noOutput: t.noOutput,
      order: config.order,
      ops: {
        conv: (n) => {
          const kernel = kernels[n - 1];
          return t.opConv(config.conv.normalize && kernel ? kernel.height * kernel.width : 1);
        },
        pool: t.opPool(config.pool.kind, config.pool.size),
        activation: t.activationName(config.activation),
        fromFeature: t.opFromFeature,
      },
      titles: {
        input: t.input,
        kernel: (n) => t.kernel(n),
        feature: (n) => t.featureMap(n),
        pooled: (n) => t.pooledMap(n),
        activated: (n) => t.activatedMap(n, config.activation),
        stages: stageTitles(t, config),
      },
    });
  const single = (): Figure =>
    mapFigure(
      chosen.map,
      scaleFor(chosen.stage, chosen.map),
      `${chosen.title} · ${chosen.map.height}x${chosen.map.width}`,
      {
        showValues: display.showValues,
      },
    );
  const png = async (f: Figure, name: string) => downloadBlob(await figureToPngBlob(f, 2), name);
  const svg = (f: Figure, name: string) => downloadText(toSvg(f), name, 'image/svg+xml');

  return (
    <div className="export-panel">
      <p className="export-row">
        <span>{t.wholeFigure}</span>
        <button
          type="button"
          data-export="figure-png"
          onClick={() => void png(figure(), 'cnn-playground.png')}
        >
          {t.png}
        </button>
        <button
          type="button"
          data-export="figure-svg"
          onClick={() => svg(figure(), 'cnn-playground.svg')}
        >
          {t.svg}
        </button>
      </p>
      <p className="export-row">
        <span>{t.oneMap}</span>
        <select
          aria-label={t.mapToExport}
          value={chosen.id}
          onChange={(e) => setMapId(e.target.value)}
        >
          {choices.map((c) => (
            <option key={c.id} value={c.id}>
              {c.title}
            </option>
          ))}
        </select>
        <button
          type="button"
          data-export="map-png"
          onClick={() => void png(single(), `${chosen.id}.png`)}
        >
          {t.png}
        </button>
        <button
          type="button"
          data-export="map-svg"
          onClick={() => svg(single(), `${chosen.id}.svg`)}
        >
          {t.svg}
        </button>
      </p>
      <p className="export-row">
        <button
          type="button"
          data-export="json"
          onClick={() =>
            downloadText(numbersJson(state, results), 'cnn-playground.json', 'application/json')
          }
        >
          {t.numbers}
        </button>
        <button type="button" data-export="code" onClick={onCode}>
          {t.showCode}
        </button>
      </p>
      <NetworkFileRow state={state} onOpen={onOpenNetwork} />
    </div>
  );
}

/** The export panel, subscribed to the store: it renders only while the menu is open. */
function StoreExportPanel(props: Omit<ExportPanelProps, 'state' | 'results'> & { store: Store }) {
  const { store, ...rest } = props;
  const state = useStoreState(store);
  const { input, kernels, config, color } = state;
  // The page's own run of the first block (the same state's maps are computed once).
  const results = useMemo(
    () => firstBlockOf({ input, kernels, config, color }).results,
    [input, kernels, config, color],
  );
  return <ExportPanel state={state} results={results} {...rest} />;
}

function StoreCodeDialog({
  store,
  onClose,
}: {
  readonly store: Store;
  readonly onClose: () => void;
}) {
  return <CodeDialog state={useStoreState(store)} onClose={onClose} />;
}

/**
 * Figures for slides (PNG at 2x, SVG), every number as JSON, and the Python that makes them.
 * Closed, the menu reads nothing of the state, so a click on the picture does not render it.
 */
export const ExportMenu = memo(function ExportMenu({
  store,
  scaleFor,
}: {
  readonly store: Store;
  readonly scaleFor: ScaleFor;
}) {
  const t = useMessages();
  const [mapId, setMapId] = useState('input');
  const [code, setCode] = useState(false);
  const networkInput = useRef<HTMLInputElement>(null);
  return (
    <>
      <SettingsMenu label={t.exportMenu} id="export">
        <StoreExportPanel
          store={store}
          scaleFor={scaleFor}
          mapId={mapId}
          setMapId={setMapId}
          onCode={() => setCode(true)}
          onOpenNetwork={() => networkInput.current?.click()}
        />
      </SettingsMenu>
      <NetworkImport store={store} fileInput={networkInput} />
      {code && <StoreCodeDialog store={store} onClose={() => setCode(false)} />}
    </>
  );
});
