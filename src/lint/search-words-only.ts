import type { Root } from 'mdast';
import type { VFile } from 'vfile';
import { bodyOf, type BaseChange } from '../model/index.ts';

/** Fields that change how a document is found, not what staff do: editing them alone needs no new version. */
const SEARCH_FIELDS = ['phrases'];

/**
 * True when a document modified in a pull request differs from the base only
 * in its search fields. A manager who adds what staff typed to `phrases` has
 * not changed the procedure, so the pull-request rules (new version, new
 * change note) do not apply. Compares what the checker already parsed, on both
 * sides, rather than reading or parsing either file again.
 */
export function onlySearchFieldsChanged(change: BaseChange, file: VFile, tree: Root): boolean {
  if (change.status !== 'modified' || !change.baseFrontmatter || change.baseBody === undefined) return false;
  const current = file.data.frontmatter?.value;
  if (!current || typeof current !== 'object' || Array.isArray(current)) return false;
  return withoutSearchFields(change.baseFrontmatter, change.baseBody) === withoutSearchFields(current, bodyOf(tree, String(file.value)));
}

function withoutSearchFields(frontmatter: object, body: string): string {
  const fields = Object.fromEntries(Object.entries(frontmatter).filter(([key]) => !SEARCH_FIELDS.includes(key)));
  return JSON.stringify([fields, body]);
}
