// Loads the compiled extraction modules under test (server/out) at run time; their types come
// from the server sources through the project reference.
import * as fs from 'fs';
import * as path from 'path';

/** The repository root, from test/out/core/extract/ at run time. */
export const repoRoot = path.resolve(__dirname, '../../../..');
const extractOut = path.join(repoRoot, 'server', 'out', 'core', 'extract');

export const deadlines = require(path.join(extractOut, 'deadlines')) as typeof import('../../../server/src/core/extract/deadlines');
export const units = require(path.join(extractOut, 'units')) as typeof import('../../../server/src/core/extract/units');
export const citations = require(path.join(extractOut, 'citations')) as typeof import('../../../server/src/core/extract/citations');
export const legend = require(path.join(extractOut, 'legend')) as typeof import('../../../server/src/core/extract/legend');
export const mojibake = require(path.join(extractOut, 'mojibake')) as typeof import('../../../server/src/core/extract/mojibake');
export const damage = require(path.join(extractOut, 'damage')) as typeof import('../../../server/src/core/extract/damage');
export const stages = require(path.join(extractOut, 'stages')) as typeof import('../../../server/src/core/extract/stages');
export const relative = require(path.join(extractOut, 'relative')) as typeof import('../../../server/src/core/extract/relative');

/** Reads a seed document shipped in seeds/. */
export function readSeed(name: string): string {
  return fs.readFileSync(path.join(repoRoot, 'seeds', name), 'utf8');
}
