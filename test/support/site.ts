import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { build } from 'astro';
import type { Browser, Page } from 'playwright-core';
import { launchBrowser } from '../../src/perf/measure/launch-browser.ts';
import { serveStatic, type StaticSite } from '../../src/perf/measure/static-server.ts';
import { siteConfig } from '../../src/site/build/site-config.ts';

export async function buildSite(contentRoot: string, outDir: string): Promise<void> {
  await build(siteConfig(contentRoot, outDir));
}

/**
 * Serve a built site on a free port (or `port`) as a strict static host does:
 * `Cache-Control: no-store` on every file and the site's 404 page.
 */
export async function serveSite(outDir: string, port = 0) {
  return serveStatic(outDir, { port });
}

/** A standards repo built into a temporary folder, served, and open in a browser at its home page. */
export interface OpenSite {
  outDir: string;
  origin: string;
  browser: Browser;
  page: Page;
  /** The built HTML of a page, by its path without slashes at either end (`codes/TKT-001`). */
  html(path: string): Promise<string>;
  close(): Promise<void>;
}

export async function openBuiltSite(contentRoot: string): Promise<OpenSite> {
  const outDir = await mkdtemp(join(tmpdir(), 'handbook-site-'));
  await buildSite(contentRoot, outDir);
  const site = await serveSite(outDir);
  const browser = await launchBrowser();
  const page = await browser.newPage();
  await page.goto(`${site.origin}/`);
  return {
    outDir,
    origin: site.origin,
    browser,
    page,
    html: (path) => readFile(join(outDir, path, 'index.html'), 'utf8'),
    async close() {
      await browser.close();
      await site.stop();
      await rm(outDir, { recursive: true, force: true });
    },
  };
}

/** A phone as the browser tests hold one: 360 px wide, touch. */
export const PHONE = { viewport: { width: 360, height: 740 }, isMobile: true, hasTouch: true };

/**
 * A standards repo built and served for a phone that keeps its browser profile between visits and loses its
 * signal: the server stops and starts again on the same port, so the service worker's origin stays the same.
 */
export interface PhoneSite {
  outDir: string;
  /** The phone's persistent browser profile (see launchPersistentBrowser). */
  profile: string;
  origin: string;
  loseSignal(): Promise<void>;
  regainSignal(): Promise<void>;
  dispose(): Promise<void>;
}

export async function servePhoneSite(contentRoot: string, name: string): Promise<PhoneSite> {
  const outDir = await mkdtemp(join(tmpdir(), `handbook-${name}-`));
  const profile = await mkdtemp(join(tmpdir(), `handbook-${name}-profile-`));
  await buildSite(contentRoot, outDir);
  let server: StaticSite | undefined = await serveSite(outDir);
  const { origin } = server;
  const port = Number(new URL(origin).port);
  return {
    outDir,
    profile,
    origin,
    loseSignal: async () => {
      await server?.stop();
      server = undefined;
    },
    regainSignal: async () => {
      server = await serveSite(outDir, port);
    },
    dispose: async () => {
      await server?.stop();
      await rm(outDir, { recursive: true, force: true });
      await rm(profile, { recursive: true, force: true });
    },
  };
}
