// One engine's browser-test lane: `tsx test/e2e-engines/run.ts firefox|webkit`.
// Serves the production build (`npm run build` first) with `vite preview` on its own port,
// runs every scenario in one browser of that engine, checks that no scenario left a console
// or page error, prints each scenario's time and exits non-zero if any failed.
import { spawn } from 'node:child_process';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { launch, type EngineName } from './driver';
import { pageErrors, SCENARIOS } from './scenarios';

const engine = process.argv[2] as EngineName;
if (engine !== 'firefox' && engine !== 'webkit') {
  console.error('usage: tsx test/e2e-engines/run.ts firefox|webkit');
  process.exit(2);
}
const PORT = engine === 'firefox' ? 4174 : 4175;
const base = `http://127.0.0.1:${PORT}/`;
const offline = pathToFileURL(resolve('dist-offline/cnn-playground.html')).href;

const started = Date.now();
// The lane must test its own build: a server already answering on the port is an error.
const taken = await fetch(base).then(
  () => true,
  () => false,
);
if (taken) throw new Error(`port ${PORT} is already in use: stop what serves ${base}`);
// In a process group of its own, so that stopping it also stops the server npx starts.
const server = spawn(
  'npx',
  ['vite', 'preview', '--host', '127.0.0.1', '--port', String(PORT), '--strictPort'],
  { stdio: 'ignore', detached: true },
);
let serverExit: number | null = null;
server.on('exit', (code) => (serverExit = code ?? -1));
let failed = 0;
try {
  for (let i = 0; ; i++) {
    // --strictPort: a port already taken stops the server rather than testing someone else's.
    if (serverExit !== null)
      throw new Error(`vite preview exited (${serverExit}): is ${PORT} taken?`);
    try {
      if ((await fetch(base)).ok) break;
    } catch {
      // Not up yet.
    }
    if (i > 300) throw new Error(`vite preview did not answer on ${base}`);
    await new Promise((r) => setTimeout(r, 100));
  }
  const driver = await launch(engine);
  try {
    // The lanes' page size, as the Chromium suite's: the projector's 1280x720.
    await driver.setViewport(1280, 720);
    console.log(`${engine}: ${SCENARIOS.length} scenarios (started in ${Date.now() - started} ms)`);
    for (const scenario of SCENARIOS) {
      const t = Date.now();
      try {
        await scenario.run({ driver, base, offline });
        const errors = await pageErrors(driver);
        if (errors.length > 0) throw new Error(`console or page errors:\n  ${errors.join('\n  ')}`);
        console.log(`  ok   ${scenario.name} (${Date.now() - t} ms)`);
      } catch (e) {
        failed++;
        console.log(
          `  FAIL ${scenario.name} (${Date.now() - t} ms)\n    ${String((e as Error).stack ?? e)}`,
        );
      }
    }
  } finally {
    await driver.close();
  }
} finally {
  try {
    if (server.pid) process.kill(-server.pid);
  } catch {
    // Already gone.
  }
}
const seconds = ((Date.now() - started) / 1000).toFixed(1);
console.log(`${engine}: ${SCENARIOS.length - failed} passed, ${failed} failed, ${seconds} s`);
process.exit(failed > 0 ? 1 : 0);
