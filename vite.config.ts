import react from '@vitejs/plugin-react';
import { viteSingleFile } from 'vite-plugin-singlefile';
import { defineConfig } from 'vitest/config';

// Two builds: the site (`dist/`), and with `--mode offline` one self-contained HTML file
// (`dist-offline/cnn-playground.html`, scripts and styles inlined; scripts/renameOffline.mjs
// names it) that works opened straight
// from disk, with no server and no network, for a classroom without internet.
export default defineConfig(({ mode }) => ({
  // Relative asset paths, so the build also works from a sub-folder.
  base: './',
  plugins: mode === 'offline' ? [react(), viteSingleFile()] : [react()],
  build: mode === 'offline' ? { outDir: 'dist-offline', emptyOutDir: true } : {},
  server: { port: 5173 },
  preview: { port: 4173 },
  test: {
    include: ['test/**/*.test.{ts,tsx}'],
    exclude: ['test/e2e/**', 'node_modules/**'],
    environment: 'node',
    testTimeout: 20_000,
  },
}));
