/**
 * Streaming reader for population tables: fed one line at a time, it keeps only the rows of
 * the requested Kreis, so memory does not grow with the file (a national 12411-02-03-5 file has
 * ~14,500 lines). Formats:
 * - GENESIS table CSV, wide (12411-02-03-5: code;name;values by sex × age band) or long
 *   (12411-03-03-4: date;code;name;age band;values by nationality × sex);
 * - GENESIS flat-file CSV (ffcsv, one value per line, Merkmal columns GES / ALTX..);
 * - the documented template: `ags;name;jahr;geschlecht;altersgruppe;anzahl`.
 * Samt-/Verbandsgemeinden are recognised (name, number 4xx in Niedersachsen, or because member
 * codes follow) and skipped, so nothing is counted twice. Units that did not exist at the
 * Stichtag ("-" in every cell, e.g. members of a dissolved Samtgemeinde listed again under the
 * new one) are dropped before the duplicate check. A table without its footer, with a cut-off
 * row, or whose Gemeinden do not add up to the Kreis row is refused (a truncated download).
 */
import { formatNumber } from '../format';
import { germanDateToIso, isGermanDate } from '../import/germanDate';
import { parseGenesisValue } from '../import/genesisValue';
import { classifyRegionRow, isGemeindefrei } from '../import/regionCode';
import { bandKey, parseAgeLabel } from './ageBands';
import { sexLabel } from './sexLabels';

export type Sex = 'insgesamt' | 'maennlich' | 'weiblich';
export type PopulationFormat = 'genesis-tabelle' | 'genesis-ffcsv' | 'vorlage';

export interface PopulationProblem {
  line: number | null;
  severity: 'fehler' | 'hinweis';
  message: string;
}

export interface PopulationRecord {
  line: number;
  level: 'gemeinde' | 'kreis';
  /** 8-digit AGS (Gemeinde) or 5-digit Kreis key. */
  key: string;
  name: string;
  year: number;
  sex: Sex;
  /** Count per age band key; null = not known (symbol like "." in the source). */
  bands: Record<string, number | null>;
  /** "Insgesamt" over all ages as stated in the source; null when absent. */
  total: number | null;
}

/** Bookkeeping while reading; removed by finish(). */
interface OpenRecord extends PopulationRecord {
  /** Regional code as written (11 digits for a member Gemeinde of a Samtgemeinde). */
  raw: string;
  /** Every cell so far was "-" (the unit did not exist at the Stichtag). */
  onlyDash: boolean;
  /** raw|year|sex: the key of `byId`. */
  id: string;
  /** The two hashes of `id` (keySetHash), taken once for the streaming checks; 0 when not streaming. */
  idHashA: number;
  idHashB: number;
}

export interface PopulationParseResult {
  format: PopulationFormat | null;
  tableCode: string | null;
  title: string;
  referenceDates: string[];
  licence: string | null;
  stand: string | null;
  records: PopulationRecord[];
  problems: PopulationProblem[];
  linesRead: number;
  /** Kreise with Gemeinde rows in the file (for a helpful message when the plan's Kreis is missing). */
  kreiseSeen: string[];
}

interface Column {
  index: number;
  sex: Sex;
  /** Band key, 'total' for "Insgesamt", null when the band comes from a dimension column (long tables). */
  band: string | null;
}

const SEX_LABELS: Record<string, Sex> = { insgesamt: 'insgesamt', männlich: 'maennlich', maennlich: 'maennlich', weiblich: 'weiblich', m: 'maennlich', w: 'weiblich', i: 'insgesamt', gesm: 'maennlich', gesw: 'weiblich', '': 'insgesamt' };
const sexOf = (label: string): Sex | undefined => SEX_LABELS[label.trim().toLowerCase()];

export class PopulationParser {
  private readonly result: PopulationParseResult = {
    format: null,
    tableCode: null,
    title: '',
    referenceDates: [],
    licence: null,
    stand: null,
    records: [],
    problems: [],
    linesRead: 0,
    kreiseSeen: [],
  };
  private phase: 'head' | 'data' | 'footer' = 'head';
  private headerRows: string[][] = [];
  private columns: Column[] | null = null;
  private firstValue = 0;
  private currentDate: string | null = null;
  private footer = '';
  private readonly kreise = new Set<string>();
  /** Records by key|year|sex (long and flat formats build one record from several lines). */
  private readonly byId = new Map<string, OpenRecord>();
  private width = 0;
  private ffHeader: string[] | null = null;
  private lineNo = 0;
  private unknownValues = 0;

  /**
   * @param kreisKey keep only this Kreis (its Kreis row and Gemeinden); null keeps every Gemeinde and Kreis.
   * @param options.streaming hand finished records out through `takeSettled()` while reading
   *   (see there), so the records of a national table are never all held at once.
   */
  constructor(
    private readonly kreisKey: string | null,
    options: { streaming?: boolean } = {},
  ) {
    this.stream = options.streaming ? new SettledRecords() : null;
  }

  /** Streaming state; null when reading holds every record until `finish()` (also once the format cannot stream). */
  private stream: SettledRecords | null;
  /** What the file said so far: format, table code, Stichtage (licence and Stand come with the footer, in finish()). */
  get head(): Readonly<Pick<PopulationParseResult, 'format' | 'tableCode' | 'referenceDates'>> {
    return this.result;
  }

  /**
   * True when a record already handed out by `takeSettled()` turned out different from what
   * `finish()` would have kept (a duplicate, a Samtgemeinde whose members came later, a row
   * listed twice). The records handed out are then wrong: read the file again without streaming,
   * which gives the exact records and messages.
   */
  get streamBroken(): boolean {
    return this.stream?.broken ?? false;
  }

