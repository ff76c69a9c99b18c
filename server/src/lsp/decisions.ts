// Edits that record a decision in a file beside the draft, as WorkspaceEdits (so undo works): an
// entry in the suppressions file, a task that does not apply in the config, a local unit in the
// units file (creating the file and the config entry when there is none).
import * as fs from 'fs';
import * as path from 'path';
import { pathToFileURL } from 'url';
import { applyEdits, modify, type FormattingOptions } from 'jsonc-parser';
import type { CreateFile, TextDocumentEdit, TextEdit, WorkspaceEdit } from 'vscode-languageserver';
import type { Finding } from '../core/types';
import { LineIndex } from '../core/positions';
import { CONFIG_FILE } from '../node/project';
import {
  fingerprintFinding, fileKey, loadSuppressions, serializeSuppressions, SUPPRESSIONS_FILE, type SuppressionEntry,
} from '../node/suppressions';
import type { Analysis } from './documents';

/** The default units file a quick fix creates when the config names none. */
export const DEFAULT_UNITS_FILE = 'units.txt';

/** What the client can apply: files created in a WorkspaceEdit need documentChanges with create. */
export interface EditSupport {
  documentChanges: boolean;
  create: boolean;
}

/** A planned change to one file: its new text, or edits of its current text. */
interface FileChange {
  file: string;
  exists: boolean;
  /** Current text (empty for a new file). */
  text: string;
  edits: TextEdit[];
}

function uriOf(file: string): string {
  return pathToFileURL(file).toString();
}

function readText(file: string): string | undefined {
  try {
    return fs.readFileSync(file, 'utf8');
  } catch {
    return undefined;
  }
}

function wholeText(text: string, newText: string): TextEdit {
  const lines = new LineIndex(text);
  return { range: { start: { line: 0, character: 0 }, end: lines.positionAt(text.length) }, newText };
}

/** The WorkspaceEdit for a list of file changes, or undefined when the client cannot apply it. */
function toWorkspaceEdit(changes: FileChange[], support: EditSupport): WorkspaceEdit | undefined {
  if (changes.some((c) => !c.exists) && !(support.documentChanges && support.create)) return undefined;
  if (!support.documentChanges) {
    return { changes: Object.fromEntries(changes.map((c) => [uriOf(c.file), c.edits])) };
  }
  const documentChanges: (TextDocumentEdit | CreateFile)[] = [];
  for (const c of changes) {
    const uri = uriOf(c.file);
    if (!c.exists) documentChanges.push({ kind: 'create', uri, options: { ignoreIfExists: true } });
    documentChanges.push({ textDocument: { uri, version: null }, edits: c.edits });
  }
  return { documentChanges };
}

/** The folder where new decision files go: beside the config file, else the workspace folder, else beside the document. */
function decisionFolder(a: Analysis, documentFile: string): string {
  if (a.settings.configFile) return path.dirname(a.settings.configFile);
  return a.settings.folder ?? path.dirname(documentFile);
}

function formatting(text: string): FormattingOptions {
  const indent = /\n([ \t]+)"/.exec(text)?.[1] ?? '  ';
  return { insertSpaces: !indent.startsWith('\t'), tabSize: indent.startsWith('\t') ? 1 : indent.length, eol: text.includes('\r\n') ? '\r\n' : '\n' };
}

/** Sets values at paths in the config file (created when missing), keeping its indentation and other keys. */
function configChange(configFile: string, sets: { jsonPath: string[]; value: unknown }[]): FileChange | { error: string } {
  const text = readText(configFile);
  if (text === undefined) {
    const obj: Record<string, unknown> = {};
    for (const { jsonPath, value } of sets) {
      let cur = obj;
      jsonPath.forEach((k, i) => {
        if (i === jsonPath.length - 1) cur[k] = value;
        else cur = (cur[k] ??= {}) as Record<string, unknown>;
      });
    }
    return { file: configFile, exists: false, text: '', edits: [{ range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, newText: `${JSON.stringify(obj, null, 2)}\n` }] };
  }
  let next = text;
  try {
    for (const { jsonPath, value } of sets) next = applyEdits(next, modify(next, jsonPath, value, { formattingOptions: formatting(text) }));
  } catch (e) {
    return { error: `无法修改配置文件 ${configFile}：${e instanceof Error ? e.message : String(e)}。请先修正该文件。` };
  }
  return { file: configFile, exists: true, text, edits: [wholeText(text, next)] };
}

export type DecisionEdit = { edit: WorkspaceEdit; files: string[] } | { error: string };

