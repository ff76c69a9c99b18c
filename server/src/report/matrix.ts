// The matrix report: many plans side by side, one column per plan, one row per regional task and
// per element of a parent plan's framework, plus a pillar × plan grid and per-plan totals. Each
// column is built from the same report model as that plan's own report, so it agrees with the
// plan's own JSON coverage. Rendered as HTML (matrix-html.ts), Markdown or CSV (below).
import type { AnalysisResult, ParentAnalysis } from '../core/analyze';
import type { PreparedBaseline } from '../core/engine';
import { LineIndex } from '../core/positions';
import type { Severity } from '../core/types';
import { buildReportModel, type TaskStatus } from './model';

/** A cell's status: a task status of the plan's own report, or 不对照 when the plan is not checked against that row's document. */
export type MatrixStatus = TaskStatus | '不对照';

/**
 * How each status is shown and counted. Typed over every status, so a status added to the report
 * model (TaskStatus) does not compile until it is given its look here.
 */
export const MATRIX_STATUS: Record<MatrixStatus, { cls: string; mark: string; covered: boolean | null; order: number }> = {
  已覆盖: { cls: 'ok', mark: '✓', covered: true, order: 0 },
  时限晚于上级: { cls: 'bad', mark: '!', covered: true, order: 1 },
  单位待核: { cls: 'warn', mark: '?', covered: true, order: 2 },
  已接受: { cls: 'accepted', mark: '◇', covered: null, order: 3 },
  可能已覆盖: { cls: 'maybe', mark: '≈', covered: null, order: 4 },
  未覆盖: { cls: 'missing', mark: '✗', covered: false, order: 5 },
  不适用本级: { cls: 'na', mark: '○', covered: null, order: 6 },
  非本级任务: { cls: 'na', mark: '–', covered: null, order: 7 },
  不对照: { cls: 'none', mark: '', covered: null, order: 8 },
};
export const MATRIX_STATUSES = (Object.keys(MATRIX_STATUS) as MatrixStatus[]).sort((a, b) => MATRIX_STATUS[a].order - MATRIX_STATUS[b].order);

export interface MatrixPlanInput {
  /** Column heading: the file name without its extension. */
  name: string;
  /** The file as given (shown, and used for links by the renderers). */
  file: string;
  text: string;
  /** The plan's analysis; a chained analysis carries its parents. */
  result: AnalysisResult & { parents?: ParentAnalysis[] };
  prepared: PreparedBaseline;
  /** Link to the plan's own report, when one was written. */
  reportHref?: string;
}

export interface MatrixCell {
  status: MatrixStatus;
  /** 1-based line of the plan's first place for the row. */
  line?: number;
}

export interface MatrixRow {
  /** Stable key: `<baseline id>#<task no>` or `<baseline id>@<pillar id>`. */
  key: string;
  kind: 'task' | 'framework';
  /** Task number, for task rows. */
  no?: number;
  /** The document the row comes from (自治区任务清单, 吴忠市方案 …). */
  source: string;
  group: string;
  label: string;
  deadlineRaw?: string;
  cells: MatrixCell[];
}

export interface MatrixPlan {
  name: string;
  file: string;
  reportHref?: string;
  baselineId: string;
  parents: string[];
  totals: {
    /** Findings by severity, accepted ones left out (as in the plan's own report and JSON summary). */
    findings: Record<Severity, number>;
    /** Findings accepted in the plan's suppressions file. */
    accepted: number;
    /** Tasks the plan's config records as not applying here. */
    notApplicable: number;
    applicable: number;
    covered: number;
    /** Applicable tasks only mentioned (可能已覆盖). */
    mentioned: number;
    uncovered: number;
    /** Covered / applicable in percent, one decimal; null when nothing applies. */
    coveragePct: number | null;
    pillars: number;
    pillarsCovered: number;
  };
}

export interface MatrixModel {
  generated: string;
  /** The primary baseline (of the first plan). */
  baseline: { id: string; title: string; docNumber: string };
  /** Parent plans some column was checked against. */
  parents: { id: string; title: string }[];
  plans: MatrixPlan[];
  /** Regional task rows, then one row per element of each parent plan's framework. */
  rows: MatrixRow[];
  /** The primary baseline's framework pillars × plans. */
  pillars: MatrixRow[];
}

function lineOf(text: LineIndex, outlineStart: number): number {
  return text.positionAt(outlineStart).line + 1;
}