  /**
   * Records that later lines can no longer change, removed from the parser (streaming mode only;
   * [] otherwise). Only for wide GENESIS tables (12411-02-03-5: one line holds every age band of
   * a region), where a record is complete at the end of its line. Kept back: a Kreis record
   * until the first Gemeinde of its Kreis goes out (one without any is a kreisfreie Stadt, which
   * finish() turns into its own Gemeinde), and the records of an 8-digit row while the member
   * rows under it (11-digit codes it prefixes) follow, since such a row is a
   * Samt-/Verbandsgemeinde and is dropped. Every other check of `finish()` is kept on the
   * records handed out through small summaries: hashed keys for duplicates, sums and totals per
   * Kreis, Kreise with Gemeinden, the count and names of incomplete records.
   */
  takeSettled(): PopulationRecord[] {
    const stream = this.stream;
    if (!stream || stream.fresh.length === 0) return [];
    if (this.result.format !== 'genesis-tabelle' || this.columns === null || !this.columns.every((c) => c.band !== null)) {
      // A long or flat table builds a record from several lines: nothing is final before the end.
      this.stream = null;
      return [];
    }
    const out: PopulationRecord[] = [];
    for (const rec of stream.fresh) {
      if (stream.held.length > 0 && !rec.raw.startsWith(stream.held[0]!.raw)) this.releaseHeld(out);
      if (rec.level === 'kreis') {
        // Out with the first Gemeinde of its Kreis; one without Gemeinden is a kreisfreie Stadt (finish()).
        // Hazard: the name is a slice of its line, which is a slice of a whole read chunk; a copy lets that chunk go.
        rec.name = JSON.parse(JSON.stringify(rec.name)) as string;
        const held = stream.heldKreise.get(rec.key);
        if (held) held.push(rec);
        else stream.heldKreise.set(rec.key, [rec]);
      } else if (rec.raw.length === 8) stream.held.push(rec);
      else this.settle(rec, out);
    }
    stream.fresh = [];
    return out;
  }

  /** At the end of the file: the held rows go out too (no member can follow any more). */
  private finalSettled(): PopulationRecord[] {
    const out: PopulationRecord[] = [];
    this.releaseHeld(out);
    return out;
  }

  private releaseHeld(out: PopulationRecord[]): void {
    const stream = this.stream!;
    for (const rec of stream.held) this.settle(rec, out);
    stream.held = [];
  }

  /** One record out of the parser: what finish() would do to it (dash filter, Samtgemeinde, duplicates), summed up for finish(). */
  private settle(rec: OpenRecord, out: PopulationRecord[]): void {
    const stream = this.stream!;
    this.byId.delete(rec.id);
    if (this.lastRecord === rec) this.lastRecord = null;
    stream.settledIds.addHashed(rec.idHashA, rec.idHashB);
    if (rec.onlyDash && !(rec.level === 'gemeinde' && isGemeindefrei(rec.key, rec.name))) return;
    if (rec.raw.length >= 10) {
      const prefix = memberPrefix(rec.raw);
      stream.memberPrefixes.add(prefix);
      if (stream.eightDigit.has(prefix)) stream.broken = true;
    }
    if (rec.raw.length === 8) {
      if (stream.memberPrefixes.has(rec.raw)) return;
      stream.eightDigit.add(rec.raw);
    }
    // Mostly the code as written is the key: the same string, its hashes already taken.
    if (rec.raw === rec.key) {
      if (!stream.keys.addHashed(rec.idHashA, rec.idHashB)) stream.broken = true;
    } else if (!stream.keys.add(`${rec.key}|${rec.year}|${rec.sex}`)) stream.broken = true;
    stream.count(rec);
    if (rec.level === 'gemeinde' && stream.heldKreise.size > 0) {
      const kreisKey = rec.key.slice(0, 5);
      const kreis = stream.heldKreise.get(kreisKey);
      if (kreis) {
        stream.heldKreise.delete(kreisKey);
        for (const k of kreis) this.settle(k, out);
      }
    }
    out.push({ line: rec.line, level: rec.level, key: rec.key, name: rec.name, year: rec.year, sex: rec.sex, bands: rec.bands, total: rec.total });
  }

  push(rawLine: string): void {
    this.lineNo++;
    const line = this.lineNo === 1 ? rawLine.replace(/^\uFEFF/, '') : rawLine;
    if (this.result.format === null) {
      if (line.trim() === '') return;
      this.result.format = detectFormat(line);
      if (this.result.format === 'genesis-ffcsv') {
        this.ffHeader = line.split(';').map((c) => c.trim());
        return;
      }
      if (this.result.format === 'vorlage') return;
    }
    if (this.result.format === 'genesis-ffcsv') this.pushFlat(line);
    else if (this.result.format === 'vorlage') this.pushTemplate(line);
    else this.pushTable(line);
  }

