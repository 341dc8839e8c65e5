import { afterAll, describe, expect, it } from 'vitest';
import { checkRepository } from '../src/lint/index.ts';
import { translationPullRequestRules } from '../src/lint/rules/index.ts';
import { findingsOf, locate, removeRepos, TODAY } from './fixture-repo.ts';
import { createGitRepo, type GitRepo } from './git-repo.ts';

afterAll(removeRepos);

// In the fixture, TKT-001 is at version 2 and its Ukrainian translation translates version 2, `source_version` on line 4.
const T1 = 'content/codes/TKT-001.mdx';
const UK_T1 = 'content/uk/codes/TKT-001.mdx';
const SOURCE_VERSION = `${UK_T1}:4:17`;
const BEHIND = `${SOURCE_VERSION} translation-outdated warning`;

/** Version 3 of the original: a step changed (what staff read), or only who is called after how long. */
async function raiseOriginal(repo: GitRepo, what: 'step' | 'escalation') {
  await repo.edit(T1, 'version: 2', 'version: 3\nchange_note: A faster refund.');
  if (what === 'step') await repo.edit(T1, 'within **3 business days**', 'within **2 business days**');
  else await repo.edit(T1, 'after: 10 min', 'after: 5 min');
}

/** The same on the base branch, before the pull request. */
const raisedOnMain = async (repo: GitRepo, what: 'step' | 'escalation') => {
  await raiseOriginal(repo, what);
  repo.commit(`TKT-001 version 3 (${what})`);
};

const editTranslation = (repo: GitRepo) => repo.edit(UK_T1, 'Сфотографуйте відхилені квитки', 'Сфотографуйте недійсні квитки');
const raiseSource = (repo: GitRepo, to = 3) => repo.edit(UK_T1, 'source_version: 2', `source_version: ${to}`);

interface TranslationCase {
  name: string;
  change: (repo: GitRepo) => Promise<unknown>;
  /** Every finding in pull-request mode, as `path:line:column ruleId severity`. */
  expected: string[];
  says?: RegExp;
}

const cases: TranslationCase[] = [
  { name: 'a correction to a translation of the current version', change: editTranslation, expected: [] },
  {
    name: 'an outdated translation edited without bringing it up to the original',
    change: async (repo) => {
      await raisedOnMain(repo, 'step');
      await editTranslation(repo);
    },
    expected: [`${SOURCE_VERSION} translation-edit-current error`, BEHIND],
    says: /^Unexpected edit of a translation of version 2, expected a translation of version 3: the original is at version 3; translate what changed since version 2 and set source_version: 3, or leave the file as it is on main$/,
  },
  {
    name: 'an edit in the pull request that raises the original, the translation left behind',
    change: async (repo) => {
      await raiseOriginal(repo, 'step');
      await editTranslation(repo);
    },
    expected: [`${SOURCE_VERSION} translation-edit-current error`, BEHIND],
  },
  {
    name: 'an outdated translation brought up to the original',
    change: async (repo) => {
      await raisedOnMain(repo, 'step');
      await editTranslation(repo);
      await raiseSource(repo);
    },
    expected: [],
  },
  {
    name: 'source_version raised with the text unchanged, after the original changed a step',
    change: async (repo) => {
      await raisedOnMain(repo, 'step');
      await raiseSource(repo);
    },
    expected: [`${SOURCE_VERSION} translation-source-raised error`],
    says: /^Unexpected `source_version` 3 with the text unchanged from main, expected the text translated anew: the original's title, summary or body changed between version 2 and version 3; translate that change, or keep source_version: 2$/,
  },
  {
    name: 'source_version raised with the text unchanged, after the original changed only its escalation',
    change: async (repo) => {
      await raisedOnMain(repo, 'escalation');
      await raiseSource(repo);
    },
    expected: [],
  },
  {
    name: 'source_version raised with the text unchanged, with the original changed in the same pull request',
    change: async (repo) => {
      await raiseOriginal(repo, 'step');
      await raiseSource(repo);
    },
    expected: [`${SOURCE_VERSION} translation-source-raised error`],
  },
  {
    name: 'source_version past the original',
    change: (repo) => raiseSource(repo),
    expected: [`${SOURCE_VERSION} translation-version-exists error`],
  },
  {
    name: 'new phrases staff say in an outdated translation: not an edit of what is read',
    change: async (repo) => {
      await raisedOnMain(repo, 'step');
      await repo.edit(UK_T1, 'source_version: 2', 'source_version: 2\nphrases: [квиток не сканується]');
    },
    expected: [BEHIND],
  },
];

describe('checkRepository in pull-request mode, on translations', () => {
  it.each(cases)('$name: reports exactly the expected findings', async ({ change, expected, says }) => {
    const repo = await createGitRepo();
    await change(repo);
    const findings = findingsOf(await checkRepository({ cwd: repo.root, today: TODAY, base: 'main' }));
    expect(findings.map(locate).sort()).toEqual([...expected].sort());
    if (says) expect(findings.find((finding) => locate(finding) === expected[0])?.reason).toMatch(says);
  });

  it('reports nothing of the kind without a base, even with the same changes', async () => {
    const repo = await createGitRepo();
    await raisedOnMain(repo, 'step');
    await editTranslation(repo);
    expect(findingsOf(await checkRepository({ cwd: repo.root, today: TODAY })).map(locate)).toEqual([BEHIND]);
  });

  it('has a case for every translation pull-request rule, so removing one fails a test', () => {
    const ruleIds = translationPullRequestRules.map(([rule]) => rule.name.replace(/^handbook:/, ''));
    const covered = new Set(cases.flatMap(({ expected }) => expected.map((at) => at.split(' ')[1])));
    expect(ruleIds.filter((id) => !covered.has(id))).toEqual([]);
    expect(ruleIds).toHaveLength(2);
  });
});
