/**
 * The only components a standard may use in its body. The site hands exactly
 * these into HTML (src/site/content/render-body.ts) and the checker and the build refuse any other.
 */
export const CONTENT_COMPONENTS = ['Say', 'Note', 'Warning'] as const;
export type ContentComponentName = (typeof CONTENT_COMPONENTS)[number];
