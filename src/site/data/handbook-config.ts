import { getEntry } from 'astro:content';
import type { HandbookConfig } from '../../model/index.ts';

/** content/handbook.yaml of the repo being built. */
export async function handbookConfig(): Promise<HandbookConfig> {
  const entry = await getEntry('handbook', 'settings');
  if (!entry) throw new Error('Missing content/handbook.yaml; run npm run check');
  return entry.data;
}
