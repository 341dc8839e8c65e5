export { checkRepository, type CheckOptions } from './check-repository.ts';
export { formatReport, REPORT_FORMATS, tally, type ReportFormat } from './report.ts';
export { rules } from './rules/index.ts';
export { BaseRefError } from '../git/index.ts';
