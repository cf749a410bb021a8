import { networkToJson, parseNetwork } from '../core';
import type { AppState } from '../state/appState';
import { decisionNetwork } from '../state/decisionNetwork';
import { stateFromNetwork, type NetworkRefusal } from '../state/stateFromNetwork';

/** The name the page's network file is downloaded as. */
export const NETWORK_FILE_NAME = 'cnn-playground-network.json';

/**
 * The page's network as a network file (the core's format, pretty JSON): the picture's size,
 * every kernel, setting, vote and class name, so that `classify` on it gives the page's
 * probabilities. Null when the page's settings make no network (the page says why).
 */
export function networkFileText(state: AppState): string | null {
  const made = decisionNetwork(state);
  if ('problem' in made) return null;
  return `${JSON.stringify(networkToJson(made.network), null, 2)}\n`;
}

/** Why a network file was not opened. */
export type NetworkFileError =
  /** Not JSON at all: the parser's message. */
  | { readonly kind: 'json'; readonly message: string }
  /** Not a valid network: parseNetwork's message, naming the layer, the field and the value. */
  | { readonly kind: 'network'; readonly message: string }
  /** A valid network the page cannot show: why, naming the layer. */
  | { readonly kind: 'page'; readonly refusal: NetworkRefusal; readonly message: string };

/** The page's state for a network file's text, or why it cannot be opened (`base` unchanged). */
export function readNetworkFile(
  text: string,
  base: AppState,
): { readonly state: AppState } | { readonly error: NetworkFileError } {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (e) {
    return { error: { kind: 'json', message: e instanceof Error ? e.message : String(e) } };
  }
  let net;
  try {
    net = parseNetwork(json);
  } catch (e) {
    const message = (e instanceof Error ? e.message : String(e)).replace(/^parseNetwork: /, '');
    return { error: { kind: 'network', message } };
  }
  const state = stateFromNetwork(net, base);
  if ('problem' in state) {
    return { error: { kind: 'page', refusal: state.refusal, message: state.problem } };
  }
  return { state };
}

/** True for a file that is a network file by its name or type (not a picture). */
export function isNetworkFile(file: { readonly name: string; readonly type: string }): boolean {
  return file.type === 'application/json' || file.name.toLowerCase().endsWith('.json');
}
