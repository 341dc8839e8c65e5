/**
 * The only components a standard may use in its body. The site hands exactly
 * these to MDX (see src/site/components/content/) and the checker refuses any other.
 */
export const CONTENT_COMPONENTS = ['Say', 'Note', 'Warning'] as const;
export type ContentComponentName = (typeof CONTENT_COMPONENTS)[number];
