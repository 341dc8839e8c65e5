import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { runMeasured } from '../measure/process-tree.ts';

const projectRoot = fileURLToPath(new URL('../../../', import.meta.url));

export interface StageResult {
  seconds: number;
  peakTreeRssBytes: number;
  peakByProgram: Record<string, number>;
}

/** Where the build's time went, from Astro's own timer (ASTRO_TIMER_PATH) and the bench's hook marks. */
export interface BuildBreakdown {
  /** Process start, config, content layer sync and route collection: everything before `astro:build:start`. */
  setupSeconds: number;
  syncContentSeconds: number | undefined;
  /** Vite bundling of the server (prerender) and client code. */
  bundleSeconds: number | undefined;
  /** Rendering every page to HTML. */
  generateSeconds: number | undefined;
  /** From `astro:build:generated` to the end of `astro:build:done`: Pagefind indexing and what other integrations do after the build. */
  afterBuildSeconds: number | undefined;
  /** Each integration's `astro:build:done` on its own, such as `handbook:pagefind`. */
  buildDoneSeconds: Record<string, number>;
  /** The build process's own peak as V8 splits it, and the phase it fell in (`after buildStart` is bundling). */
  nodePeak: { rss: number; heapUsed: number; external: number; phase: string } | undefined;
}

export interface PipelineOptions {
  root: string;
  outDir: string;
  /** The day the checker measures review dates from (YYYY-MM-DD). */
  today: string;
  /** Write V8 CPU profiles of both stages into this folder. */
  cpuProfileDir?: string;
}

export interface PipelineResult {
  check: StageResult;
  build: StageResult & { breakdown: BuildBreakdown };
  logFile: string;
}

/**
 * The real pipeline, as `npm run build` runs it: the checker's CLI, then
 * `astro build` with the site's config (Pagefind runs inside it), each in its
 * own process so its memory can be sampled. Throws when a stage fails.
 */
export async function runPipeline(options: PipelineOptions): Promise<PipelineResult> {
  const { root, outDir, today, cpuProfileDir } = options;
  const logFile = join(root, 'bench.log');
  const profile = (name: string) => (cpuProfileDir ? ['--cpu-prof', `--cpu-prof-dir=${cpuProfileDir}`, `--cpu-prof-name=${name}.cpuprofile`] : []);

  const check = await runMeasured(process.execPath, [...profile('check'), join(projectRoot, 'scripts/check.ts'), '--cwd', root, '--today', today], {
    cwd: projectRoot,
    logFile,
  });
  if (check.exitCode !== 0) throw new Error(`The check failed (exit ${check.exitCode}) on generated content; see ${logFile}`);

  const timerFile = join(root, 'astro-timer.json');
  const marksFile = join(root, 'build-marks.json');
  const build = await runMeasured(process.execPath, [...profile('build'), join(projectRoot, 'src/perf/bench/build-entry.ts'), root, outDir, marksFile], {
    cwd: projectRoot,
    logFile,
    env: { ...process.env, ASTRO_TIMER_PATH: timerFile },
  });
  if (build.exitCode !== 0) throw new Error(`astro build failed (exit ${build.exitCode}); see ${logFile}`);

  return {
    check: { seconds: check.seconds, peakTreeRssBytes: check.peakTreeRssBytes, peakByProgram: check.peakByProgram },
    build: {
      seconds: build.seconds,
      peakTreeRssBytes: build.peakTreeRssBytes,
      peakByProgram: build.peakByProgram,
      breakdown: await readBreakdown(timerFile, marksFile),
    },
    logFile,
  };
}

async function readBreakdown(timerFile: string, marksFile: string): Promise<BuildBreakdown> {
  const timer = (await readJson(timerFile)) as Record<string, { elapsedTime?: number } | undefined>;
  const {
    marks = {},
    buildDone = {},
    peakMemory,
  } = (await readJson(marksFile)) as {
    marks?: Record<string, number | undefined>;
    buildDone?: Record<string, number>;
    peakMemory?: BuildBreakdown['nodePeak'];
  };
  const elapsed = (name: string) => timer[name]?.elapsedTime;
  const seconds = (ms: number | undefined) => (ms === undefined ? undefined : ms / 1000);
  const prerender = elapsed('Prerender build');
  const client = elapsed('Client build');
  return {
    setupSeconds: (marks.buildStart ?? 0) / 1000,
    syncContentSeconds: seconds(elapsed('Sync content layer')),
    bundleSeconds: prerender === undefined ? undefined : (prerender + (client ?? 0)) / 1000,
    generateSeconds: seconds(elapsed('Static generate')),
    afterBuildSeconds: marks.done !== undefined && marks.generated !== undefined ? (marks.done - marks.generated) / 1000 : undefined,
    buildDoneSeconds: buildDone,
    nodePeak: peakMemory,
  };
}

const readJson = async (path: string): Promise<unknown> => JSON.parse(await readFile(path, 'utf8').catch(() => '{}'));
