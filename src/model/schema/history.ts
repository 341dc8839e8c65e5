import { z } from 'astro/zod';
import { version } from './primitives.ts';

export const DOCUMENT_KINDS = ['code', 'standard'] as const;

/** The folder of each kind of document, under `content/` and under a language's `content/<language>/`. */
export const DOCUMENT_FOLDER = { code: 'codes', standard: 'standards' } as const;

/** `content/codes/TKT-001.mdx`: where a document lives in the standards repo. */
export const documentPath = (kind: (typeof DOCUMENT_KINDS)[number], id: string) => `content/${DOCUMENT_FOLDER[kind]}/${id}.mdx`;

/**
 * Who held a role as roles.yaml said at one commit: the chain-wide holder, and by venue id the holder of each venue
 * that had its own under `venues:`.
 */
export const roleHoldersSchema = z.object({
  holder: z.string(),
  venues: z.record(z.string(), z.string()).optional(),
});

/** One version of one document as git recorded it: the facts an auditor cites. */
export const versionRecordSchema = z.object({
  kind: z.enum(DOCUMENT_KINDS),
  /** The code (`TKT-001`) or the standard's slug. */
  id: z.string(),
  version,
  /** The commit in which `version` first had this value. */
  commit: z.string().regex(/^[0-9a-f]{7,64}$/),
  committedOn: z.string(),
  /** An `Approved-by:` trailer, else whoever merged the change, else whoever committed it. */
  approvedBy: z.string(),
  /** When the change reached the main line: the merge commit's date, or the commit's own. */
  mergedOn: z.string(),
  /**
   * Who held each role (by role id) when this version reached the main line, as roles.yaml said in the commit that
   * merged it. Absent when that roles.yaml is missing or does not parse; a role it lacks is absent from it.
   */
  holders: z.record(z.string(), roleHoldersSchema).optional(),
});

export type VersionRecordData = z.output<typeof versionRecordSchema>;
export type RoleHolders = z.output<typeof roleHoldersSchema>;
