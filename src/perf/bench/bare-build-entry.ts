// Child process for the benchmark's yardstick: `node src/perf/bench/bare-build-entry.ts <bare site> <marks.json>`.
// It runs `astro build` on the bare site that bare-site.ts wrote, then indexes it with Pagefind's
// Node API, as the handbook's build does in its `astro:build:done` hook, in one measured process.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { build } from 'astro';
import * as pagefind from 'pagefind';

const [siteRoot, marksFile] = process.argv.slice(2);
if (!siteRoot || !marksFile) {
  console.error('Usage: node src/perf/bench/bare-build-entry.ts <bare site> <marks.json>');
  process.exit(2);
}

const outDir = join(siteRoot, 'dist');
await build({ root: siteRoot, outDir, logLevel: 'info' });

const indexStart = performance.now();
const { index, errors: createErrors } = await pagefind.createIndex({});
if (!index) throw new Error(`Pagefind could not start: ${createErrors.join('; ')}`);
try {
  const { errors: indexErrors, page_count: pages } = await index.addDirectory({ path: outDir });
  if (indexErrors.length > 0) throw new Error(`Pagefind could not index the bare site: ${indexErrors.join('; ')}`);
  const { errors: writeErrors } = await index.writeFiles({ outputPath: join(outDir, 'pagefind') });
  if (writeErrors.length > 0) throw new Error(`Pagefind could not write its index: ${writeErrors.join('; ')}`);
  writeFileSync(marksFile, JSON.stringify({ indexSeconds: (performance.now() - indexStart) / 1000, pages }));
  console.log(`Indexed ${pages} pages for search`);
} finally {
  await pagefind.close();
}
