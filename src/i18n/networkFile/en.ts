import { refusalText } from '../../state/stateFromNetworkRefusal';
import type { NetworkFileMessages } from './messages';

export const networkFileEn: NetworkFileMessages = {
  exportNetwork: 'Network (JSON)',
  exportNetworkTitle:
    "The page's network as a network file: the picture's size, every kernel, setting, vote and class name. Open it here again, or read it with the core's classify.",
  importNetwork: 'Open network…',
  importNetworkTitle:
    'Open a network file (JSON, as the export writes it) to show its kernels, settings and votes; you can also drop it on the page.',
  noNetwork: 'These settings make no network, so there is no network file to export.',
  opened: (name) => `Opened the network of ${name}. Undo goes back.`,
  notOpened: (name, error) => {
    switch (error.kind) {
      case 'json':
        return `${name} is not JSON, nothing changed: ${error.message}`;
      case 'network':
        return `${name} is not a network file, nothing changed: ${error.message}`;
      case 'page':
        return `The page cannot show the network of ${name}, nothing changed: ${refusalText(error.refusal)}`;
    }
  },
  refusal: refusalText,
  dismiss: 'Dismiss',
  programs: 'Program',
  programMaps: "The first block's maps",
  programNetwork: 'The whole network',
  networkCodeAbout:
    "Every block, the votes and the softmax, with the page's picture and weights: it prints each class's probability, the numbers of the decision on this page.",
};
