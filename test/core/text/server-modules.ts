// Loads the compiled text-folding modules under test (server/out) at run time; their types come
// from the server sources through the project reference.
import * as path from 'path';

/** The repository root, from test/out/core/text/ at run time. */
export const repoRoot = path.resolve(__dirname, '../../../..');

export const textModule = require(path.join(repoRoot, 'server', 'out', 'core', 'text', 'index')) as typeof import('../../../server/src/core/text/index');
