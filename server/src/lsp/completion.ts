// Completion: unit names after 责任单位：/牵头单位：/配合单位： and in a task table's unit column,
// deadline forms after 完成时限： and in the deadline column, pillar names and clause titles at a heading.
import { CompletionItemKind, InsertTextFormat, MarkupKind, type CompletionItem, type Position } from 'vscode-languageserver';
import type { Task } from '../core/baseline/schema';
import { toOffset, toRange } from './convert';
import type { Analysis } from './documents';
import { alignedTask, clauseMarkers, clausePathLabel, clip, unitAt } from './query';

export const TRIGGER_CHARACTERS = ['：', ':', '、', '，', ',', '）', ')', '\t'];

type Context =
  | { kind: 'unit'; from: number }
  | { kind: 'deadline'; from: number }
  | { kind: 'heading'; from: number; level: number | undefined };

const UNIT_LABEL = /(?:责任单位|牵头单位|配合单位|責任單位|牽頭單位|配合單位)\s*[：:]([^。；;\n]*)$/;
const DEADLINE_LABEL = /(?:完成时限|完成時限)\s*[：:]([^。；;（）()\n]*)$/;
const HEADING_PREFIX = /^[ \u3000]*(?:([一二三四五六七八九十]{1,3}[、，．.])|([（(][一二三四五六七八九十]{1,3}[）)])|([0-9０-９]{1,2}[.．])|([（(][0-9０-９]{1,2}[）)]))?[ \u3000]*([^\s，。；、：:,.]{0,20})$/;
const SEPARATORS = /[、，,；;：:\t ]/;

function lastSegmentStart(text: string, from: number, offset: number): number {
  let i = offset;
  while (i > from && !SEPARATORS.test(text[i - 1]!)) i--;
  return i;
}

/** The task-table column the cursor is in, judged by the nearest header row above. */
function tableColumn(text: string, lineStart: number, prefix: string): 'unit' | 'deadline' | undefined {
  if (!prefix.includes('\t')) return undefined;
  const column = prefix.split('\t').length - 1;
  let end = lineStart - 1;
  for (let n = 0; n < 300 && end > 0; n++) {
    const start = text.lastIndexOf('\n', end - 1) + 1;
    const line = text.slice(start, end).replace(/\r$/, '');
    if (line.includes('\t') && /责任单位|責任單位|完成时限|完成時限/.test(line)) {
      const header = line.split('\t')[column] ?? '';
      if (/单位|單位/.test(header)) return 'unit';
      if (/时限|時限|时间|時間/.test(header)) return 'deadline';
      return undefined;
    }
    end = start - 1;
  }
  return undefined;
}

function detectContext(text: string, offset: number): Context | undefined {
  const lineStart = text.lastIndexOf('\n', offset - 1) + 1;
  const prefix = text.slice(lineStart, offset);
  let m = UNIT_LABEL.exec(prefix);
  if (m) return { kind: 'unit', from: lastSegmentStart(text, offset - m[1]!.length, offset) };
  m = DEADLINE_LABEL.exec(prefix);
  if (m) return { kind: 'deadline', from: offset - m[1]!.length };
  const column = tableColumn(text, lineStart, prefix);
  if (column) {
    const cellStart = lineStart + prefix.lastIndexOf('\t') + 1;
    return { kind: column, from: column === 'unit' ? lastSegmentStart(text, cellStart, offset) : cellStart };
  }
  m = HEADING_PREFIX.exec(prefix);
  if (m && !prefix.includes('\t')) {
    const level = m[1] ? 1 : m[2] ? 2 : m[3] ? 3 : m[4] ? 4 : undefined;
    return { kind: 'heading', from: offset - m[5]!.length, level };
  }
  return undefined;
}

const COLLECTIVES = ['各县（市、区）人民政府', '各市、县（区）', '自治区有关部门（单位）', '各乡镇人民政府', '市直各部门（单位）'];

