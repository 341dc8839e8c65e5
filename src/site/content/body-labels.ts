import type { UiStrings } from '../i18n/en.ts';

/**
 * The labels of Say, Note and Warning in the reader's language. The loader
 * renders a body once, but an original is also shown on /uk/ and /ru/ pages
 * for want of a translation, where its labels must not stay English.
 */
export function localiseLabels(html: string, labels: UiStrings['content']): string {
  return html
    .replaceAll(/(<span class="sh-say__label">)[^<]*(<\/span>)/g, `$1${escapeHtml(labels.say)}: $2`)
    .replaceAll(
      /(<aside class="sh-callout sh-callout--(note|warning)" aria-label=")[^"]*(">\s*<strong class="sh-callout__label">)[^<]*(<\/strong>)/g,
      (_match, open: string, tone: 'note' | 'warning', middle: string, close: string) =>
        `${open}${escapeHtml(labels[tone])}${middle}${escapeHtml(labels[tone])}: ${close}`,
    );
}

const escapeHtml = (text: string) => text.replaceAll('&', '&amp;').replaceAll('<', '&lt;').replaceAll('"', '&quot;');
