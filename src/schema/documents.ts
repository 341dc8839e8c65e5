import { z } from 'astro/zod';
import { codeId, duration, isoDate, oneLine, severity, slugId, version } from './primitives.ts';

/**
 * How a document names other entries. The checker binds these to plain ids and
 * checks that they exist with positions of its own; Astro binds them to
 * `reference()` so pages receive resolvable links. One shape, two bindings.
 */
export interface References<Role extends z.ZodType, Category extends z.ZodType, Code extends z.ZodType> {
  role: Role;
  category: Category;
  code: Code;
}

export const plainReferences = { role: slugId, category: slugId, code: codeId };

/** Fields every controlled document carries, codes and standards alike. */
function documentControl<Role extends z.ZodType, Category extends z.ZodType>(refs: { role: Role; category: Category }) {
  return {
    title: oneLine('a title'),
    summary: oneLine('a one-sentence summary'),
    category: refs.category,
    owner: refs.role,
    version,
    effective: isoDate,
    review_by: isoDate,
    change_note: oneLine('a one-sentence change note').optional(),
  };
}

export function escalationLevelSchema<Role extends z.ZodType>(role: Role) {
  return z.strictObject({
    role,
    after: duration.optional(),
    when: oneLine('a short condition').optional(),
  });
}

export function problemCodeSchema<Role extends z.ZodType, Category extends z.ZodType, Code extends z.ZodType>(
  refs: References<Role, Category, Code>,
) {
  return z.strictObject({
    code: codeId,
    ...documentControl(refs),
    severity,
    tags: z.array(oneLine('a tag')).optional(),
    escalation: z
      .array(escalationLevelSchema(refs.role))
      .min(1, 'Expected at least one escalation level: who to call when the steps do not solve it'),
    related: z.array(refs.code).optional(),
  });
}

export function standardSchema<Role extends z.ZodType, Category extends z.ZodType>(refs: {
  role: Role;
  category: Category;
}) {
  return z.strictObject(documentControl(refs));
}

export const plainProblemCode = problemCodeSchema(plainReferences);
export const plainStandard = standardSchema(plainReferences);

export type ProblemCodeFrontmatter = z.output<typeof plainProblemCode>;
export type StandardFrontmatter = z.output<typeof plainStandard>;
export type EscalationLevel = ProblemCodeFrontmatter['escalation'][number];
