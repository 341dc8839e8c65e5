import { readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { createRepo, FIXTURES, removeRepos, TODAY } from '../../test/fixture-repo.ts';
import { checkRepository, type CheckOptions } from './check-repository.ts';

afterAll(removeRepos);

/** Every message of every file, as the reports read it. */
async function report(options: CheckOptions) {
  const files = await checkRepository({ today: TODAY, ...options });
  return files.map((file) => ({
    path: file.path,
    messages: file.messages.map(({ reason, line, column, place, ruleId, source, fatal }) => ({ reason, line, column, place, ruleId, source, fatal })),
  }));
}

describe('checking on worker threads', () => {
  // Each check starts two workers, which load the checker anew: a second apiece, so a sample of the fixtures that
  // covers broken MDX and YAML, files without frontmatter or text, translations and each tree-walking rule.
  const overlays = [
    undefined,
    'mdx-syntax',
    'frontmatter-yaml-broken',
    'frontmatter-missing',
    'empty-file',
    'translation-steps-count',
    'translation-mdx-syntax',
    'no-executable-content',
    'placeholder-text',
    'done-when',
  ];

  it('reports what the main thread reports, message for message, for fixtures of every kind', async () => {
    const known = new Set(await readdir(join(FIXTURES, 'bad')));
    expect(overlays.filter((overlay) => overlay !== undefined && !known.has(overlay))).toEqual([]);
    const cwds = await Promise.all(overlays.map((overlay) => createRepo(overlay)));
    for (const [index, cwd] of cwds.entries()) {
      const parsed: boolean[] = [];
      const onWorkers = await report({ cwd, workers: 2, workersFrom: 1, onParse: (_, __, onWorker = false) => parsed.push(onWorker) });
      expect({ overlay: overlays[index], report: onWorkers }).toEqual({ overlay: overlays[index], report: await report({ cwd, workers: 0 }) });
      expect(parsed).toContain(true);
    }
  });

  it('fills the cache, so the next check parses nothing and reports the same', async () => {
    const cwd = await createRepo('steps-second-list');
    const first = await report({ cwd, cache: true, workers: 2, workersFrom: 1 });
    const parsed: string[] = [];
    const second = await report({ cwd, cache: true, workers: 2, workersFrom: 1, onParse: (path) => parsed.push(path) });
    expect(parsed).toEqual([]);
    expect(second).toEqual(first);
    expect(second.flatMap(({ messages }) => messages)).not.toEqual([]);
  });
});
