// Tests launch the same browser as the audit and the benchmark.
export { launchBrowser, launchPersistentBrowser } from '../../src/browser/launch-browser.ts';
