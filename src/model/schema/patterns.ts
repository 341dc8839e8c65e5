// Plain patterns of the content model, kept free of zod so browser scripts can use them without shipping a schema library.

/** `TKT-001`: three capital letters, a hyphen, three digits. Permanent once published. */
export const CODE_PATTERN = /^[A-Z]{3}-\d{3}$/;

/** Role and category ids are lower-kebab-case keys of roles.yaml and categories.yaml. */
export const SLUG_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** `10 min`, `2 h`, `1 d`: how long to try before escalating to this level. */
export const DURATION_PATTERN = /^(\d+) ?(min|h|d)$/;
