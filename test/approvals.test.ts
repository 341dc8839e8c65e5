import { afterEach, describe, expect, it } from 'vitest';
import { readHistory } from '../src/git/history/read-history.ts';
import { codeFile } from './support/code-file.ts';
import { createBuildableRepo, type BuildableRepo } from './support/git-repo.ts';

const code = (version: number, step: string) =>
  codeFile('TKT-008', { version, effective: `2026-0${version}-01`, changeNote: `Version ${version}.`, step, escalationAfter: '10 min' });

describe('who approved a version, read from git', () => {
  let repo: BuildableRepo;
  afterEach(() => repo?.dispose());

  it('credits the merge of a pull request to whoever merged it, on the merge date', async () => {
    repo = await createBuildableRepo('approvals-merge-');
    await repo.write('content/codes/TKT-008.mdx', code(1, 'Walk the guest to the box office.'));
    repo.commit('TKT-008 v1');
    repo.git('checkout', '--quiet', '-b', 'proposal');
    await repo.write('content/codes/TKT-008.mdx', code(2, 'Walk the guest to the box office and say the code.'));
    const proposed = repo.commit('TKT-008 v2');
    repo.git('checkout', '--quiet', 'main');
    repo.git('-c', 'user.name=Dmitri Volkov', 'merge', '--quiet', '--no-ff', '-m', 'Merge TKT-008 v2', 'proposal');
    const merge = repo.git('rev-parse', 'HEAD');

    const { records } = await readHistory(repo.root);
    const v2 = records.find((record) => record.version === 2)!;
    expect(v2.commit).toBe(proposed);
    expect(v2.approvedBy).toBe('Dmitri Volkov');
    expect(v2.mergedOn).toBe(repo.git('show', '-s', '--format=%cI', merge));
    expect(records.find((record) => record.version === 1)!.approvedBy).toBe('Handbook Test');
  });

  it('prefers an Approved-by trailer', async () => {
    repo = await createBuildableRepo('approvals-trailer-');
    await repo.write('content/codes/TKT-008.mdx', code(1, 'Walk the guest to the box office.'));
    repo.git('add', '--all');
    repo.git('commit', '--quiet', '-m', 'TKT-008 v1\n\nApproved-by: Olena Kravets');
    const { records } = await readHistory(repo.root);
    expect(records.map((record) => record.approvedBy)).toEqual(['Olena Kravets']);
  });
});
