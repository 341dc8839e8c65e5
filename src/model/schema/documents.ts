import { z } from 'astro/zod';
import { codeId, duration, isoDate, oneLine, phrases, severity, slugId, version } from './primitives.ts';

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

export const plainReferences = { role: slugId, category: slugId, code: codeId, standard: slugId };

/** A retired document keeps its pages, so old citations resolve, and points to what replaced it. */
export const DOCUMENT_STATUSES = ['active', 'retired'] as const;

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
    change_note: oneLine('a one-sentence change note: what changed in this version and why').optional(),
    /**
     * Where the versions approved before the repository are kept, for a document whose history in git
     * starts above version 1 (checker rule `earlier-versions`); the pages quote it.
     */
    earlier_versions: oneLine('one line saying where the versions before the repository are kept').optional(),
    status: z.enum(DOCUMENT_STATUSES).default('active'),
    phrases,
  };
}

/** A retired document names its replacement; a document in service names none. */
function documentControlRules(document: { status: (typeof DOCUMENT_STATUSES)[number]; replaced_by?: unknown }, ctx: z.core.$RefinementCtx) {
  if (document.status === 'retired' && document.replaced_by === undefined) {
    ctx.addIssue({ code: 'custom', path: ['replaced_by'], message: 'Expected `replaced_by` on a retired document: name what staff use instead' });
  }
  if (document.status !== 'retired' && document.replaced_by !== undefined) {
    ctx.addIssue({
      code: 'custom',
      path: ['replaced_by'],
      message: 'Unexpected `replaced_by` on a document that is not retired: add `status: retired` or remove it',
    });
  }
}

export function escalationLevelSchema<Role extends z.ZodType>(role: Role) {
  return z.strictObject({
    role,
    after: duration.optional(),
    when: oneLine('a short condition').optional(),
  });
}

function problemCodeShape<Role extends z.ZodType, Category extends z.ZodType, Code extends z.ZodType>(refs: References<Role, Category, Code>) {
  return {
    code: codeId,
    ...documentControl(refs),
    severity,
    tags: z.array(oneLine('a tag')).optional(),
    escalation: z.array(escalationLevelSchema(refs.role)).min(1, 'Expected at least one escalation level: who to call when the steps do not solve it'),
    related: z.array(refs.code).optional(),
    replaced_by: refs.code.optional(),
  };
}

function standardShape<Role extends z.ZodType, Category extends z.ZodType, Standard extends z.ZodType>(refs: {
  role: Role;
  category: Category;
  standard: Standard;
}) {
  return { ...documentControl(refs), replaced_by: refs.standard.optional() };
}

export function problemCodeSchema<Role extends z.ZodType, Category extends z.ZodType, Code extends z.ZodType>(refs: References<Role, Category, Code>) {
  return z.strictObject(problemCodeShape(refs)).superRefine(documentControlRules);
}

export function standardSchema<Role extends z.ZodType, Category extends z.ZodType, Standard extends z.ZodType>(refs: {
  role: Role;
  category: Category;
  standard: Standard;
}) {
  return z.strictObject(standardShape(refs)).superRefine(documentControlRules);
}

/**
 * A version read back from git passed the checker of its day. Today's model
 * may have added or dropped fields since, so only the title and version are
 * required and unknown fields are kept: an old version never breaks a build.
 */
export const historicalProblemCode = z.looseObject(problemCodeShape(plainReferences)).partial().required({ title: true, version: true });
export const historicalStandard = z.looseObject(standardShape(plainReferences)).partial().required({ title: true, version: true });

export const plainProblemCode = problemCodeSchema(plainReferences);
export const plainStandard = standardSchema(plainReferences);

export type ProblemCodeFrontmatter = z.output<typeof plainProblemCode>;
export type StandardFrontmatter = z.output<typeof plainStandard>;
export type EscalationLevel = ProblemCodeFrontmatter['escalation'][number];
