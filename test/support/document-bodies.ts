import { readdir, readFile } from 'node:fs/promises';
import { join, relative } from 'node:path';

/**
 * The body of every code and standard page of a built site (current,
 * translated and version pages), as the content rendered it: from the end of
 * the page header to the escalation ladder or the document-control section.
 * Scoped-style ids are dropped: they change with a component's styles, not with content.
 */
export async function documentBodies(dist: string): Promise<Record<string, string>> {
  const pages = (await readdir(dist, { recursive: true })).filter((path) => /(?:^|\/)(?:codes|standards)\/[^/]+\/(?:v\d+\/)?index\.html$/.test(path));
  const bodies: Record<string, string> = {};
  for (const page of pages.sort()) {
    const html = await readFile(join(dist, page), 'utf8');
    const body = bodyOf(html);
    if (body !== undefined) bodies[`/${relative('.', page).replace(/index\.html$/, '')}`] = body;
  }
  return bodies;
}

function bodyOf(html: string): string | undefined {
  const start = html.indexOf('</header>', html.indexOf('<h1'));
  const ends = ['<section aria-labelledby="escalation"', '<section class="sh-audit"'].map((marker) => html.indexOf(marker, start)).filter((at) => at !== -1);
  if (start === -1 || ends.length === 0) return undefined;
  return html.slice(start + '</header>'.length, Math.min(...ends)).replaceAll(/\s?data-astro-cid-[a-z0-9]+(?:="[^"]*")?/g, '');
}
