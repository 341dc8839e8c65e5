import { glob, mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { VFile } from 'vfile';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { findingsOf, locate, type Finding } from '../../test/fixture-repo.ts';
import { initGitRepo, type GitRepo } from '../../test/git-repo.ts';
import { readFirstVersions } from '../git/index.ts';
import { parseDocumentText } from '../model/index.ts';
import { checkEarlierVersions } from './check-earlier-versions.ts';
import { loadPullRequestBase } from './pull-request-base.ts';
import { historyRules, newDocumentRules } from './rules/index.ts';

// Counted, not changed: how many times a check reads the history.
vi.mock('../git/index.ts', async (original) => {
  const git = await original<typeof import('../git/index.ts')>();
  return { ...git, readFirstVersions: vi.fn(git.readFirstVersions) };
});

const folders: string[] = [];
afterAll(() => Promise.all(folders.map((folder) => rm(folder, { recursive: true, force: true }))));

async function newFolder(): Promise<string> {
  const folder = await mkdtemp(join(tmpdir(), 'handbook-earlier-versions-'));
  folders.push(folder);
  return folder;
}

async function newRepo(): Promise<GitRepo> {
  return initGitRepo(await newFolder());
}

const WHERE = 'The signed paper copies are in the head-office archive.';

/** A code whose `version` value is at line 4, column 10, and whose `earlier_versions` (when given) starts line 5. */
const code = (id: string, version: number, where?: string) =>
  `---\ncode: ${id}\ntitle: Lost e-tickets\nversion: ${version}\n${where ? `earlier_versions: ${where}\n` : ''}---\n\n## Steps\n\n1. Say the code.\n`;
const standard = (version: number, where?: string) =>
  `---\ntitle: Refunds\nsummary: How refunds work.\nversion: ${version}\n${where ? `earlier_versions: ${where}\n` : ''}---\n\nRefund to the card.\n`;

const T1 = 'content/codes/TKT-001.mdx';
const T2 = 'content/codes/TKT-002.mdx';
const T3 = 'content/codes/TKT-003.mdx';
const REFUNDS = 'content/standards/refunds.mdx';

/** Every original under `cwd`, read and parsed as the checker reads them. */
async function readOriginals(cwd: string): Promise<VFile[]> {
  const files: VFile[] = [];
  for await (const path of glob('content/{codes,standards}/*.mdx', { cwd })) {
    files.push(parseDocumentText(path, await readFile(join(cwd, path), 'utf8')).file);
  }
  return files;
}

/** What checkEarlierVersions reports on the originals under `cwd`, with `base` for pull-request mode. */
async function check(cwd: string, base?: string): Promise<Finding[]> {
  const files = await readOriginals(cwd);
  await checkEarlierVersions(cwd, files, base === undefined ? undefined : await loadPullRequestBase(cwd, base));
  return findingsOf(files);
}

const located = (findings: readonly Finding[]) => findings.map(locate).sort();

describe('earlier-versions: the field exactly when git records a document from above version 1', () => {
  it('requires it, on `version`, when the history starts above version 1', async () => {
    const repo = await newRepo();
    await repo.write(T1, code('TKT-001', 3));
    await repo.write(REFUNDS, standard(2));
    repo.commit('Import the paper handbook');
    await repo.write(T1, code('TKT-001', 4));
    repo.commit('TKT-001 v4');
    const findings = await check(repo.root);
    expect(located(findings)).toEqual([`${T1}:4:10 earlier-versions error`, `${REFUNDS}:4:10 earlier-versions error`]);
    expect(findings.find(({ path }) => path === T1)?.reason).toBe(
      'Missing `earlier_versions`: git records this code from version 3, so versions 1–2 were approved before the repository: add `earlier_versions:` with one line saying where they are kept, such as "Signed paper copies in the head-office archive"',
    );
    expect(findings.find(({ path }) => path === REFUNDS)?.reason).toMatch(
      /^Missing `earlier_versions`: git records this standard from version 2, so version 1 was approved/,
    );
  });

  it('accepts it when the history starts above version 1', async () => {
    const repo = await newRepo();
    await repo.write(T1, code('TKT-001', 3, WHERE));
    await repo.write(REFUNDS, standard(2, WHERE));
    repo.commit('Import the paper handbook');
    expect(await check(repo.root)).toEqual([]);
  });

  it('refuses it, on the field, when git records version 1', async () => {
    const repo = await newRepo();
    await repo.write(T1, code('TKT-001', 1));
    await repo.write(T2, code('TKT-002', 1));
    repo.commit('First versions');
    await repo.write(T1, code('TKT-001', 2, WHERE));
    await repo.write(T2, code('TKT-002', 2));
    const findings = await check(repo.root);
    expect(located(findings)).toEqual([`${T1}:5:1 earlier-versions error`]);
    expect(findings[0]?.reason).toBe(
      'Unexpected `earlier_versions`: git records this code from version 1, so no version is older than the repository; remove the field',
    );
  });

  it('takes a document git has not recorded yet to start at its version', async () => {
    const repo = await newRepo();
    await repo.write(T1, code('TKT-001', 1));
    repo.commit('First version');
    await repo.write(T2, code('TKT-002', 2));
    await repo.write(T3, code('TKT-003', 1, WHERE));
    await repo.write(REFUNDS, standard(3, WHERE));
    const findings = await check(repo.root);
    expect(located(findings)).toEqual([`${T2}:4:10 earlier-versions error`, `${T3}:5:1 earlier-versions error`]);
    expect(findings.find(({ path }) => path === T2)?.reason).toMatch(
      /^Missing `earlier_versions`: this new code starts at version 2: start it at version 1, or, if version 1 was approved before the repository, add `earlier_versions:`/,
    );
    expect(findings.find(({ path }) => path === T3)?.reason).toMatch(/^Unexpected `earlier_versions`: this new code starts at version 1/);
  });

  it('says nothing without a history to read: outside git, or in a shallow clone', async () => {
    const outside = await newFolder();
    const notGit = initGitRepo(outside);
    await notGit.write(T1, code('TKT-001', 3));
    await notGit.write(T2, code('TKT-002', 1, WHERE));
    await rm(join(outside, '.git'), { recursive: true, force: true });
    expect(await check(outside)).toEqual([]);

    const repo = await newRepo();
    await repo.write(T1, code('TKT-001', 3));
    repo.commit('Import');
    await repo.write(T1, code('TKT-001', 4));
    repo.commit('v4');
    const clone = await newFolder();
    repo.git('clone', '--quiet', '--depth', '1', `file://${repo.root}`, clone);
    expect(await check(clone)).toEqual([]);
  });

  it('reads the history once for the whole check, however many documents', async () => {
    const repo = await newRepo();
    for (let index = 1; index <= 30; index++) await repo.write(`content/codes/TKT-${String(index).padStart(3, '0')}.mdx`, code('TKT', 2));
    repo.commit('Import');
    const files = await readOriginals(repo.root);
    vi.mocked(readFirstVersions).mockClear();
    await checkEarlierVersions(repo.root, files);
    expect(findingsOf(files)).toHaveLength(30);
    expect(readFirstVersions).toHaveBeenCalledTimes(1);
  });
});

describe('new-document-version: in a pull request a new document starts at version 1 unless it says where the earlier ones are', () => {
  async function branchFromMain(): Promise<GitRepo> {
    const repo = await newRepo();
    await repo.write(T1, code('TKT-001', 1));
    repo.commit('TKT-001');
    repo.git('switch', '--quiet', '-c', 'proposal');
    return repo;
  }

  it('refuses, on `version`, a new document above version 1 even when this branch records it from version 1', async () => {
    const repo = await branchFromMain();
    await repo.write(T2, code('TKT-002', 1));
    repo.commit('TKT-002 v1');
    await repo.write(T2, code('TKT-002', 2));
    repo.commit('TKT-002 v2, before review');
    // Squashed into main, TKT-002 would start there at version 2: earlier-versions cannot see that, the base can.
    const findings = await check(repo.root, 'main');
    expect(located(findings)).toEqual([`${T2}:4:10 new-document-version error`]);
    expect(findings[0]?.reason).toBe(
      'Unexpected `version` 2 on a new code (main does not have it), expected 1: a document starts at version 1, or, if version 1 was approved before the repository, add `earlier_versions:` with one line saying where it is kept, such as "Signed paper copies in the head-office archive"',
    );
  });

  it('accepts a new document at version 1, or above with the field, and leaves changed documents to the other rules', async () => {
    const repo = await branchFromMain();
    await repo.write(T1, code('TKT-001', 2));
    await repo.write(T2, code('TKT-002', 1));
    await repo.write(T3, code('TKT-003', 3, WHERE));
    await repo.write(REFUNDS, standard(1));
    expect(await check(repo.root, 'main')).toEqual([]);
  });

  it('does not repeat what earlier-versions says of a new document', async () => {
    const repo = await branchFromMain();
    await repo.write(T2, code('TKT-002', 3));
    expect(located(await check(repo.root, 'main'))).toEqual([`${T2}:4:10 earlier-versions error`]);
  });

  it('still holds in a shallow clone, where earlier-versions cannot read the history', async () => {
    const repo = await newRepo();
    for (const version of [1, 2, 3]) {
      await repo.write(T1, code('TKT-001', version));
      repo.commit(`TKT-001 v${version}`);
    }
    repo.git('switch', '--quiet', '-c', 'proposal');
    await repo.write(T2, code('TKT-002', 2));
    repo.commit('TKT-002 at v2');
    // Two commits from each branch: enough to find where the branch left main, not the first version of TKT-001.
    const clone = await newFolder();
    repo.git('clone', '--quiet', '--depth', '2', '--no-single-branch', '--branch', 'proposal', `file://${repo.root}`, clone);
    expect(located(await check(clone, 'origin/main'))).toEqual([`${T2}:4:10 new-document-version error`]);
  });
});

describe('the rule lists', () => {
  it('hold exactly the two rules these cases cover, so removing one fails a test', () => {
    expect([...historyRules, ...newDocumentRules].map(([rule]) => rule.name)).toEqual(['handbook:earlier-versions', 'handbook:new-document-version']);
  });
});

describe('the sample handbook', () => {
  it('says where the earlier versions are of every document git records from above version 1, and of no other', async () => {
    const projectRoot = fileURLToPath(new URL('../../', import.meta.url));
    expect(located(await check(projectRoot))).toEqual([]);
  });
});
