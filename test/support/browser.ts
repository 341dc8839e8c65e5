// Tests launch the same browser as the audit and the benchmark.
export { launchBrowser, launchPersistentBrowser } from '../../src/perf/measure/launch-browser.ts';
