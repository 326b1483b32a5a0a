/**
 * An answer as a value, or as the analysis worker's v8 serialisation that the host passes on to
 * another worker without reading it (the report's analysis: ≈ 6 MB for 150 Gemeinden, tens of
 * ms to clone into and again out of the host's thread). `unpack` where it is used. Its own
 * file: the report's layout worker needs it without the analysis client.
 */
import v8 from 'node:v8';

export type Packed<T> = { value: T } | { v8: Uint8Array };

export function unpack<T>(packed: Packed<T>): T {
  return 'value' in packed ? packed.value : (v8.deserialize(packed.v8) as T);
}
