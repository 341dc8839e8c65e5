import type { DocumentHistory } from '../data/document-history.ts';
import type { Reading } from '../data/translations.ts';

/** What every kind's document component is given besides its own data: the one view (DocumentPageView) fills it. */
export interface DocumentViewProps {
  /** What is read: the original's, or its translation's. */
  title: string;
  summary: string | undefined;
  /** What staff say for it, searched with a high weight: only on the page staff use, not on version pages. */
  phrases?: readonly string[] | undefined;
  /** The body as the content loader rendered it. */
  bodyHtml: string;
  reading: Reading;
  history: DocumentHistory;
  /** A version's permanent page rather than the page staff use. */
  versionPage: boolean;
  /** The whole file of the shown version, and of the one before it when git recorded one. */
  shownText: string;
  previousText: string | undefined;
}
