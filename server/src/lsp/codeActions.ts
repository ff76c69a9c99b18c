// Code actions: the fixes carried in each diagnostic's data, a "全部修复" quick fix per rule that
// applies every preferred fix of that rule in the document, a source.fixAll action for all rules, and
// the quick fixes that record a decision (accept a finding, a task that does not apply, a local unit).
// On the read-only view of a PDF or Word file, fixes are offered as suggestions to copy (suggestions.ts).
import { CodeActionKind, type CodeAction, type CodeActionParams, type Diagnostic, type TextEdit } from 'vscode-languageserver';
import { taskKeyFor } from '../core/decisions';
import { collectiveTypo } from '../core/extract/units';
import { levelLabel } from '../core/rules/quote';
import { ALL_RULES } from '../core/rules';
import type { Finding } from '../core/types';
import { SOURCE, toFix, type DiagnosticData, type LspFix } from './convert';
import { addUnitEdit, suppressionEdit, type EditSupport } from './decisions';
import type { Analysis } from './documents';
import { isExtractedUri, sourceFileOf } from './extracted';
import { COPY_SUGGESTION_COMMAND, RECHECK_COMMAND, RECORD_NOT_APPLICABLE_COMMAND, type RecordNotApplicableArgs } from './protocol';
import { copySuggestionArgs } from './suggestions';

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

/** The level a finding compares against, and its role in the chain, for naming its task in the config. */
function levelOf(a: Analysis, f: Finding) {
  if (f.baseline === a.prepared.baseline.id) return { prepared: a.prepared, role: 'primary' as const };
  const parent = ('parents' in a.result ? (a.result as import('../core/analyze').ChainResult).parents : []).find((p) => p.baseline.id === f.baseline);
  return parent ? { prepared: parent.prepared, role: 'parent' as const } : undefined;
}

/** A unit mention the unknown-unit finding is about, when the name is simply not in any registry. */
function unknownName(a: Analysis, f: Finding): string | undefined {
  const m = a.result.units.find((u) => u.start === f.start && u.end === f.end);
  if (!m || m.collective) return undefined;
  if (a.registry.lookup(m.name) || a.registry.canonicalOf(m.name) || collectiveTypo(m.name)) return undefined;
  // The units file is one name per line; “=” and “,” have meanings there.
  return /[=,，\n]/.test(m.name) ? undefined : m.name;
}

/** Quick fixes that record a decision about one finding in a file beside the draft. */
function decisionActions(a: Analysis, d: Diagnostic, data: DiagnosticData, support: EditSupport): CodeAction[] {
  // The view of a PDF or Word file records its decisions beside the original, as `xianjie check` reads them.
  const file = sourceFileOf(a.uri);
  const f = data.finding !== undefined ? a.result.findings[data.finding] : undefined;
  if (!file || !f || f.rule !== data.rule) return [];
  const out: CodeAction[] = [];
  const recheck = { title: '重新检查', command: RECHECK_COMMAND };
  if (!f.suppressed && f.rule === 'task-uncovered') {
    const nos = [...new Set(f.related.map((r) => r.taskNo).filter((n): n is number => n !== undefined))];
    const level = levelOf(a, f);
    if (nos.length && level) {
      const args: RecordNotApplicableArgs = {
        uri: a.uri,
        level: levelLabel(level.prepared),
        tasks: nos.map((no) => ({ key: taskKeyFor(level.prepared, no, level.role), no, content: level.prepared.taskByNo.get(no)?.content ?? '' })),
      };
      out.push({
        title: '本级不适用（记入配置）',
        kind: CodeActionKind.QuickFix,
        diagnostics: [d],
        command: { title: '本级不适用（记入配置）', command: RECORD_NOT_APPLICABLE_COMMAND, arguments: [args] },
      });
    }
  }
  if (!f.suppressed && f.rule === 'unknown-unit') {
    const name = unknownName(a, f);
    const r = name ? addUnitEdit(a, file, name, support) : undefined;
    if (r && 'edit' in r) out.push({ title: `加入本地单位名录：${name}`, kind: CodeActionKind.QuickFix, diagnostics: [d], edit: r.edit, command: recheck });
  }
  const s = suppressionEdit(a, file, f, support, f.suppressed !== undefined);
  if ('edit' in s) {
    out.push({
      title: f.suppressed ? '取消忽略（从抑制文件中删除）' : '忽略此处（记入抑制文件）',
      kind: CodeActionKind.QuickFix,
      diagnostics: [d],
      edit: s.edit,
      command: recheck,
    });
  }
  return out;
}

export function provideCodeActions(a: Analysis, params: CodeActionParams, support: EditSupport = { documentChanges: true, create: true }): CodeAction[] {
  const uri = params.textDocument.uri;
  const only = params.context.only;
  const wants = (kind: string): boolean => !only || only.some((k) => kind === k || kind.startsWith(`${k}.`));
  const actions: CodeAction[] = [];
  // A read-only view cannot take an edit: its fixes become suggestions copied for the original.
  const readOnly = isExtractedUri(uri);
  const copy = (title: string, fixes: LspFix[]): CodeAction['command'] => ({ title, command: COPY_SUGGESTION_COMMAND, arguments: [copySuggestionArgs(a, fixes)] });

  if (wants(CodeActionKind.QuickFix)) {
    const rulesHere = new Set<string>();
    // Decisions come after the fixes: correcting the text is the first thing to offer.
    const decisions: CodeAction[] = [];
    for (const d of params.context.diagnostics as Diagnostic[]) {
      if (d.source !== SOURCE || !isData(d.data)) continue;
      // Fixes computed for an older version would edit the wrong text.
      if (d.data.version !== a.version) continue;
      rulesHere.add(d.data.rule);
      for (const fix of d.data.fixes) {
        if (readOnly) {
          const title = `复制修改建议：${fix.title}`;
          actions.push({ title, kind: CodeActionKind.QuickFix, diagnostics: [d], isPreferred: fix.preferred, command: copy(title, [fix]) });
          continue;
        }
        actions.push({
          title: fix.title,
          kind: CodeActionKind.QuickFix,
          diagnostics: [d],
          isPreferred: fix.preferred,
          edit: { changes: { [uri]: fix.edits } },
        });
      }
      decisions.push(...decisionActions(a, d, d.data, support));
    }
    for (const rule of rulesHere) {
      const fixes = preferredFixes(a, rule);
      if (fixes.length < 2) continue;
      if (readOnly) {
        const title = `复制全部修改建议：${ruleName(rule)}（共 ${fixes.length} 处）`;
        actions.push({ title, kind: CodeActionKind.QuickFix, command: copy(title, fixes) });
        continue;
      }
      actions.push({
        title: `全部修复：${ruleName(rule)}（共 ${fixes.length} 处）`,
        kind: CodeActionKind.QuickFix,
        edit: { changes: { [uri]: mergeFixes(fixes) } },
      });
    }
    actions.push(...decisions);
  }

  if (only && wants(FIX_ALL_KIND) && !readOnly) {
    const fixes = preferredFixes(a);
    if (fixes.length) {
      actions.push({ title: `全部修复：衔接检查发现的问题（共 ${fixes.length} 处）`, kind: FIX_ALL_KIND, edit: { changes: { [uri]: mergeFixes(fixes) } } });
    }
  }
  return actions;
}
