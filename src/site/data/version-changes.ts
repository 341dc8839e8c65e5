import type { DocumentKind, VersionRecordData } from '../../model/index.ts';
import { historyIndex, versionUrl } from './document-history.ts';
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

/** Every version git recorded, newest effective date first (then newest version). */
export async function allVersionChanges(): Promise<VersionChange[]> {
  const { recordsOf, textsOf } = await historyIndex();
  return [...recordsOf]
    .flatMap(([document, records]) => {
      const texts = new Map((textsOf.get(document) ?? []).map((text) => [text.version, text]));
      return records.map((record): VersionChange => {
        const text = texts.get(record.version);
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
      });
    })
    .sort((a, b) => (b.effective?.getTime() ?? 0) - (a.effective?.getTime() ?? 0) || b.version - a.version || a.id.localeCompare(b.id));
}

/** Changes that took effect in the `days` up to and including `today`. */
export function changesWithin(changes: readonly VersionChange[], today: Date, days: number): VersionChange[] {
  const end = Date.UTC(today.getUTCFullYear(), today.getUTCMonth(), today.getUTCDate());
  const start = end - (days - 1) * 24 * 60 * 60 * 1000;
  return changes.filter(({ effective }) => effective !== undefined && effective.getTime() >= start && effective.getTime() <= end);
}
