import { describe, expect, it } from 'vitest';
import { versionOf, versionStarts } from './version-starts.ts';

const file = (version: string, body = 'Body') => `---\ncode: TKT-001\nversion: ${version}\n---\n\n${body}\n`;

describe('versionOf', () => {
  it('reads the version from frontmatter', () => {
    expect(versionOf(file('3'))).toBe(3);
  });

  it.each([['0'], ['two'], ['1.5'], ['[unclosed']])('gives up on version %j', (version) => {
    expect(versionOf(file(version))).toBeUndefined();
  });

  it('gives up on a file without frontmatter', () => {
    expect(versionOf('## Steps\n')).toBeUndefined();
  });
});

describe('versionStarts', () => {
  it('starts a version at each commit that changes the version, ignoring edits in between', () => {
    const starts = versionStarts([
      { commit: 'a', text: file('1') },
      { commit: 'b', text: file('1', 'typo fixed') },
      { commit: 'c', text: file('2') },
      { commit: 'd', text: file('3') },
    ]);
    expect(starts.map(({ commit, version }) => [commit, version])).toEqual([
      ['a', 1],
      ['c', 2],
      ['d', 3],
    ]);
  });

  it('keeps the first start of a version number that comes back after a revert', () => {
    const starts = versionStarts([
      { commit: 'a', text: file('1') },
      { commit: 'b', text: file('2') },
      { commit: 'c', text: file('1') },
    ]);
    expect(starts.map(({ commit }) => commit)).toEqual(['a', 'b']);
  });

  it('skips commits whose frontmatter cannot be read', () => {
    expect(
      versionStarts([
        { commit: 'a', text: '---\nversion: [\n---\n' },
        { commit: 'b', text: file('1') },
      ]).map((s) => s.commit),
    ).toEqual(['b']);
  });
});
