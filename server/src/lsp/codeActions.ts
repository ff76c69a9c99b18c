// Code actions: the fixes carried in each diagnostic's data, a "全部修复" quick fix per rule that
// applies every preferred fix of that rule in the document, and a source.fixAll action for all rules.
import { CodeActionKind, type CodeAction, type CodeActionParams, type Diagnostic, type TextEdit } from 'vscode-languageserver';
import { ALL_RULES } from '../core/rules';
import { SOURCE, toFix, type DiagnosticData, type LspFix } from './convert';
import type { Analysis } from './documents';

export const FIX_ALL_KIND = `${CodeActionKind.SourceFixAll}.xianjie`;

function isData(d: unknown): d is DiagnosticData {
  return typeof d === 'object' && d !== null && Array.isArray((d as DiagnosticData).fixes) && typeof (d as DiagnosticData).version === 'number';
}

function ruleName(rule: string): string {
  return ALL_RULES.find((r) => r.id === rule)?.shortDescription ?? rule;
}

function overlaps(a: TextEdit, b: TextEdit): boolean {
  const before = (p: { line: number; character: number }, q: { line: number; character: number }): boolean =>
    p.line < q.line || (p.line === q.line && p.character <= q.character);
  return !(before(a.range.end, b.range.start) || before(b.range.end, a.range.start));
}

/** Edits of several fixes, dropping any fix whose edits overlap one already taken. */
function mergeFixes(fixes: LspFix[]): TextEdit[] {
  const taken: TextEdit[] = [];
  for (const f of fixes) {
    if (f.edits.some((e) => taken.some((t) => overlaps(e, t)))) continue;
    taken.push(...f.edits);
  }
  return taken;
}

/** Preferred fixes of the current version, per rule, from the analysis (not from the client's copy). */
function preferredFixes(a: Analysis, rule?: string): LspFix[] {
  const out: LspFix[] = [];
  for (const f of a.result.findings) {
    if (rule && f.rule !== rule) continue;
    const fix = f.fixes.find((x) => x.preferred);
    if (fix) out.push(toFix(a.lines, fix));
  }
  return out;
}

export function provideCodeActions(a: Analysis, params: CodeActionParams): CodeAction[] {
  const uri = params.textDocument.uri;
  const only = params.context.only;
  const wants = (kind: string): boolean => !only || only.some((k) => kind === k || kind.startsWith(`${k}.`));
  const actions: CodeAction[] = [];

  if (wants(CodeActionKind.QuickFix)) {
    const rulesHere = new Set<string>();
    for (const d of params.context.diagnostics as Diagnostic[]) {
      if (d.source !== SOURCE || !isData(d.data)) continue;
      // Fixes computed for an older version would edit the wrong text.
      if (d.data.version !== a.version) continue;
      rulesHere.add(d.data.rule);
      for (const fix of d.data.fixes) {
        actions.push({
          title: fix.title,
          kind: CodeActionKind.QuickFix,
          diagnostics: [d],
          isPreferred: fix.preferred,
          edit: { changes: { [uri]: fix.edits } },
        });
      }
    }
    for (const rule of rulesHere) {
      const fixes = preferredFixes(a, rule);
      if (fixes.length < 2) continue;
      actions.push({
        title: `全部修复：${ruleName(rule)}（共 ${fixes.length} 处）`,
        kind: CodeActionKind.QuickFix,
        edit: { changes: { [uri]: mergeFixes(fixes) } },
      });
    }
  }

  if (only && wants(FIX_ALL_KIND)) {
    const fixes = preferredFixes(a);
    if (fixes.length) {
      actions.push({ title: `全部修复：衔接检查发现的问题（共 ${fixes.length} 处）`, kind: FIX_ALL_KIND, edit: { changes: { [uri]: mergeFixes(fixes) } } });
    }
  }
  return actions;
}
