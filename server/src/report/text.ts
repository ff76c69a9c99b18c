// Renders the coverage report as a Markdown table (for review tickets) or CSV (for spreadsheets:
// UTF-8 with a byte-order mark so Excel reads the Chinese correctly, one row per task).
import type { ReportModel, ReportRow } from './model';

/** 第12行, or 第12行（第3页） in a PDF draft. */
export function whereText(p: { line: number; page?: number }): string {
  return `第${p.line}行${p.page !== undefined ? `（第${p.page}页）` : ''}`;
}

function places(r: ReportRow): string {
  return r.places.map((p) => `${whereText(p)} ${p.path.join(' › ')}`).join('；');
}

/** The status with its reason, for one cell: 不适用本级（本区无林草资源…）. */
function statusText(r: ReportRow): string {
  return r.reason ? `${r.status}（${r.reason}）` : r.status;
}

function mdCell(s: string): string {
  return (s || '—').replace(/\|/g, '\\|').replace(/\r?\n/g, ' ');
}

export function renderMarkdown(m: ReportModel): string {
  const t = m.totals;
  const out: string[] = [
    `# 衔接对照报告：${m.draft}`,
    '',
    `对照《${m.baseline.title}》（${m.baseline.docNumber}）及重点任务清单。生成日期：${m.generated}。`,
    '',
    `- 本级应承接任务：已覆盖 ${t.covered} / ${t.applicable}${t.mentioned ? `，可能已覆盖 ${t.mentioned}（请核对）` : ''}，未覆盖 ${t.uncovered}；不适用本级 ${t.notApplicable} 项，已接受 ${t.accepted} 项`,
    `- 框架板块：已涉及 ${t.pillarsCovered} / ${t.pillars}${t.pillarsCovered < t.pillars ? `（缺少：${m.pillars.filter((p) => !p.covered).map((p) => p.name).join('、')}）` : ''}`,
    `- 检查结果：错误 ${t.findings.error}，警告 ${t.findings.warning}，提示 ${t.findings.information}，建议 ${t.findings.hint}；已接受 ${t.acceptedFindings}`,
    '',
    '| 序号 | 主要任务 | 重点内容 | 上级责任单位 | 上级完成时限 | 方案中的位置 | 方案时限 | 方案责任单位 | 状态 |',
    '|---:|---|---|---|---|---|---|---|---|',
  ];
  for (const r of m.rows) {
    out.push(
      `| ${r.no} | ${mdCell(r.group)} | ${mdCell(r.content)} | ${mdCell(r.unitsRaw)} | ${mdCell(r.deadlineRaw)} | ${mdCell(places(r))} | ${mdCell(r.draftDeadlines.join('；'))} | ${mdCell(r.draftUnits.join('、'))} | ${mdCell(statusText(r))} |`,
    );
  }
  if (m.findings.length) {
    out.push('', '## 检查发现', '');
    for (const f of m.findings) {
      const accepted = f.accepted ? `（已接受${f.accepted.reason ? `：${f.accepted.reason}` : '，未注明理由'}）` : '';
      out.push(`- ${whereText(f)} \`${f.rule}\`${accepted}：${f.message.replace(/\r?\n/g, ' ')}`);
    }
  }
  return out.join('\n') + '\n';
}

function csvCell(s: string): string {
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

export function renderCsv(m: ReportModel): string {
  const head = ['序号', '主要任务', '重点内容', '上级责任单位', '上级完成时限', '本级应承接', '状态', '方案中的位置', '方案时限', '方案责任单位', '说明'];
  const rows = m.rows.map((r) => [
    String(r.no), r.group, r.content, r.unitsRaw, r.deadlineRaw, r.applicable ? '是' : '否', r.status,
    places(r), r.draftDeadlines.join('；'), r.draftUnits.join('、'), [...(r.reason ? [`理由：${r.reason}`] : []), ...r.notes].join('；'),
  ]);
  return '\ufeff' + [head, ...rows].map((cells) => cells.map(csvCell).join(',')).join('\r\n') + '\r\n';
}
