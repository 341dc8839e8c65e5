import { appendFile, cp, mkdir, mkdtemp, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { buildSite } from './support/site.ts';

const projectRoot = fileURLToPath(new URL('../', import.meta.url));
const fixtureRepo = fileURLToPath(new URL('./fixtures/site/', import.meta.url));

describe('a build that skipped the checker', () => {
  const cleanup: string[] = [];
  // Astro saves its content store a moment after a refused load, at no moment a test can observe: removing a
  // repo then would fail that write. So each run removes the repos of the run before it, and its own outputs.
  beforeAll(async () => {
    const scratch = join(projectRoot, '.handbook');
    const stale = (await readdir(scratch).catch(() => [] as string[])).filter((name) => name.startsWith('refuse-'));
    await Promise.all(stale.map((name) => rm(join(scratch, name), { recursive: true, force: true })));
  });
  afterEach(async () => {
    await Promise.all(cleanup.splice(0).map((path) => rm(path, { recursive: true, force: true })));
  });

  it.each([
    ['an expression', '\n{globalThis.ranAtBuild = true}\n', /Unexpected `\{…\}` expression/],
    ['an export', '\nexport const ranAtBuild = 1\n', /Unexpected `import`\/`export`/],
    ['a script element', '\n<script>alert(1)</script>\n', /Unexpected `<script>`/],
    ['a component the handbook does not have', '\n<Video src="intro.mp4" />\n', /Unexpected `<Video>`, expected one of the handbook's components/],
  ])('refuses %s in a code body, naming the file and line', async (_kind, addition, reason) => {
    // Inside the project so the repo's content resolves the site's packages, as a real standards repo does.
    await mkdir(join(projectRoot, '.handbook'), { recursive: true });
    const repo = await mkdtemp(join(projectRoot, '.handbook', 'refuse-'));
    const outDir = await mkdtemp(join(tmpdir(), 'handbook-refuse-out-'));
    cleanup.push(outDir);
    await cp(fixtureRepo, repo, { recursive: true });
    await appendFile(join(repo, 'content', 'codes', 'CLK-001.mdx'), addition);

    const build = buildSite(repo, outDir);
    await expect(build).rejects.toThrow(reason);
    await expect(build).rejects.toThrow(/CLK-001\.mdx:\d+:\d+/);
    expect((globalThis as { ranAtBuild?: boolean }).ranAtBuild).toBeUndefined();
  });
});
