import type { VersionRecordData } from '../../model/index.ts';

/** Where the history of the handbook's files comes from, and whether it could be read. */
export type HistoryAvailability = 'available' | 'shallow-clone' | 'not-a-repository';

/** A version as read from git, with the file's text at that commit. */
export type VersionRecord = VersionRecordData & { source: string };