function unitItems(a: Analysis, range: ReturnType<typeof toRange>): CompletionItem[] {
  const items: CompletionItem[] = [];
  const seen = new Set<string>();
  for (const n of a.registry.allNames()) {
    if (seen.has(n.name)) continue;
    seen.add(n.name);
    const alias = n.name !== n.canonical;
    items.push({
      label: n.name,
      kind: CompletionItemKind.Unit,
      detail: alias ? `规范名称：${n.canonical}` : n.source === 'local' ? '本地单位名录' : '基准单位名录',
      filterText: n.name,
      sortText: `${alias ? '2' : n.source === 'local' ? '0' : '1'}${n.name}`,
      textEdit: { range, newText: n.canonical },
    });
  }
  for (const c of COLLECTIVES) {
    if (seen.has(c)) continue;
    items.push({ label: c, kind: CompletionItemKind.Folder, detail: '泛指的责任主体', sortText: `3${c}`, textEdit: { range, newText: c } });
  }
  return items;
}

const DEADLINE_FORMS: [string, string][] = [
  ['2023年底', '年底前完成'], ['2024年', '年内完成'], ['2024年底', '年底前完成'], ['2025年', '年内完成'], ['2025年底', '年底前完成'],
  ['持续推进', '没有固定完成时间的持续性任务'], ['长期坚持', '形成机制后长期执行'],
  ['2023年启动，2024年建成', '分阶段的时限'], ['2023年形成机制，长期坚持', '先形成机制再长期坚持'],
];

function deadlineItems(task: Task | undefined, range: ReturnType<typeof toRange>): CompletionItem[] {
  const items: CompletionItem[] = [];
  if (task) {
    items.push({
      label: task.deadline.raw,
      kind: CompletionItemKind.Value,
      detail: `上级任务${task.no}的完成时限`,
      documentation: clip(task.content, 120),
      sortText: '0',
      preselect: true,
      textEdit: { range, newText: task.deadline.raw },
    });
  }
  DEADLINE_FORMS.forEach(([form, note], i) => {
    if (form === task?.deadline.raw) return;
    items.push({ label: form, kind: CompletionItemKind.Value, detail: note, sortText: `1${String(i).padStart(2, '0')}`, textEdit: { range, newText: form } });
  });
  return items;
}

function headingItems(a: Analysis, level: number | undefined, range: ReturnType<typeof toRange>): CompletionItem[] {
  const items: CompletionItem[] = [];
  const b = a.prepared.baseline;
  if (level === undefined || level <= 2) {
    for (const p of b.pillars) {
      items.push({
        label: p.name, kind: CompletionItemKind.Module, detail: `框架：${p.family}`,
        sortText: `0${p.family}${p.name}`, textEdit: { range, newText: p.name },
      });
    }
  }
  for (const c of b.clauses) {
    const fits = level === undefined || (level <= 2 ? c.level === level : c.level >= 3);
    if (!fits) continue;
    const newText = c.kind === 'subitem' ? `${c.title}。` : c.title;
    items.push({
      label: c.title,
      kind: CompletionItemKind.Text,
      detail: `${clauseMarkers(c)} ${b.docNumber}`.trim(),
      documentation: { kind: MarkupKind.Markdown, value: `${clausePathLabel(c)}\n\n${clip(c.text, 200)}` },
      sortText: `1${c.id}`,
      insertTextFormat: InsertTextFormat.PlainText,
      textEdit: { range, newText },
    });
  }
  return items;
}

/**
 * `resultOffset` maps an offset of `a.text` to one of `a.result` when the result was computed from
 * an earlier version of the text (completion during a check, see early.ts).
 */
export function provideCompletion(a: Analysis, position: Position, resultOffset: (offset: number) => number = (o) => o): CompletionItem[] {
  const offset = toOffset(a.lines, position);
  const ctx = detectContext(a.text, offset);
  if (!ctx) return [];
  const range = toRange(a.lines, { start: ctx.from, end: offset });
  switch (ctx.kind) {
    case 'unit':
      return unitItems(a, range);
    case 'deadline':
      return deadlineItems(alignedTask(a, unitAt(a.result.outline, resultOffset(offset))), range);
    case 'heading':
      return headingItems(a, ctx.level, range);
  }
}
