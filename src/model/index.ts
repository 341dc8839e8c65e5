// How the rest of the code enters the model: import from here, never from a file inside (npm run deps checks it).
export * from './schema/index.ts';
export { CODEOWNERS_PATH } from './codeowners/config.ts';
export { expectedCodeowners } from './codeowners/expected-codeowners.ts';
export { roleOwners } from './codeowners/ownership.ts';
export { findExecutableContent, FORBIDDEN_ELEMENTS, type ExecutableFinding } from './content-safety/executable-content.ts';
export {
  CATEGORIES_FILE,
  HANDBOOK_FILE,
  loadCategories,
  loadHandbook,
  loadRoles,
  loadSynonyms,
  loadVenues,
  ROLES_FILE,
  SYNONYMS_FILE,
  VENUES_FILE,
  type DirectoryFile,
  type HandbookFile,
  type RolesFile,
  type VenuesSource,
} from './directory.ts';
export { loadFastParser } from './fast-parse.ts';
export { fastYamlValue } from './fast-yaml.ts';
export { bodyOf, frontmatterData, frontmatterField, lazyYamlSource } from './frontmatter.ts';
export {
  DOCUMENT_FOLDERS,
  documentIdOf,
  documentKindOf,
  frontmatterOfText,
  parseDocument,
  parseDocumentFast,
  parseDocumentText,
  type ParsedDocument,
  type Parser,
} from './parse-document.ts';
export { PLACEHOLDER_CLOSE, PLACEHOLDER_OPEN, placeholder } from './placeholder.ts';
export { contentHash, findFiles, readDocuments, readSources, type ReadDocuments } from './read-documents.ts';
export { schemaProblems, type ProblemWording } from './schema-problems.ts';
export { stepItems, STEPS_HEADING, stepsPlace, stepsSection, type StepsSection } from './steps-section.ts';
export { TRANSLATION_GLOBS, translationPathOf } from './translation-path.ts';
export type { BaseChange, DocumentKind, HandbookContext, OriginalDocument, PullRequestContext, TranslationContext, TranslationPath } from './types.ts';
export { parseYamlSource, type YamlProblem, type YamlSource } from './yaml-source.ts';
