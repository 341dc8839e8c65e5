#!/usr/bin/env node
// `npm run bench -- --codes <N>[,<N>…] [options]`: generate standards repos, run the real pipeline on them, print the figures.
import { mkdir, mkdtemp } from 'node:fs/promises';
import { join } from 'node:path';
import { formatVerdicts, judgeBudgets } from '../src/bench/budgets.ts';
import { parseBenchArgs, USAGE, type BenchCommand } from '../src/bench/cli-options.ts';
import { generateRepo } from '../src/bench/generate-repo.ts';
import { formatTable } from '../src/bench/report-table.ts';
import { BENCH_PARENT, runBench, type BenchReport } from '../src/bench/run-bench.ts';

let command: BenchCommand;
try {
  command = parseBenchArgs(process.argv.slice(2));
} catch (error) {
  console.error(`${error instanceof Error ? error.message : String(error)}\n${USAGE}`);
  process.exit(2);
}

if (command.generateOnly) {
  for (const run of command.runs) {
    await mkdir(BENCH_PARENT, { recursive: true });
    const root = await mkdtemp(join(BENCH_PARENT, `bench-${run.codes}-`));
    const started = performance.now();
    await generateRepo({ root, seed: run.seed, codes: run.codes, standards: run.standards, versions: run.versions });
    console.log(`${root}  (${run.codes} codes, ${run.standards} standards, ${run.versions} version(s), ${((performance.now() - started) / 1000).toFixed(1)} s)`);
  }
} else {
  const reports: BenchReport[] = [];
  for (const run of command.runs) {
    reports.push(await runBench(run, (line) => console.error(`[bench ${run.codes}] ${line}`)));
  }
  if (command.json) {
    console.log(JSON.stringify({ reports, budgets: judgeBudgets(reports) }, null, 2));
  } else {
    console.log(formatTable(reports));
    console.log(`\n${formatVerdicts(judgeBudgets(reports))}`);
    for (const report of reports) if (report.kept) console.log(`Kept ${report.kept}`);
  }
}
