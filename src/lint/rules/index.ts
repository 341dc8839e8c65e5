import categoryExists from './category-exists.ts';
import changeNoteChanged from './change-note-changed.ts';
import codeMatchesFilename from './code-matches-filename.ts';
import codeUnique from './code-unique.ts';
import documentDeleted from './document-deleted.ts';
import documentRenamed from './document-renamed.ts';
import earlierVersions from './earlier-versions.ts';
import effectiveNotBackwards from './effective-not-backwards.ts';
import escalationRoles from './escalation-roles.ts';
import frontmatterSchema from './frontmatter-schema.ts';
import frontmatterYaml from './frontmatter-yaml.ts';
import knownComponents from './known-components.ts';
import newDocumentVersion from './new-document-version.ts';
import noExecutableContent from './no-executable-content.ts';
import ownerExists from './owner-exists.ts';
import placeholderText from './placeholder-text.ts';
import relatedExist from './related-exist.ts';
import replacedByExists from './replaced-by-exists.ts';
import reviewDueSoon from './review-due-soon.ts';
import reviewOverdue from './review-overdue.ts';
import stepsPresent from './steps-present.ts';
import translationEditCurrent from './translation-edit-current.ts';
import translationFields from './translation-fields.ts';
import translationLanguageKnown from './translation-language-known.ts';
import translationOriginalExists from './translation-original-exists.ts';
import translationOutdated from './translation-outdated.ts';
import translationSourceRaised from './translation-source-raised.ts';
import translationStepsCount from './translation-steps-count.ts';
import translationVersionExists from './translation-version-exists.ts';
import venueContacts from './venue-contacts.ts';
import venueKnown from './venue-known.ts';
import versionRaised from './version-raised.ts';

/** Every rule for originals (content/codes, content/standards) with the severity it reports at. Warnings never fail a check. */
export const rules = [
  [frontmatterYaml, 'error'],
  [frontmatterSchema, 'error'],
  [codeMatchesFilename, 'error'],
  [codeUnique, 'error'],
  [ownerExists, 'error'],
  [categoryExists, 'error'],
  [escalationRoles, 'error'],
  [relatedExist, 'error'],
  [replacedByExists, 'error'],
  [stepsPresent, 'error'],
  [placeholderText, 'error'],
  [reviewOverdue, 'error'],
  [reviewDueSoon, 'warn'],
  [noExecutableContent, 'error'],
  [knownComponents, 'error'],
] as const;

/**
 * Rules for translations (content/<language>/codes, …/standards). Only the
 * rules about the text itself are shared with originals; a translation's
 * owner, escalation, dates and steps heading belong to the original, so the
 * rules that check those never see a translation.
 */
export const translationRules = [
  [frontmatterYaml, 'error'],
  [translationFields, 'error'],
  [translationLanguageKnown, 'error'],
  [translationOriginalExists, 'error'],
  [translationStepsCount, 'error'],
  [translationVersionExists, 'error'],
  [translationOutdated, 'warn'],
  [placeholderText, 'error'],
  [noExecutableContent, 'error'],
  [knownComponents, 'error'],
] as const;

/**
 * Warnings that `npm run check -- --strict` reports as errors. A translation
 * may lag while translators catch up; a release that must ship every language
 * current runs with --strict.
 */
export const strictErrors: ReadonlySet<(typeof translationRules)[number][0]> = new Set([translationOutdated]);

/**
 * Rules of pull-request mode (`npm run check -- --base <ref>`): they compare a
 * document with its version at the base and run only on documents that differ
 * from it, including deleted ones.
 */
export const pullRequestRules = [
  [versionRaised, 'error'],
  [changeNoteChanged, 'error'],
  [effectiveNotBackwards, 'error'],
  [documentDeleted, 'error'],
  [documentRenamed, 'error'],
] as const;

/**
 * Rules of pull-request mode for translations (src/lint/translation-changes.ts): they run on each translation
 * modified against the base, knowing what changed in it and in its original.
 */
export const translationPullRequestRules = [
  [translationEditCurrent, 'error'],
  [translationSourceRaised, 'error'],
] as const;

/**
 * Rules about versions approved before the repository (src/lint/check-earlier-versions.ts), run once every
 * original is read: `historyRules` on each original, with the version at which git's history of each starts
 * (not outside git or in a shallow clone); `newDocumentRules`, in pull-request mode, on each original the base
 * does not have.
 */
export const historyRules = [[earlierVersions, 'error']] as const;
export const newDocumentRules = [[newDocumentVersion, 'error']] as const;

/**
 * Rules that run on content/roles.yaml once every document is read (src/lint/check-venues.ts): each role's
 * venues are venues of content/venues.yaml, and each role an escalation ladder calls can be reached at every venue.
 */
export const venueRules = [
  [venueKnown, 'error'],
  [venueContacts, 'error'],
] as const;
