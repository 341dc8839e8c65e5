#!/usr/bin/env node
// `npm run check [-- --format stylish|json|github] [--cwd <repo>] [--today YYYY-MM-DD]`: check the standards repository.
import { parseArgs } from 'node:util';
import { checkRepository, formatReport, REPORT_FORMATS, tally, type ReportFormat } from '../src/checker/index.ts';
import { isRealIsoDate } from '../src/schema/index.ts';

const USAGE = 'Usage: npm run check -- [--format stylish|json|github] [--cwd <repo>] [--today YYYY-MM-DD]';

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
    },
  }).values;
} catch (error) {
  fail(error instanceof Error ? error.message : String(error));
}

const format = options.format as ReportFormat;
if (!REPORT_FORMATS.includes(format)) fail(`Unknown --format ${options.format}; expected one of ${REPORT_FORMATS.join(', ')}`);
if (options.today !== undefined && !isRealIsoDate(options.today)) fail(`Unexpected --today ${options.today}, expected a date such as 2026-11-25`);

const files = await checkRepository({
  cwd: options.cwd,
  today: options.today ? new Date(`${options.today}T00:00:00Z`) : undefined,
});
const report = formatReport(files, format);
if (report) console.log(report);
process.exitCode = tally(files).errors > 0 ? 1 : 0;
