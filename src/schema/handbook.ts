import { z } from 'astro/zod';
import { oneLine } from './primitives.ts';

/** content/handbook.yaml: settings of the handbook as a whole. */
export const handbookConfigSchema = z.strictObject({
  title: oneLine('the handbook title used in citations'),
  /** The repository's web address on GitHub or GitLab, without a trailing slash. */
  repository: z
    .url({ protocol: /^https?$/, error: 'Expected the repository web address, such as https://github.com/owner/handbook' })
    .transform((url) => url.replace(/\/+$/, '').replace(/\.git$/, '')),
  branch: z.string().min(1).default('main'),
});

export type HandbookConfig = z.output<typeof handbookConfigSchema>;