function finish(changes: (FileChange | { error: string })[], support: EditSupport): DecisionEdit {
  const bad = changes.find((c): c is { error: string } => 'error' in c);
  if (bad) return bad;
  const ok = changes as FileChange[];
  const edit = toWorkspaceEdit(ok, support);
  if (!edit) return { error: '编辑器不支持在快速修复中新建文件，请手工创建后再试。' };
  return { edit, files: ok.map((c) => uriOf(c.file)) };
}

/** Records a finding in the suppressions file (or, with `remove`, takes one acceptance out). */
export function suppressionEdit(a: Analysis, documentFile: string, finding: Finding, support: EditSupport, remove = false): DecisionEdit {
  const target = a.settings.suppressions?.file ?? path.join(decisionFolder(a, documentFile), SUPPRESSIONS_FILE);
  let set;
  try {
    // Read afresh: the file may have changed since the document was checked.
    set = loadSuppressions(target);
  } catch (e) {
    return { error: `${e instanceof Error ? e.message : String(e)}` };
  }
  const print = fingerprintFinding(finding, a.text, a.result.outline);
  const key = fileKey(set, documentFile);
  const mine = (e: SuppressionEntry) => e.file === key && e.rule === finding.rule;
  if (print.tasks) {
    // task-uncovered: entries hold task numbers; taking back removes this finding's tasks from them.
    const tasks = print.tasks;
    if (remove) {
      set.entries = set.entries
        .map((e) => (mine(e) && e.tasks && e.baseline === finding.baseline ? { ...e, tasks: e.tasks.filter((t) => !tasks.includes(t)) } : e))
        .filter((e) => !e.tasks || e.tasks.length);
    } else if (!set.entries.some((e) => mine(e) && e.fingerprint === print.fingerprint)) {
      set.entries.push({ file: key, rule: finding.rule, fingerprint: print.fingerprint, baseline: finding.baseline, quote: print.quote, tasks });
    }
  } else {
    const have = set.entries.find((e) => mine(e) && e.fingerprint === print.fingerprint);
    if (remove) {
      if (!have) return { error: '抑制文件中已没有这一条。' };
      if ((have.count ?? 1) > 1) have.count = (have.count ?? 1) - 1;
      else set.entries = set.entries.filter((e) => e !== have);
    } else if (have) have.count = (have.count ?? 1) + 1;
    else {
      set.entries.push({
        file: key, rule: finding.rule, fingerprint: print.fingerprint, baseline: finding.baseline, quote: print.quote,
        ...(print.path ? { path: print.path } : {}),
      });
    }
  }
  const text = set.exists ? readText(target) ?? '' : '';
  const next = serializeSuppressions(set.entries);
  const change: FileChange = set.exists
    ? { file: target, exists: true, text, edits: [wholeText(text, next)] }
    : { file: target, exists: false, text: '', edits: [{ range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, newText: next }] };
  return finish([change], support);
}

/** Records in the config that tasks do not apply to this level, with the reason. */
export function notApplicableEdit(a: Analysis, documentFile: string, taskKeys: string[], reason: string, support: EditSupport): DecisionEdit {
  const configFile = a.settings.configFile ?? path.join(decisionFolder(a, documentFile), CONFIG_FILE);
  const value = { applies: false, reason: reason.trim() };
  return finish([configChange(configFile, taskKeys.map((k) => ({ jsonPath: ['tasks', k], value })))], support);
}

/**
 * Appends a unit name to the local units file the settings name. Without one, `units.txt` beside the
 * config file (created if need be) becomes the units file and the config names it.
 */
export function addUnitEdit(a: Analysis, documentFile: string, name: string, support: EditSupport): DecisionEdit {
  const changes: (FileChange | { error: string })[] = [];
  let unitsFile = a.settings.config.units;
  if (!unitsFile) {
    const folder = decisionFolder(a, documentFile);
    unitsFile = path.join(folder, DEFAULT_UNITS_FILE);
    changes.push(configChange(a.settings.configFile ?? path.join(folder, CONFIG_FILE), [{ jsonPath: ['units'], value: DEFAULT_UNITS_FILE }]));
  }
  const text = readText(unitsFile);
  if (text === undefined) {
    changes.unshift({ file: unitsFile, exists: false, text: '', edits: [{ range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, newText: `${name}\n` }] });
  } else {
    const lines = new LineIndex(text);
    const end = lines.positionAt(text.length);
    const eol = text.includes('\r\n') ? '\r\n' : '\n';
    const lead = text.length && !text.endsWith('\n') ? eol : '';
    changes.unshift({ file: unitsFile, exists: true, text, edits: [{ range: { start: end, end }, newText: `${lead}${name}${eol}` }] });
  }
  return finish(changes, support);
}
