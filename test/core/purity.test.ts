import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const coreDir = fileURLToPath(new URL('../../src/core/', import.meta.url));
const files = readdirSync(coreDir).filter((name) => name.endsWith('.ts'));
// The code without its comments, so that prose such as "the window. Windows..." is not
// mistaken for code. (The core has no string literal containing // or /*.)
function stripComments(text: string): string {
  return text.replace(/\/\*[\s\S]*?\*\//g, ' ').replace(/\/\/.*$/gm, ' ');
}

const sources = files.map((name) => ({
  name,
  text: stripComments(readFileSync(coreDir + name, 'utf8')),
}));

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

describe('the core is pure', () => {
  it('finds the core modules to check', () => {
    expect(files).toContain('index.ts');
    expect(files).toContain('conv2d.ts');
    expect(files.length).toBeGreaterThanOrEqual(10);
  });

  it('the specifier scan finds package imports, so it could catch one', () => {
    const sample = [
      "import { scaleLinear } from 'd3-scale';",
      "import React from 'react';",
      "export { x } from './x';",
      "import 'react-dom';",
      "const m = await import('node:fs');",
    ].join('\n');
    expect(specifiers(sample).sort()).toEqual(['./x', 'd3-scale', 'node:fs', 'react', 'react-dom']);
  });

  it.each(sources)('$name imports only relative modules of the core', ({ text }) => {
    for (const spec of specifiers(text)) expect(spec).toMatch(/^\.\/[\w.-]+$/);
  });

  it.each(sources)('$name names no React, ReactDOM or d3 package', ({ text }) => {
    expect(text).not.toMatch(/['"](react|react-dom|d3-[\w-]+)(\/[^'"]*)?['"]/);
  });

  it.each(sources)('$name uses no DOM globals', ({ text }) => {
    expect(text).not.toMatch(/\b(document|window|navigator)\s*\./);
  });

  it('the DOM-global scan sees code but not comments', () => {
    const code = stripComments('// the window.\n/* document. */\nconst w = window.innerWidth;');
    expect(code).toMatch(/\b(document|window|navigator)\s*\./);
    expect(code).not.toMatch(/document/);
  });

  it('index.ts loads and works without a DOM', async () => {
    expect(typeof window).toBe('undefined');
    expect(globalThis.document).toBeUndefined();
    const core = await import('../../src/core/index');
    expect(typeof core.conv2d).toBe('function');
    expect(typeof core.runPipeline).toBe('function');
    const out = core.conv2d(
      core.fromRows([
        [1, 2],
        [3, 4],
      ]),
      core.fromRows([[1, 1]]),
    );
    expect(core.toRows(out)).toEqual([[3], [7]]);
    expect(core.runPipeline(core.SEED_X, core.SEED_KERNELS)).toHaveLength(3);
    expect(globalThis.document).toBeUndefined();
  });
});
