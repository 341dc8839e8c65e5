import { getCollection, type CollectionEntry } from 'astro:content';
import { DOCUMENT_FOLDER, type DocumentKind, type VersionRecordData } from '../../model/index.ts';
import type { HistoryAvailability } from '../../git/index.ts';

/** One version in a document's history list. */
export interface VersionListing {
  version: number;
  effective: Date | undefined;
  changeNote: string | undefined;
  /** What git says about the version; undefined for a current version not yet committed. */
  record: VersionRecordData | undefined;
  /** The version's permanent page. */
  url: string;
  isCurrent: boolean;
}

export interface DocumentHistory {
  availability: HistoryAvailability;
  /** Newest first. */
  versions: VersionListing[];
  current: VersionListing;
}

/** The fields of the working-tree version that the history list shows. */
interface CurrentVersion {
  version: number;
  effective: Date;
  change_note?: string | undefined;
}

type VersionText = CollectionEntry<'codeVersions'>['data'] | CollectionEntry<'standardVersions'>['data'];

let index: Promise<{ recordsOf: Map<string, VersionRecordData[]>; textsOf: Map<string, VersionText[]> }> | undefined;

/**
 * Every version record and text grouped by document (`code/TKT-001`), built
 * once per build: filtering the collections on each page would scan every
 * version of every document for every page, and grow with the square of the content.
 */
export function historyIndex() {
  index ??= (async () => {
    const [records, codeTexts, standardTexts] = await Promise.all([
      getCollection('versionRecords'),
      getCollection('codeVersions'),
      getCollection('standardVersions'),
    ]);
    const recordsOf = Map.groupBy(
      records.map((entry) => entry.data),
      (record) => `${record.kind}/${record.id}`,
    );
    // Version entries are `TKT-001/v2`: the document is what comes before the last slash.
    const documentOf = (kind: DocumentKind, entryId: string) => `${kind}/${entryId.slice(0, entryId.lastIndexOf('/'))}`;
    const textsOf = new Map<string, VersionText[]>(
      [...Map.groupBy(codeTexts, (entry) => documentOf('code', entry.id)), ...Map.groupBy(standardTexts, (entry) => documentOf('standard', entry.id))].map(
        ([key, entries]) => [key, entries.map((entry) => entry.data)],
      ),
    );
    return { recordsOf, textsOf };
  })();
  return index;
}

export const versionUrl = (kind: DocumentKind, id: string, version: number) => `${import.meta.env.BASE_URL}${DOCUMENT_FOLDER[kind]}/${id}/v${version}/`;

/**
 * Every version of a document: those git recorded, up to and including the
 * working tree's. A version newer than anything committed is listed as current
 * and not yet merged; versions above the current one (a revert) are left out.
 */
export async function documentHistory(kind: DocumentKind, id: string, current: CurrentVersion): Promise<DocumentHistory> {
  const availability = import.meta.env.HANDBOOK_HISTORY ?? 'not-a-repository';
  const { recordsOf, textsOf } = await historyIndex();
  const records = recordsOf.get(`${kind}/${id}`) ?? [];
  const texts = textsOf.get(`${kind}/${id}`) ?? [];
  const textOf = new Map(texts.map((text) => [text.version, text]));
  const listings = new Map<number, VersionListing>();
  for (const record of records) {
    if (record.version > current.version) continue;
    const text = textOf.get(record.version);
    listings.set(record.version, {
      version: record.version,
      effective: text?.effective,
      changeNote: text?.change_note,
      record,
      url: versionUrl(kind, id, record.version),
      isCurrent: record.version === current.version,
    });
  }
  const currentListing: VersionListing = {
    version: current.version,
    effective: current.effective,
    changeNote: current.change_note,
    record: listings.get(current.version)?.record,
    url: versionUrl(kind, id, current.version),
    isCurrent: true,
  };
  listings.set(current.version, currentListing);
  const versions = [...listings.values()].sort((a, b) => b.version - a.version);
  return { availability, versions, current: currentListing };
}

/** The version that replaced `version`, and when it took effect; undefined for the current version. */
export function supersededBy(history: DocumentHistory, version: number): VersionListing | undefined {
  return history.versions.filter((listing) => listing.version > version).at(-1);
}
