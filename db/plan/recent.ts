/** The list of recently opened plans, kept in a small JSON file in the user's data folder. */
import fs from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import type { RecentPlan } from '../../shared/contract/schemas';

const MAX_RECENT = 12;
const stored = z.array(z.object({ path: z.string(), title: z.string(), districtName: z.string(), openedAt: z.string() }));

export class RecentPlans {
  constructor(private readonly file: string) {}

  list(): RecentPlan[] {
    return this.read().map((entry) => ({ ...entry, exists: fs.existsSync(entry.path) }));
  }

  remember(entry: { path: string; title: string; districtName: string }): void {
    const others = this.read().filter((e) => e.path !== entry.path);
    this.write([{ ...entry, openedAt: new Date().toISOString() }, ...others].slice(0, MAX_RECENT));
  }

  forget(filePath: string): void {
    this.write(this.read().filter((e) => e.path !== filePath));
  }

  private read(): z.infer<typeof stored> {
    try {
      return stored.parse(JSON.parse(fs.readFileSync(this.file, 'utf8')));
    } catch {
      return []; // missing or damaged list: start afresh, plans themselves are unaffected
    }
  }

  private write(entries: z.infer<typeof stored>): void {
    fs.mkdirSync(path.dirname(this.file), { recursive: true });
    const temp = `${this.file}.tmp`;
    fs.writeFileSync(temp, JSON.stringify(entries, null, 2));
    fs.renameSync(temp, this.file);
  }
}
