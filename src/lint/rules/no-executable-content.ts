import { lintRule } from 'unified-lint-rule';
import type { Root } from 'mdast';
import { findExecutableContent } from '../../model/index.ts';
import { ruleMeta } from './rule-docs.ts';

/** Content is data: nothing in it may run when the handbook is built or read. */
const noExecutableContent = lintRule<Root>(ruleMeta('no-executable-content'), (tree, file) => {
  if (file.data.bodyParsed === false) return;
  for (const finding of findExecutableContent(tree)) file.message(finding.reason, { place: finding.node.position });
});

export default noExecutableContent;
