// Tests launch the same browser as the audit and the benchmark.
export { launchBrowser } from '../../src/browser/launch-browser.ts';
