// Loads the compiled input-layer modules under test (server/out) at run time; their types come
// from the server sources through the project reference.
import * as path from 'path';

/** The repository root, from test/out/input/ at run time. */
export const repoRoot = path.resolve(__dirname, '../../..');
const serverOut = path.join(repoRoot, 'server', 'out');

export const decodeModule = require(path.join(serverOut, 'input', 'decode')) as typeof import('../../server/src/input/decode');
export const docxModule = require(path.join(serverOut, 'input', 'docx')) as typeof import('../../server/src/input/docx');
export const readModule = require(path.join(serverOut, 'input', 'read')) as typeof import('../../server/src/input/read');

interface FixtureScript {
  makeInputFixtures(outDir: string): Promise<Record<string, string>>;
  TASK_TABLE: string[][];
  SEED: string;
}
export const fixtureScript = require(path.join(repoRoot, 'scripts', 'make-input-fixtures.js')) as FixtureScript;
export const xlsxModule = require(path.join(serverOut, 'input', 'xlsx')) as typeof import('../../server/src/input/xlsx');
export const pdfModule = require(path.join(serverOut, 'input', 'pdf')) as typeof import('../../server/src/input/pdf');
export const docModule = require(path.join(serverOut, 'input', 'doc')) as typeof import('../../server/src/input/doc');
export const ofdModule = require(path.join(serverOut, 'input', 'ofd')) as typeof import('../../server/src/input/ofd');

interface OfdFixtureScript {
  ofdPackage(parts: Record<string, string | Uint8Array>): Buffer;
  draftOfdParts(draft: string, form: 'lines' | 'chars'): Record<string, string | Uint8Array>;
  sealPng(): Buffer;
  deltaList(values: number[]): string;
  NS: string;
}
export const ofdScript = require(path.join(repoRoot, 'scripts', 'make-ofd-fixtures.js')) as OfdFixtureScript;
