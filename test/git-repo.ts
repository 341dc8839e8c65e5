// Throw-away git repositories for the tests of git-backed features: pull-request
// mode, the change summary. Each starts from the checker's good fixture repo.
import { execFileSync } from 'node:child_process';
import { mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { createRepo } from './fixture-repo.ts';

export interface GitRepo {
  root: string;
  git(...args: string[]): string;
  read(path: string): Promise<string>;
  write(path: string, text: string): Promise<void>;
  /** Replace `from` with `to` in a file; fails the test when `from` is not there, so a stale edit cannot pass silently. */
  edit(path: string, from: string | RegExp, to: string): Promise<void>;
  remove(path: string): Promise<void>;
  commit(message: string): string;
}

/** A git repo holding the good fixture repo as its first commit on `main`. */
export async function createGitRepo(): Promise<GitRepo> {
  const root = await createRepo();
  // The fixture holds Astro's cache folders; keep them out of the history as a real repo would.
  await rm(join(root, 'node_modules'), { recursive: true, force: true });
  const repo = initGitRepo(root);
  repo.commit('Good handbook');
  return repo;
}

/** Turn a folder into a git repo on `main` with no commits yet. */
export function initGitRepo(root: string): GitRepo {
  const git = (...args: string[]) => execFileSync('git', args, { cwd: root, encoding: 'utf8', env: { ...process.env, LC_ALL: 'C' } }).trim();
  git('init', '--quiet', '--initial-branch=main');
  // Set locally, so the test never depends on (or changes) the machine's git identity or signing setup.
  git('config', 'user.name', 'Handbook Test');
  git('config', 'user.email', 'handbook-test@example.org');
  git('config', 'commit.gpgsign', 'false');
  const repo: GitRepo = {
    root,
    git,
    read: (path) => readFile(join(root, path), 'utf8'),
    async write(path, text) {
      await mkdir(dirname(join(root, path)), { recursive: true });
      await writeFile(join(root, path), text);
    },
    async edit(path, from, to) {
      const text = await repo.read(path);
      const edited = text.replace(from, to);
      if (edited === text) throw new Error(`edit(${path}): ${String(from)} not found`);
      await repo.write(path, edited);
    },
    remove: (path) => rm(join(root, path)),
    commit(message) {
      git('add', '--all');
      git('commit', '--quiet', '--no-verify', '--allow-empty', '-m', message);
      return git('rev-parse', 'HEAD');
    },
  };
  return repo;
}
