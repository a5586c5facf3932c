import { readdirSync } from 'node:fs';
import js from '@eslint/js';
import globals from 'globals';
import reactHooks from 'eslint-plugin-react-hooks';
import tseslint from 'typescript-eslint';

// Import direction (docs/architecture.md): app → features → ui, state, db → domain.
const features = readdirSync(new URL('./src/features', import.meta.url), { withFileTypes: true })
  .filter((d) => d.isDirectory())
  .map((d) => d.name);

const ours = (...layers) => layers.flatMap((l) => [`**/${l}`, `**/${l}/**`]);

export default tseslint.config(
  {
    ignores: [
      'dist',
      'dist-bench',
      'node_modules',
      'test-results',
      'playwright-report',
      'tests/bench/results',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.strict,
  {
    files: ['**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser } },
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      '@typescript-eslint/no-non-null-assertion': 'error',
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/consistent-type-imports': 'error',
      'no-restricted-syntax': [
        'error',
        {
          selector: "JSXAttribute[name.name='dangerouslySetInnerHTML']",
          message: 'User text is rendered as text.',
        },
      ],
    },
  },
  {
    // The server (npm run preview, npm run relay) runs in Node. The app cannot import it: the
    // app's TypeScript project does not read JavaScript.
    files: ['src/server/**/*.js'],
    languageOptions: { globals: { ...globals.node } },
  },
  {
    files: ['src/**/*.{ts,tsx}'],
    ignores: ['src/db/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [
            { name: 'dexie', message: 'Only src/db/ talks to Dexie.' },
            { name: 'dexie-react-hooks', message: 'Read through the hooks in src/db/.' },
          ],
        },
      ],
    },
  },
  {
    files: ['src/domain/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: ['react', 'react-dom', 'dexie', 'dexie-react-hooks', 'zustand'],
          patterns: [
            {
              group: ours('app', 'features', 'ui', 'state', 'db'),
              message: 'domain/ imports nothing of ours.',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['src/ui/**/*.{ts,tsx}'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: ['dexie', 'dexie-react-hooks'],
          patterns: [
            {
              group: ours('app', 'features', 'db'),
              message: 'ui/ knows nothing of features or the database.',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['src/db/**/*.{ts,tsx}', 'src/state/**/*.{ts,tsx}'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ours('app', 'features', 'ui'),
              message: 'db/ and state/ sit below the screens.',
            },
          ],
        },
      ],
    },
  },
  ...features.map((name) => ({
    files: [`src/features/${name}/**/*.{ts,tsx}`],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [
            { name: 'dexie', message: 'Only src/db/ talks to Dexie.' },
            { name: 'dexie-react-hooks', message: 'Read through the hooks in src/db/.' },
          ],
          patterns: [
            {
              group: [
                ...features
                  .filter((f) => f !== name)
                  .flatMap((f) => [`**/features/${f}/**`, `../${f}/**`, `../${f}`]),
                ...ours('app'),
              ],
              message:
                'Features do not import each other or the app shell; share through ui/, state/, db/ or domain/.',
            },
          ],
        },
      ],
    },
  })),
  {
    files: ['tests/**/*.{ts,tsx}', 'vite.config.ts'],
    languageOptions: { globals: { ...globals.node, ...globals.browser } },
  },
  {
    files: ['**/*.{js,mjs}'],
    languageOptions: { globals: { ...globals.node } },
  },
);
