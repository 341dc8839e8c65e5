import { existsSync } from 'node:fs';
import { chromium, type Browser } from 'playwright-core';

const SYSTEM_CHROMIUM = '/usr/bin/chromium';

/** The flags this machine kind needs: no sandbox as root, and no calls home that the closed network refuses. */
const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

/**
 * Debian's chromium when installed; otherwise the Chromium that ships inside
 * the @sparticuz/chromium package, so `npm install && npm test` needs no apt step.
 */
export async function launchBrowser(options: { remoteDebuggingPort?: number } = {}): Promise<Browser> {
  const executablePath = existsSync(SYSTEM_CHROMIUM)
    ? SYSTEM_CHROMIUM
    : await (await import('@sparticuz/chromium')).default.executablePath();
  // Lighthouse drives the browser over the DevTools port; Playwright uses its own pipe alongside.
  const debugging = options.remoteDebuggingPort ? [`--remote-debugging-port=${options.remoteDebuggingPort}`] : [];
  return chromium.launch({ executablePath, args: [...CHROMIUM_ARGS, ...debugging], headless: true });
}
