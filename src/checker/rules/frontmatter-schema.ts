import { lintRule } from 'unified-lint-rule';
import type { Root } from 'mdast';
import type { z } from 'astro/zod';
import { plainProblemCode, plainStandard } from '../../schema/index.ts';

/** Every field has the shape the content model asks for: the zod schema is the one source of truth. */
const frontmatterSchema = lintRule<Root>({ origin: 'handbook:frontmatter-schema' }, (_tree, file) => {
  const frontmatter = file.data.frontmatter;
  const value = frontmatter?.value;
  if (!frontmatter || value === null || typeof value !== 'object' || Array.isArray(value)) return;

  const schema = file.data.kind === 'code' ? plainProblemCode : plainStandard;
  const result = schema.safeParse(value, { reportInput: true });
  if (result.success) return;

  for (const issue of result.error.issues) {
    if (issue.code === 'unrecognized_keys') {
      for (const key of issue.keys) {
        file.message(`Unexpected field \`${key}\`; check its spelling against the format in docs/writing-standards.md`, {
          place: frontmatter.placeOf([...issue.path, key], { key: true }),
        });
      }
      continue;
    }
    file.message(describe(issue), { place: frontmatter.placeOf(issue.path) });
  }
});

function describe(issue: z.core.$ZodIssue): string {
  const field = issue.path.map(String).join('.') || 'frontmatter';
  if (issue.input === undefined && issue.code === 'invalid_type') return `Missing \`${field}\``;
  // Cross-field rules already name the field and say what to do.
  if (issue.code === 'custom' && issue.message.includes(`\`${field}\``)) return issue.message;
  if (issue.code === 'invalid_value') return `Unexpected \`${field}\` value, expected one of ${issue.values.map(String).join(', ')}`;
  return `Unexpected \`${field}\`: ${issue.message.replace(/^Invalid input: /, '')}`;
}

export default frontmatterSchema;
