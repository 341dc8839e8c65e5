import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { codeFile, type CodeVersion } from './support/code-file.ts';
import { createBuildableRepo, type BuildableRepo } from './support/git-repo.ts';
import { openBuiltSite, type OpenSite } from './support/site.ts';

const WHERE = 'The signed paper copies are in the zebracorn binder at head office.';
const V3: CodeVersion = { version: 3, effective: '2026-03-02', changeNote: 'Imported from paper.', step: 'Reissue the tickets.', escalationAfter: '10 min' };
const V4: CodeVersion = { ...V3, version: 4, effective: '2026-06-01', changeNote: 'Call sooner.', escalationAfter: '5 min' };

/** A code's file with `earlier_versions` after its `version`. */
const withEarlier = (text: string, where: string) => text.replace(/^(version: \d+)$/m, `$1\nearlier_versions: ${where}`);

/** The history list of a built page, where the earlier versions are listed below the first the repository records. */
const historyList = (page: string) => /<ol class="sh-history"[\s\S]*?<\/ol>/.exec(page)?.[0] ?? '';
/** Text without tags, entities decoded as far as these pages need, spaces collapsed. */
const textOf = (html: string) =>
  html
    .replace(/<[^>]+>/g, ' ')
    .replace(/&#39;/g, "'")
    .replace(/\s+/g, ' ');

describe('documents older than the repository', () => {
  let repo: BuildableRepo;
  let built: OpenSite;
  const html = (path: string) => built.html(path);

  beforeAll(async () => {
    repo = await createBuildableRepo('earlier-versions-');
    const settings = await repo.read('content/handbook.yaml');
    await repo.write('content/handbook.yaml', `${settings}languages:\n  en: English\n  uk: Українська\n  ru: Русский\n`);
    // TKT-008 came to the repository at version 3; TKT-009 at version 2; TKT-010 was written here from version 1.
    await repo.write('content/codes/TKT-008.mdx', withEarlier(codeFile('TKT-008', V3), WHERE));
    await repo.write(
      'content/codes/TKT-009.mdx',
      withEarlier(codeFile('TKT-009', { ...V3, version: 2 }), 'Approved by e-mail; the thread is in the shared mailbox.'),
    );
    await repo.write('content/codes/TKT-010.mdx', codeFile('TKT-010', { ...V3, version: 1 }));
    repo.commit('Import the paper handbook');
    await repo.write('content/codes/TKT-008.mdx', withEarlier(codeFile('TKT-008', V4), WHERE));
    repo.commit('TKT-008 v4');
    built = await openBuiltSite(repo.root);
  });

  afterAll(async () => {
    await built?.close();
    await repo?.dispose();
  });

  const SENTENCE = 'Versions 1–2 were approved before this handbook moved to the repository.';

  it('says on the history list of the version pages and the current page which versions came before, and where they are', async () => {
    for (const path of ['codes/TKT-008/v3', 'codes/TKT-008/v4', 'codes/TKT-008']) {
      const list = textOf(historyList(await html(path)));
      expect(list, path).toContain(`${SENTENCE} ${WHERE}`);
      // Below the first version the repository records, the oldest in the list.
      expect(list.indexOf(SENTENCE), path).toBeGreaterThan(list.indexOf('Version 3'));
    }
  });

  it('says it again in the document control printed with every version page, where the history list is not printed', async () => {
    const v3 = await html('codes/TKT-008/v3');
    const control = /<div class="sh-audit__earlier"[^>]*>([\s\S]*?)<\/div>/.exec(v3)?.[1] ?? '';
    expect(textOf(control)).toContain(`${SENTENCE} ${WHERE}`);
    const { page } = built;
    await page.goto(`${built.origin}/codes/TKT-008/v3/`);
    const earlier = page.locator('.sh-audit__earlier');
    const list = page.locator('.sh-history');
    // On screen the history list says it once; printed, the list is left out and the document control says it.
    expect([await earlier.isVisible(), await list.isVisible()]).toEqual([false, true]);
    await page.emulateMedia({ media: 'print' });
    expect([await earlier.isVisible(), await list.isVisible()]).toEqual([true, false]);
    await page.emulateMedia({ media: 'screen' });
  });

  it('names a single earlier version as one, and says nothing of a document the repository has from version 1', async () => {
    expect(textOf(historyList(await html('codes/TKT-009/v2')))).toContain('Version 1 was approved before this handbook moved to the repository.');
    const tkt010 = await html('codes/TKT-010/v1');
    expect(tkt010).not.toContain('before this handbook moved to the repository');
  });

  it("says it in the reader's language, with the document's own line as written", async () => {
    expect(textOf(historyList(await html('uk/codes/TKT-008')))).toContain(`Версії 1–2 затверджено до того, як довідник перейшов до репозиторію. ${WHERE}`);
    expect(textOf(historyList(await html('ru/codes/TKT-008')))).toContain(`Версии 1–2 утверждены до того, как справочник перешёл в репозиторий. ${WHERE}`);
    expect(textOf(historyList(await html('uk/codes/TKT-009')))).toContain('Версію 1 затверджено до того, як довідник перейшов до репозиторію.');
  });
});
