// The entry of each worker thread of the check pool: use the main thread's compile cache (when it has one, as
// scripts/check.ts does) before loading the checker, then run it (check-thread.ts).
import { enableCompileCache } from 'node:module';
import { workerData } from 'node:worker_threads';

const { compileCache } = (workerData ?? {}) as { compileCache?: string };
if (compileCache) enableCompileCache(compileCache);
await import('./check-thread.ts');
