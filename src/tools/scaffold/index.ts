export { askMissing, missingFlags, type PartialRequest, type Prompts } from './ask-missing.ts';
export { nextCode, prefixFor, type Outcome } from './code-numbers.ts';
export { InventoryError, readInventory, type HandbookInventory } from './inventory.ts';
export { DOCUMENT_KINDS, planScaffold, refusal, slugOf, type ScaffoldPlan, type ScaffoldRequest } from './plan-scaffold.ts';
export { renderNewCode, renderNewStandard, RULE_PLACEHOLDER, STEP_PLACEHOLDER, SUMMARY_PLACEHOLDER } from './render-document.ts';
