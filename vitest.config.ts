import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['src/**/*.test.ts', 'test/**/*.test.ts'],
    // The build and browser tests start Astro and Chromium; two cores share them.
    testTimeout: 120_000,
    hookTimeout: 300_000,
    fileParallelism: false,
    // A first search starts a worker, wasm and the index: on a busy 2-core machine that takes seconds, not one.
    expect: { poll: { timeout: 30_000 } },
  },
});
