import { execFileSync } from 'node:child_process';
import { cp, mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const projectRoot = fileURLToPath(new URL('../../', import.meta.url));
const siteFixture = fileURLToPath(new URL('../fixtures/site/content/', import.meta.url));

/** A standards repo with its own git history, inside the project so its build resolves the site's packages. */
export interface TemporaryRepo {
  root: string;
  write(path: string, text: string): Promise<void>;
  remove(path: string): Promise<void>;
  /** Commit everything and return the commit hash. */
  commit(message: string): string;
  git(...args: string[]): string;
  dispose(): Promise<void>;
}

export async function createGitRepo(prefix: string): Promise<TemporaryRepo> {
  await mkdir(join(projectRoot, '.handbook'), { recursive: true });
  const root = await mkdtemp(join(projectRoot, '.handbook', prefix));
  const git = (...args: string[]) => execFileSync('git', args, { cwd: root, encoding: 'utf8', env: { ...process.env, LC_ALL: 'C' } }).trim();
  git('init', '--quiet', '--initial-branch=main');
  git('config', 'user.name', 'Olena Kravets');
  git('config', 'user.email', 'olena@example.org');
  git('config', 'commit.gpgsign', 'false');
  // Roles, categories and settings from the site fixture; documents are each test's own.
  await mkdir(join(root, 'content', 'codes'), { recursive: true });
  await mkdir(join(root, 'content', 'standards'), { recursive: true });
  for (const file of ['roles.yaml', 'categories.yaml', 'handbook.yaml']) await cp(join(siteFixture, file), join(root, 'content', file));
  return {
    root,
    async write(path, text) {
      await mkdir(dirname(join(root, path)), { recursive: true });
      await writeFile(join(root, path), text);
    },
    async remove(path) {
      await rm(join(root, path));
    },
    commit(message) {
      git('add', '--all');
      git('commit', '--quiet', '-m', message);
      return git('rev-parse', 'HEAD');
    },
    git,
    dispose: () => rm(root, { recursive: true, force: true }),
  };
}
