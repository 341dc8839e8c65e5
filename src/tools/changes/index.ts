export { compareDocuments, isUnchanged, TRACKED_FIELDS, type DocumentComparison, type FieldChange, type TrackedField } from './compare-documents.ts';
export { readDocumentVersion, stepText, type DocumentReading, type DocumentVersion, type UnreadableDocument } from './document-version.ts';
export { compareEscalation, type EscalationChange, type EscalationPlace } from './escalation-diff.ts';
export {
  documentLabel,
  FIELD_LABELS,
  renderComparison,
  renderEscalationChange,
  renderField,
  renderNewDocument,
  renderStepChange,
  renderWords,
} from './markdown.ts';
export { escapeMarkdown, inlineCode } from './markdown-text.ts';
export { compareRoles, readRoles, type RoleChange, type RoleField } from './roles-diff.ts';
export { compareSteps, compareWords, type StepChange, type WordPart } from './steps-diff.ts';
