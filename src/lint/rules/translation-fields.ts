import { lintRule } from 'unified-lint-rule';
import type { Root } from 'mdast';
import { plainProblemCode, plainStandard, schemaProblems, translationSchema, type ProblemWording } from '../../model/index.ts';
import { ruleMeta } from './rule-docs.ts';

const TRANSLATED_FIELDS = Object.keys(translationSchema.shape);

/**
 * Fields an original has and a translation must not: owner, escalation,
 * version, dates… Taken from the schemas, so a field added to originals is
 * refused in translations without touching this rule.
 */
const STRUCTURAL_FIELDS: ReadonlySet<string> = new Set(
  [...Object.keys(plainProblemCode.shape), ...Object.keys(plainStandard.shape)].filter((field) => !TRANSLATED_FIELDS.includes(field)),
);

/**
 * A translation holds only what is read (title, summary, body) and the
 * version it translates. Anything structural comes from the original, the
 * document of record: a second owner or escalation ladder could silently
 * disagree with it.
 */
const translationFields = lintRule<Root>(ruleMeta('translation-fields'), (_tree, file) => {
  const frontmatter = file.data.frontmatter;
  const value = frontmatter?.value;
  if (!file.data.translation || !frontmatter || value === null || typeof value !== 'object' || Array.isArray(value)) return;

  const result = translationSchema.safeParse(value, { reportInput: true });
  if (result.success) return;
  for (const { reason, place } of schemaProblems(result.error.issues, frontmatter, WORDING)) file.message(reason, { place });
});

const WORDING: ProblemWording = {
  unknownField: (field) =>
    STRUCTURAL_FIELDS.has(field)
      ? `Unexpected \`${field}\` in a translation: it comes from the original; remove it from this file`
      : `Unexpected field \`${field}\` in a translation, expected only ${TRANSLATED_FIELDS.join(', ')}`,
  missingField: (field) =>
    field === 'source_version'
      ? 'Missing `source_version`: add the `version` of the original you translated, so readers are told when the original moves on'
      : `Missing \`${field}\` in a translation: translate it from the original`,
};

export default translationFields;
