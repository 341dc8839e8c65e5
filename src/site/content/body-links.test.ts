import { describe, expect, it } from 'vitest';
import { localiseLinks, type PathIn } from './body-links.ts';

// As Astro's getRelativeLocaleUrl answers for a site published under /handbook/ with English at its root.
const underHandbook: PathIn = (language, path) => `/handbook/${language === 'en' ? '' : `${language}/`}${path}`;
const atRoot: PathIn = (language, path) => `/${language === 'en' ? '' : `${language}/`}${path}`;
const languages = ['en', 'uk', 'ru'];

const link = (href: string, text = 'TKT-004') => `<p>See <a href="${href}">${text}</a>.</p>`;

describe('localiseLinks', () => {
  it("leads a link to a code or standard to the reader's language", () => {
    const html = `${link('/codes/TKT-004/')}<ul><li><a href="/standards/refunds/">refunds</a></li></ul>`;
    expect(localiseLinks(html, { reader: 'uk', languages, pathIn: atRoot })).toBe(
      `${link('/uk/codes/TKT-004/')}<ul><li><a href="/uk/standards/refunds/">refunds</a></li></ul>`,
    );
  });

  it('keeps an English page as it is at the root, and puts every link under the base', () => {
    expect(localiseLinks(link('/codes/TKT-004/'), { reader: 'en', languages, pathIn: atRoot })).toBe(link('/codes/TKT-004/'));
    expect(localiseLinks(link('/codes/TKT-004/'), { reader: 'en', languages, pathIn: underHandbook })).toBe(link('/handbook/codes/TKT-004/'));
    expect(localiseLinks(link('/codes/TKT-004/'), { reader: 'ru', languages, pathIn: underHandbook })).toBe(link('/handbook/ru/codes/TKT-004/'));
  });

  it('keeps an anchor or query, and adds the slash every address ends with', () => {
    expect(localiseLinks(link('/codes/TKT-004#steps'), { reader: 'uk', languages, pathIn: atRoot })).toBe(link('/uk/codes/TKT-004/#steps'));
    expect(localiseLinks(link('/standards/refunds/?from=body#cash'), { reader: 'uk', languages, pathIn: atRoot })).toBe(
      link('/uk/standards/refunds/?from=body#cash'),
    );
    expect(localiseLinks(link('/codes/'), { reader: 'uk', languages, pathIn: atRoot })).toBe(link('/uk/codes/'));
  });

  it('keeps the language a writer put in the link, under the base', () => {
    expect(localiseLinks(link('/uk/standards/refunds/'), { reader: 'ru', languages, pathIn: underHandbook })).toBe(link('/handbook/uk/standards/refunds/'));
  });

  it('leaves other links as written: other sites, anchors, other folders, unknown languages, relative paths', () => {
    const others = [
      'https://example.com/codes/TKT-004/',
      '#steps',
      '/roles/shift-manager/',
      '/de/codes/TKT-004/',
      'codes/TKT-004/',
      '//example.com/codes/',
      'mailto:guests@aurora-cinemas.example',
    ];
    for (const href of others) expect(localiseLinks(link(href), { reader: 'uk', languages, pathIn: underHandbook })).toBe(link(href));
  });

  it('finds the href among other attributes and leaves text that looks like a link alone', () => {
    const html = '<p><a class="x" title="/codes/TKT-001/" href="/codes/TKT-004/">/codes/TKT-004/</a> href="/codes/TKT-002/"</p>';
    expect(localiseLinks(html, { reader: 'uk', languages, pathIn: atRoot })).toBe(
      '<p><a class="x" title="/codes/TKT-001/" href="/uk/codes/TKT-004/">/codes/TKT-004/</a> href="/codes/TKT-002/"</p>',
    );
  });
});
