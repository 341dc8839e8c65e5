import { mkdir, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { BaseRefError, changedFiles, comparisonBase, isShallowClone, parseNameStatus, readFilesAtRef, resolveCommit, showFile } from '../src/git/index.ts';
import { removeRepos } from './fixture-repo.ts';
import { createGitRepo } from './git-repo.ts';

afterAll(removeRepos);

const T1 = 'content/codes/TKT-001.mdx';
const T2 = 'content/codes/TKT-002.mdx';
const CLK = 'content/codes/CLK-001.mdx';

describe('src/git against a temporary repository', () => {
  it('lists added, modified, deleted, renamed and untracked files against a base', async () => {
    const repo = await createGitRepo();
    const base = repo.git('rev-parse', 'HEAD');
    await repo.edit(T1, 'version: 2', 'version: 3');
    repo.git('mv', CLK, 'content/codes/CLK-009.mdx');
    await repo.remove(T2);
    await repo.write('content/codes/TKT-010.mdx', 'committed new file\n');
    repo.commit('Change things');
    await repo.write('content/codes/TKT-011.mdx', 'untracked new file\n');
    await repo.write('README.md', 'outside content\n');

    expect(await changedFiles(repo.root, base, ['content'])).toEqual([
      { status: 'renamed', path: 'content/codes/CLK-009.mdx', from: CLK },
      { status: 'modified', path: T1 },
      { status: 'deleted', path: T2 },
      { status: 'added', path: 'content/codes/TKT-010.mdx' },
      { status: 'added', path: 'content/codes/TKT-011.mdx' },
    ]);
    expect((await changedFiles(repo.root, base)).map(({ path }) => path)).toContain('README.md');
  });

  it('reads many files at a ref in one go and leaves out the ones that do not exist there', async () => {
    const repo = await createGitRepo();
    const first = repo.git('rev-parse', 'HEAD');
    await repo.edit(T1, 'version: 2', 'version: 3');
    repo.commit('v3');

    const files = await readFilesAtRef(repo.root, first, [T1, 'content/codes/NOPE-001.mdx', T2]);
    expect([...files.keys()]).toEqual([T1, T2]);
    expect(files.get(T1)).toContain('version: 2');
    expect(files.get(T2)).toBe(await repo.read(T2));
    expect(await showFile(repo.root, 'HEAD', T1)).toContain('version: 3');
    expect(await showFile(repo.root, 'HEAD', 'missing.mdx')).toBeUndefined();
  });

  it('compares with the commit the branch started from, not the moving tip of the base', async () => {
    const repo = await createGitRepo();
    const start = repo.git('rev-parse', 'HEAD');
    repo.git('switch', '--quiet', '-c', 'proposal');
    await repo.edit(T1, 'version: 2', 'version: 3');
    repo.commit('Proposal');
    repo.git('switch', '--quiet', 'main');
    await repo.edit(T2, 'version: 1', 'version: 2');
    repo.commit('Someone else merged first');
    repo.git('switch', '--quiet', 'proposal');

    expect(await comparisonBase(repo.root, 'main')).toBe(start);
    expect((await changedFiles(repo.root, start)).map(({ path }) => path)).toEqual([T1]);
  });

  it('refuses an unknown base ref with a message that says what to do', async () => {
    const repo = await createGitRepo();
    expect(await resolveCommit(repo.root, 'origin/nowhere')).toBeUndefined();
    await expect(comparisonBase(repo.root, 'origin/nowhere')).rejects.toThrow(BaseRefError);
    await expect(comparisonBase(repo.root, 'origin/nowhere')).rejects.toThrow(/Unknown base ref origin\/nowhere.*git fetch origin main/);
    await expect(comparisonBase(repo.root, '--output=x')).rejects.toThrow(/Unknown base ref --output=x/);
  });

  it('detects a shallow clone and says how to fetch the history', async () => {
    const repo = await createGitRepo();
    await repo.edit(T1, 'version: 2', 'version: 3');
    repo.commit('Second');
    expect(await isShallowClone(repo.root)).toBe(false);

    const shallow = await mkdtemp(join(tmpdir(), 'handbook-shallow-'));
    try {
      repo.git('clone', '--quiet', '--depth=1', `file://${repo.root}`, shallow);
      expect(await isShallowClone(shallow)).toBe(true);
      await expect(comparisonBase(shallow, 'HEAD~1')).rejects.toThrow(/shallow: fetch the whole history.*fetch-depth: 0/);
    } finally {
      await rm(shallow, { recursive: true, force: true });
    }
  });
});

describe('src/git in a subfolder of its repository', () => {
  it('reports and reads paths relative to the folder it runs in', async () => {
    const repo = await createGitRepo();
    repo.git('mv', 'content', 'handbook');
    await mkdir(join(repo.root, 'handbook/content'));
    repo.git('mv', 'handbook/codes', 'handbook/standards', 'handbook/roles.yaml', 'handbook/categories.yaml', 'handbook/content/');
    const base = repo.commit('Move the handbook into a subfolder');
    await repo.edit(`handbook/${T1}`, 'version: 2', 'version: 3');
    const cwd = join(repo.root, 'handbook');
    expect(await changedFiles(cwd, base, ['content'])).toEqual([{ status: 'modified', path: T1 }]);
    expect((await readFilesAtRef(cwd, base, [T1])).get(T1)).toContain('version: 2');
  });
});

describe('parseNameStatus', () => {
  it('reads statuses, renames with their old path, and skips conflicts', () => {
    const output = ['M', 'a.mdx', 'R087', 'old.mdx', 'new.mdx', 'U', 'conflict.mdx', 'D', 'gone.mdx', 'C100', 'x.mdx', 'copy.mdx', ''].join('\0');
    expect(parseNameStatus(output)).toEqual([
      { status: 'modified', path: 'a.mdx' },
      { status: 'renamed', path: 'new.mdx', from: 'old.mdx' },
      { status: 'deleted', path: 'gone.mdx' },
      { status: 'added', path: 'copy.mdx' },
    ]);
  });
});
