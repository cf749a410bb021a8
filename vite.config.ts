import react from '@vitejs/plugin-react';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  // Relative asset paths, so the build also works from a sub-folder or straight from disk.
  base: './',
  plugins: [react()],
  server: { port: 5173 },
  preview: { port: 4173 },
  test: {
    include: ['test/**/*.test.{ts,tsx}'],
    exclude: ['test/e2e/**', 'node_modules/**'],
    environment: 'node',
  },
});