  finish(): PopulationParseResult {
    const r = this.result;
    r.linesRead = this.lineNo;
    if (this.footer) {
      const lic = /©[^"]*/.exec(this.footer);
      if (lic) r.licence = lic[0].replace(/\s+/g, ' ').trim();
      const stand = /Stand:\s*(\d{2}\.\d{2}\.\d{4})/.exec(this.footer);
      if (stand) r.stand = germanDateToIso(stand[1]!);
    }
    // Streaming: the last lines' records and the held 8-digit rows go out like the others; what
    // stays in byId (Kreise without a Gemeinde: kreisfreie Städte) takes the exact path below.
    const settled = this.stream ? [...this.takeSettled(), ...(this.stream ? this.finalSettled() : [])] : [];
    const stream = this.stream;
    // gemeindefreie Gebiete (forests, lakes) are uninhabited: "-" everywhere is their true count.
    const open = this.dropVerbandRows([...this.byId.values()].filter((rec) => !rec.onlyDash || (rec.level === 'gemeinde' && isGemeindefrei(rec.key, rec.name))));
    if (stream) for (const rec of open) if (stream.keys.has(`${rec.key}|${rec.year}|${rec.sex}`) || (rec.raw.length >= 10 && stream.eightDigit.has(memberPrefix(rec.raw)))) stream.broken = true;
    r.records = [...settled, ...this.withoutDuplicates(open).map(({ raw: _raw, onlyDash: _dash, id: _id, idHashA: _a, idHashB: _b, ...rec }) => rec)];
    r.kreiseSeen = [...this.kreise].sort();
    this.addKreisfreieStaedte();
    if (r.format === null) r.problems.push({ line: null, severity: 'fehler', message: 'Die Datei ist leer.' });
    else if (r.format === 'genesis-tabelle' && this.columns === null) {
      r.problems.push({ line: null, severity: 'fehler', message: 'In der Tabelle wurden keine Spalten nach Geschlecht und Altersgruppe gefunden (erwartet z. B. 12411-02-03-5 oder 12411-03-03-4).' });
    } else if (r.format === 'genesis-tabelle' && this.phase !== 'footer') {
      r.problems.push({ line: null, severity: 'fehler', message: TRUNCATED_TABLE });
    }
    const incomplete = new IncompleteRecords(stream?.incomplete);
    for (const rec of r.records.slice(settled.length)) incomplete.add(rec);
    if (incomplete.n > 0) {
      const names = incomplete.first.map((rec) => `${rec.name} (${rec.key})`).join('; ');
      r.problems.push({
        line: null,
        severity: 'hinweis',
        message: `${this.unknownValues} Werte sind in der Quelle unbekannt oder geheim (Zeichen „.“, „x“, „/“ …). Sie werden als unbekannt gespeichert, nicht als 0; diese Gebiete gelten als unvollständig: ${names}${incomplete.n > 10 ? ' …' : ''}.`,
      });
    }
    this.checkSums(r.records.slice(settled.length), stream?.sums, stream?.kreisTotals);
    return r;
  }

  // --- GENESIS table CSV -------------------------------------------------------------------

  private pushTable(line: string): void {
    if (this.phase === 'footer') {
      this.footer += line + '\n';
      return;
    }
    if (this.phase === 'data' && this.firstValue === 2 && this.readPlainRow(line)) return;
    const cells = line.split(';');
    for (let i = 0; i < cells.length; i++) cells[i] = cells[i]!.trim();
    while (cells.length > 0 && cells[cells.length - 1] === '') cells.pop();
    if (cells.length === 0) return;
    if (cells.length === 1 && /^_{3,}$/.test(cells[0]!)) {
      this.phase = 'footer';
      return;
    }
    if (cells.length === 1 && isGermanDate(cells[0]!)) {
      this.currentDate = cells[0]!;
      this.addDate(cells[0]!);
      return;
    }
    if (this.phase === 'head') {
      const first = cells[0]!;
      if (first.startsWith('GENESIS-Tabelle:')) {
        this.result.tableCode = first.slice('GENESIS-Tabelle:'.length).trim() || null;
        return;
      }
      if (first === '') {
        this.headerRows.push(cells);
        return;
      }
      if (this.headerRows.length === 0) {
        this.result.title = (this.result.title + ' ' + cells.join(' ')).trim();
        return;
      }
      this.phase = 'data';
      this.columns = this.describeColumns();
    }
    this.readTableRow(line, cells);
  }

  private describeColumns(): Column[] {
    const rows = this.headerRows;
    let first = Infinity;
    for (const r of rows) {
      const i = r.findIndex((c) => c !== '');
      if (i !== -1) first = Math.min(first, i);
    }
    this.firstValue = Number.isFinite(first) ? first : 0;
    const width = Math.max(...rows.map((r) => r.length));
    this.width = width;
    const valueIdx = Array.from({ length: width - this.firstValue }, (_, i) => this.firstValue + i);
    // Header lines with the same text over all value columns ("Altersgruppen (…)", "Anzahl") say nothing.
    const distinguishing = rows.filter((r) => new Set(valueIdx.map((c) => r[c] ?? '')).size > 1);
    const columns: Column[] = [];
    for (const index of valueIdx) {
      let sex: Sex = 'insgesamt';
      let band: string | null = null;
      let usable = true;
      for (const r of distinguishing) {
        const label = (r[index] ?? '').trim();
        const age = parseAgeLabel(label);
        if (age) band = bandKey(age);
        else if (label.toLowerCase() === 'insgesamt') continue;
        else if (sexOf(label) && label !== '') sex = sexOf(label)!;
        else usable = false; // e.g. "Deutsche", "Ausländer(innen)": a subgroup, not the population
      }
      if (usable) columns.push({ index, sex, band });
    }
    // A column whose only distinction is "Insgesamt" is the total (wide) or the value (long).
    const hasAgeColumns = columns.some((c) => c.band !== null);
    for (const c of columns) if (c.band === null && hasAgeColumns) c.band = 'total';
    return columns;
  }

  private readTableRow(_line: string, cells: string[]): void {
    const columns = this.columns ?? [];
    let pos = 0;
    let date = this.currentDate;
    if (isGermanDate(cells[0]!)) {
      date = cells[0]!;
      if (date !== this.currentDate) {
        this.currentDate = date;
        this.addDate(date);
      }
      pos = 1;
    }
    const code = cells[pos] ?? '';
    const name = cells[pos + 1] ?? '';
    if (cells.length < this.width && /^(DG|\d{2,12})$/.test(code)) {
      // GENESIS writes a symbol into every empty cell, so a short row was cut off.
      this.problem(this.lineNo, 'fehler', `Zeile ${this.lineNo}: ${code} ${name} ist unvollständig (${Math.max(0, cells.length - this.firstValue)} statt ${this.width - this.firstValue} Werte) – die Datei ist vermutlich abgeschnitten. Bitte die Tabelle erneut herunterladen.`);
      return;
    }
    const dimension = pos + 2 < this.firstValue ? (cells[pos + 2] ?? '') : null;
    const region = this.region(code, name);
    if (!region) return;
    if (!date) {
      this.problem(this.lineNo, 'fehler', `Zeile ${this.lineNo}: Der Stichtag fehlt (erwartet eine Zeile „31.12.JJJJ“).`);
      return;
    }
    let rowBand: string | null = null;
    if (dimension !== null) {
      const age = parseAgeLabel(dimension);
      if (age) rowBand = bandKey(age);
      else if (dimension.toLowerCase() === 'insgesamt') rowBand = 'total';
      else return; // another dimension value we do not read
    }
    const year = Number(date.slice(6));
    for (const col of columns) {
      const band = col.band ?? rowBand;
      if (band === null) continue;
      const v = this.value(cells[col.index] ?? '');
      if (v === undefined) continue;
      this.set(region, name, year, col.sex, band, v);
    }
  }

  /** Cell boundaries of the current line (start of cell i at 2i, its end at 2i + 1), reused. */
  private bounds = new Int32Array(256);

  /**
   * The bulk of a wide table (code;name;counts…), read as readTableRow would read it but
   * without cutting the line into cell strings: a plain count is read from the line itself.
   * Returns false (nothing done) for any row readTableRow must judge: a date column, no
   * Stichtag yet, a code that is not a number, a short row.
   */
  private readPlainRow(line: string): boolean {
    const first = line.indexOf(';');
    if (first <= 0) return false;
    const code = line.slice(0, first).trim();
    if (!/^\d{2,12}$/.test(code) || this.currentDate === null) return false;
    let bounds = this.bounds;
    let n = 0;
    for (let start = 0; ; ) {
      const end = line.indexOf(';', start);
      if (2 * n + 2 > bounds.length) {
        const grown = new Int32Array(bounds.length * 2);
        grown.set(bounds);
        this.bounds = bounds = grown;
      }
      bounds[2 * n] = start;
      bounds[2 * n + 1] = end < 0 ? line.length : end;
      n++;
      if (end < 0) break;
      start = end + 1;
    }
    // As readTableRow counts cells: without the empty ones at the end (a cell starting with a digit, the rule, is not).
    while (n > 0 && !startsWithDigit(line, bounds[2 * n - 2]!, bounds[2 * n - 1]!) && line.slice(bounds[2 * n - 2]!, bounds[2 * n - 1]!).trim() === '') n--;
    if (n < this.width || n < 2) return false;
    const name = line.slice(bounds[2]!, bounds[3]!).trim();
    const region = this.region(code, name);
    if (!region) return true;
    const year = Number(this.currentDate.slice(6));
    const blocks = this.sexBlocks ?? (this.sexBlocks = sexBlocksOf(this.columns ?? []));
    const idPrefix = `${region.raw}|${year}|`;
    if (blocks === false) {
      this.setCells(this.columns ?? [], line, bounds, n, region, name, year);
      return true;
    }
    for (const block of blocks) {
      const id = idPrefix + block.sex;
      if (this.byId.has(id)) {
        // The same region, year and sex again: set() judges each cell (a band twice, …).
        this.setCells(block.columns, line, bounds, n, region, name, year);
        continue;
      }
      // A new record whose bands cannot repeat (sexBlocksOf): what set() does, without its checks per cell.
      const { columns, values } = block;
      let given = 0;
      let onlyDash = true;
      for (let i = 0; i < columns.length; i++) {
        const col = columns[i]!;
        const v = col.index < n ? this.cellValue(line, bounds, col.index) : undefined;
        values[i] = v;
        if (v === undefined) continue;
        given++;
        if (this.lastSymbol !== '-') onlyDash = false;
        this.lastSymbol = null;
      }
      if (given === 0) continue;
      const rec = this.newRecord(id, region, name, year, block.sex);
      rec.onlyDash = onlyDash;
      // Every cell given (the rule): the bands as a copy of the block's object of them, one
      // allocation instead of a property store (and a growing property array) per band.
      const bands: Record<string, number | null> = given === columns.length ? { ...block.bands } : rec.bands;
      for (let i = 0; i < columns.length; i++) {
        const v = values[i];
        if (v === undefined) continue;
        const band = columns[i]!.band;
        if (band === 'total') rec.total = v;
        else bands[band] = v;
      }
      rec.bands = bands;
    }
    return true;
  }

  /** The wide table's columns by sex (see sexBlocksOf); null until the first data row. */
  private sexBlocks: SexBlock[] | false | null = null;

  /** The value cells of `columns` among the line's first `n`, each through set() and its checks. */
  private setCells(columns: readonly Column[], line: string, bounds: Int32Array, n: number, region: Region, name: string, year: number): void {
    for (const col of columns) {
      if (col.band === null || col.index >= n) continue;
      const v = this.cellValue(line, bounds, col.index);
      if (v !== undefined) this.set(region, name, year, col.sex, col.band, v);
    }
  }

  /** Cell `index` of a line cut by readPlainRow: a plain count read in place, anything else by value(). */
  private cellValue(line: string, bounds: Int32Array, index: number): number | null | undefined {
    const start = bounds[2 * index]!;
    const end = bounds[2 * index + 1]!;
    // "-", exactly zero (shared/import/genesisValue.ts): a fifth of the national table's cells.
    if (end - start === 1 && line.charCodeAt(start) === 45) {
      this.lastSymbol = '-';
      return 0;
    }
    if (end > start && end - start <= 15) {
      let v = 0;
      for (let i = start; i < end; i++) {
        const d = line.charCodeAt(i) - 48;
        if (d < 0 || d > 9) return this.value(line.slice(start, end).trim());
        v = v * 10 + d;
      }
      // A printed 0 is the rounding symbol (value()).
      this.lastSymbol = v === 0 ? '0' : null;
      return v;
    }
    return this.value(line.slice(start, end).trim());
  }

  // --- flat file (ffcsv) -------------------------------------------------------------------

  private pushFlat(line: string): void {
    if (line.trim() === '') return;
    const cells = line.split(';');
    const header = this.ffHeader!;
    const at = (name: string): string => (cells[header.indexOf(name)] ?? '').trim();
    if (this.result.tableCode === null) this.result.tableCode = at('Statistik_Code') || null;
    const time = at('Zeit');
    let code = '';
    let name = '';
    let sex: Sex = 'insgesamt';
    let band: string | null = 'total';
    for (let n = 1; n <= 9; n++) {
      const merkmal = at(`${n}_Merkmal_Code`);
      if (merkmal === '') continue;
      const value = at(`${n}_Auspraegung_Code`);
      const label = at(`${n}_Auspraegung_Label`);
      if (/^(GEMEIN|KREISE|DINSG|DLAND|REGBEZ)$/.test(merkmal)) {
        code = value;
        name = label;
      } else if (merkmal === 'GES') sex = sexOf(value) ?? 'insgesamt';
      else if (merkmal.startsWith('ALT')) {
        const age = parseAgeLabel(value) ?? parseAgeLabel(label);
        band = age ? bandKey(age) : label.toLowerCase() === 'insgesamt' || value === '' ? 'total' : null;
      }
    }
    if (band === null) return;
    const valueCell = cells[header.length - 1] ?? '';
    const region = this.region(code, name);
    if (!region) return;
    const year = isGermanDate(time) ? Number(time.slice(6)) : Number(time);
    if (!Number.isInteger(year) || year < 1900) {
      this.problem(this.lineNo, 'fehler', `Zeile ${this.lineNo}: „${time}“ ist kein Stichtag.`);
      return;
    }
    if (isGermanDate(time)) this.addDate(time);
    const v = this.value(valueCell);
    if (v !== undefined) this.set(region, name, year, sex, band, v);
  }

  // --- template ----------------------------------------------------------------------------

  private pushTemplate(line: string): void {
    if (line.trim() === '') return;
    const [code = '', name = '', jahr = '', geschlecht = '', alter = '', anzahl = ''] = line.split(';').map((c) => c.trim());
    const region = this.region(code, name);
    if (!region) {
      if (!/^\d{5}(\d{3})?$/.test(code)) this.problem(this.lineNo, 'fehler', `Zeile ${this.lineNo}: „${code}“ ist kein Gemeinde- (8 Ziffern) oder Kreisschlüssel (5 Ziffern).`);
      return;
    }
    const year = Number(jahr);
    if (!/^\d{4}$/.test(jahr)) {
      this.problem(this.lineNo, 'fehler', `Zeile ${this.lineNo}: „${jahr}“ ist kein Jahr (vierstellig, z. B. 2023).`);
      return;
    }
    const sex = sexOf(geschlecht);
    if (!sex) {
      this.problem(this.lineNo, 'fehler', `Zeile ${this.lineNo}: Geschlecht „${geschlecht}“ unbekannt (erlaubt: insgesamt, männlich, weiblich).`);
      return;
    }
    const age = parseAgeLabel(alter);
    const band = age ? bandKey(age) : alter.toLowerCase() === 'insgesamt' ? 'total' : null;
    if (!band) {
      this.problem(this.lineNo, 'fehler', `Zeile ${this.lineNo}: Altersgruppe „${alter}“ unbekannt (z. B. „75-80“, „90+“, „unter 3 Jahre“).`);
      return;
    }
    const n = Number(anzahl.replace(',', '.'));
    if (anzahl === '' || !Number.isFinite(n) || n < 0) {
      this.problem(this.lineNo, 'fehler', `Zeile ${this.lineNo}: Anzahl „${anzahl}“ ist keine Zahl ≥ 0.`);
      return;
    }
    this.set(region, name, year, sex, band, n);
  }

  // --- shared ------------------------------------------------------------------------------

  /** Kept region of a code, or null (other Kreis, Land, Samtgemeinde …). */
  private region(code: string, name: string): Region | null {
    const row = classifyRegionRow(code, name);
    if (row.level === 'gemeinde') {
      this.kreise.add(row.ags.slice(0, 5));
      if (this.kreisKey !== null && !row.ags.startsWith(this.kreisKey)) return null;
      return { level: 'gemeinde', key: row.ags, raw: code };
    }
    if (row.level === 'kreis') {
      if (this.kreisKey !== null && row.kreisKey !== this.kreisKey) return null;
      return { level: 'kreis', key: row.kreisKey, raw: code };
    }
    return null;
  }

  private lastSymbol: string | null = null;
  private lastRecord: OpenRecord | null = null;

  /** undefined = skip silently (empty cell). */
  private value(cell: string): number | null | undefined {
    // The common cell, a plain count: read here without an object per cell (800,000 cells in the national table).
    const count = plainCount(cell);
    if (count >= 0) {
      // A printed 0 is the rounding symbol (shared/import/genesisValue.ts).
      this.lastSymbol = count === 0 ? '0' : null;
      return count;
    }
    if (cell.trim() === '') return undefined;
    const v = parseGenesisValue(cell);
    this.lastSymbol = v.symbol;
    if (v.value === null && v.symbol === null) {
      this.problem(this.lineNo, 'fehler', `Zeile ${this.lineNo}: „${cell.trim()}“ ist weder eine Zahl noch ein Zeichen der amtlichen Statistik.`);
      return undefined;
    }
    if (v.value === null) this.unknownValues++;
    return v.value;
  }

  private set(region: Region, name: string, year: number, sex: Sex, band: string, v: number | null): void {
    // A wide table row sets ~18 bands of one record in a row: skip building and hashing its key each time.
    let rec = this.lastRecord;
    if (rec === null || rec.raw !== region.raw || rec.year !== year || rec.sex !== sex) {
      const id = `${region.raw}|${year}|${sex}`;
      rec = this.byId.get(id) ?? this.newRecord(id, region, name, year, sex);
      this.lastRecord = rec;
    }
    if (this.lastSymbol !== '-') rec.onlyDash = false;
    this.lastSymbol = null;
    if (band === 'total') {
      rec.total = v;
      return;
    }
    if (band in rec.bands) {
      this.problem(this.lineNo, 'fehler', `Zeile ${this.lineNo}: ${region.key} ${year} (${sexLabel(sex)}) Altersgruppe ${band} kommt doppelt vor (zuerst Zeile ${rec.line}).`);
      return;
    }
    rec.bands[band] = v;
  }

  private newRecord(id: string, region: Region, name: string, year: number, sex: Sex): OpenRecord {
    const rec: OpenRecord = { line: this.lineNo, level: region.level, key: region.key, name, year, sex, bands: {}, total: null, raw: region.raw, onlyDash: true, id, idHashA: 0, idHashB: 0 };
    this.byId.set(id, rec);
    if (this.stream) {
      keySetHash(id);
      rec.idHashA = hashA;
      rec.idHashB = hashB;
      // The same row again after its record went out: finish() would report it; only a re-read can.
      if (this.stream.settledIds.hasHashed(hashA, hashB)) this.stream.broken = true;
      this.stream.fresh.push(rec);
    }
    return rec;
  }

  private addDate(date: string): void {
    if (!this.result.referenceDates.includes(date)) this.result.referenceDates.push(date);
  }

  private problem(line: number | null, severity: 'fehler' | 'hinweis', message: string): void {
    // A broken file must not produce 14,000 messages.
    if (this.result.problems.length < 200) this.result.problems.push({ line, severity, message });
  }

  /** An 8-digit row whose code prefixes a member's 11/10-digit code is a Samt-/Verbandsgemeinde. */
  private dropVerbandRows(records: OpenRecord[]): OpenRecord[] {
    const prefixes = new Set(this.stream?.memberPrefixes);
    for (const r of records) if (r.raw.length >= 10) prefixes.add(memberPrefix(r.raw));
    return records.filter((r) => !(r.raw.length === 8 && prefixes.has(r.raw)));
  }

  /** Two live rows with one AGS (e.g. a member code and the 8-digit code) would count twice. */
  private withoutDuplicates(records: OpenRecord[]): OpenRecord[] {
    const first = new Map<string, OpenRecord>();
    return records.filter((r) => {
      const id = `${r.key}|${r.year}|${r.sex}`;
      const seen = first.get(id);
      if (!seen) {
        first.set(id, r);
        return true;
      }
      this.problem(r.line, 'fehler', `Zeile ${r.line}: Der Gemeindeschlüssel ${r.key} kommt mehrfach vor (zuerst in Zeile ${seen.line}).`);
      return false;
    });
  }

  /**
   * A kreisfreie Stadt has only its Kreis row in a Gemeinde table: it becomes its own single
   * Gemeinde with AGS KKKKK000 (e.g. 01001000 Flensburg), so it can be planned like a Kreis.
   */
  private addKreisfreieStaedte(): void {
    const r = this.result;
    // Only in a Gemeinde table. A GENESIS code ends with its regional depth (-4 Kreise, -5
    // Gemeinden): the national Kreis table 12411-03-03-4 lists a few cities (Hannover, Aachen,
    // Saarbrücken) as Gemeinden too, and must not turn every other Kreis into a Gemeinde, which
    // would make it a Gemeinde table and replace the real one.
    if (r.tableCode?.endsWith('-4') || r.kreiseSeen.length === 0) return;
    const withGemeinden = new Set(r.records.filter((rec) => rec.level === 'gemeinde').map((rec) => rec.key.slice(0, 5)));
    for (const k of this.stream?.kreiseWithGemeinden ?? []) withGemeinden.add(k);
    for (const rec of r.records.filter((x) => x.level === 'kreis' && !withGemeinden.has(x.key))) {
      if (!Object.values(rec.bands).some((v) => v !== null)) continue; // Berlin's Bezirke: all "."
      r.records.push({ ...rec, level: 'gemeinde', key: `${rec.key}000`, name: rec.name.replace(/,\s*kreisfreie Stadt$/i, ''), bands: { ...rec.bands } });
    }
  }

  /**
   * Gemeinden must add up to their Kreis row (per year and sex): a difference means missing
   * Gemeinden (a cut-off download) and refuses the file. Unknown values make the check impossible.
   */
  private checkSums(records: PopulationRecord[], streamed?: KreisSums, streamedKreise: readonly KreisTotal[] = []): void {
    const sums = new KreisSums(streamed);
    for (const r of records) if (r.level === 'gemeinde') sums.add(r);
    const kreise = [...streamedKreise];
    for (const r of records) if (r.level === 'kreis') kreise.push({ key: r.key, year: r.year, sex: r.sex, total: recordTotal(r) });
    let reported = 0;
    for (const r of kreise) {
      const s = sums.of(r.key, r.year, r.sex);
      const kreisTotal = r.total;
      if (s === undefined || s.unknown || Math.abs(s.sum - kreisTotal) <= 0.5 || reported++ >= 10) continue;
      this.problem(null, 'fehler', `Die Gemeinden des Kreises ${r.key} ergeben ${r.year} (${sexLabel(r.sex)}) zusammen ${formatNumber(s.sum)} Einwohner, die Kreiszeile nennt ${formatNumber(kreisTotal)}: es fehlen Gemeinden, die Datei ist vermutlich unvollständig. Es wurde nichts übernommen; bitte die Tabelle erneut herunterladen.`);
    }
  }
}

export const TRUNCATED_TABLE =
  'Die Datei endet ohne den Fußbereich der GENESIS-Tabelle (Trennlinie „__________“ mit Quelle und Stand): sie ist vermutlich beim Herunterladen oder Kopieren abgeschnitten worden. Es wurde nichts übernommen; bitte die Tabelle erneut herunterladen.';


/** Total of a record: the stated total, else the sum of known bands. */
export function recordTotal(r: PopulationRecord): number {
  if (r.total !== null) return r.total;
  return Object.values(r.bands).reduce<number>((a, v) => a + (v ?? 0), 0);
}

function detectFormat(firstLine: string): PopulationFormat {
  const t = firstLine.trim().toLowerCase();
  if (t.startsWith('statistik_code;')) return 'genesis-ffcsv';
  if (t.startsWith('ags;')) return 'vorlage';
  return 'genesis-tabelle';
}

/** Convenience for small texts and tests: feeds every line of `text`. */
export function parsePopulationText(text: string, kreisKey: string | null): PopulationParseResult {
  const parser = new PopulationParser(kreisKey);
  for (const line of text.replace(/\r\n?/g, '\n').split('\n')) parser.push(line);
  return parser.finish();
}

/** The header line of the template CSV (Vorlage). */
export const TEMPLATE_HEADER = 'ags;name;jahr;geschlecht;altersgruppe;anzahl';

/** A row's region as the parser keeps it: its level, its key (AGS or Kreis key) and the code as written. */
type Region = { level: 'gemeinde' | 'kreis'; key: string; raw: string };

interface SexBlock {
  sex: Sex;
  columns: (Column & { band: string })[];
  /** The block's age bands in column order (null each): what a record with every cell given holds. */
  bands: Record<string, number | null>;
  /** The cells of the current line, reused. */
  values: (number | null | undefined)[];
}

/**
 * The value columns of a wide table grouped by sex, in column order, when each sex's columns
 * stand together and no age band repeats within a sex (12411-02-03-5: insgesamt, männlich,
 * weiblich, 17 bands and the total each); false otherwise. Then a new record's cells can be set
 * without the checks of set(), in the same order.
 */
function sexBlocksOf(columns: readonly Column[]): SexBlock[] | false {
  const blocks: SexBlock[] = [];
  const bands = new Set<string>();
  for (const col of columns) {
    const band = col.band;
    if (band === null) continue;
    let block = blocks.at(-1);
    if (!block || block.sex !== col.sex) {
      if (blocks.some((b) => b.sex === col.sex)) return false;
      blocks.push((block = { sex: col.sex, columns: [], bands: {}, values: [] }));
    }
    if (band !== 'total') {
      if (bands.has(`${col.sex}|${band}`)) return false;
      bands.add(`${col.sex}|${band}`);
      block.bands[band] = null;
    }
    block.columns.push({ ...col, band });
  }
  return blocks;
}

/** The cell line[start, end) begins with a digit. */
const startsWithDigit = (line: string, start: number, end: number): boolean => end > start && line.charCodeAt(start) >= 48 && line.charCodeAt(start) <= 57;

/** Digits only (a count) as a number, else -1: the common cell, without a regular expression. */
function plainCount(cell: string): number {
  const n = cell.length;
  if (n === 0 || n > 15) return -1;
  let value = 0;
  for (let i = 0; i < n; i++) {
    const d = cell.charCodeAt(i) - 48;
    if (d < 0 || d > 9) return -1;
    value = value * 10 + d;
  }
  return value;
}

/** The 8-digit code a member row (10/11 digits) names as its Samt-/Verbandsgemeinde. */
const memberPrefix = (raw: string): string => raw.slice(0, raw.length === 10 ? 7 : 8);

interface KreisSum {
  sum: number;
  unknown: boolean;
}

/** Sums of the Gemeinden per Kreis, year and sex (the check against the Kreis row). */
class KreisSums {
  private readonly sums: Map<string, KreisSum>;
  constructor(from?: KreisSums) {
    this.sums = new Map(from ? [...from.sums].map(([k, v]) => [k, { ...v }]) : []);
  }
  add(r: PopulationRecord): void {
    // Gemeinden come Kreis by Kreis: the sums of the last Kreis and year by sex, without a key string each.
    let s: KreisSum | undefined;
    if (r.year === this.lastYear && this.lastKreis.length === 5 && r.key.startsWith(this.lastKreis)) s = this.lastBySex[r.sex];
    else {
      this.lastKreis = r.key.slice(0, 5);
      this.lastYear = r.year;
      this.lastBySex = {};
    }
    if (!s) {
      const id = `${r.key.slice(0, 5)}|${r.year}|${r.sex}`;
      s = this.sums.get(id);
      if (!s) this.sums.set(id, (s = { sum: 0, unknown: false }));
      this.lastBySex[r.sex] = s;
    }
    s.sum += recordTotal(r);
    s.unknown ||= r.total === null && hasUnknownBand(r);
  }
  private lastKreis = '';
  private lastYear = -1;
  private lastBySex: Partial<Record<Sex, KreisSum>> = {};
  of(kreisKey: string, year: number, sex: Sex) {
    return this.sums.get(`${kreisKey}|${year}|${sex}`);
  }
}

interface KreisTotal {
  key: string;
  year: number;
  sex: Sex;
  total: number;
}

/**
 * A set of strings held as two 32-bit hashes each (8 bytes a key instead of ~200 for a string in
 * a Set): what a streamed national table keeps per record. Two different keys that hash alike
 * (about one in 10^19 pairs) make `has` say yes; the streaming reader then only reads the file
 * again in full (streamBroken), so a collision costs time, never a wrong record.
 */
class KeySet {
  /** Room for 16,384 keys before the first growth (256 kB): fewer growths for a national table (~35,000 records). */
  private slots = new Int32Array(2 * 32 * 1024);
  private size = 0;

