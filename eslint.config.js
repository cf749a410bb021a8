import js from '@eslint/js';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

/** Import patterns that reach into the named top-level folders of src/. */
function layers(...folders) {
  return folders.flatMap((f) => [`**/${f}`, `**/${f}/**`, `../${f}`, `../${f}/**`]);
}

export default tseslint.config(
  { ignores: ['dist', 'dist-offline', 'node_modules', 'test-results', 'playwright-report', 'tmp'] },
  js.configs.recommended,
  ...tseslint.configs.strict,
  {
    files: ['**/*.{ts,tsx,js,mjs}'],
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
  },
  {
    files: ['**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      // The core's hot loops index typed arrays with `!`, which is checked by the loop bounds.
      '@typescript-eslint/no-non-null-assertion': 'off',
    },
  },
  {
    // The core stays pure: no React, no d3, no DOM, and nothing from outside src/core.
    files: ['src/core/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            'react',
            'react-dom',
            'd3-*',
            ...layers('state', 'present', 'export', 'view', 'i18n'),
          ],
        },
      ],
      'no-restricted-globals': ['error', 'document', 'window', 'navigator'],
    },
  },
  {
    // The state imports only the core.
    files: ['src/state/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: ['react', 'react-dom', 'd3-*', ...layers('present', 'export', 'view', 'i18n')],
        },
      ],
    },
  },
  {
    // Presentation logic (formats, colour scales, explanations) and the exports are plain
    // TypeScript: no React, and never a view.
    files: ['src/present/**/*.ts', 'src/export/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', { patterns: ['react', 'react-dom', ...layers('view')] }],
    },
  },
  {
    // The strings know the state's names, never a view.
    files: ['src/i18n/**/*.{ts,tsx}'],
    rules: { 'no-restricted-imports': ['error', { patterns: layers('view') }] },
  },
);
