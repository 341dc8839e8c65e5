import { mkdir, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { initGitRepo, type GitRepo } from '../../../test/git-repo.ts';
import { readFirstVersions } from './first-versions.ts';
import { readHistory } from './read-history.ts';

const folders: string[] = [];
afterAll(() => Promise.all(folders.map((folder) => rm(folder, { recursive: true, force: true }))));

async function emptyFolder(): Promise<string> {
  const folder = await mkdtemp(join(tmpdir(), 'handbook-first-versions-'));
  folders.push(folder);
  return folder;
}

const document = (version: number | string, body = 'Body.') => `---\ntitle: Lost e-tickets\nversion: ${version}\n---\n\n${body}\n`;

/** A repo holding the handbook in `handbook/`, as a folder of a larger repository may. */
async function repoWithHistory(): Promise<{ repo: GitRepo; cwd: string }> {
  const root = await emptyFolder();
  const repo = initGitRepo(root);
  const at = (path: string) => `handbook/${path}`;
  await repo.write(at('content/codes/TKT-001.mdx'), document(1));
  await repo.write(at('content/codes/TKT-002.mdx'), document(3));
  await repo.write(at('content/standards/refunds.mdx'), document(2));
  await repo.write(at('content/codes/BAD-001.mdx'), document('[unclosed'));
  await repo.write(at('content/notes.md'), document(5));
  repo.commit('Import the paper handbook');
  await repo.write(at('content/codes/TKT-001.mdx'), document(2));
  await repo.write(at('content/codes/TKT-002.mdx'), document(4));
  await repo.remove(at('content/standards/refunds.mdx'));
  repo.commit('Version 2 of TKT-001, 4 of TKT-002; refunds withdrawn');
  await repo.write(at('content/standards/refunds.mdx'), document(1, 'Rewritten.'));
  await repo.write(at('content/codes/TKT-003.mdx'), document(1));
  repo.commit('Refunds back at version 1; TKT-003');
  return { repo, cwd: join(root, 'handbook') };
}

describe('readFirstVersions', () => {
  it('gives the version each document had when git first added it, by path under the folder checked', async () => {
    const { cwd } = await repoWithHistory();
    const { availability, firstVersions } = await readFirstVersions(cwd);
    expect(availability).toBe('available');
    expect(Object.fromEntries(firstVersions)).toEqual({
      'content/codes/TKT-001.mdx': 1,
      'content/codes/TKT-002.mdx': 3,
      // Deleted, then added again at a lower version: git records that version too.
      'content/standards/refunds.mdx': 1,
      'content/codes/TKT-003.mdx': 1,
      // BAD-001 has no readable version; notes.md is not a document.
    });
  });

  it('agrees with the first version of every document the site reads from history', async () => {
    const { cwd } = await repoWithHistory();
    const first = new Map<string, number>();
    for (const record of (await readHistory(cwd)).records) {
      const path = `content/${record.kind === 'code' ? 'codes' : 'standards'}/${record.id}.mdx`;
      first.set(path, Math.min(first.get(path) ?? Number.POSITIVE_INFINITY, record.version));
    }
    expect((await readFirstVersions(cwd)).firstVersions).toEqual(first);
  });

  it('knows no document in a repository without commits', async () => {
    const root = await emptyFolder();
    const repo = initGitRepo(root);
    await repo.write('content/codes/TKT-001.mdx', document(3));
    expect(await readFirstVersions(root)).toEqual({ availability: 'available', firstVersions: new Map() });
  });

  it('says when there is no history to read: outside git, or in a shallow clone', async () => {
    const outside = await emptyFolder();
    await mkdir(join(outside, 'content', 'codes'), { recursive: true });
    expect(await readFirstVersions(outside)).toEqual({ availability: 'not-a-repository', firstVersions: new Map() });

    const { repo } = await repoWithHistory();
    const clone = await emptyFolder();
    repo.git('clone', '--quiet', '--depth', '1', `file://${repo.root}`, clone);
    expect(await readFirstVersions(join(clone, 'handbook'))).toEqual({ availability: 'shallow-clone', firstVersions: new Map() });
  });
});
