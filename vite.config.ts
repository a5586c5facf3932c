/// <reference types="vitest/config" />
import { defineConfig, type Plugin } from 'vite';
import react from '@vitejs/plugin-react';
import { VitePWA } from 'vite-plugin-pwa';
import { CONTENT_SECURITY_POLICY } from './src/server/headers.js';

/**
 * The Content-Security-Policy goes in a meta tag too, for static hosts that cannot set headers
 * (src/server/headers.js holds it, and the header version that `npm run preview` and the relay
 * send). The dev server is left without it, because Vite's hot reload injects inline scripts.
 */
function contentSecurityPolicy(): Plugin {
  return {
    name: 'pivotboard-csp',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      handler: () => [
        {
          tag: 'meta',
          attrs: { 'http-equiv': 'Content-Security-Policy', content: CONTENT_SECURITY_POLICY },
          injectTo: 'head-prepend',
        },
      ],
    },
  };
}

// Unit tests run in a time zone with daylight saving, so DST bugs in date code show up here.
if (process.env.VITEST) process.env.TZ ??= 'America/New_York';

/**
 * The jsdom test files that need a fresh module graph: they mock a module (vi.mock), or test
 * what a module does once per page.
 */
const ISOLATED = [
  'tests/db/keepingData.test.ts',
  'tests/db/wipe.test.ts',
  'tests/features/appBanners.test.tsx',
  'tests/features/backupSettings.test.tsx',
  'tests/features/boardRenders.test.tsx',
  'tests/features/deleteEverything.test.tsx',
];

export default defineConfig({
  plugins: [
    react(),
    contentSecurityPolicy(),
    VitePWA({
      registerType: 'prompt',
      injectRegister: false,
      includeAssets: ['favicon.svg', 'neutral.svg', 'apple-touch-icon.png'],
      manifest: {
        name: 'Pivotboard',
        short_name: 'Pivotboard',
        description:
          'Plan your move from clinical work into industry, month by month. Private: everything stays on this device.',
        start_url: '/',
        scope: '/',
        display: 'standalone',
        background_color: '#f5f6f2',
        theme_color: '#23614f',
        icons: [
          { src: '/favicon.svg', sizes: 'any', type: 'image/svg+xml' },
          { src: '/pwa-192.png', sizes: '192x192', type: 'image/png' },
          { src: '/pwa-512.png', sizes: '512x512', type: 'image/png' },
          {
            src: '/pwa-maskable-512.png',
            sizes: '512x512',
            type: 'image/png',
            purpose: 'maskable',
          },
        ],
      },
      workbox: {
        // Every file of the app, so it opens offline after the first visit. Hash routes need no
        // server: every navigation is index.html.
        globPatterns: ['**/*.{js,css,html,svg,png,webmanifest}'],
        navigateFallback: 'index.html',
        cleanupOutdatedCaches: true,
      },
    }),
  ],
  build: {
    target: 'es2022',
    sourcemap: false,
    // Every browser the build targets (es2022) preloads modules itself, or loads them anyway.
    modulePreload: { polyfill: false },
    rolldownOptions: {
      output: {
        // Everything the entry imports statically in one chunk: split across the entry, a
        // Dexie chunk, a date chunk and the runtime it compressed 1.2 KB worse (npm run bench,
        // budget 1). Screens and dialogs stay chunks of their own.
        codeSplitting: { groups: [{ name: 'index', tags: ['$initial'] }] },
      },
    },
  },
  // The backup worker (src/db/backupWorker.ts) loads the schema checks on demand, which needs
  // a module worker: IIFE workers cannot be split.
  worker: {
    format: 'es',
  },
  preview: {
    host: '127.0.0.1',
  },
  test: {
    restoreMocks: true,
    // CI shares two cores with other work: a test that waits on IndexedDB and React gets room.
    testTimeout: 20_000,
    projects: [
      // Pure rules run in plain Node: no DOM to build for each file.
      {
        extends: true,
        test: {
          name: 'domain',
          environment: 'node',
          // The board engine's plain parts (geometry, keyboard moves, the drag session) too.
          include: ['tests/domain/**/*.test.ts', 'tests/ui/**/*.test.ts'],
          // Pure functions hold no state between files: one module graph per worker (4× quicker).
          isolate: false,
        },
      },
      // The server that serves the built app and the sync relay (src/server/), in Node.
      {
        extends: true,
        test: { name: 'server', environment: 'node', include: ['tests/server/**/*.test.ts'] },
      },
      // Sync between devices (two databases on fake-indexeddb) through the real relay.
      {
        extends: true,
        test: {
          name: 'sync',
          environment: 'jsdom',
          setupFiles: ['./tests/setup.ts'],
          globalSetup: ['./tests/server/relay.setup.ts'],
          include: ['tests/sync/**/*.test.ts'],
        },
      },
      // Screens and the database in jsdom. The files share one jsdom and one module graph per
      // worker (isolate: false), which halves the run: building jsdom and importing React and
      // the app again for each file cost more than the tests. So a file must leave nothing
      // behind (tests/setup.ts empties the DOM and localStorage; each file resets the database
      // and the stores it uses). A file that mocks a module, or needs a module's state fresh,
      // runs in 'dom-isolated' below: add it to ISOLATED.
      {
        extends: true,
        test: {
          name: 'dom',
          environment: 'jsdom',
          setupFiles: ['./tests/setup.ts'],
          include: ['tests/{db,features}/**/*.test.{ts,tsx}'],
          exclude: ISOLATED,
          isolate: false,
        },
      },
      {
        extends: true,
        test: {
          name: 'dom-isolated',
          environment: 'jsdom',
          setupFiles: ['./tests/setup.ts'],
          include: ISOLATED,
        },
      },
    ],
  },
});
