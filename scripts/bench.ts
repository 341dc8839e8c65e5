#!/usr/bin/env node
// `npm run bench -- --codes <N>[,<N>…] [options]`: generate standards repos, run the real pipeline on them, print the figures.
import {
  formatTable,
  formatVerdicts,
  generateBenchRepo,
  judgeBudgets,
  parseBenchArgs,
  runBench,
  USAGE,
  type BenchCommand,
  type BenchReport,
} from '../src/perf/bench/index.ts';

let command: BenchCommand;
try {
  command = parseBenchArgs(process.argv.slice(2));
} catch (error) {
  console.error(`${error instanceof Error ? error.message : String(error)}\n${USAGE}`);
  process.exit(2);
}

if (command.generateOnly) {
  for (const run of command.runs) {
    const { root, seconds } = await generateBenchRepo(run);
    console.log(`${root}  (${run.codes} codes, ${run.standards} standards, ${run.versions} version(s), ${seconds.toFixed(1)} s)`);
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
