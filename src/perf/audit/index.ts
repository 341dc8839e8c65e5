export { formatAudit, runAudit, type AuditOptions, type AuditReport } from './run-audit.ts';
