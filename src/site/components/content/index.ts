import type { ContentComponentName } from '../../../model/schema/index.ts';
import Note from './Note.astro';
import Say from './Say.astro';
import Warning from './Warning.astro';

/** Handed to every rendered MDX body; the checker allows exactly these names. */
export const contentComponents = { Say, Note, Warning } satisfies Record<ContentComponentName, unknown>;
