import { afterAll, describe, expect, it } from 'vitest';
import { BaseRefError, checkRepository } from '../src/lint/index.ts';
import { pullRequestRules } from '../src/lint/rules/index.ts';
import { createRepo, findingsOf, locate, removeRepos, TODAY, type Finding } from './fixture-repo.ts';
import { createGitRepo, type GitRepo } from './git-repo.ts';
import { runScript, STACK_FRAME } from './run-script.ts';

afterAll(removeRepos);

const T1 = 'content/codes/TKT-001.mdx';
const T2 = 'content/codes/TKT-002.mdx';
const REFUNDS = 'content/standards/refunds.mdx';
// Ukrainian translations of TKT-001 (of version 2) and refunds (of version 3): raising an original's version leaves them behind.
const UK_T1_BEHIND = 'content/uk/codes/TKT-001.mdx:4:17 translation-outdated warning';
const UK_REFUNDS_BEHIND = 'content/uk/standards/refunds.mdx:4:17 translation-outdated warning';

/** TKT-001 in the fixture is version 2, effective 2026-03-01, with no change note. */
const properBump = (repo: GitRepo) =>
  repo.edit(T1, 'version: 2\neffective: 2026-03-01', 'version: 3\neffective: 2026-12-01\nchange_note: Photograph the tickets first.');

interface PullRequestCase {
  name: string;
  change: (repo: GitRepo) => Promise<unknown>;
  /** Every finding in pull-request mode, as `path:line:column ruleId severity`. */
  expected: string[];
  says?: RegExp;
}

// Lines and columns counted in test/fixtures/checker/good: in TKT-001, `version` is on line 9 and
// `effective` on line 10; each case's edit keeps the lines above the field where they are.
const cases: PullRequestCase[] = [
  { name: 'a properly raised version with a new note', change: properBump, expected: [UK_T1_BEHIND] },
  {
    name: 'a changed step without a new version or note',
    change: (repo) => repo.edit(T1, 'within **3 business days**', 'within **2 business days**'),
    expected: [`${T1}:9:10 version-raised error`, `${T1}:2:1 change-note-changed error`],
    says: /^Unexpected unchanged `version` 2, expected 3: this file differs from main, so raise the version by one$/,
  },
  {
    name: 'new phrases staff say, with nothing else changed: no new version needed',
    change: (repo) => repo.edit(T1, 'version: 2', 'phrases: [tickets gone from the app]\nversion: 2'),
    expected: [],
  },
  {
    name: 'new phrases and a changed step without a new version',
    change: async (repo) => {
      await repo.edit(T1, 'version: 2', 'phrases: [tickets gone from the app]\nversion: 2');
      await repo.edit(T1, 'within **3 business days**', 'within **2 business days**');
    },
    expected: [`${T1}:10:10 version-raised error`, `${T1}:2:1 change-note-changed error`],
  },
  {
    name: 'a version raised by two',
    change: (repo) => repo.edit(T1, 'version: 2', 'version: 4\nchange_note: Skipped a number.'),
    expected: [`${T1}:9:10 version-raised error`, UK_T1_BEHIND],
    says: /^Unexpected `version` 4, expected 3: raise the version by exactly one from 2 on main$/,
  },
  {
    name: 'a change note left as it was',
    change: async (repo) => {
      await repo.edit(REFUNDS, 'review_by: 2030-02-01', 'review_by: 2030-02-01\nchange_note: Cash refunds capped.');
      repo.commit('v3 note');
      await repo.edit(REFUNDS, 'version: 3', 'version: 4');
    },
    expected: [`${REFUNDS}:9:14 change-note-changed error`, UK_REFUNDS_BEHIND],
    says: /^Unexpected unchanged `change_note`, expected a new one: it still describes the version on main/,
  },
  {
    name: 'an effective date moved backwards',
    change: async (repo) => {
      await properBump(repo);
      await repo.edit(T1, 'effective: 2026-12-01', 'effective: 2026-02-28');
    },
    expected: [`${T1}:10:12 effective-not-backwards error`, UK_T1_BEHIND],
    says: /^Unexpected `effective` 2026-02-28, expected 2026-03-01 or later: the version on main took effect on 2026-03-01$/,
  },
  {
    name: 'a deleted code',
    change: (repo) => repo.remove(T2),
    // TKT-001 still relates to TKT-002: the old citation breaks too, which is why deletion is refused.
    expected: [`${T2}:1:1 document-deleted error`, `${T1}:18:11 related-exist error`],
    says: /^Unexpected deletion of code `TKT-002` \(it exists on main\): restore the file and retire it instead, with `status: retired` and `replaced_by: <CODE>`$/,
  },
  {
    name: 'a deleted standard',
    change: (repo) => repo.remove(REFUNDS),
    // Its translation is left translating nothing, one more reason deletion is refused.
    expected: [`${REFUNDS}:1:1 document-deleted error`, 'content/uk/standards/refunds.mdx:1:1 translation-original-exists error'],
  },
  {
    name: 'a renamed code',
    change: async (repo) => {
      repo.git('mv', T2, 'content/codes/TKT-009.mdx');
      await repo.edit('content/codes/TKT-009.mdx', 'code: TKT-002', 'code: TKT-009');
      await repo.edit(T1, 'TKT-002', 'TKT-009');
      await properBump(repo);
    },
    expected: ['content/codes/TKT-009.mdx:2:7 document-renamed error', UK_T1_BEHIND],
    says: /^Unexpected rename of code `TKT-002` to `TKT-009` \(content\/codes\/TKT-002.mdx on main\): ids are permanent/,
  },
  {
    name: 'a new code, which has no base to compare with',
    change: (repo) => repo.read(T2).then((text) => repo.write('content/codes/TKT-003.mdx', text.replace('TKT-002', 'TKT-003'))),
    expected: [],
  },
];

