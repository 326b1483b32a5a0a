import { describe, expect, it } from 'vitest';
import { JobRunner } from '../../db/jobs/jobRunner';
import { UserError } from '../../shared/contract/errors';

describe('job runner', () => {
  it('reports progress and the result of a finished job', async () => {
    const runner = new JobRunner();
    const id = runner.start('zaehlen', 'w', async (ctx) => {
      for (let i = 1; i <= 1000; i++) {
        ctx.progress(i, 1000, 'Zählen');
        await ctx.step();
      }
      return { counted: 1000 };
    });
    expect(runner.status(id, 'w').state).toBe('running');
    const status = await runner.wait(id, 'w');
    expect(status).toMatchObject({ state: 'done', done: 1000, total: 1000, result: { counted: 1000 }, error: null });
  });

  it('stops a job at its next step when cancelled', async () => {
    const runner = new JobRunner();
    let reached = 0;
    const id = runner.start('endlos', 'w', async (ctx) => {
      for (;;) {
        reached++;
        await new Promise((r) => setTimeout(r, 1));
        await ctx.step();
      }
    });
    await new Promise((r) => setTimeout(r, 30));
    runner.cancel(id, 'w');
    const status = await runner.wait(id, 'w');
    expect(status.state).toBe('cancelled');
    expect(status.error).toMatch(/Abgebrochen/);
    const after = reached;
    await new Promise((r) => setTimeout(r, 30));
    expect(reached).toBe(after);
  });

  it('keeps German messages of failed jobs and hides jobs of other windows', async () => {
    const runner = new JobRunner();
    const id = runner.start('fehler', 'w', async () => {
      throw new UserError('Die Datei ist leer.');
    });
    expect((await runner.wait(id, 'w')).error).toBe('Die Datei ist leer.');
    expect(() => runner.status(id, 'anderes-fenster')).toThrow(/gibt es nicht/);
  });
});
