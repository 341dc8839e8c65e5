import { DOCUMENT_FOLDER, DOCUMENT_KINDS, type DocumentKind } from '../../model/index.ts';
import { allCodes, allStandards, type CodeEntry, type StandardEntry } from './handbook.ts';

/** A current document of any kind, with the permanent id its pages and citations use. */
export type DocumentEntry = { kind: 'code'; id: string; entry: CodeEntry } | { kind: 'standard'; id: string; entry: StandardEntry };

/** Every current document, codes first: the one list the document routes are built from. */
export async function allDocuments(): Promise<DocumentEntry[]> {
  const [codes, standards] = await Promise.all([allCodes(), allStandards()]);
  return [
    ...codes.map((entry): DocumentEntry => ({ kind: 'code', id: entry.data.code, entry })),
    ...standards.map((entry): DocumentEntry => ({ kind: 'standard', id: entry.id, entry })),
  ];
}

/** `codes/TKT-001/`: where a document's pages live, under a language's prefix or none. */
export const documentPath = (document: Pick<DocumentEntry, 'kind' | 'id'>) => `${DOCUMENT_FOLDER[document.kind]}/${document.id}/`;

/** The kind whose pages live under `folder` (`codes` → code). */
export const kindInFolder = (folder: string): DocumentKind | undefined => DOCUMENT_KINDS.find((kind) => DOCUMENT_FOLDER[kind] === folder);
