import type { Language } from '../../state/appState';
import { networkFileEn } from './en';
import { networkFileZh } from './zh';
import type { NetworkFileError } from '../../export/networkFile';
import type { NetworkRefusal } from '../../state/stateFromNetwork';

/** The text of the network file's export and import (src/view/export/NetworkFile*.tsx). */
export interface NetworkFileMessages {
  /** The export menu's item. */
  readonly exportNetwork: string;
  readonly exportNetworkTitle: string;
  /** The button that opens a network file. */
  readonly importNetwork: string;
  readonly importNetworkTitle: string;
  /** The page's settings make no network: nothing to export. */
  readonly noNetwork: string;
  readonly opened: (name: string) => string;
  readonly notOpened: (name: string, error: NetworkFileError) => string;
  /** Why the page cannot show a valid network, naming the layer. */
  readonly refusal: (r: NetworkRefusal) => string;
  readonly dismiss: string;
  /** The code dialog's choice of program: the first block's maps, or the whole network. */
  readonly programs: string;
  readonly programMaps: string;
  readonly programNetwork: string;
  readonly networkCodeAbout: string;
}

/** The network file's text in each language. */
export const NETWORK_FILE_MESSAGES: Record<Language, NetworkFileMessages> = {
  en: networkFileEn,
  zh: networkFileZh,
};