  has(key: string): boolean {
    keySetHash(key);
    return this.hasHashed(hashA, hashB);
  }

  /** Adds the key; false when it was there already. */
  add(key: string): boolean {
    keySetHash(key);
    return this.addHashed(hashA, hashB);
  }

  /** `has` for a key whose hashes `keySetHash` gave. */
  hasHashed(a: number, b: number): boolean {
    return this.find(a, b) >= 0;
  }

  /** `add` for a key whose hashes `keySetHash` gave. */
  addHashed(a: number, b: number): boolean {
    if (this.find(a, b) >= 0) return false;
    if (2 * (this.size + 1) > this.slots.length / 2) this.grow();
    this.put(a, b);
    this.size++;
    return true;
  }

  /** Slot of (a, b), or -1. Slot pairs of (0, 0) are empty: put() never stores b = 0. */
  private find(a: number, b: number): number {
    const slots = this.slots;
    const mask = slots.length / 2 - 1;
    const bb = b || 1;
    for (let i = a & mask; ; i = (i + 1) & mask) {
      const sb = slots[2 * i + 1]!;
      if (sb === 0) return -1;
      if (slots[2 * i] === a && sb === bb) return i;
    }
  }

  private put(a: number, b: number): void {
    const mask = this.slots.length / 2 - 1;
    let i = a & mask;
    while (this.slots[2 * i + 1] !== 0) i = (i + 1) & mask;
    this.slots[2 * i] = a;
    this.slots[2 * i + 1] = b || 1;
  }

