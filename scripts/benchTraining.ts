// Runs scripts/benchTrainingRun.ts (the training bench) bundled by esbuild, in a Node with
// --expose-gc. Bundled because TensorFlow.js registers its gradients only from its ES module
// build, whose directory imports Node cannot load; the bundle holds one copy of tfjs-core
// (the ES build) with every gradient, and the CPU backend.
// Run with `npm run bench` (or `npx tsx scripts/benchTraining.ts`).
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

const here = dirname(fileURLToPath(import.meta.url));
const dir = mkdtempSync(join(tmpdir(), 'cnn-bench-training-'));
try {
  const outfile = join(dir, 'benchTraining.mjs');
  await build({
    entryPoints: [join(here, 'benchTrainingRun.ts')],
    outfile,
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    mainFields: ['module', 'main'],
    logLevel: 'warning',
    // The CommonJS parts of tfjs (seedrandom, long) call require.
    banner: {
      js: "import { createRequire } from 'node:module'; const require = createRequire(import.meta.url);",
    },
  });
  const run = spawnSync(process.execPath, ['--expose-gc', outfile], { stdio: 'inherit' });
  process.exitCode = run.status ?? 1;
} finally {
  rmSync(dir, { recursive: true, force: true });
}
