import type { APIRoute } from 'astro';
import { Feed } from 'feed';
import { handbookConfig } from '../site/data/handbook-config.ts';
import { allVersionChanges } from '../site/data/version-changes.ts';

/** The same list as /changes/, as an Atom feed, so owners and auditors can follow changes in a reader. */
export const GET: APIRoute = async ({ site }) => {
  const config = await handbookConfig();
  const base = import.meta.env.BASE_URL;
  const home = new URL(base, site).href;
  const changes = await allVersionChanges();
  const feed = new Feed({
    title: `${config.title}: changes`,
    description: 'Every version of every problem code and standard, by the date it took effect.',
    id: new URL(`${base}changes/`, site).href,
    link: home,
    feedLinks: { atom: new URL(`${base}changes.xml`, site).href },
    copyright: config.title,
    updated: changes[0] ? new Date(changes[0].record.mergedOn) : new Date(0),
  });
  for (const change of changes) {
    const url = new URL(change.url, site).href;
    feed.addItem({
      title: `${change.kind === 'code' ? `${change.id} ` : ''}${change.title}, version ${change.version}`,
      id: url,
      link: url,
      description: change.changeNote ?? (change.version === 1 ? 'First version.' : 'No change note.'),
      date: change.effective ?? new Date(change.record.mergedOn),
      author: [{ name: change.record.approvedBy }],
    });
  }
  return new Response(feed.atom1(), { headers: { 'Content-Type': 'application/atom+xml; charset=utf-8' } });
};
