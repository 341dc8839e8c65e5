import type { VFile } from 'vfile';

/**
 * A frontmatter field as it was at the base, for a document modified in
 * place; undefined for anything else, so the pull-request rules stay quiet
 * on new, renamed and deleted files (other rules speak for those).
 */
export function baseFieldOfModified(file: VFile, key: string): unknown {
  const change = file.data.baseChange;
  return change?.status === 'modified' ? change.baseFrontmatter?.[key] : undefined;
}

export const kindNoun = (file: VFile) => (file.data.kind === 'code' ? 'code' : 'standard');
