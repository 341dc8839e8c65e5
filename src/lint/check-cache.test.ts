import { readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { createRepo, FIXTURES, findingsOf, locate, removeRepos, TODAY } from '../../test/fixture-repo.ts';
import { CHECK_CACHE_DIR } from './check-cache.ts';
import { checkRepository, type CheckOptions } from './check-repository.ts';

afterAll(removeRepos);

const CLK = 'content/codes/CLK-001.mdx';
const TKT1 = 'content/codes/TKT-001.mdx';
const UK_TKT1 = 'content/uk/codes/TKT-001.mdx';

/**
 * Check `cwd` with the cache; report every finding as `path:line:col rule severity` and which files were parsed
 * (a file with a message is parsed twice, fast then exactly: it is listed once).
 */
async function check(cwd: string, options: Partial<CheckOptions> = {}) {
  const parsed = new Set<string>();
  const files = await checkRepository({ cwd, today: TODAY, cache: true, onParse: (path) => parsed.add(path), ...options });
  return { findings: findingsOf(files).map(locate).sort(), parsed: [...parsed].sort(), files };
}

const uncached = async (cwd: string, options: Partial<CheckOptions> = {}) =>
  findingsOf(await checkRepository({ cwd, today: TODAY, ...options }))
    .map(locate)
    .sort();

async function edit(cwd: string, path: string, from: string, to: string): Promise<void> {
  const text = await readFile(join(cwd, path), 'utf8');
  if (!text.includes(from)) throw new Error(`${path} does not hold ${from}`);
  await writeFile(join(cwd, path), text.replace(from, to));
}

describe('the check cache', () => {
  it('parses nothing the second time when nothing changed, and reports the same', async () => {
    const cwd = await createRepo('owner-exists');
    const first = await check(cwd);
    expect(first.parsed.length).toBeGreaterThan(5);
    expect(first.findings).toEqual(['content/codes/TKT-003.mdx:7:8 owner-exists error']);
    expect(await readdir(join(cwd, CHECK_CACHE_DIR))).not.toEqual([]);

    const second = await check(cwd);
    expect(second.parsed).toEqual([]);
    expect(second.findings).toEqual(first.findings);
  });

  it('re-checks a changed file, and only that file, and shows its new message', async () => {
    const cwd = await createRepo();
    expect((await check(cwd)).findings).toEqual([]);
    await edit(cwd, CLK, 'owner: usher', 'owner: night-porter');
    const after = await check(cwd);
    expect(after.parsed).toEqual([CLK]);
    expect(after.findings).toEqual([`${CLK}:7:8 owner-exists error`]);
  });

  it('reports a message kept in the cache exactly as an uncached check does, reason and place included', async () => {
    const cwd = await createRepo('steps-second-list');
    await check(cwd);
    const { files: cached, parsed } = await check(cwd);
    expect(parsed).toEqual([]);
    const fresh = await checkRepository({ cwd, today: TODAY });
    const messages = (files: typeof fresh) =>
      files.flatMap((file) =>
        file.messages.map(({ reason, line, column, place, ruleId, source, fatal, url }) => ({ reason, line, column, place, ruleId, source, fatal, url })),
      );
    expect(messages(cached)).toEqual(messages(fresh));
    expect(messages(cached)).not.toEqual([]);
  });

  it('re-checks what depends on roles.yaml when it changes, without parsing the documents again', async () => {
    const cwd = await createRepo();
    await check(cwd);
    await edit(cwd, 'content/roles.yaml', 'usher:\n  title: Usher', 'door-usher:\n  title: Usher');
    const after = await check(cwd);
    // CLK-001 and TKT-002 are owned by the usher; the message lists the roles roles.yaml defines now.
    expect(after.findings).toEqual([`${CLK}:7:8 owner-exists error`, 'content/codes/TKT-002.mdx:7:8 owner-exists error']);
    expect(after.findings).toEqual(await uncached(cwd));
    expect(after.parsed).toEqual([]);

    await edit(cwd, 'content/roles.yaml', 'door-usher:\n  title: Usher', 'usher:\n  title: Usher');
    expect((await check(cwd)).findings).toEqual([]);
  });

  it('sees a code added in another file: the related code of an unchanged file now exists', async () => {
    const cwd = await createRepo('related-missing');
    const before = await check(cwd);
    expect(before.findings).toEqual(['content/codes/TKT-003.mdx:16:20 related-exist error']);
    const tkt2 = await readFile(join(cwd, 'content/codes/TKT-002.mdx'), 'utf8');
    await writeFile(join(cwd, 'content/codes/TKT-404.mdx'), tkt2.replace('code: TKT-002', 'code: TKT-404'));
    const after = await check(cwd);
    expect(after.findings).toEqual([]);
    expect(after.parsed).toEqual(['content/codes/TKT-404.mdx']);
  });

  it('measures review dates from each run’s day, not from the day the findings were kept', async () => {
    const cwd = await createRepo();
    expect((await check(cwd)).findings).toEqual([]);
    const later = await check(cwd, { today: new Date('2030-01-20T00:00:00Z') });
    expect(later.findings).toEqual(['content/codes/CLK-001.mdx:10:12 review-overdue error', 'content/standards/refunds.mdx:8:12 review-due-soon warning']);
    expect(later.findings).toEqual(await uncached(cwd, { today: new Date('2030-01-20T00:00:00Z') }));
    expect(later.parsed).toEqual([]);
  });

  it('re-checks a translation against its original’s new steps, parsing the translation again', async () => {
    const cwd = await createRepo();
    await check(cwd);
    await edit(cwd, TKT1, '4. Promise the refund within **3 business days**.', '4. Promise the refund within **3 business days**.\n5. Thank the guest.');
    const after = await check(cwd);
    expect(after.findings).toEqual(await uncached(cwd));
    expect(after.findings).toEqual([expect.stringMatching(new RegExp(`^${UK_TKT1}:\\d+:\\d+ translation-steps-count error$`))]);
    expect(after.parsed).toEqual([TKT1, UK_TKT1]);
  });

  it('keeps --strict findings apart: an outdated translation is a warning, then an error, then a warning again', async () => {
    const cwd = await createRepo('translation-outdated');
    const outdated = (severity: string) => [`content/uk/standards/refunds.mdx:4:17 translation-outdated ${severity}`];
    expect((await check(cwd)).findings).toEqual(outdated('warning'));
    expect((await check(cwd, { strict: true })).findings).toEqual(outdated('error'));
    const lenient = await check(cwd);
    expect(lenient.findings).toEqual(outdated('warning'));
    expect(lenient.parsed).toEqual([]);
  });

  it('forgets a deleted file, and reports a file emptied since', async () => {
    const cwd = await createRepo('owner-exists');
    await check(cwd);
    await writeFile(join(cwd, 'content/codes/TKT-003.mdx'), '');
    expect((await check(cwd)).findings).toEqual(['content/codes/TKT-003.mdx:1:1 file-empty error']);
    await rm(join(cwd, 'content/codes/TKT-003.mdx'));
    const after = await check(cwd);
    expect(after.findings).toEqual([]);
    expect(after.parsed).toEqual([]);
  });

  it('starts afresh from a cache file it cannot read', async () => {
    const cwd = await createRepo('owner-exists');
    await check(cwd);
    const [name] = await readdir(join(cwd, CHECK_CACHE_DIR));
    await writeFile(join(cwd, CHECK_CACHE_DIR, name!), 'not a cache');
    const after = await check(cwd);
    expect(after.findings).toEqual(['content/codes/TKT-003.mdx:7:8 owner-exists error']);
    expect(after.parsed.length).toBeGreaterThan(5);
  });
});

describe('cached and uncached checks', () => {
  it('report the same findings for every fixture, checked cold and then warm', async () => {
    const overlays = [undefined, ...(await readdir(join(FIXTURES, 'bad')))];
    for (const overlay of overlays) {
      const cwd = await createRepo(overlay);
      const expected = await uncached(cwd);
      expect({ overlay, findings: (await check(cwd)).findings }).toEqual({ overlay, findings: expected });
      const warm = await check(cwd);
      expect({ overlay, findings: warm.findings, parsed: warm.parsed }).toEqual({ overlay, findings: expected, parsed: [] });
    }
  });
});
