/**
 * How a translation stands against the original it translates:
 * `current` translates the original's version, `outdated` an earlier one
 * (readers must be told, and the checker warns), `ahead` a version that does
 * not exist yet (always a mistake: the checker refuses it).
 */
export type TranslationStatus = 'current' | 'outdated' | 'ahead';

/** The one definition of an outdated translation, shared by the checker and the site. */
export function translationStatus(sourceVersion: number, originalVersion: number): TranslationStatus {
  if (sourceVersion < originalVersion) return 'outdated';
  return sourceVersion > originalVersion ? 'ahead' : 'current';
}
