/** Workers start with V8's code cache on disk (db/jobs/startWorker.ts): their bundles are not compiled anew on every job. */
import module from 'node:module';
import { describe, expect, it } from 'vitest';
import { startWorker } from '../../../db/jobs/startWorker';

const hasCache = typeof (module as { enableCompileCache?: unknown }).enableCompileCache === 'function';

describe.runIf(hasCache && !process.env.NODE_DISABLE_COMPILE_CACHE)('startWorker', () => {
  it('starts a worker whose modules use the compile cache', async () => {
    const code = `import module from 'node:module'; import { parentPort } from 'node:worker_threads'; parentPort.postMessage(module.getCompileCacheDir() ?? null);`;
    const worker = startWorker({ url: new URL(`data:text/javascript,${encodeURIComponent(code)}`), execArgv: [] });
    const dir = await new Promise<string | null>((resolve, reject) => worker.once('message', resolve).once('error', reject));
    await worker.terminate();
    // Without the cache the worker answers null.
    expect(dir).toBeTruthy();
    expect(dir!.startsWith(process.env.NODE_COMPILE_CACHE!)).toBe(true);
  });
});
