import { cp, mkdir, mkdtemp, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { initGitRepo, type GitRepo } from '../git-repo.ts';

const projectRoot = fileURLToPath(new URL('../../', import.meta.url));
const siteFixture = fileURLToPath(new URL('../fixtures/site/content/', import.meta.url));

/** A new folder inside the project (under the git-ignored .handbook/), where a built repo resolves the site's packages. */
export async function scratchFolder(prefix: string): Promise<string> {
  await mkdir(join(projectRoot, '.handbook'), { recursive: true });
  return mkdtemp(join(projectRoot, '.handbook', prefix));
}

/** A standards repo with its own git history that the site can be built from. */
export interface BuildableRepo extends GitRepo {
  dispose(): Promise<void>;
}

/**
 * An empty git repo with the site fixture's roles, categories and settings,
 * inside the project (under the git-ignored .handbook/) so that its build
 * resolves the site's packages; documents are each test's own.
 */
export async function createBuildableRepo(prefix: string): Promise<BuildableRepo> {
  const root = await scratchFolder(prefix);
  await mkdir(join(root, 'content', 'codes'), { recursive: true });
  await mkdir(join(root, 'content', 'standards'), { recursive: true });
  for (const file of ['roles.yaml', 'categories.yaml', 'handbook.yaml']) await cp(join(siteFixture, file), join(root, 'content', file));
  return { ...initGitRepo(root), dispose: () => rm(root, { recursive: true, force: true }) };
}
