import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { runMeasured } from '../measure/process-tree.ts';
import type { StageResult } from './pipeline.ts';

const projectRoot = fileURLToPath(new URL('../../../', import.meta.url));

/** The yardstick's build: `astro build` and Pagefind in one child process, as the handbook's build stage is measured. */
export interface BareResult extends StageResult {
  /** Seconds of Pagefind indexing at the end of the run (in `seconds`). */
  indexSeconds: number;
  /** Pages Pagefind indexed: one per code. */
  pages: number;
}

/**
 * The files of the bare site: Astro with `@astrojs/mdx` and nothing else, a
 * schema-less glob collection over the generated repo's codes, one page per code
 * in a minimal layout, and trivial `<Say>`, `<Note>` and `<Warning>` so the MDX
 * compiles. Everything the handbook adds on top of this is what the ratio measures.
 */
export const BARE_SITE_FILES: Readonly<Record<string, string>> = {
  'astro.config.mjs': `import mdx from '@astrojs/mdx';
import { defineConfig } from 'astro/config';

export default defineConfig({ integrations: [mdx()] });
`,
  // The bare project is <repo>/bare, so the codes are one folder up.
  'src/content.config.mjs': `import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';

export const collections = {
  codes: defineCollection({ loader: glob({ pattern: '*.mdx', base: '../content/codes' }) }),
};
`,
  'src/components/Say.astro': '<p class="say"><slot /></p>\n',
  'src/components/Note.astro': '<aside class="note"><slot /></aside>\n',
  'src/components/Warning.astro': '<aside class="warning"><slot /></aside>\n',
  'src/pages/codes/[code].astro': `---
import { getCollection, render } from 'astro:content';
import Note from '../../components/Note.astro';
import Say from '../../components/Say.astro';
import Warning from '../../components/Warning.astro';

export async function getStaticPaths() {
  const codes = await getCollection('codes');
  // The glob loader lower-cases ids; the code in the frontmatter keeps its case.
  return codes.map((entry) => ({ params: { code: entry.data.code }, props: { entry } }));
}

const { entry } = Astro.props;
const { Content } = await render(entry);
---
<html lang="en">
  <head>
    <meta charset="utf-8" />
    <meta name="viewport" content="width=device-width" />
    <title>{entry.data.code} {entry.data.title}</title>
  </head>
  <body>
    <main data-pagefind-body>
      <h1>{entry.data.code} {entry.data.title}</h1>
      <Content components={{ Say, Note, Warning }} />
    </main>
  </body>
</html>
`,
};

/** Write the bare site into `<repo>/bare` (inside the project, so packages resolve) and return its folder. */
export async function writeBareSite(repoRoot: string): Promise<string> {
  const siteRoot = join(repoRoot, 'bare');
  for (const [path, text] of Object.entries(BARE_SITE_FILES)) {
    await mkdir(dirname(join(siteRoot, path)), { recursive: true });
    await writeFile(join(siteRoot, path), text);
  }
  return siteRoot;
}

/**
 * Write and build the bare site over the codes of a generated repo, cold, in a
 * child process measured from outside like the handbook's build. Throws when it fails.
 */
export async function buildBareSite(repoRoot: string, logFile: string): Promise<BareResult> {
  const siteRoot = await writeBareSite(repoRoot);
  const marksFile = join(siteRoot, 'bare-marks.json');
  const run = await runMeasured(process.execPath, [join(projectRoot, 'src/perf/bench/bare-build-entry.ts'), siteRoot, marksFile], {
    cwd: projectRoot,
    logFile,
  });
  if (run.exitCode !== 0) throw new Error(`The bare Astro build failed (exit ${run.exitCode}); see ${logFile}`);
  const { indexSeconds, pages } = JSON.parse(await readFile(marksFile, 'utf8')) as { indexSeconds: number; pages: number };
  return { seconds: run.seconds, peakTreeRssBytes: run.peakTreeRssBytes, peakByProgram: run.peakByProgram, indexSeconds, pages };
}
