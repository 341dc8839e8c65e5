#!/usr/bin/env node
// `npm run check [-- --format stylish|json|github] [--cwd <repo>]`: check the standards repository.
import { parseArgs } from 'node:util';
import { checkRepository, formatReport, REPORT_FORMATS, tally, type ReportFormat } from '../src/checker/index.ts';

const { values } = parseArgs({
  options: {
    format: { type: 'string', default: 'stylish' },
    cwd: { type: 'string', default: process.cwd() },
  },
});

const format = values.format as ReportFormat;
if (!REPORT_FORMATS.includes(format)) {
  console.error(`Unknown --format ${values.format}; expected one of ${REPORT_FORMATS.join(', ')}`);
  process.exit(2);
}

const files = await checkRepository({ cwd: values.cwd });
const report = formatReport(files, format);
if (report) console.log(report);
process.exitCode = tally(files).errors > 0 ? 1 : 0;
