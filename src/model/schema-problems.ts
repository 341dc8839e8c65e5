import type { z } from 'astro/zod';
import type { Position } from 'unist';
import type { YamlSource } from './yaml-source.ts';

/** One thing a zod schema refused in a YAML file, said for the writer and placed on the field. */
export interface SchemaProblem {
  reason: string;
  place: Position;
}

/** How to word a field (its dotted path, such as `owner` or `cinema-manager.phone`). */
export type FieldReason = (field: string) => string;

export interface ProblemWording {
  /** A field the schema does not know. */
  unknownField?: FieldReason;
  /** A required field that is absent. */
  missingField?: FieldReason;
}

const misspeltField: FieldReason = (field) => `Unexpected field \`${field}\`; check its spelling against the format in docs/writing-standards.md`;
const missingField: FieldReason = (field) => `Missing \`${field}\``;

/**
 * Turn the issues of a failed `safeParse(value, { reportInput: true })` into
 * problems: an unknown field points at its key, anything else at its value (or,
 * when missing, at the mapping that should hold it). Frontmatter, translations
 * and the settings files all speak through this, so one fault reads the same everywhere.
 */
export function schemaProblems(issues: readonly z.core.$ZodIssue[], source: YamlSource, wording: ProblemWording = {}): SchemaProblem[] {
  const { unknownField = misspeltField } = wording;
  return issues.flatMap((issue) => {
    if (issue.code === 'unrecognized_keys') {
      return issue.keys.map((key) => ({
        reason: unknownField([...issue.path, key].map(String).join('.')),
        place: source.placeOf([...issue.path, key], { key: true }),
      }));
    }
    // A bad key of a record (an id, a language code) is written on the key, not on its value.
    return [{ reason: describeIssue(issue, wording), place: source.placeOf(issue.path, { key: issue.code === 'invalid_key' }) }];
  });
}

function describeIssue(issue: z.core.$ZodIssue, wording: ProblemWording): string {
  const field = issue.path.map(String).join('.') || 'frontmatter';
  if (issue.input === undefined && issue.code === 'invalid_type') return (wording.missingField ?? missingField)(field);
  // zod says only "Invalid key in record"; the key's own schema says what a key must look like.
  if (issue.code === 'invalid_key' && issue.issues[0]) return `Unexpected \`${field}\`: ${issue.issues[0].message}`;
  // Cross-field rules already name the field and say what to do.
  if (issue.code === 'custom' && issue.message.includes(`\`${field}\``)) return issue.message;
  if (issue.code === 'invalid_value') return `Unexpected \`${field}\` value, expected one of ${issue.values.map(String).join(', ')}`;
  return `Unexpected \`${field}\`: ${issue.message.replace(/^Invalid input: /, '')}`;
}
