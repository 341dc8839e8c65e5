import { readdir, readFile } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseFrontmatter } from '@astrojs/markdown-remark';
import type { Loader, LoaderContext } from 'astro/loaders';
import { DOCUMENT_FOLDER, DOCUMENT_KINDS, documentPath, frontmatterData, stepsPlace, type DocumentKind } from '../../model/index.ts';
import { readRoleHolders, versionKey } from '../../git/index.ts';
import { historyOf, forgetHistory } from './history-source.ts';
import { documentTree, renderBody } from './render-body.ts';

/**
 * Content loaders that compile every document to HTML once, as they load it,
 * instead of Astro's glob loader, which makes each MDX file a Vite module to
 * bundle (41 % of a 1,000-code build). Pages read `rendered.html`.
 */

interface Source {
  id: string;
  /** Relative to the project root, as Astro's own loaders store it. */
  filePath: string | undefined;
  text: string;
  /** Which level-2 section holds the steps to mark (see `renderBody`). */
  stepsPlace: number | 'own' | undefined;
  /** False for a version whose page is the current document's: it is read, never rendered. */
  render: boolean;
}

/** The place of a code's steps, for marking them in it and in its translations. A broken file has none. */
function stepsPlaceOf(text: string): number | undefined {
  try {
    return stepsPlace(documentTree(text));
  } catch {
    return undefined;
  }
}

const mdxFilesIn = async (folder: string) => (await readdir(folder).catch(() => [] as string[])).filter((name) => name.endsWith('.mdx')).sort();

// Digests stored by this process. Astro keeps its data store between runs, but a store written by an older
// renderer must not survive a change to this code: only an entry rendered since start-up is reused as it is.
const storedThisRun = new Set<string>();

/** Validate and store each source, rendering those that have a page; in `astro dev`, an unchanged one keeps what it had. */
async function storeAll(context: LoaderContext, sources: readonly Source[]) {
  const { store, parseData, generateDigest } = context;
  const kept = new Set<string>();
  for (const source of sources) {
    kept.add(source.id);
    const digest = generateDigest(`${source.stepsPlace}\u0000${source.render}\u0000${source.text}`);
    if (storedThisRun.has(digest) && store.get(source.id)?.digest === digest) continue;
    const { frontmatter } = parseFrontmatter(source.text, { frontmatter: 'empty-with-spaces' });
    const data = await parseData({ id: source.id, data: frontmatter, ...(source.filePath ? { filePath: source.filePath } : {}) });
    const rendered = source.render ? renderBody(source.text, { path: source.filePath ?? source.id, stepsPlace: source.stepsPlace }) : undefined;
    // Astro's store ignores a `set` whose digest it already holds, however the entry was rendered then.
    store.delete(source.id);
    store.set({
      id: source.id,
      data,
      // The whole file, frontmatter included: version pages compare one version's file with another's.
      body: source.text,
      digest,
      ...(source.filePath ? { filePath: source.filePath } : {}),
      ...(rendered ? { rendered: { html: rendered.html, metadata: { headings: rendered.headings } } } : {}),
    });
    storedThisRun.add(digest);
  }
  for (const id of store.keys()) if (!kept.has(id)) store.delete(id);
}

/** Reload when a file under `folder` changes in `astro dev`. */
function watch(context: LoaderContext, folder: string, load: () => Promise<void>) {
  context.watcher?.add(folder);
  context.watcher?.on('all', (_event, path) => {
    if (path.startsWith(folder) && path.endsWith('.mdx')) void load();
  });
}

/** The current codes or standards: `content/codes/TKT-001.mdx` is entry `TKT-001`. */
export function documentsLoader(kind: DocumentKind): Loader {
  return {
    name: `handbook:${DOCUMENT_FOLDER[kind]}`,
    load: async (context) => {
      const root = fileURLToPath(context.config.root);
      const folder = join(root, 'content', DOCUMENT_FOLDER[kind]);
      const load = async () => {
        const sources = await Promise.all(
          (await mdxFilesIn(folder)).map(async (name): Promise<Source> => {
            const text = await readFile(join(folder, name), 'utf8');
            return {
              id: name.slice(0, -'.mdx'.length),
              filePath: relative(root, join(folder, name)),
              text,
              stepsPlace: kind === 'code' ? 'own' : undefined,
              render: true,
            };
          }),
        );
        await storeAll(context, sources);
      };
      await load();
      watch(context, folder, load);
    },
  };
}

