import { mkdir, mkdtemp, rm } from 'node:fs/promises';
import { cpus, loadavg } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { generateRepo } from '../generate/generate-repo.ts';
import { buildBareSite, type BareResult } from './bare-site.ts';
import { runPipeline, type BuildBreakdown, type StageResult } from './pipeline.ts';
import { measureFirstSearches, type SearchWeight } from '../measure/search-weight.ts';
import { measureSite, type SiteSize } from '../measure/site-size.ts';

const projectRoot = fileURLToPath(new URL('../../../', import.meta.url));
/** Generated repos live inside the project (packages must resolve from them) in its git-ignored folder. */
export const BENCH_PARENT = join(projectRoot, '.handbook');

export interface BenchOptions {
  codes: number;
  standards: number;
  versions: number;
  seed: number;
  /** The word searched for besides a code. */
  word: string;
  /** A sentence as staff type it, searched word by word. */
  sentence: string;
  /** Leave the generated repo and its site on disk. */
  keep: boolean;
  /** Skip the browser: no first-search figures. */
  search: boolean;
  cpuProfile: boolean;
  /** Also build the bare Astro + MDX + Pagefind site over the same codes, the yardstick (default on). */
  bare?: boolean;
}

export interface BenchReport {
  codes: number;
  standards: number;
  versions: number;
  seed: number;
  machine: { cpus: number; node: string; loadAverage: number };
  generateSeconds: number;
  check: StageResult;
  build: StageResult & { breakdown: BuildBreakdown };
  /** Check plus build (Pagefind included), as `npm run build` spends it. */
  totalSeconds: number;
  peakTreeRssBytes: number;
  site: SiteSize;
  /** Bare Astro 7 + `@astrojs/mdx` + Pagefind, one page per code, built cold in the same run; undefined with `--no-bare`. */
  bare: BareResult | undefined;
  /** Handbook check + build seconds ÷ the bare build's seconds, for the same codes. */
  ratio: number | undefined;
  /** Check and build seconds per page written: the linearity figure. */
  secondsPerPage: number;
  search: { code: SearchWeight; word: SearchWeight; sentence: SearchWeight } | undefined;
  /** Where the repo is, when kept. */
  kept: string | undefined;
}

/** The day every generated review date lies after and every effective date before, so the check is clean. */
export const BENCH_TODAY = '2026-11-25';

/** Only write a repo for `options` and keep it: for timing `npm run check` alone on a large one. */
export async function generateBenchRepo(options: BenchOptions): Promise<{ root: string; seconds: number }> {
  await mkdir(BENCH_PARENT, { recursive: true });
  const root = await mkdtemp(join(BENCH_PARENT, `bench-${options.codes}-`));
  const started = performance.now();
  await generateRepo({ root, seed: options.seed, codes: options.codes, standards: options.standards, versions: options.versions });
  return { root, seconds: (performance.now() - started) / 1000 };
}

/** Generate a repo, run the pipeline on it, measure the output. Cleans up unless asked to keep. */
export async function runBench(options: BenchOptions, progress: (line: string) => void = () => {}): Promise<BenchReport> {
  await mkdir(BENCH_PARENT, { recursive: true });
  const root = await mkdtemp(join(BENCH_PARENT, `bench-${options.codes}-`));
  // A failed run keeps its repo: the error points at the log inside it.
  let succeeded = false;
  try {
    const outDir = join(root, 'dist');
    const load = loadavg()[0] ?? 0;
    progress(`Generating ${options.codes} codes, ${options.standards} standards, ${options.versions} version(s) in ${root}`);
    const generateStart = performance.now();
    const repo = await generateRepo({ root, seed: options.seed, codes: options.codes, standards: options.standards, versions: options.versions });
    const generateSeconds = (performance.now() - generateStart) / 1000;

    progress('Checking and building');
    const pipeline = await runPipeline({ root, outDir, today: BENCH_TODAY, cpuProfileDir: options.cpuProfile ? join(root, 'profiles') : undefined });

    let bare: BareResult | undefined;
    if (options.bare ?? true) {
      progress('Building the bare Astro + MDX + Pagefind site over the same codes');
      bare = await buildBareSite(root, pipeline.logFile);
    }

    progress('Measuring the output');
    const site = await measureSite(outDir);

    let search: BenchReport['search'];
    if (options.search) {
      progress('Searching in a browser');
      // A code from the middle of the list, so neither end of the index is favoured.
      const code = repo.plan.codes[Math.floor(repo.plan.codes.length / 2)]!.code;
      // What the home page loads is counted in its own weight; the search is what comes after.
      const pageAssets = site.home.assets;
      const [codeSearch, wordSearch, sentenceSearch] = await measureFirstSearches(outDir, [
        { query: code, pageAssets },
        { query: options.word, pageAssets },
        { query: options.sentence, pageAssets },
      ]);
      search = { code: codeSearch!, word: wordSearch!, sentence: sentenceSearch! };
    }

    succeeded = true;
    return {
      codes: options.codes,
      standards: options.standards,
      versions: options.versions,
      seed: options.seed,
      machine: { cpus: cpus().length, node: process.version, loadAverage: load },
      generateSeconds,
      check: pipeline.check,
      build: pipeline.build,
      totalSeconds: pipeline.check.seconds + pipeline.build.seconds,
      bare,
      ratio: bare ? (pipeline.check.seconds + pipeline.build.seconds) / bare.seconds : undefined,
      peakTreeRssBytes: Math.max(pipeline.check.peakTreeRssBytes, pipeline.build.peakTreeRssBytes),
      site,
      secondsPerPage: (pipeline.check.seconds + pipeline.build.seconds) / site.pages,
      search,
      kept: options.keep ? root : undefined,
    };
  } finally {
    if (succeeded && !options.keep) await rm(root, { recursive: true, force: true });
  }
}
