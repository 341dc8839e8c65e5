// Versions of the good fixture repo's TKT-001 shared by the tests of src/tools/changes and src/tools/summary.
import { readFileSync } from 'node:fs';
import { readDocumentVersion, type DocumentVersion } from '../src/tools/changes/index.ts';

export const TKT_001_PATH = 'content/codes/TKT-001.mdx';
export const GOOD_TKT_001 = readFileSync(new URL(`./fixtures/checker/good/${TKT_001_PATH}`, import.meta.url), 'utf8');

/** v3 of TKT-001: a new owner, a changed and an added step, a shorter wait, and a change note. */
export const TKT_001_V3 = GOOD_TKT_001.replace('version: 2', 'version: 3')
  .replace('owner: shift-manager', 'owner: cinema-manager')
  .replace('effective: 2026-03-01', 'effective: 2026-12-01\nchange_note: Refunds are now promised within 2 business days.')
  .replace('after: 1 d', 'after: 2 h')
  .replace('within **3 business days**', 'within **2 business days**')
  .replace('2. Photograph', '2. **Cashier:** Check the booking reference.\n3. Photograph')
  .replace('3. Issue', '4. Issue')
  .replace('4. Promise', '5. Promise');

export function versionOf(text: string, path = TKT_001_PATH): DocumentVersion {
  const reading = readDocumentVersion(path, text);
  if (!reading.readable) throw new Error(`${path}: ${reading.reason}`);
  return reading.version;
}