async function findingsFor({ change }: PullRequestCase): Promise<Finding[]> {
  const repo = await createGitRepo();
  await change(repo);
  return findingsOf(await checkRepository({ cwd: repo.root, today: TODAY, base: 'main' }));
}

describe('checkRepository in pull-request mode', () => {
  it.each(cases)('$name: reports exactly the expected findings', async (testCase) => {
    const findings = await findingsFor(testCase);
    expect(findings.map(locate).sort()).toEqual([...testCase.expected].sort());
    if (testCase.says) expect(findings.find((finding) => locate(finding) === testCase.expected[0])?.reason).toMatch(testCase.says);
  });

  it('compares committed work on a branch the same way as uncommitted edits', async () => {
    const repo = await createGitRepo();
    repo.git('switch', '--quiet', '-c', 'proposal');
    await repo.edit(T1, 'within **3 business days**', 'within **2 business days**');
    repo.commit('Unbumped change');
    await repo.remove(T2);
    repo.commit('Deletion');
    const findings = findingsOf(await checkRepository({ cwd: repo.root, today: TODAY, base: 'main' }));
    expect(findings.map(locate).sort()).toEqual([
      `${T1}:18:11 related-exist error`,
      `${T1}:2:1 change-note-changed error`,
      `${T1}:9:10 version-raised error`,
      `${T2}:1:1 document-deleted error`,
    ]);
  });

  it('has a case for every pull-request rule, so removing one fails a test', () => {
    const ruleIds = pullRequestRules.map(([rule]) => rule.name.replace(/^handbook:/, ''));
    const covered = new Set(cases.flatMap(({ expected }) => expected.map((at) => at.split(' ')[1])));
    expect(ruleIds.filter((id) => !covered.has(id))).toEqual([]);
    expect(ruleIds).toHaveLength(5);
  });

  it('behaves exactly as before without a base, even with the same changes', async () => {
    const repo = await createGitRepo();
    await repo.edit(T1, 'within **3 business days**', 'within **2 business days**');
    await repo.remove(T2);
    await repo.edit(T1, 'related: [TKT-002, CLK-001]', 'related: [CLK-001]');
    expect(findingsOf(await checkRepository({ cwd: repo.root, today: TODAY }))).toEqual([]);
  });

  it('throws BaseRefError for a ref it cannot compare with', async () => {
    const repo = await createGitRepo();
    await expect(checkRepository({ cwd: repo.root, base: 'origin/main' })).rejects.toThrow(BaseRefError);
  });
});

describe('npm run check -- --base', () => {
  it('writes GitHub annotations on the line of the field, and exits 1', async () => {
    const repo = await createGitRepo();
    await repo.edit(T1, 'within **3 business days**', 'within **2 business days**');
    await repo.remove(T2);
    await repo.edit(T1, 'related: [TKT-002, CLK-001]', 'related: [CLK-001]');
    const run = await runScript('check', ['--base', 'main', '--format', 'github', '--cwd', repo.root, '--today', '2026-11-25']);
    expect(run.code).toBe(1);
    const lines = run.stdout.trimEnd().split('\n');
    expect(lines).toHaveLength(3);
    expect(lines).toContain(
      '::error file=content/codes/TKT-002.mdx,line=1,col=1,title=handbook/document-deleted::Unexpected deletion of code `TKT-002` (it exists on main): restore the file and retire it instead, with `status: retired` and `replaced_by: <CODE>`',
    );
    expect(lines.find((line) => line.includes('version-raised'))).toMatch(/^::error file=content\/codes\/TKT-001.mdx,line=9,col=10,endLine=9,endColumn=11,/);
  });

  it.each([
    [['--base', 'origin/nowhere'], /^Unknown base ref origin\/nowhere: no commit has that name\. Fetch it first/],
    [['--base', ''], /^Unexpected empty --base, expected a git ref such as origin\/main/],
  ])('exits 2 with a clear message and no stack trace for %j', async (args, message) => {
    const repo = await createGitRepo();
    const run = await runScript('check', [...args, '--cwd', repo.root]);
    expect(run.code).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr).toMatch(message);
    expect(run.stderr).toContain('Usage: npm run check');
    expect(run.stderr).not.toMatch(STACK_FRAME);
  });

  it('exits 2 outside a git repository', async () => {
    const run = await runScript('check', ['--base', 'main', '--cwd', await createRepo()]);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/^Cannot compare with main: .* is not inside a git repository/);
    expect(run.stderr).not.toMatch(STACK_FRAME);
  });
});
