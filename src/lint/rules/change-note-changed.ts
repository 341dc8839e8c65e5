import { lintRule } from 'unified-lint-rule';
import type { Root } from 'mdast';
import { frontmatterField, type PullRequestContext } from '../../model/index.ts';
import { ruleMeta } from './rule-docs.ts';

/** Readers and auditors learn what a version changed from its note, so each new version says it anew. */
const changeNoteChanged = lintRule<Root, PullRequestContext>(ruleMeta('change-note-changed'), (_tree, file, { baseRef }) => {
  const change = file.data.baseChange;
  if (change?.status !== 'modified' || !change.baseFrontmatter) return;
  const before = change.baseFrontmatter.change_note;
  const now = frontmatterField(file, 'change_note');
  const place = file.data.frontmatter?.placeOf(['change_note']);
  if (typeof now !== 'string' || now.trim() === '') {
    file.message('Missing `change_note`: add one sentence saying what changed in this version and why', { place });
  } else if (typeof before === 'string' && before.trim() === now.trim()) {
    file.message(`Unexpected unchanged \`change_note\`, expected a new one: it still describes the version on ${baseRef}; say what this change does and why`, {
      place,
    });
  }
});

export default changeNoteChanged;
