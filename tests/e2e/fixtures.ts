/**
 * Starts the browser mode exactly as a user does (`scripts/web.ts --plan FILE`), in a fresh
 * temporary folder with its own user-data folder, and hands the test the printed URL.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { test as base, expect } from '@playwright/test';

const root = path.resolve(import.meta.dirname, '..', '..');

export interface WebApp {
  url: string;
  dir: string;
  planPath: string;
}

async function startWeb(dir: string, planPath: string | null): Promise<{ url: string; child: ChildProcess }> {
  const args = [path.join(root, 'scripts', 'web.ts'), ...(planPath ? ['--plan', planPath] : [])];
  const child = spawn(path.join(root, 'node_modules', '.bin', 'tsx'), args, {
    cwd: root,
    env: { ...process.env, PSP_USER_DATA: path.join(dir, 'userdata'), HOME: dir },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const url = await new Promise<string>((resolve, reject) => {
    let output = '';
    const timer = setTimeout(() => reject(new Error(`web host did not start:\n${output}`)), 30_000);
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      const match = /(http:\/\/127\.0\.0\.1:\d+\/\?token=[\w-]+)/.exec(output);
      if (match) {
        clearTimeout(timer);
        resolve(match[1]!);
      }
    };
    child.stdout!.on('data', onData);
    child.stderr!.on('data', onData);
    child.on('exit', (code) => reject(new Error(`web host exited with ${code}:\n${output}`)));
  });
  return { url, child };
}

function stop(child: ChildProcess): Promise<void> {
  return new Promise((resolve) => {
    if (child.exitCode !== null) return resolve();
    child.once('exit', () => resolve());
    child.kill('SIGTERM');
  });
}

export const test = base.extend<{ web: WebApp; startPlanless: () => Promise<string>; startWithPlan: (planPath: string) => Promise<string> }>({
  web: async ({}, use) => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'psp-e2e-'));
    const planPath = path.join(dir, 'p.sqlite');
    const { url, child } = await startWeb(dir, planPath);
    await use({ url, dir, planPath });
    await stop(child);
    fs.rmSync(dir, { recursive: true, force: true });
  },
  startPlanless: async ({}, use) => {
    await useHosts((start) => use(() => start(null)));
  },
  /** The browser mode on a plan file the test made (`--plan FILE`). */
  startWithPlan: async ({}, use) => {
    await useHosts((start) => use((planPath) => start(planPath)));
  },
});

/** Hosts started during one test, each in its own folder; all stopped and removed after it. */
async function useHosts(body: (start: (planPath: string | null) => Promise<string>) => Promise<void>): Promise<void> {
  const children: ChildProcess[] = [];
  const dirs: string[] = [];
  await body(async (planPath) => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'psp-e2e-'));
    dirs.push(dir);
    const { url, child } = await startWeb(dir, planPath);
    children.push(child);
    return url;
  });
  for (const child of children) await stop(child);
  for (const dir of dirs) fs.rmSync(dir, { recursive: true, force: true });
}

export { expect };
