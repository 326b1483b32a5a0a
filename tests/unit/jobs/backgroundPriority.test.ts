/** Workers give way to the host's thread: on Linux their own thread's nice value is raised, the host's is not. */
import os from 'node:os';
import path from 'node:path';
import { Worker } from 'node:worker_threads';
import { describe, expect, it } from 'vitest';

const module = path.join(import.meta.dirname, '..', '..', '..', 'db', 'jobs', 'backgroundPriority.ts');

describe.runIf(process.platform === 'linux')('lowerThreadPriority', () => {
  it('lowers the calling worker thread only', async () => {
    const before = os.getPriority(0);
    const code = `const os = require('node:os'); const { parentPort } = require('node:worker_threads');
      require(${JSON.stringify(module)}).lowerThreadPriority(); parentPort.postMessage(os.getPriority(0));`;
    const worker = new Worker(code, { eval: true, execArgv: ['--import', 'tsx'] });
    const inWorker = await new Promise<number>((resolve, reject) => worker.once('message', resolve).once('error', reject));
    await worker.terminate();
    expect(inWorker).toBe(Math.max(before, 10));
    expect(os.getPriority(0)).toBe(before);
  });
});
