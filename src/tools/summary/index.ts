export { collectSummary, type HandbookSummary, type RemovedDocument } from './collect-summary.ts';
export { renderSummary } from './render-summary.ts';
