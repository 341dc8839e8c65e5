import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { codeFile, type CodeVersion } from './support/code-file.ts';
import { createBuildableRepo, type BuildableRepo } from './support/git-repo.ts';
import { buildSite } from './support/site.ts';

const V1: CodeVersion = { version: 1, effective: '2026-01-05', changeNote: 'First version.', step: 'Reissue the tickets.', escalationAfter: '10 min' };

const VENUES = `london-southbank:
  name: Aurora London Southbank
  city: London
  time_zone: Europe/London
manchester:
  name: Aurora Manchester Deansgate
  city: Manchester
  time_zone: Europe/London
`;

/** Text without tags, spaces collapsed. */
const textOf = (html: string) =>
  html
    .replace(/<[^>]+>/g, ' ')
    .replace(/&#39;/g, "'")
    .replace(/&quot;/g, '"')
    .replace(/\s+/g, ' ')
    .replace(/ ([),;:])/g, '$1')
    .trim();
/** The owner line of the document control. */
const ownerLine = (page: string) => textOf(/<dt[^>]*>Owner<\/dt>\s*<dd[^>]*>([\s\S]*?)<\/dd>/.exec(page)?.[1] ?? '');
/** The escalation ladder, whose one rung (codeFile) is the shift manager's. */
const ladderOf = (page: string) => textOf(/<ol class="sh-ladder"[^>]*>([\s\S]*?)<\/ol>/.exec(page)?.[1] ?? '');
const citationOf = (page: string) => textOf(/<output[^>]*>([\s\S]*?)<\/output>/.exec(page)?.[1] ?? '');

describe('who held the role when a version was merged', () => {
  let repo: BuildableRepo;
  let outDir: string;
  const html = (path: string) => readFile(join(outDir, path, 'index.html'), 'utf8');

  beforeAll(async () => {
    repo = await createBuildableRepo('holders-then-');
    await repo.write('content/venues.yaml', VENUES);
    // The shift manager has their own holder in Manchester; London Southbank keeps the chain-wide one.
    await repo.edit('content/roles.yaml', /(holder: Olena Kravets\n {2}contact: .*\n)/, '$1  venues:\n    manchester: { holder: Tomasz Nowak }\n');
    await repo.write('content/codes/TKT-008.mdx', codeFile('TKT-008', V1));
    await repo.write('content/codes/TKT-009.mdx', codeFile('TKT-009', V1));
    repo.commit('TKT-008 and TKT-009 at version 1');
    // After version 1: a new cinema manager for the chain (TKT-008's owner), a new shift manager in Manchester.
    await repo.edit('content/roles.yaml', 'holder: Dmitri Volkov', 'holder: Rachel Okonjo');
    await repo.edit('content/roles.yaml', 'holder: Tomasz Nowak', 'holder: Grace Adeyemi');
    repo.commit('Rachel Okonjo is cinema manager; Grace Adeyemi shift manager in Manchester');
    await repo.write('content/codes/TKT-009.mdx', codeFile('TKT-009', { ...V1, version: 2, changeNote: 'Second version.' }));
    repo.commit('TKT-009 v2');
    outDir = await mkdtemp(join(tmpdir(), 'handbook-holders-then-'));
    await buildSite(repo.root, outDir);
  });

  afterAll(async () => {
    await repo?.dispose();
    if (outDir) await rm(outDir, { recursive: true, force: true });
  });

  it("names on a version's page whoever held the owner role when it was merged, with today's beside; on the page staff use, today's only", async () => {
    expect(ownerLine(await html('codes/TKT-008/v1'))).toBe('Cinema manager (held then by Dmitri Volkov; now Rachel Okonjo)');
    expect(ownerLine(await html('codes/TKT-009/v1'))).toBe('Cinema manager (held then by Dmitri Volkov; now Rachel Okonjo)');
    // Version 2 was merged after the change: the same person then and now is named once.
    expect(ownerLine(await html('codes/TKT-009/v2'))).toBe('Cinema manager (Rachel Okonjo)');
    // Version 1 is still TKT-008's current version: staff read who holds the role today.
    expect(ownerLine(await html('codes/TKT-008'))).toBe('Cinema manager (Rachel Okonjo)');
  });

  it("says on a version page's escalation ladder who held the role then at the venue where that differs; not on the page staff use", async () => {
    const ladder = ladderOf(await html('codes/TKT-008/v1'));
    expect(ladder).toContain('Aurora Manchester Deansgate: held then by Tomasz Nowak; now Grace Adeyemi');
    // Today's people are still the ones listed to call, and London Southbank's shift manager is who it was.
    expect(ladder).toContain('Aurora Manchester Deansgate Grace Adeyemi Call');
    expect(ladder).not.toContain('Aurora London Southbank: held then');
    expect(ladderOf(await html('codes/TKT-009/v2'))).not.toContain('held then');
    const staffPage = await html('codes/TKT-008');
    expect(ladderOf(staffPage)).not.toContain('Tomasz Nowak');
    expect(staffPage).not.toContain('held then');
  });

  it('cites the owner role with whoever held it when the version was merged, alike from both pages of the version', async () => {
    const citation = citationOf(await html('codes/TKT-008/v1'));
    expect(citation).toMatch(/, commit [0-9a-f]{10}, owner Cinema manager \(Dmitri Volkov\), http:\/\/[^ ]+\/codes\/TKT-008\/v1\/$/);
    expect(citationOf(await html('codes/TKT-008'))).toBe(citation);
    expect(citationOf(await html('codes/TKT-009/v2'))).toContain('owner Cinema manager (Rachel Okonjo),');
  });
});
