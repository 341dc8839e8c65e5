import { describe, expect, it } from 'vitest';
import { commitUrl, editUrl, newFileUrl, sourceHistoryUrl } from './repository-links.ts';

const github = { title: 'H', repository: 'https://github.com/aurora/handbook', branch: 'main' };
const gitlab = { title: 'H', repository: 'https://gitlab.com/aurora/handbook', branch: 'trunk' };

describe('repository links', () => {
  it('uses GitHub URL shapes', () => {
    expect(editUrl(github, 'content/codes/TKT-001.mdx')).toBe('https://github.com/aurora/handbook/edit/main/content/codes/TKT-001.mdx');
    expect(sourceHistoryUrl(github, 'content/codes/TKT-001.mdx')).toBe('https://github.com/aurora/handbook/commits/main/content/codes/TKT-001.mdx');
    expect(commitUrl(github, 'abc123')).toBe('https://github.com/aurora/handbook/commit/abc123');
    expect(newFileUrl(github, 'content/codes/')).toBe('https://github.com/aurora/handbook/new/main/content/codes/');
  });

  it('uses GitLab URL shapes', () => {
    expect(editUrl(gitlab, 'content/codes/TKT-001.mdx')).toBe('https://gitlab.com/aurora/handbook/-/edit/trunk/content/codes/TKT-001.mdx');
    expect(sourceHistoryUrl(gitlab, 'content/codes/TKT-001.mdx')).toBe('https://gitlab.com/aurora/handbook/-/commits/trunk/content/codes/TKT-001.mdx');
    expect(commitUrl(gitlab, 'abc123')).toBe('https://gitlab.com/aurora/handbook/-/commit/abc123');
    expect(newFileUrl(gitlab, 'content/codes/')).toBe('https://gitlab.com/aurora/handbook/-/new/trunk/content/codes/');
  });
});
