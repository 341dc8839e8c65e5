export { formatVerdicts, judgeBudgets } from './budgets.ts';
export { parseBenchArgs, USAGE, type BenchCommand } from './cli-options.ts';
export { formatTable } from './report-table.ts';
export { generateBenchRepo, runBench, type BenchReport } from './run-bench.ts';
