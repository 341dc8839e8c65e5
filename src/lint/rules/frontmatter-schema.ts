import { lintRule } from 'unified-lint-rule';
import type { Root } from 'mdast';
import { plainProblemCode, plainStandard, schemaProblems } from '../../model/index.ts';
import { ruleMeta } from './rule-docs.ts';

/** Every field has the shape the content model asks for: the zod schema is the one source of truth. */
const frontmatterSchema = lintRule<Root>(ruleMeta('frontmatter-schema'), (_tree, file) => {
  const frontmatter = file.data.frontmatter;
  const value = frontmatter?.value;
  if (!frontmatter || value === null || typeof value !== 'object' || Array.isArray(value)) return;

  const schema = file.data.kind === 'code' ? plainProblemCode : plainStandard;
  const result = schema.safeParse(value, { reportInput: true });
  if (result.success) return;
  for (const { reason, place } of schemaProblems(result.error.issues, frontmatter)) file.message(reason, { place });
});

export default frontmatterSchema;
