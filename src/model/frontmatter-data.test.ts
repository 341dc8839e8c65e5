import { describe, expect, it } from 'vitest';
import { frontmatterData } from './frontmatter.ts';

describe('frontmatterData, the one reader of a document’s frontmatter without positions', () => {
  it('reads simple frontmatter', () => {
    expect(frontmatterData('---\ncode: TKT-001\nversion: 3\ntags: [app, qr]\n---\n\n## Steps\n')).toEqual({ code: 'TKT-001', version: 3, tags: ['app', 'qr'] });
  });

  it('reads YAML the fast reader leaves to the yaml library: comments after values, folded text', () => {
    const text = '---\nversion: 2 # raised for the new door\nsummary: >\n  Two lines\n  folded\n---\nBody\n';
    expect(frontmatterData(text)).toEqual({ version: 2, summary: 'Two lines folded\n' });
  });

  it('reads past a byte-order mark and Windows line ends', () => {
    expect(frontmatterData('\uFEFF---\r\nversion: 4\r\n---\r\nBody')).toEqual({ version: 4 });
  });

  it('has no data for a file without frontmatter, with broken YAML, or with a list for frontmatter', () => {
    expect(frontmatterData('## Steps\n\n1. Ask\n')).toBeUndefined();
    expect(frontmatterData('---\nversion: [1, 2\n---\n')).toBeUndefined();
    expect(frontmatterData('---\n- a\n- b\n---\n')).toBeUndefined();
  });
});
