import type { BenchReport } from './run-bench.ts';
import type { SearchWeight } from '../measure/search-weight.ts';

// Sizes are in SI units (1 KB = 1,000 bytes), which reads the budgets strictly.
const kb = (bytes: number) => `${(bytes / 1000).toFixed(1)} KB`;
const mb = (bytes: number) => (bytes < 1e6 ? kb(bytes) : `${(bytes / 1e6).toFixed(1)} MB`);
const gb = (bytes: number) => `${(bytes / 1e9).toFixed(2)} GB`;
const s = (seconds: number | undefined) => (seconds === undefined ? 'n/a' : `${seconds.toFixed(1)} s`);

type Row = [label: string, value: (report: BenchReport) => string];

function searchRows(label: string, pick: (report: BenchReport) => SearchWeight | undefined): Row[] {
  const of = (report: BenchReport, show: (weight: SearchWeight) => string) => {
    const weight = pick(report);
    return weight ? show(weight) : 'not measured';
  };
  return [
    [`first search, ${label}: query`, (r) => of(r, (w) => `\`${w.query}\``)],
    [`first search, ${label}: gzip (raw)`, (r) => of(r, (w) => `${kb(w.gzip)} (${kb(w.raw)})`)],
    [`  home page + this first search: gzip`, (r) => of(r, (w) => kb(r.site.home.gzip + w.gzip))],
    [
      `  UI · engine · index · excerpts`,
      (r) => of(r, (w) => [w.byGroup.ui, w.byGroup.engine, w.byGroup.index, w.byGroup.fragments].map((g) => kb(g.gzip)).join(' · ')),
    ],
    [`  files fetched · first result`, (r) => of(r, (w) => `${w.requests} · ${w.firstResult ?? 'none'}`)],
  ];
}

const ROWS: Row[] = [
  ['codes · standards · versions', (r) => `${r.codes} · ${r.standards} · ${r.versions}`],
  // Other work on the machine slows every figure; the load at the start says how quiet it was.
  ['cores · load average at start', (r) => `${r.machine.cpus} · ${r.machine.loadAverage.toFixed(2)}`],
  ['generate (not in total)', (r) => s(r.generateSeconds)],
  ['check', (r) => s(r.check.seconds)],
  ['astro build (Pagefind included)', (r) => s(r.build.seconds)],
  ['  start-up, config, content sync', (r) => `${s(r.build.breakdown.setupSeconds)} (sync ${s(r.build.breakdown.syncContentSeconds)})`],
  ['  bundle (Vite)', (r) => s(r.build.breakdown.bundleSeconds)],
  ['  render pages', (r) => s(r.build.breakdown.generateSeconds)],
  ['  after the build (build:done hooks)', (r) => s(r.build.breakdown.afterBuildSeconds)],
  [
    '    of which',
    (r) =>
      Object.entries(r.build.breakdown.buildDoneSeconds)
        .map(([name, seconds]) => `${name.replace(/^handbook:/, '')} ${s(seconds)}`)
        .join(' · ') || 'n/a',
  ],
  ['total, check + build', (r) => s(r.totalSeconds)],
  ['ms per page written', (r) => (r.secondsPerPage * 1000).toFixed(2)],
  ['peak RSS, process tree (check · build)', (r) => `${gb(r.peakTreeRssBytes)} (${gb(r.check.peakTreeRssBytes)} · ${gb(r.build.peakTreeRssBytes)})`],
  [
    '  build peak by program',
    (r) =>
      Object.entries(r.build.peakByProgram)
        .sort((a, b) => b[1] - a[1])
        .map(([name, bytes]) => `${name} ${gb(bytes)}`)
        .join(' · '),
  ],
  [
    '  build node at its peak: JS heap · phase',
    (r) =>
      r.build.breakdown.nodePeak
        ? `${gb(r.build.breakdown.nodePeak.heapUsed)} of ${gb(r.build.breakdown.nodePeak.rss)} · ${r.build.breakdown.nodePeak.phase}`
        : 'n/a',
  ],
  ['pages written', (r) => String(r.site.pages)],
  ['output size (files)', (r) => `${mb(r.site.outputBytes)} (${r.site.outputFiles})`],
  ['home page, HTML+CSS+JS: gzip (raw)', (r) => `${kb(r.site.home.gzip)} (${kb(r.site.home.raw)})`],
  ['code page mean, HTML+CSS+JS: gzip (raw)', (r) => `${kb(r.site.codePages.mean.gzip)} (${kb(r.site.codePages.mean.raw)})`],
  ['largest code page: gzip (raw)', (r) => `${kb(r.site.codePages.largest.gzip)} (${kb(r.site.codePages.largest.raw)}) ${r.site.codePages.largest.path}`],
  [
    'largest other HTML but /codes/: gzip (raw)',
    (r) => `${kb(r.site.largestOtherPage.html.gzip)} (${kb(r.site.largestOtherPage.html.raw)}) ${r.site.largestOtherPage.path}`,
  ],
  [
    'offline precache on first visit: gzip (files)',
    (r) =>
      r.site.offlinePrecache ? `${mb(r.site.offlinePrecache.gzip)} (${r.site.offlinePrecache.files}, ${r.site.offlinePrecache.worker})` : 'no service worker',
  ],
  ['search index (files)', (r) => `${mb(r.site.searchIndex.bytes)} (${r.site.searchIndex.files})`],
  ...searchRows('code', (r) => r.search?.code),
  ...searchRows('word', (r) => r.search?.word),
  ...searchRows('sentence', (r) => r.search?.sentence),
];

const markdown = (lines: readonly string[][]) => lines.map((cells) => `| ${cells.join(' | ')} |`).join('\n');
const sizeOf = (report: BenchReport) => `N = ${report.codes.toLocaleString('en-US')}`;

/**
 * One Markdown table, a column per run, so runs at several sizes read side by side; then, when any run built the
 * bare yardstick, a second table with a row per run: the handbook's check + build, the bare build and the ratio.
 */
export function formatTable(reports: readonly BenchReport[]): string {
  const header = ['', ...reports.map(sizeOf)];
  const main = markdown([header, header.map(() => '---'), ...ROWS.map(([label, value]) => [label, ...reports.map(value)])]);
  return reports.some((report) => report.bare) ? `${main}\n\n${formatBareTable(reports)}` : main;
}

const BARE_HEADER = ['handbook vs bare', 'check + build', 'bare (Astro + MDX + Pagefind)', '÷ bare', 'peak RSS: build · bare'];

/** The handbook against a bare Astro 7 + `@astrojs/mdx` + Pagefind site over the same codes, built in the same run. */
export function formatBareTable(reports: readonly BenchReport[]): string {
  const row = (r: BenchReport): string[] => [
    sizeOf(r),
    s(r.totalSeconds),
    r.bare ? `${s(r.bare.seconds)} (Pagefind ${s(r.bare.indexSeconds)}, ${r.bare.pages} pages)` : 'skipped (--no-bare)',
    r.ratio === undefined ? 'n/a' : `${r.ratio.toFixed(2)} ×`,
    r.bare ? `${gb(r.build.peakTreeRssBytes)} · ${gb(r.bare.peakTreeRssBytes)}` : 'n/a',
  ];
  return markdown([BARE_HEADER, BARE_HEADER.map(() => '---'), ...reports.map(row)]);
}