function parentLabel(b: { level: string; region: string; title: string }): string {
  return b.region ? `${b.region}方案` : b.title;
}

export function buildMatrixModel(inputs: MatrixPlanInput[], options: { generated: string }): MatrixModel {
  const first = inputs[0];
  const baseline = first ? first.prepared.baseline : undefined;
  const plans: MatrixPlan[] = [];
  const rowMap = new Map<string, MatrixRow>();
  const taskRows: MatrixRow[] = [];
  const frameworkRows: MatrixRow[] = [];
  const pillarRows: MatrixRow[] = [];
  const pillarMap = new Map<string, MatrixRow>();
  const parents = new Map<string, string>();
  const blank = (): MatrixCell[] => inputs.map(() => ({ status: '不对照' }));

  inputs.forEach((p, col) => {
    const lines = new LineIndex(p.text);
    const b = p.prepared.baseline;
    const model = buildReportModel(p.text, p.result, p.prepared, { draft: p.name, generated: options.generated });
    const source = b.level === '自治区' || b.level === '省' ? `${b.level}任务清单` : `${b.region}任务清单`;
    for (const r of model.rows) {
      const key = `${b.id}#${r.no}`;
      let row = rowMap.get(key);
      if (!row) {
        row = { key, kind: 'task', no: r.no, source, group: r.group, label: r.content, deadlineRaw: r.deadlineRaw, cells: blank() };
        rowMap.set(key, row);
        taskRows.push(row);
      }
      row.cells[col] = { status: r.status, ...(r.places[0] ? { line: r.places[0].line } : {}) };
    }
    for (const pc of p.result.coverage.pillars) {
      const key = `${b.id}@${pc.pillarId}`;
      let row = pillarMap.get(key);
      if (!row) {
        row = { key, kind: 'framework', source: b.title, group: pc.family, label: pc.name, cells: blank() };
        pillarMap.set(key, row);
        pillarRows.push(row);
      }
      row.cells[col] = { status: pc.covered ? '已覆盖' : '未覆盖', ...(pc.units[0] !== undefined ? { line: lineOf(lines, p.result.outline[pc.units[0]]!.start) } : {}) };
    }
    for (const parent of p.result.parents ?? []) {
      parents.set(parent.baseline.id, parent.baseline.title);
      for (const pc of parent.coverage.pillars) {
        const key = `${parent.baseline.id}@${pc.pillarId}`;
        let row = rowMap.get(key);
        if (!row) {
          row = { key, kind: 'framework', source: parentLabel(parent.baseline), group: pc.family, label: pc.name, cells: blank() };
          rowMap.set(key, row);
          frameworkRows.push(row);
        }
        row.cells[col] = { status: pc.covered ? '已覆盖' : '未覆盖', ...(pc.units[0] !== undefined ? { line: lineOf(lines, p.result.outline[pc.units[0]]!.start) } : {}) };
      }
    }
    const t = model.totals;
    plans.push({
      name: p.name,
      file: p.file,
      ...(p.reportHref ? { reportHref: p.reportHref } : {}),
      baselineId: b.id,
      parents: (p.result.parents ?? []).map((x) => x.baseline.id),
      totals: {
        findings: t.findings,
        accepted: t.acceptedFindings,
        notApplicable: t.notApplicable,
        applicable: t.applicable,
        covered: t.covered,
        mentioned: t.mentioned,
        uncovered: t.uncovered,
        coveragePct: t.applicable ? Math.round((t.covered / t.applicable) * 1000) / 10 : null,
        pillars: t.pillars,
        pillarsCovered: t.pillarsCovered,
      },
    });
  });
  return {
    generated: options.generated,
    baseline: baseline ? { id: baseline.id, title: baseline.title, docNumber: baseline.docNumber } : { id: '', title: '', docNumber: '' },
    parents: [...parents].map(([id, title]) => ({ id, title })),
    plans,
    rows: [...taskRows, ...frameworkRows],
    pillars: pillarRows,
  };
}

/** A plan's column name: the file name without its extension (and without .plan). */
export function planColumnName(file: string): string {
  const base = file.split(/[\\/]/).pop() ?? file;
  return base.replace(/\.[^.]+$/, '').replace(/\.plan$/, '');
}

