/// <reference types="vitest/config" />
import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';

// Unit tests run in a time zone with daylight saving, so DST bugs in date code show up here.
if (process.env.VITEST) process.env.TZ ??= 'America/New_York';

export default defineConfig({
  plugins: [react()],
  build: {
    target: 'es2022',
    sourcemap: false,
  },
  preview: {
    host: '127.0.0.1',
  },
  test: {
    environment: 'jsdom',
    setupFiles: ['./tests/setup.ts'],
    include: ['tests/{domain,db,features}/**/*.test.{ts,tsx}'],
    restoreMocks: true,
  },
});
