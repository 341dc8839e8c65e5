import { afterAll, describe, expect, it } from 'vitest';
import { checkFixture, createRepo, findingsOf, locate, removeRepos, TODAY, type Finding } from '../../test/fixture-repo.ts';
import { checkRepository } from './check-repository.ts';
import { translationRules } from './rules/index.ts';

afterAll(removeRepos);

// The good repo translates TKT-001 (version 2, four steps) and refunds (version 3) into Ukrainian.
const UK_CODE = 'content/uk/codes/TKT-001.mdx';
const UK_REFUNDS = 'content/uk/standards/refunds.mdx';

interface TranslationCase {
  /** A folder under test/fixtures/checker/bad/. */
  overlay: string;
  /** Every finding, as `path:line:column ruleId severity`; nothing else may appear. */
  expected: string[];
  /** What the first expected finding's reason must say. */
  says?: RegExp;
}

// Positions counted in test/fixtures/checker/bad/<overlay>/content/…
const cases: TranslationCase[] = [
  {
    overlay: 'translation-language-unknown',
    expected: ['content/de/codes/TKT-001.mdx:1:1 translation-language-known error'],
    says: /^Unexpected language folder `de`, expected one of uk \(from content\/handbook.yaml\): add it to `languages` there/,
  },
  {
    overlay: 'translation-language-default',
    expected: ['content/en/standards/refunds.mdx:1:1 translation-language-known error'],
    says: /^Unexpected translation into `en`, the default language/,
  },
  {
    overlay: 'translation-original-missing',
    expected: ['content/uk/codes/TKT-404.mdx:1:1 translation-original-exists error'],
    says: /`TKT-404`: there is no content\/codes\/TKT-404.mdx; name the file as the code it translates/,
  },
  {
    overlay: 'translation-structural-field',
    expected: [`${UK_CODE}:4:1 translation-fields error`, `${UK_CODE}:5:1 translation-fields error`],
    says: /^Unexpected `owner` in a translation: it comes from the original; remove it/,
  },
  {
    overlay: 'translation-field-unknown',
    expected: [`${UK_REFUNDS}:4:1 translation-fields error`],
    says: /^Unexpected field `translator` in a translation, expected only title, summary, phrases, source_version$/,
  },
  {
    overlay: 'translation-source-version-missing',
    expected: [`${UK_REFUNDS}:2:1 translation-fields error`],
    says: /^Missing `source_version`: add the `version` of the original you translated/,
  },
  {
    overlay: 'translation-steps-count',
    expected: [`${UK_CODE}:9:1 translation-steps-count error`],
    says: /^Unexpected 3 steps, expected 4 as in the original \(version 2\)/,
  },
  {
    overlay: 'translation-steps-missing',
    expected: [`${UK_CODE}:7:1 translation-steps-count error`],
    says: /^Missing numbered list of steps: the original \(version 2\) has 4 steps/,
  },
  {
    overlay: 'translation-outdated',
    expected: [`${UK_REFUNDS}:4:17 translation-outdated warning`],
    says: /^This translation is of version 2; the original is at version 3: update it and set source_version: 3$/,
  },
  {
    overlay: 'translation-version-ahead',
    expected: [`${UK_REFUNDS}:4:17 translation-version-exists error`],
    says: /^Unexpected `source_version` 4, expected 3 or lower: the original is at version 3/,
  },
  // The rules about the text itself apply to translations as they do to originals.
  {
    overlay: 'translation-body',
    expected: [`${UK_CODE}:14:1 known-components error`, `${UK_CODE}:16:1 placeholder-text error`, `${UK_CODE}:20:40 no-executable-content error`],
    says: /^Unexpected `<Button>`/,
  },
  // Broken MDX: one clear message, and the steps are not counted in a body read as plain Markdown.
  { overlay: 'translation-mdx-syntax', expected: [`${UK_CODE}:16:1 mdx-syntax error`], says: /^Broken MDX: Expected a closing tag for `<Say>`/ },
  {
    overlay: 'translation-frontmatter-missing',
    expected: [`${UK_REFUNDS}:2:1 frontmatter-yaml error`],
    says: /the fields \(title, summary, source_version\)/,
  },
  { overlay: 'translation-empty-file', expected: [`${UK_CODE}:1:1 file-empty error`], says: /^Unexpected empty file/ },
];

const findingsByOverlay = new Map<string, Promise<Finding[]>>();
const findingsFor = (overlay: string) => {
  if (!findingsByOverlay.has(overlay)) findingsByOverlay.set(overlay, checkFixture(overlay));
  return findingsByOverlay.get(overlay)!;
};

describe('checkRepository on translations', () => {
  it.each(cases)('$overlay: reports exactly the expected findings', async ({ overlay, expected, says }) => {
    const findings = await findingsFor(overlay);
    expect(findings.map(locate).sort()).toEqual([...expected].sort());
    if (says) expect(findings.find((finding) => locate(finding) === expected[0])?.reason).toMatch(says);
  });

  it('has a not-ok case for every translation rule, so removing one fails a test', () => {
    const ruleIds = translationRules.map(([rule]) => rule.name.replace(/^handbook:/, ''));
    const covered = new Set(cases.flatMap(({ expected }) => expected.map((at) => at.split(' ')[1])));
    expect(ruleIds.filter((id) => !covered.has(id))).toEqual([]);
    expect(ruleIds).toContain('translation-outdated');
  });

  it('reports an outdated translation as an error with strict', async () => {
    const cwd = await createRepo('translation-outdated');
    const strict = findingsOf(await checkRepository({ cwd, today: TODAY, strict: true }));
    expect(strict.map(locate)).toEqual([`${UK_REFUNDS}:4:17 translation-outdated error`]);
  });
});
