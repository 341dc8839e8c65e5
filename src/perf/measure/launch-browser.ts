import { existsSync } from 'node:fs';
import { chromium, type Browser, type BrowserContext, type BrowserContextOptions } from 'playwright-core';

const SYSTEM_CHROMIUM = '/usr/bin/chromium';

/** The flags this machine kind needs: no sandbox as root, and no calls home that the closed network refuses. */
const CHROMIUM_ARGS = ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'];

/**
 * Debian's chromium when installed; otherwise the Chromium that ships inside
 * the @sparticuz/chromium package, so `npm install && npm test` needs no apt step.
 */
export async function launchBrowser(options: { remoteDebuggingPort?: number } = {}): Promise<Browser> {
  const executablePath = await chromiumPath();
  // Lighthouse drives the browser over the DevTools port; Playwright uses its own pipe alongside.
  const debugging = options.remoteDebuggingPort ? [`--remote-debugging-port=${options.remoteDebuggingPort}`] : [];
  return chromium.launch({ executablePath, args: [...CHROMIUM_ARGS, ...debugging], headless: true });
}

/**
 * A browser that keeps its profile in `userDataDir`: closing it and launching
 * it again with the same folder is a phone's browser restarted, with its
 * service workers and caches.
 */
export async function launchPersistentBrowser(userDataDir: string, options: BrowserContextOptions = {}): Promise<BrowserContext> {
  return chromium.launchPersistentContext(userDataDir, { ...options, executablePath: await chromiumPath(), args: CHROMIUM_ARGS, headless: true });
}

async function chromiumPath(): Promise<string> {
  return existsSync(SYSTEM_CHROMIUM) ? SYSTEM_CHROMIUM : (await import('@sparticuz/chromium')).default.executablePath();
}
