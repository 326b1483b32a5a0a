/**
 * The writing jobs that run in a plan job worker (planJobWorker.ts) with their own connection.
 * Each is the same function the host would run in-process: `(session, input, job) => result`.
 * Inputs and results cross the thread boundary by structured clone (plain data only). The input
 * is the job's own (a copy; runPlanJob copies it in-process too): a job may drop its fields once
 * read, so a large file's text does not live as long as the job.
 */
import { commitGemeindeImport, type ImportFile } from '../district/import';
import { commitCareStatistics } from '../needs/careStatistics';
import { importDemography } from '../needs/demography';
import { commitPopulationImport, type PopulationImportInput } from '../needs/population';
import { commitStockImport, type StockImportJobInput, stockImportCrossing } from '../stock/importFile';
import { copyRegisters } from '../sharing/copyRegisters';
import { mergePlanFile } from '../sharing/merge';
import type { PlanSession } from '../session';
import type { JobContext } from './jobRunner';

export const planJobKinds = {
  // The input is this worker's own copy: its base64 text may go once decoded.
  'stock.import': (session: PlanSession, input: StockImportJobInput, job: JobContext) => commitStockImport(session, input, job, { handOver: true }),
  'needs.population.import': (session: PlanSession, input: PopulationImportInput, job: JobContext) => commitPopulationImport(session, input.source, input.fileName, input.kind, job, input.options),
  // Imports whose handlers answer with their result (no job id): written here all the same.
  'district.gemeinden.import': (session: PlanSession, input: ImportFile) => commitGemeindeImport(session, input),
  'needs.careStatistics.import': (session: PlanSession, input: { bytes: Uint8Array; fileName: string }) => commitCareStatistics(session, input.bytes, input.fileName),
  'needs.demography.import': (session: PlanSession, input: { files: { fileName: string; bytes: Uint8Array }[] }) => importDemography(session, input.files),
  'sharing.merge': (session: PlanSession, input: { path: string; backupDir: string }, job: JobContext) => mergePlanFile(session, input.path, { backupDir: input.backupDir, job }),
  'sharing.copyRegisters': (session: PlanSession, input: { path: string; tables: string[]; gemeindeAgs: string | null }, job: JobContext) =>
    copyRegisters(session, input.path, { ...input, job }),
};

export type PlanJobKind = keyof typeof planJobKinds;
export type PlanJobInput<K extends PlanJobKind> = Parameters<(typeof planJobKinds)[K]>[1];
export type PlanJobResult<K extends PlanJobKind> = Awaited<ReturnType<(typeof planJobKinds)[K]>>;

/**
 * How an input crosses to the worker, where that is not a plain copy: a file given as base64
 * text goes as bytes, moved instead of copied (the 50,000-offer CSV: 6 MB of text, serialised in
 * the host and kept in the worker's heap for the whole job).
 */
export const planJobCrossings: { [K in PlanJobKind]?: (input: PlanJobInput<K>) => { input: PlanJobInput<K>; transfer: ArrayBuffer[] } } = {
  'stock.import': stockImportCrossing,
};
