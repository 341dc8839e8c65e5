import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { checkFixture, GOOD_REPO, locate, removeRepos, TODAY, type Finding } from '../../test/fixture-repo.ts';
import { checkRepository } from './check-repository.ts';
import { rules } from './rules/index.ts';

afterAll(removeRepos);

const T3 = 'content/codes/TKT-003.mdx';
const REFUNDS = 'content/standards/refunds.mdx';
const SYNONYMS = 'content/synonyms.yaml';

interface BadCase {
  /** A folder under test/fixtures/checker/bad/. */
  overlay: string;
  /** Every finding the case must produce, as `path:line:column ruleId severity`; nothing else may appear. */
  expected: string[];
  /** Words the first expected finding's reason must contain: the value at fault, or what to do. */
  says?: RegExp;
}

// Positions were counted in the fixture files (see test/fixtures/checker/bad/<overlay>/).
// Most overlays add TKT-003, a code no other file relates to, so one fault gives one finding.
const cases: BadCase[] = [
  { overlay: 'frontmatter-yaml-broken', expected: [`${T3}:8:1 frontmatter-yaml error`], says: /Broken YAML: Map keys must be unique/ },
  { overlay: 'frontmatter-missing', expected: [`${T3}:1:1 frontmatter-yaml error`], says: /Missing frontmatter/ },
  { overlay: 'frontmatter-not-a-map', expected: [`${T3}:2:1 frontmatter-yaml error`], says: /not a list of `field: value` lines/ },

  {
    overlay: 'schema-code-format',
    expected: [`${T3}:2:7 frontmatter-schema error`, `${T3}:2:7 code-matches-filename error`],
    says: /`code`: Expected a code like TKT-001/,
  },
  { overlay: 'schema-severity', expected: [`${T3}:6:11 frontmatter-schema error`], says: /low, medium, high, critical/ },
  { overlay: 'schema-date-not-real', expected: [`${T3}:9:12 frontmatter-schema error`], says: /`effective`: Expected a real calendar date/ },
  { overlay: 'schema-version-zero', expected: [`${T3}:8:10 frontmatter-schema error`], says: /`version`: Expected a version of 1 or more/ },
  // A missing field points at the mapping that should hold it: the first frontmatter line.
  { overlay: 'schema-owner-missing', expected: [`${T3}:2:1 frontmatter-schema error`], says: /^Missing `owner`$/ },
  { overlay: 'schema-unknown-field', expected: [`${T3}:9:1 frontmatter-schema error`], says: /Unexpected field `reviewer`/ },
  { overlay: 'schema-duration', expected: [`${T3}:13:12 frontmatter-schema error`], says: /`escalation.0.after`: Expected a duration/ },
  { overlay: 'schema-escalation-empty', expected: [`${T3}:11:13 frontmatter-schema error`], says: /at least one escalation level/ },

  { overlay: 'code-matches-filename', expected: [`${T3}:2:7 code-matches-filename error`], says: /`TKT-004` in file `TKT-003.mdx`/ },
  // Two files cannot share a name, so a duplicate code is always also a file-name mismatch.
  {
    overlay: 'code-unique',
    expected: [`${T3}:2:7 code-matches-filename error`, `${T3}:2:7 code-unique error`],
  },
  { overlay: 'owner-exists', expected: [`${T3}:7:8 owner-exists error`], says: /owner role `night-porter`.*cinema-manager, guest-relations/ },
  { overlay: 'owner-exists-standard', expected: [`${REFUNDS}:5:8 owner-exists error`], says: /`finance`/ },
  { overlay: 'category-exists', expected: [`${REFUNDS}:4:11 category-exists error`], says: /category `refunds`, expected one of cloakroom, tickets/ },
  { overlay: 'escalation-unknown-role', expected: [`${T3}:15:11 escalation-roles error`], says: /escalation role `head-usher`/ },
  { overlay: 'escalation-repeated-role', expected: [`${T3}:15:11 escalation-roles error`], says: /`shift-manager` at escalation level 2, already level 1/ },
  { overlay: 'related-missing', expected: [`${T3}:16:20 related-exist error`], says: /`TKT-404`/ },
  { overlay: 'phrases-repeated', expected: [`${T3}:19:5 frontmatter-schema error`], says: /`phrases.2`: "Booked the wrong cinema" repeats an earlier phrase/ },
  {
    overlay: 'synonyms-unknown-language',
    expected: [`${SYNONYMS}:4:1 synonyms-file error`],
    says: /Unexpected language `de`: expected one of the handbook's languages \(en, uk\)/,
  },
  {
    overlay: 'synonyms-repeated-word',
    expected: [`${SYNONYMS}:3:20 synonyms-file error`, `${SYNONYMS}:5:14 synonyms-file error`],
    says: /`en.1.2`: "Toilet" is already in group 1 of this language/,
  },
  {
    overlay: 'synonyms-group-of-one',
    expected: [
      `${SYNONYMS}:2:5 synonyms-file error`,
      `${SYNONYMS}:3:12 synonyms-file error`,
      `${SYNONYMS}:4:6 synonyms-file error`,
      `${SYNONYMS}:4:22 synonyms-file error`,
    ],
    says: /`en.0`: Expected at least two words in a group/,
  },
  { overlay: 'related-self', expected: [`${T3}:16:11 related-exist error`], says: /related to itself/ },
  { overlay: 'replaced-by-missing', expected: [`${T3}:12:14 replaced-by-exists error`], says: /`TKT-404`: no file in content\/codes declares it/ },

  { overlay: 'steps-missing', expected: [`${T3}:19:1 steps-present error`], says: /Missing `## Steps` section/ },
  { overlay: 'steps-bulleted', expected: [`${T3}:21:1 steps-present error`], says: /bulleted list/ },
  { overlay: 'steps-no-list', expected: [`${T3}:19:1 steps-present error`], says: /Missing numbered list/ },
  { overlay: 'steps-empty-step', expected: [`${T3}:22:1 steps-present error`], says: /empty step/ },
  { overlay: 'steps-second-list', expected: [`${T3}:26:1 steps-present error`], says: /second numbered list/ },

  // The scaffolder's marker, wherever it is left: a frontmatter field (at its value), a whole step, a few words in a
  // step (at the bracket), a closing bracket on its own; never `TODO:` in a note, nor the marker in code.
  {
    overlay: 'placeholder-text',
    expected: [
      `${T3}:4:10 placeholder-text error`,
      `${T3}:14:11 placeholder-text error`,
      `${T3}:20:4 placeholder-text error`,
      `${T3}:21:34 placeholder-text error`,
      `${T3}:22:14 placeholder-text error`,
    ],
    says: /^Unexpected placeholder in `summary`, expected your own text: replace `⟦write: …⟧` with what it asks for$/,
  },
  // Real text that quotes `TODO:` (a step, inline code, a blockquote, a code block, a note, frontmatter) is not a placeholder.
  { overlay: 'placeholder-todo-quoted', expected: [] },

  // Today is 2026-11-25: a day late is an error; today and 30 days ahead warn; 31 days ahead is quiet.
  { overlay: 'review-overdue', expected: [`${T3}:10:12 review-overdue error`], says: /1 day\(s\) in the past/ },
  { overlay: 'review-due-today', expected: [`${T3}:10:12 review-due-soon warning`], says: /due in 0 day/ },
  { overlay: 'review-due-soon', expected: [`${T3}:10:12 review-due-soon warning`], says: /due in 30 day/ },
  { overlay: 'review-not-yet-due', expected: [] },

  {
    overlay: 'no-executable-content',
    expected: [
      `${T3}:19:1 no-executable-content error`, // import
      `${T3}:21:1 no-executable-content error`, // export
      `${T3}:28:9 no-executable-content error`, // {price}
      `${T3}:30:1 no-executable-content error`, // <script>
      `${T3}:32:1 no-executable-content error`, // <iframe>
      `${T3}:34:1 no-executable-content error`, // <style>
      `${T3}:36:1 no-executable-content error`, // onClick=
      `${T3}:38:6 no-executable-content error`, // javascript: link
    ],
    says: /`import`\/`export`/,
  },
  {
    overlay: 'known-components',
    expected: [`${T3}:24:1 known-components error`, `${T3}:26:41 known-components error`],
    says: /Unexpected `<Button>`, expected one of the handbook's components: Say, Note, Warning/,
  },

  // Malformed input: the broken file gets one clear message and the owner planted in TKT-002 is still checked.
  {
    overlay: 'mdx-syntax',
    expected: [`content/codes/TKT-002.mdx:7:8 owner-exists error`, `${T3}:24:1 mdx-syntax error`],
  },
  {
    overlay: 'mdx-syntax-same-file',
    expected: [`${T3}:24:1 mdx-syntax error`, `${T3}:7:8 owner-exists error`],
    says: /Broken MDX: Expected a closing tag for `<Say>`/,
  },
  {
    overlay: 'empty-file',
    expected: [`content/codes/TKT-002.mdx:7:8 owner-exists error`, `${T3}:1:1 file-empty error`],
  },
  // A missing or broken roles.yaml is reported once; owners and escalation roles are not all flagged.
  { overlay: 'roles-missing', expected: ['content/roles.yaml:1:1 directory-file error'], says: /Missing `content\/roles.yaml`/ },
  { overlay: 'roles-broken', expected: ['content/roles.yaml:8:11 directory-file error'], says: /Broken YAML/ },
  { overlay: 'roles-bad-contact', expected: ['content/roles.yaml:14:12 directory-file error'], says: /`cinema-manager.contact`: Expected a phone number/ },
  // `github` takes what CODEOWNERS takes: a team with or without its @, an e-mail address or a login (and writes each right: test/codeowners.test.ts).
  { overlay: 'roles-team-owners', expected: [] },
  {
    overlay: 'roles-bad-github',
    expected: ['content/roles.yaml:10:11 directory-file error'],
    says: /^Unexpected `shift-manager.github`: Expected a GitHub login such as olena-k, a team such as "@acme\/shift-managers" or acme\/shift-managers, or an e-mail address$/,
  },
  // YAML keeps a leading @ for itself, so an unquoted team breaks the file: the message says to quote it.
  {
    overlay: 'roles-github-unquoted',
    expected: ['content/roles.yaml:10:11 directory-file error'],
    says: /^Broken YAML: Plain value cannot start with reserved character @; put the value in quotes, such as "@acme\/shift-managers"$/,
  },
  // Without usable settings the language of each translation cannot be judged, so translations stay quiet.
  { overlay: 'handbook-missing', expected: ['content/handbook.yaml:1:1 handbook-file error'], says: /Missing `content\/handbook.yaml`: .*languages/ },
  { overlay: 'handbook-unknown-field', expected: ['content/handbook.yaml:6:1 handbook-file error'], says: /Unexpected field `default_lang`/ },
  {
    overlay: 'handbook-language-code',
    expected: ['content/handbook.yaml:9:3 handbook-file error'],
    says: /`languages.ukr`: Expected a two-letter language code/,
  },
  {
    overlay: 'handbook-default-language',
    expected: ['content/handbook.yaml:6:19 handbook-file error'],
    says: /`default_language` to be one of the `languages`/,
  },
  {
    overlay: 'handbook-codeowners-fallback',
    expected: ['content/handbook.yaml:8:22 handbook-file error'],
    says: /^Unexpected `codeowners_fallback`: Expected a GitHub login such as olena-k, a team such as "@acme\/shift-managers"/,
  },

  {
    overlay: 'done-when',
    expected: [
      'content/codes/CLK-001.mdx:12:11 escalation-roles error',
      'content/codes/TKT-001.mdx:2:1 frontmatter-schema error',
      'content/codes/TKT-002.mdx:17:1 steps-present error',
    ],
  },
];

