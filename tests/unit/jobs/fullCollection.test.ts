/**
 * Between planning and writing, a job's worker collects its garbage at once (issue #11): what a
 * finished phase promoted does not stay resident under the next one. On the host's thread it
 * does nothing (a full collection there would pause the window), which a worker test cannot see.
 */
import path from 'node:path';
import { Worker } from 'node:worker_threads';
import { describe, expect, it } from 'vitest';

const module = path.join(import.meta.dirname, '..', '..', '..', 'db', 'jobs', 'fullCollection.ts');

describe('collectFully', () => {
  it('frees what a worker no longer holds, without a warning on its stderr', async () => {
    // Tens of MB promoted to the old generation (kept across scavenges), then let go.
    const code = `const v8 = require('node:v8'); const { parentPort } = require('node:worker_threads');
      let lookups = new Map(); for (let i = 0; i < 300000; i++) lookups.set('k' + i, { value: i, text: 'Zeile ' + i });
      for (let i = 0; i < 20; i++) new Array(100000).fill(i);
      const held = v8.getHeapStatistics().used_heap_size; lookups = null;
      require(${JSON.stringify(module)}).collectFully().then(() => parentPort.postMessage({ held, after: v8.getHeapStatistics().used_heap_size }));`;
    const worker = new Worker(code, { eval: true, execArgv: ['--import', 'tsx'], stderr: true });
    let stderr = '';
    worker.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    const { held, after } = await new Promise<{ held: number; after: number }>((resolve, reject) => worker.once('message', resolve).once('error', reject));
    await worker.terminate();
    expect(held - after).toBeGreaterThan(20e6);
    expect(stderr).not.toMatch(/ExperimentalWarning/);
  });
});
