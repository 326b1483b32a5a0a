/** `npm run lint` part 2: fails when a layer imports what it must not (see scripts/layers.ts). */
import path from 'node:path';
import { findLayerViolations } from './layers';

const violations = findLayerViolations(path.resolve(import.meta.dirname, '..'));
if (violations.length > 0) {
  console.error(`Layering check failed (${violations.length}):\n  ${violations.join('\n  ')}`);
  process.exit(1);
}
console.log('Layering check: ok');
