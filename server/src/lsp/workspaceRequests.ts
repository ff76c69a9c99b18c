// Requests that work on files rather than open documents: the matrix of a workspace's plans
// (衔接：汇总工作区方案) and the scaffold of a new plan (衔接：新建实施方案). Both reuse the CLI's
// code, so the editor shows what `xianjie report --matrix` and `xianjie init` produce.
import * as path from 'path';
import { fileURLToPath, pathToFileURL } from 'url';
import type { Connection } from 'vscode-languageserver';
import { buildScaffold } from '../cli/init';
import { buildMatrix, findPlans, type AnalyseOne } from '../cli/matrix';
import { UserError } from '../node/project';
import { renderMatrixHtml } from '../report/matrix-html';
import { MatrixHtmlRequest, ScaffoldRequest, type MatrixHtmlResult, type ScaffoldResult } from './protocol';

function toPath(uri: string): string {
  return uri.startsWith('file:') ? fileURLToPath(uri) : uri;
}

function failure(e: unknown): { error: string } {
  if (e instanceof UserError) return { error: e.message };
  return { error: `内部错误：${e instanceof Error ? e.message : String(e)}。请将此信息反馈给维护者。` };
}

interface QuietCheck {
  quiet: boolean;
  format: 'text';
  failOn: 'never';
}

export function registerWorkspaceRequests(connection: Connection): void {
  connection.onRequest(MatrixHtmlRequest, async (p): Promise<MatrixHtmlResult> => {
    try {
      // The CLI's reader, loaded on first use: each plan is read from disk with its own config.
      // eslint-disable-next-line @typescript-eslint/no-require-imports
      const analyse = (require('../cli/main') as { analyseInputs: AnalyseOne<QuietCheck> }).analyseInputs;
      const opts: QuietCheck = { quiet: true, format: 'text', failOn: 'never' };
      const files = findPlans(p.folders.map(toPath), opts);
      const { model, errors } = await buildMatrix(files, opts, analyse, new Date().toISOString().slice(0, 10));
      if (errors.length) return { error: errors.map((e) => e.message).join('\n') };
      return {
        html: renderMatrixHtml(model, { nonce: p.nonce, cspSource: p.cspSource }),
        plans: model.plans.map((x) => ({ uri: pathToFileURL(path.resolve(x.file)).toString(), name: x.name })),
      };
    } catch (e) {
      return failure(e);
    }
  });
  connection.onRequest(ScaffoldRequest, async (p): Promise<ScaffoldResult> => {
    try {
      const { dir, scaffold } = await buildScaffold({
        baseline: p.baseline, name: p.name, level: p.level, dir: toPath(p.folder), ...(p.parent ? { parent: toPath(p.parent) } : {}),
      });
      return {
        files: scaffold.files.map((f) => ({ uri: pathToFileURL(path.join(dir, f.name)).toString(), content: f.content })),
        planUri: pathToFileURL(path.join(dir, scaffold.planFile)).toString(),
        taskCount: scaffold.tasks.length,
      };
    } catch (e) {
      return failure(e);
    }
  });
}