const findingsByOverlay = new Map<string, Promise<Finding[]>>();
const findingsFor = (overlay: string) => {
  if (!findingsByOverlay.has(overlay)) findingsByOverlay.set(overlay, checkFixture(overlay));
  return findingsByOverlay.get(overlay)!;
};

describe('checkRepository', () => {
  it('finds nothing wrong with the good repo', async () => {
    const findings = await checkFixture();
    expect(findings).toEqual([]);
  });

  it('returns a file for each content file of the good repo', async () => {
    const files = await checkRepository({ cwd: GOOD_REPO, today: TODAY });
    expect(files.map((file) => file.path)).toEqual([
      'content/categories.yaml',
      'content/codes/CLK-001.mdx',
      'content/codes/TKT-001.mdx',
      'content/codes/TKT-002.mdx',
      'content/handbook.yaml',
      'content/roles.yaml',
      'content/standards/refunds.mdx',
      'content/uk/codes/TKT-001.mdx',
      'content/uk/standards/refunds.mdx',
    ]);
  });

  it.each(cases)('$overlay: reports exactly the expected findings', async ({ overlay, expected, says }) => {
    const findings = await findingsFor(overlay);
    expect(findings.map(locate).sort()).toEqual([...expected].sort());
    if (says) expect(findings.find((finding) => locate(finding) === expected[0])?.reason).toMatch(says);
  });

  it('has a not-ok case for every rule, so removing a rule fails a test', () => {
    const ruleIds = rules.map(([rule]) => rule.name.replace(/^handbook:/, ''));
    const covered = new Set(cases.flatMap(({ expected }) => expected.map((at) => at.split(' ')[1])));
    expect(ruleIds.filter((id) => !covered.has(id))).toEqual([]);
    expect(ruleIds).toContain('owner-exists');
  });

  it('names the first non-UTF-8 byte and still checks the other files', async () => {
    // A Latin-1 "é" (0xE9) in the title: valid Latin-1, invalid UTF-8.
    const good = await readFile(join(GOOD_REPO, 'content/codes/CLK-001.mdx'), 'utf8');
    const text = good.replace('CLK-001', 'CLK-002').replace('Cloakroom token lost', 'Cloakroom token lost in the café');
    const findings = await checkFixture('owner-exists', { 'content/codes/CLK-002.mdx': Buffer.from(text, 'latin1') });
    expect(findings.map(locate).sort()).toEqual(['content/codes/CLK-002.mdx:3:39 file-encoding error', `${T3}:7:8 owner-exists error`]);
    expect(findings[0]?.reason).toMatch(/not UTF-8; save the file as UTF-8/);
  });

  it('gives every finding a file, a line and a column', async () => {
    const all = (await Promise.all(cases.map(({ overlay }) => findingsFor(overlay)))).flat();
    expect(all.length).toBeGreaterThan(40);
    expect(all.filter((finding) => !finding.path || !finding.line || !finding.column)).toEqual([]);
  });

  it('measures review dates from the given day, not the clock', async () => {
    const files = await checkRepository({ cwd: GOOD_REPO, today: new Date('2030-01-20T00:00:00Z') });
    const reviewFindings = files.flatMap((file) => file.messages.map((message) => `${file.path} ${message.ruleId}`));
    // CLK-001 was due 2030-01-10, refunds is due 2030-02-01 (12 days); TKT-001 (40 days) and TKT-002 are quiet.
    expect(reviewFindings.sort()).toEqual(['content/codes/CLK-001.mdx review-overdue', 'content/standards/refunds.mdx review-due-soon']);
  });
});
