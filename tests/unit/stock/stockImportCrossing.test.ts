import { describe, expect, it } from 'vitest';
import { stockImportCrossing } from '../../../db/stock/importFile';

const input = (text: string) => ({ register: 'angebote' as const, fileName: 'a.csv', contentBase64: Buffer.from(text).toString('base64'), mapping: null });

describe('a stock import crossing to the plan job worker', () => {
  it('goes as bytes, moved (transferred), and leaves the caller its own input', () => {
    const text = `Name;Gemeinde\n${'Haus;03354001\n'.repeat(200_000)}`;
    const mine = input(text);
    const { input: sent, transfer } = stockImportCrossing(mine);
    expect(sent.contentBase64).toBe('');
    expect(Buffer.from(sent.bytes!).toString()).toBe(text);
    expect(transfer).toEqual([sent.bytes!.buffer]);
    expect(mine.contentBase64).toBe(Buffer.from(text).toString('base64'));
    expect(mine).not.toHaveProperty('bytes');
  });

  it('copies rather than moves a small file whose bytes may share a pool', () => {
    const { input: sent, transfer } = stockImportCrossing(input('Name;Gemeinde\nHaus;03354001\n'));
    expect(Buffer.from(sent.bytes!).toString()).toBe('Name;Gemeinde\nHaus;03354001\n');
    expect(transfer).toEqual([]);
  });
});
