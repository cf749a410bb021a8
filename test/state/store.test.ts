import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it, vi } from 'vitest';
import { SEED_X } from '../../src/core';
import { createStore, reducer, seedState } from '../../src/state';

describe('createStore', () => {
  it('getState returns the initial state object until an action changes it', () => {
    const initial = seedState();
    const store = createStore(initial);
    expect(store.getState()).toBe(initial);
    store.dispatch({ type: 'paint', cells: [{ row: 0, col: 0 }], value: -1 });
    expect(store.getState()).toBe(initial);
  });

  it('getState returns what the reducer makes of the state and the action', () => {
    const initial = seedState();
    const store = createStore(initial);
    store.dispatch({ type: 'flip', cell: { row: 0, col: 0 } });
    const after = store.getState();
    expect(after).not.toBe(initial);
    expect(after.input.data[0]).toBe(1);
    expect(Array.from(after.input.data)).toEqual(
      Array.from(reducer(initial, { type: 'flip', cell: { row: 0, col: 0 } }).input.data),
    );
    store.dispatch({ type: 'setLanguage', language: 'zh' });
    expect(store.getState().language).toBe('zh');
    expect(store.getState().input).toBe(after.input);
  });

  it('calls a listener once per action that changes the state, after the state is updated', () => {
    const store = createStore(seedState());
    const seen: number[] = [];
    const listener = vi.fn(() => {
      seen.push(store.getState().input.data[0]!);
    });
    store.subscribe(listener);
    store.dispatch({ type: 'flip', cell: { row: 0, col: 0 } });
    expect(listener).toHaveBeenCalledTimes(1);
    store.dispatch({ type: 'flip', cell: { row: 0, col: 0 } });
    expect(listener).toHaveBeenCalledTimes(2);
    expect(seen).toEqual([1, -1]);
  });

  it('calls a listener with no arguments', () => {
    const store = createStore(seedState());
    const listener = vi.fn();
    store.subscribe(listener);
    store.dispatch({ type: 'invert' });
    expect(listener).toHaveBeenCalledWith();
  });

  it('does not call listeners for an action that changes nothing', () => {
    const store = createStore(seedState());
    const listener = vi.fn();
    store.subscribe(listener);
    store.dispatch({ type: 'paint', cells: [{ row: 0, col: 0 }], value: -1 });
    store.dispatch({ type: 'paint', cells: [{ row: 20, col: 0 }], value: 1 });
    store.dispatch({ type: 'flip', cell: { row: -1, col: 0 } });
    store.dispatch({ type: 'setLanguage', language: 'en' });
    expect(listener).not.toHaveBeenCalled();
  });

  it('calls every subscribed listener, each once', () => {
    const store = createStore(seedState());
    const a = vi.fn();
    const b = vi.fn();
    store.subscribe(a);
    store.subscribe(b);
    store.dispatch({ type: 'setLanguage', language: 'zh' });
    expect(a).toHaveBeenCalledTimes(1);
    expect(b).toHaveBeenCalledTimes(1);
  });

  it('stops calling a listener after it unsubscribes, and keeps calling the others', () => {
    const store = createStore(seedState());
    const a = vi.fn();
    const b = vi.fn();
    const unsubscribeA = store.subscribe(a);
    store.subscribe(b);
    store.dispatch({ type: 'invert' });
    unsubscribeA();
    store.dispatch({ type: 'invert' });
    expect(a).toHaveBeenCalledTimes(1);
    expect(b).toHaveBeenCalledTimes(2);
  });

  it('unsubscribing twice is harmless', () => {
    const store = createStore(seedState());
    const a = vi.fn();
    const unsubscribe = store.subscribe(a);
    unsubscribe();
    unsubscribe();
    store.dispatch({ type: 'invert' });
    expect(a).not.toHaveBeenCalled();
  });

  it('keeps separate stores separate', () => {
    const one = createStore(seedState());
    const two = createStore(seedState());
    one.dispatch({ type: 'loadPreset', preset: 'blank' });
    expect(one.getState().input.data[10]).toBe(-1);
    expect(two.getState().input).toBe(SEED_X);
  });

  it('does not call listeners when setShowValues or setColorMode repeat the current value', () => {
    // store.ts: "Listeners run only when an action changed the state."
    const store = createStore(seedState());
    const listener = vi.fn();
    store.subscribe(listener);
    store.dispatch({ type: 'setShowValues', show: false });
    store.dispatch({ type: 'setColorMode', mode: 'shared' });
    expect(listener).not.toHaveBeenCalled();
  });
});

// ---- src/state is framework-free --------------------------------------------------------

const stateDir = fileURLToPath(new URL('../../src/state/', import.meta.url));
const stateFiles = readdirSync(stateDir).filter((name) => /\.tsx?$/.test(name));

function stripComments(text: string): string {
  return text.replace(/\/\*[\s\S]*?\*\//g, ' ').replace(/\/\/.*$/gm, ' ');
}

// Every module specifier: `import ... from '...'`, `export ... from '...'`, side-effect
// `import '...'`, dynamic `import('...')` and `require('...')`.
function specifiers(text: string): string[] {
  const patterns = [
    /\b(?:import|export)\s[^'"`;]*?\bfrom\s*['"]([^'"]+)['"]/g,
    /\bimport\s*['"]([^'"]+)['"]/g,
    /\bimport\s*\(\s*['"`]([^'"`]+)['"`]\s*\)/g,
    /\brequire\s*\(\s*['"`]([^'"`]+)['"`]\s*\)/g,
  ];
  return patterns.flatMap((re) => Array.from(text.matchAll(re), (m) => m[1] ?? ''));
}

const FRAMEWORK = /^(react|react-dom|d3|d3-[\w-]+)(\/|$)/;

const stateSources = stateFiles.map((name) => ({
  name,
  specs: specifiers(stripComments(readFileSync(stateDir + name, 'utf8'))),
}));

describe('src/state is framework-free', () => {
  it('finds the state modules to check', () => {
    expect(stateFiles).toEqual(
      expect.arrayContaining([
        'actions.ts',
        'appState.ts',
        'index.ts',
        'inputPresets.ts',
        'lineCells.ts',
        'reducer.ts',
        'store.ts',
      ]),
    );
  });

  it('the specifier scan finds package imports, so it could catch one', () => {
    const sample = [
      "import { useSyncExternalStore } from 'react';",
      "import type { Root } from 'react-dom/client';",
      "import {\n  scaleLinear,\n} from 'd3-scale';",
      "export * from 'd3';",
      "import './x';",
      "const m = await import('react-dom');",
      "const r = require('d3-array');",
    ].join('\n');
    const found = specifiers(sample);
    expect([...found].sort()).toEqual([
      './x',
      'd3',
      'd3-array',
      'd3-scale',
      'react',
      'react-dom',
      'react-dom/client',
    ]);
    expect(found.filter((s) => FRAMEWORK.test(s))).toHaveLength(6);
    expect(FRAMEWORK.test('../core')).toBe(false);
    expect(FRAMEWORK.test('reactive')).toBe(false);
  });

  it.each(stateSources)('$name imports only the core and other state modules', ({ specs }) => {
    for (const spec of specs) expect(spec).toMatch(/^(\.\/[\w.-]+|\.\.\/core(\/[\w.-]+)?)$/);
  });

  it.each(stateSources)('$name imports no React, ReactDOM or d3 package', ({ specs }) => {
    expect(specs.filter((s) => FRAMEWORK.test(s))).toEqual([]);
  });
});