  private grow(): void {
    const old = this.slots;
    this.slots = new Int32Array(old.length * 2);
    for (let i = 0; i < old.length; i += 2) if (old[i + 1] !== 0) this.put(old[i]!, old[i + 1]!);
  }
}

/** The two hashes of the last key given to `keySetHash` (module state: no array per key). */
let hashA = 0;
let hashB = 0;

/** Two FNV-1a style 32-bit hashes of `key` (different seeds and multipliers) in one pass, into hashA and hashB. */
function keySetHash(key: string): void {
  let a = 0x811c9dc5;
  let b = 0x9747b28c;
  for (let i = 0; i < key.length; i++) {
    const c = key.charCodeAt(i);
    a = Math.imul(a ^ c, 0x01000193);
    b = Math.imul(b ^ c, 0x5bd1e995);
  }
  hashA = a | 0;
  hashB = b | 0;
}

/** An age band of the record is unknown (null). */
function hasUnknownBand(rec: PopulationRecord): boolean {
  const { bands } = rec;
  for (const band in bands) if (bands[band] === null) return true;
  return false;
}

/** Records of "insgesamt" with an unknown age band: how many, and the first ten for the message. */
class IncompleteRecords {
  n: number;
  first: PopulationRecord[];
  constructor(from?: IncompleteRecords) {
    this.n = from?.n ?? 0;
    this.first = from ? [...from.first] : [];
  }
  add(rec: PopulationRecord): void {
    if (rec.sex !== 'insgesamt' || !hasUnknownBand(rec)) return;
    if (this.n++ < 10) this.first.push(rec);
  }
}

/**
 * What the parser keeps of the records it handed out while streaming: keys and small sums, so
 * the checks of finish() still see every record.
 */
class SettledRecords {
  /** Records created since the last takeSettled(), in order. */
  fresh: OpenRecord[] = [];
  /** Records of the last 8-digit row while rows under it may follow. */
  held: OpenRecord[] = [];
  /** raw|year|sex of every record handed out or dropped. */
  readonly settledIds = new KeySet();
  /** key|year|sex of every record handed out. */
  readonly keys = new KeySet();
  /** Kreis records waiting for a Gemeinde of their Kreis, by Kreis key. */
  readonly heldKreise = new Map<string, OpenRecord[]>();
  /** The stated totals of the Kreis records handed out (the sum check). */
  readonly kreisTotals: KreisTotal[] = [];
  readonly memberPrefixes = new Set<string>();
  /** 8-digit codes handed out as Gemeinden. */
  readonly eightDigit = new Set<string>();
  readonly kreiseWithGemeinden = new Set<string>();
  readonly sums = new KreisSums();
  readonly incomplete = new IncompleteRecords();
  broken = false;

  count(rec: PopulationRecord): void {
    this.incomplete.add(rec);
    if (rec.level === 'kreis') {
      this.kreisTotals.push({ key: rec.key, year: rec.year, sex: rec.sex, total: recordTotal(rec) });
      return;
    }
    this.kreiseWithGemeinden.add(rec.key.slice(0, 5));
    this.sums.add(rec);
  }
}
