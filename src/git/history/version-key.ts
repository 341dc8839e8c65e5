import { DOCUMENT_FOLDER } from '../../model/index.ts';
import type { VersionRecord } from './types.ts';

/** `codes/TKT-001/v2`: the id of a version among every document's versions. */
export const versionKey = (record: Pick<VersionRecord, 'kind' | 'id' | 'version'>) => `${DOCUMENT_FOLDER[record.kind]}/${record.id}/v${record.version}`;