/** Every translation: `content/uk/codes/TKT-001.mdx` is entry `uk/codes/TKT-001`, its steps where the original's are. */
export function translationsLoader(): Loader {
  return {
    name: 'handbook:translations',
    load: async (context) => {
      const root = fileURLToPath(context.config.root);
      const content = join(root, 'content');
      const load = async () => {
        const languages = (await readdir(content, { withFileTypes: true })).filter((entry) => entry.isDirectory() && /^[a-z]{2}$/.test(entry.name));
        const originalPlaces = new Map<string, number | undefined>();
        const placeOfOriginal = async (id: string) => {
          if (!originalPlaces.has(id)) {
            const text = await readFile(join(root, documentPath('code', id)), 'utf8').catch(() => undefined);
            originalPlaces.set(id, text === undefined ? undefined : stepsPlaceOf(text));
          }
          return originalPlaces.get(id);
        };
        const sources: Source[] = [];
        for (const { name: language } of languages) {
          for (const kind of DOCUMENT_KINDS) {
            const folder = join(content, language, DOCUMENT_FOLDER[kind]);
            for (const name of await mdxFilesIn(folder)) {
              const id = name.slice(0, -'.mdx'.length);
              const text = await readFile(join(folder, name), 'utf8');
              sources.push({
                id: `${language}/${DOCUMENT_FOLDER[kind]}/${id}`,
                filePath: relative(root, join(folder, name)),
                text,
                stepsPlace: kind === 'code' ? await placeOfOriginal(id) : undefined,
                render: true,
              });
            }
          }
        }
        await storeAll(context, sources);
      };
      await load();
      watch(context, content, load);
    },
  };
}

/**
 * Every earlier version of the codes or standards, read from git: entry
 * `TKT-001/v2`. A version is rendered only when it is older than the working
 * tree's, whose page renders from the current document instead.
 */
export function versionsLoader(kind: DocumentKind): Loader {
  return {
    name: `handbook:${kind}-versions`,
    load: async (context) => {
      const root = fileURLToPath(context.config.root);
      const { records } = await historyOf(root);
      const currentVersions = new Map<string, number | undefined>();
      const currentVersionOf = async (id: string) => {
        if (!currentVersions.has(id)) {
          const text = await readFile(join(root, documentPath(kind, id)), 'utf8').catch(() => undefined);
          const version = text === undefined ? undefined : frontmatterData(text)?.version;
          currentVersions.set(id, typeof version === 'number' ? version : undefined);
        }
        return currentVersions.get(id);
      };
      const sources: Source[] = [];
      for (const record of records.filter((record) => record.kind === kind)) {
        const current = await currentVersionOf(record.id);
        sources.push({
          id: `${record.id}/v${record.version}`,
          filePath: undefined,
          text: record.source,
          stepsPlace: kind === 'code' ? 'own' : undefined,
          render: current !== undefined && record.version < current,
        });
      }
      await storeAll(context, sources);
      // `astro dev` re-reads git on the next sync rather than serving a stale history.
      if (context.watcher) forgetHistory(root);
    },
  };
}

/** Who approved each version and when, and who held each role then: entry `codes/TKT-001/v2`. */
export function versionRecordsLoader(): Loader {
  return {
    name: 'handbook:version-records',
    load: async ({ config, store, parseData }) => {
      const root = fileURLToPath(config.root);
      const { records } = await historyOf(root);
      // roles.yaml read once per commit that merged a version, not once per version.
      const holdersAt = await readRoleHolders(
        root,
        records.map(({ commit }) => commit),
      );
      store.clear();
      for (const { source: _source, ...record } of records) {
        const id = versionKey(record);
        const holders = holdersAt.get(record.commit);
        store.set({ id, data: await parseData({ id, data: holders ? { ...record, holders } : record }) });
      }
    },
  };
}
