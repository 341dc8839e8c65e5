#!/usr/bin/env node
// `npm run check [-- --format stylish|json|github] [--cwd <repo>] [--today YYYY-MM-DD] [--base <git ref>] [--strict] [--no-cache] [--workers N]`: check the standards repository;
// with --base, also check each changed document against its version at that ref (pull-request mode);
// with --strict, an outdated translation is an error rather than a warning;
// findings are kept by content hash in <repo>/.handbook/check-cache/ (pull-request mode excepted), and --no-cache checks every file afresh;
// many files to parse are parsed and checked on one worker thread per core, or on N with --workers N (0: none).
import { enableCompileCache } from 'node:module';
import { parseArgs } from 'node:util';
import type { ReportFormat } from '../src/lint/index.ts';

// Node keeps the checker compiled (its types stripped) between runs, in the system's temporary folder: a check of
// an unchanged handbook is mostly start-up, and this halves loading the code. The imports below come after it.
enableCompileCache();
const { BaseRefError, checkRepository, formatReport, REPORT_FORMATS, tally } = await import('../src/lint/index.ts');
const { GitError } = await import('../src/git/index.ts');
const { isRealIsoDate } = await import('../src/model/index.ts');

const USAGE =
  'Usage: npm run check -- [--format stylish|json|github] [--cwd <repo>] [--today YYYY-MM-DD] [--base <git ref, such as origin/main>] [--strict] [--no-cache] [--workers N]';

function fail(reason: string): never {
  console.error(`${reason}\n${USAGE}`);
  process.exit(2);
}

let options;
try {
  options = parseArgs({
    options: {
      format: { type: 'string', default: 'stylish' },
      cwd: { type: 'string', default: process.cwd() },
      today: { type: 'string' },
      base: { type: 'string' },
      strict: { type: 'boolean', default: false },
      cache: { type: 'boolean', default: true },
      workers: { type: 'string' },
    },
    allowNegative: true,
  }).values;
} catch (error) {
  fail(error instanceof Error ? error.message : String(error));
}

const format = options.format as ReportFormat;
if (!REPORT_FORMATS.includes(format)) fail(`Unknown --format ${options.format}; expected one of ${REPORT_FORMATS.join(', ')}`);
if (options.today !== undefined && !isRealIsoDate(options.today)) fail(`Unexpected --today ${options.today}, expected a date such as 2026-11-25`);

if (options.base !== undefined && options.base.trim() === '') fail('Unexpected empty --base, expected a git ref such as origin/main');
if (options.workers !== undefined && !/^\d+$/.test(options.workers))
  fail(`Unexpected --workers ${options.workers}, expected a number of threads such as 2, or 0 for none`);

let files;
try {
  files = await checkRepository({
    cwd: options.cwd,
    today: options.today ? new Date(`${options.today}T00:00:00Z`) : undefined,
    base: options.base,
    strict: options.strict,
    cache: options.cache,
    workers: options.workers === undefined ? undefined : Number(options.workers),
  });
} catch (error) {
  // Only pull-request mode runs git; a ref it cannot use is a mistake in the command, not in the content.
  if (error instanceof BaseRefError || error instanceof GitError) fail(error.message);
  throw error;
}
const report = formatReport(files, format);
if (report) console.log(report);
process.exitCode = tally(files).errors > 0 ? 1 : 0;
