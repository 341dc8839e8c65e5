import { CODE_PATTERN } from '../../model/schema/patterns.ts';
import { latinFromCyrillicKeys } from '../search/keyboard-layouts.ts';

/**
 * The code staff meant when they type one in any common spelling:
 * `TKT-001`, `tkt 001`, `tkt001`, `tkt-1`. Undefined for anything else.
 */
export function exactCode(query: string): string | undefined {
  // A phone on a Cyrillic layout types `ЕЛЕ-001` for `TKT-001`.
  const match = /^\s*([a-z]{3})[\s-]*(\d{1,3})\s*$/i.exec(latinFromCyrillicKeys(query));
  if (!match) return undefined;
  const code = `${match[1]!.toUpperCase()}-${match[2]!.padStart(3, '0')}`;
  return CODE_PATTERN.test(code) ? code : undefined;
}