function csvCell(s: string): string {
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

/** CSV for spreadsheets: UTF-8 with a BOM; task rows, framework rows, then one row per total. */
export function renderMatrixCsv(m: MatrixModel): string {
  const head = ['类别', '序号', '来源', '分组', '内容', '上级完成时限', ...m.plans.map((p) => p.name)];
  const out: string[][] = [head];
  for (const r of m.rows) {
    out.push([r.kind === 'task' ? '重点任务' : '上级方案框架', r.no !== undefined ? String(r.no) : '', r.source, r.group, r.label, r.deadlineRaw ?? '', ...r.cells.map((c) => c.status)]);
  }
  for (const r of m.pillars) out.push(['框架板块', '', r.source, r.group, r.label, '', ...r.cells.map((c) => c.status)]);
  const total = (label: string, f: (p: MatrixPlan) => string) => out.push(['汇总', '', '', '', label, '', ...m.plans.map(f)]);
  total('错误', (p) => String(p.totals.findings.error));
  total('警告', (p) => String(p.totals.findings.warning));
  total('提示', (p) => String(p.totals.findings.information));
  total('已接受的问题', (p) => String(p.totals.accepted));
  total('不适用本级的任务', (p) => String(p.totals.notApplicable));
  total('本级任务已覆盖', (p) => `${p.totals.covered}/${p.totals.applicable}`);
  total('本级任务覆盖率（%）', (p) => (p.totals.coveragePct === null ? '' : String(p.totals.coveragePct)));
  total('框架板块已涉及', (p) => `${p.totals.pillarsCovered}/${p.totals.pillars}`);
  return '\ufeff' + out.map((cells) => cells.map(csvCell).join(',')).join('\r\n') + '\r\n';
}

function mdCell(s: string): string {
  return (s || '—').replace(/\|/g, '\\|').replace(/\r?\n/g, ' ');
}

function clip(s: string, n: number): string {
  return s.length > n ? `${s.slice(0, n)}…` : s;
}

/** Markdown for review tickets: totals, the pillar grid, then the task and framework matrix. */
export function renderMatrixMarkdown(m: MatrixModel): string {
  const names = m.plans.map((p) => mdCell(p.name));
  const sep = (n: number, left: string[]) => `|${left.join('|')}|${Array(n).fill(':-:').join('|')}|`;
  const out: string[] = [
    '# 衔接汇总对照表',
    '',
    `对照《${m.baseline.title}》（${m.baseline.docNumber}）及重点任务清单${m.parents.length ? `，以及${m.parents.map((p) => `《${p.title}》`).join('、')}` : ''}。共 ${m.plans.length} 份方案。生成日期：${m.generated}。`,
    '',
    '## 各方案汇总',
    '',
    '| 方案 | 错误 | 警告 | 提示 | 已接受 | 本级任务覆盖 | 不适用本级 | 框架板块 |',
    '|---|---:|---:|---:|---:|---:|---:|---:|',
    ...m.plans.map((p) => {
      const t = p.totals;
      return `| ${mdCell(p.name)} | ${t.findings.error} | ${t.findings.warning} | ${t.findings.information} | ${t.accepted} | ${t.covered}/${t.applicable}${t.coveragePct === null ? '' : `（${t.coveragePct}%）`} | ${t.notApplicable} | ${t.pillarsCovered}/${t.pillars} |`;
    }),
    '',
    '## 框架板块',
    '',
    `| 框架 | 板块 | ${names.join(' | ')} |`,
    sep(names.length, ['---', '---']),
    ...m.pillars.map((r) => `| ${mdCell(r.group)} | ${mdCell(r.label)} | ${r.cells.map((c) => `${MATRIX_STATUS[c.status].mark} ${c.status}`.trim()).join(' | ')} |`),
    '',
    '## 重点任务和上级方案框架',
    '',
    `| 序号 | 来源 | 内容 | 上级完成时限 | ${names.join(' | ')} |`,
    sep(names.length, ['---:', '---', '---', '---']),
    ...m.rows.map((r) => `| ${r.no ?? ''} | ${mdCell(r.source)} | ${mdCell(clip(r.kind === 'task' ? r.label : `${r.group}：${r.label}`, 40))} | ${mdCell(r.deadlineRaw ?? '')} | ${r.cells.map((c) => `${MATRIX_STATUS[c.status].mark} ${c.status}`.trim()).join(' | ')} |`),
  ];
  return out.join('\n') + '\n';
}
