// Child process for the benchmark's build stage: `node src/perf/bench/build-entry.ts <repo> <outDir> <marks.json>`.
// It runs `astro build` with the site's real config on another standards repo, in its own
// process so that the parent can sample the memory of the whole build from outside.
import { writeFileSync } from 'node:fs';
import { build, type AstroIntegration } from 'astro';
import { siteConfig } from '../../site/index.ts';
const [contentRoot, outDir, marksFile] = process.argv.slice(2);
if (!contentRoot || !outDir || !marksFile) {
  console.error('Usage: node src/perf/bench/build-entry.ts <repo> <outDir> <marks.json>');
  process.exit(2);
}

/** Milliseconds since this process started at each build hook. */
const marks: Record<string, number> = { entry: performance.now() };
/** Seconds each integration's `astro:build:done` took (Pagefind, the service worker…). */
const buildDone: Record<string, number> = {};

/**
 * This process's own peak, split the way V8 reports it, and the build phase it
 * happened in: tells a JS heap that grows with content from native memory
 * (the bundler's) that does. The parent's /proc sampling stays the figure of record.
 */
const peakMemory = { rss: 0, heapUsed: 0, external: 0, phase: 'start' };
let phase = 'start';
const memorySampler = setInterval(() => {
  const usage = process.memoryUsage();
  if (usage.rss > peakMemory.rss) Object.assign(peakMemory, { rss: usage.rss, heapUsed: usage.heapUsed, external: usage.external, phase });
}, 250);
memorySampler.unref();
const mark = (name: string) => {
  marks[name] = performance.now();
  phase = `after ${name}`;
};

/**
 * Time every other integration's `astro:build:done`. Astro looks a hook up when
 * it calls it, so wrapping it once the config is resolved is enough.
 */
function timeBuildDoneHooks(integrations: AstroIntegration[]): void {
  for (const integration of integrations) {
    const hook = integration.hooks['astro:build:done'];
    if (!hook || integration.name === timingMarks.name) continue;
    integration.hooks['astro:build:done'] = async (...args) => {
      const started = performance.now();
      try {
        return await hook(...args);
      } finally {
        buildDone[integration.name] = (performance.now() - started) / 1000;
      }
    };
  }
}

/**
 * Appended after the site's own integrations (Astro concatenates integration
 * lists), so its `astro:build:done` runs after theirs and marks the end of the build.
 */
const timingMarks: AstroIntegration = {
  name: 'handbook:bench-marks',
  hooks: {
    'astro:config:done': ({ config }) => {
      mark('configDone');
      timeBuildDoneHooks(config.integrations);
    },
    'astro:build:start': () => mark('buildStart'),
    'astro:build:generated': () => mark('generated'),
    'astro:build:done': () => {
      mark('done');
      writeFileSync(marksFile, JSON.stringify({ marks, buildDone, peakMemory }));
    },
  },
};

await build({ ...siteConfig(contentRoot, outDir), logLevel: 'info', integrations: [timingMarks] });
