// Loads compiled server modules (server/out) at run time with their source types, so tests run
// against the same JavaScript the CLI and the language server run.
import * as path from 'path';

/** The repository root (tests run from test/out/<dir>/). */
export const ROOT = path.resolve(__dirname, '../..').replace(/[\\/]test$/, '');
const out = (p: string) => path.join(ROOT, 'server', 'out', p);

export const core = {
  analyze: require(out('core/analyze')) as typeof import('../../server/src/core/analyze'),
  engine: require(out('core/engine')) as typeof import('../../server/src/core/engine'),
  taskNames: require(out('core/task-names')) as typeof import('../../server/src/core/task-names'),
  taskScope: require(out('core/task-scope')) as typeof import('../../server/src/core/task-scope'),
  outline: require(out('core/outline')) as typeof import('../../server/src/core/outline'),
  units: require(out('core/extract/units')) as typeof import('../../server/src/core/extract/units'),
  compile: require(out('core/baseline/compile')) as typeof import('../../server/src/core/baseline/compile'),
  manifest: require(out('core/baseline/manifest')) as typeof import('../../server/src/core/baseline/manifest'),
  baselineRepair: require(out('core/baseline/repair')) as typeof import('../../server/src/core/baseline/repair'),
  baselineTables: require(out('core/baseline/tables')) as typeof import('../../server/src/core/baseline/tables'),
  baselinePillars: require(out('core/baseline/pillars')) as typeof import('../../server/src/core/baseline/pillars'),
  baselineClauses: require(out('core/baseline/clauses')) as typeof import('../../server/src/core/baseline/clauses'),
  baselineOverrides: require(out('core/baseline/overrides')) as typeof import('../../server/src/core/baseline/overrides'),
  baselineInfer: require(out('core/baseline/infer')) as typeof import('../../server/src/core/baseline/infer'),
  baselineReport: require(out('core/baseline/report')) as typeof import('../../server/src/core/baseline/report'),
  baselineSchema: require(out('core/baseline/schema')) as typeof import('../../server/src/core/baseline/schema'),
  decisions: require(out('core/decisions')) as typeof import('../../server/src/core/decisions'),
  alignOutline: require(out('core/align-outline')) as typeof import('../../server/src/core/align-outline'),
  positions: require(out('core/positions')) as typeof import('../../server/src/core/positions'),
  segmenter: require(out('core/segment/segmenter')) as typeof import('../../server/src/core/segment/segmenter'),
  rules: require(out('core/rules')) as typeof import('../../server/src/core/rules'),
  fold: require(out('core/text/fold')) as typeof import('../../server/src/core/text/fold'),
  placeholders: require(out('core/text/placeholders')) as typeof import('../../server/src/core/text/placeholders'),
  layoutTable: require(out('core/layout-table')) as typeof import('../../server/src/core/layout-table'),
};

export const node = {
  baselines: require(out('node/baselines')) as typeof import('../../server/src/node/baselines'),
  project: require(out('node/project')) as typeof import('../../server/src/node/project'),
  jieba: require(out('segment/jieba')) as typeof import('../../server/src/segment/jieba'),
};

export const report = {
  model: require(out('report/model')) as typeof import('../../server/src/report/model'),
  html: require(out('report/html')) as typeof import('../../server/src/report/html'),
  text: require(out('report/text')) as typeof import('../../server/src/report/text'),
  matrix: require(out('report/matrix')) as typeof import('../../server/src/report/matrix'),
};

export const cliJson = require(out('cli/json')) as typeof import('../../server/src/cli/json');

export function seed(name: string): string {
  return path.join(ROOT, 'seeds', name);
}
