import { parseDocumentText } from './parse-document.ts';

/** Fields that change how a document is found, not what staff do: editing them alone needs no new version. */
const SEARCH_FIELDS = ['phrases'];

/**
 * True when two texts of a document differ only in their search fields. A
 * manager who adds what staff typed to `phrases` has not changed the
 * procedure, so the pull-request rules (new version, new change note) do not
 * apply.
 */
export function differsOnlyInSearchWords(path: string, baseText: string, currentText: string): boolean {
  if (baseText === currentText) return false;
  const [base, current] = [baseText, currentText].map((text) => withoutSearchFields(path, text));
  return base !== undefined && base === current;
}

function withoutSearchFields(path: string, text: string): string | undefined {
  const value = parseDocumentText(path, text).file.data.frontmatter?.value;
  if (!value || typeof value !== 'object' || Array.isArray(value)) return undefined;
  const fields = Object.fromEntries(Object.entries(value).filter(([key]) => !SEARCH_FIELDS.includes(key)));
  const body = text.replace(/^---\r?\n[\s\S]*?\r?\n---\r?\n?/, '');
  return JSON.stringify([fields, body]);
}
