import { getCollection } from 'astro:content';
import type { DocumentKind } from '../checker/types.ts';
import type { VersionRecordData } from '../schema/index.ts';
import { versionUrl } from './document-history.ts';
import { idOf } from './references.ts';

/** One version taking effect: a line of /changes/, the feed and the briefing. */
export interface VersionChange {
  kind: DocumentKind;
  id: string;
  title: string;
  version: number;
  effective: Date | undefined;
  changeNote: string | undefined;
  categoryId: string | undefined;
  retired: boolean;
  record: VersionRecordData;
  url: string;
}

const VERSIONS_COLLECTION = { code: 'codeVersions', standard: 'standardVersions' } as const;

/** Every version git recorded, newest effective date first (then newest version). */
export async function allVersionChanges(): Promise<VersionChange[]> {
  const [records, codeTexts, standardTexts] = await Promise.all([
    getCollection('versionRecords'),
    getCollection(VERSIONS_COLLECTION.code),
    getCollection(VERSIONS_COLLECTION.standard),
  ]);
  const texts = new Map<string, (typeof codeTexts)[number]['data'] | (typeof standardTexts)[number]['data']>([
    ...codeTexts.map((entry) => [`code/${entry.id}`, entry.data] as const),
    ...standardTexts.map((entry) => [`standard/${entry.id}`, entry.data] as const),
  ]);
  return records
    .map(({ data: record }): VersionChange => {
      const text = texts.get(`${record.kind}/${record.id}/v${record.version}`);
      return {
        kind: record.kind,
        id: record.id,
        title: text?.title ?? record.id,
        version: record.version,
        effective: text?.effective,
        changeNote: text?.change_note,
        categoryId: text?.category ? idOf(text.category) : undefined,
        retired: text?.status === 'retired',
        record,
        url: versionUrl(record.kind, record.id, record.version),
      };
    })
    .sort((a, b) => (b.effective?.getTime() ?? 0) - (a.effective?.getTime() ?? 0) || b.version - a.version || a.id.localeCompare(b.id));
}

/** Changes that took effect in the `days` up to and including `today`. */
export function changesWithin(changes: readonly VersionChange[], today: Date, days: number): VersionChange[] {
  const end = Date.UTC(today.getUTCFullYear(), today.getUTCMonth(), today.getUTCDate());
  const start = end - (days - 1) * 24 * 60 * 60 * 1000;
  return changes.filter(({ effective }) => effective !== undefined && effective.getTime() >= start && effective.getTime() <= end);
}
