// Renders the matrix report as one self-contained HTML page: per-plan totals, the pillar × plan
// grid and the task × plan matrix, sortable and filterable, printable on A4 landscape. Loads
// nothing from outside; its one inline script runs under the page's CSP (a nonce in the editor's
// webview, the script's own hash in a saved file).
import { createHash } from 'crypto';
import { escapeHtml } from './html';
import { MATRIX_STATUS, MATRIX_STATUSES, type MatrixCell, type MatrixModel, type MatrixRow } from './matrix';

export interface MatrixHtmlOptions {
  /** Link for a line of plan `plan` (index into model.plans); none when undefined. */
  lineHref?: (plan: number, line: number) => string | undefined;
  /** CSP nonce for the inline script (webviews). Without it the script is allowed by its hash. */
  nonce?: string;
  /** Extra CSP source for the webview (its cspSource). */
  cspSource?: string;
}

function cellHtml(c: MatrixCell, plan: number, o: MatrixHtmlOptions): string {
  const s = MATRIX_STATUS[c.status];
  const label = `${s.mark ? `<span aria-hidden="true">${s.mark}</span> ` : ''}${c.status}`;
  const href = c.line !== undefined ? o.lineHref?.(plan, c.line) : undefined;
  const where = c.line !== undefined ? ` data-plan="${plan}" data-line="${c.line}" title="第 ${c.line} 行"` : '';
  const inner = href ? `<a href="${escapeHtml(href)}"${where}>${label}</a>` : c.line !== undefined ? `<span class="go"${where}>${label}</span>` : label;
  return `<td class="st ${s.cls}" data-status="${c.status}">${inner}</td>`;
}

function coveredCount(r: MatrixRow): number {
  return r.cells.filter((c) => MATRIX_STATUS[c.status].covered === true).length;
}

function rowHtml(r: MatrixRow, o: MatrixHtmlOptions): string {
  const statuses = [...new Set(r.cells.map((c) => c.status))].join(' ');
  const label = r.kind === 'task' ? r.label : `${r.group}：${r.label}`;
  const short = label.length > 60 ? `${label.slice(0, 60)}…` : label;
  return (
    `<tr id="${r.kind === 'task' ? `task-${escapeHtml(r.key.split('#')[1]!)}` : `fw-${escapeHtml(r.key.replace(/[^A-Za-z0-9_-]/g, '_'))}`}" data-key="${escapeHtml(r.key)}" data-group="${escapeHtml(r.kind === 'task' ? r.group : r.source)}" data-statuses="${escapeHtml(statuses)}">` +
    `<th scope="row" data-sort="${r.no ?? 100000}">${r.no ?? ''}</th>` +
    `<td>${escapeHtml(r.source)}</td>` +
    `<td title="${escapeHtml(label)}">${escapeHtml(short)}</td>` +
    `<td>${escapeHtml(r.deadlineRaw ?? '') || '—'}</td>` +
    `<td class="num" data-sort="${coveredCount(r)}">${coveredCount(r)}/${r.cells.filter((c) => c.status !== '不对照').length}</td>` +
    r.cells.map((c, i) => cellHtml(c, i, o)).join('') +
    `</tr>`
  );
}

const STYLE = `
:root { color-scheme: light; --fg:#1a1a1a; --muted:#4a4a4a; --line:#c8c8c8; }
* { box-sizing: border-box; }
body { font-family: "Noto Sans CJK SC","Source Han Sans SC","Microsoft YaHei","PingFang SC",sans-serif; color: var(--fg); background: #fff; margin: 24px; line-height: 1.45; font-size: 13px; }
h1 { font-size: 22px; margin: 0 0 4px; } h2 { font-size: 17px; margin: 22px 0 8px; border-bottom: 2px solid var(--fg); }
.meta { color: var(--muted); margin: 0 0 12px; }
table { border-collapse: collapse; width: 100%; } caption { text-align: left; font-weight: bold; padding: 4px 0; }
th, td { border: 1px solid var(--line); padding: 3px 5px; vertical-align: top; text-align: left; }
thead th { background: #eef1f5; position: sticky; top: 0; z-index: 1; }
thead th.sortable { cursor: pointer; } thead th.sortable::after { content: " ⇅"; color: #888; font-weight: normal; }
thead th[aria-sort="ascending"]::after { content: " ▲"; color: var(--fg); } thead th[aria-sort="descending"]::after { content: " ▼"; color: var(--fg); }
th.plan { min-width: 6.5em; max-width: 9em; word-break: break-all; font-size: 12px; }
td.num { text-align: right; white-space: nowrap; } tbody th { white-space: nowrap; }
td.st { white-space: nowrap; font-size: 12px; }
td.ok { background: #e6f4ea; color: #1b5e20; } td.bad { background: #fde7e7; color: #b71c1c; font-weight: bold; }
td.warn { background: #fff4e0; color: #8a4b00; } td.missing { background: #f3e5f5; color: #6a1b9a; font-weight: bold; } td.maybe { background: #eef3fb; color: #0b4f9c; }
td.na { color: var(--muted); } td.accepted { background: #e8eef7; color: #2c4a7a; } td.none { background: repeating-linear-gradient(45deg,#fafafa,#fafafa 4px,#f0f0f0 4px,#f0f0f0 8px); }
td.st a, td.st .go { color: inherit; text-decoration: none; cursor: pointer; } td.st a:hover, td.st .go:hover { text-decoration: underline; }
.filters { display: flex; flex-wrap: wrap; gap: 14px; margin: 8px 0; align-items: center; } .filters label { display: flex; gap: 6px; align-items: center; }
.legend { display: flex; flex-wrap: wrap; gap: 10px; padding: 0; list-style: none; margin: 6px 0; } .legend li { padding: 1px 8px; border: 1px solid var(--line); }
a { color: #0b4f9c; }
@media print {
  @page { size: A4 landscape; margin: 10mm; }
  body { margin: 0; font-size: 8.5pt; } .filters { display: none; } thead { display: table-header-group; } thead th { position: static; }
  tr { page-break-inside: avoid; } a { color: inherit; text-decoration: none; } h2 { page-break-after: avoid; }
  td.ok, td.bad, td.warn, td.maybe, td.missing, td.accepted, td.none { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
}`;

const SCRIPT = `
(function () {
  var table = document.getElementById('matrix');
  var status = document.getElementById('filter-status');
  var plan = document.getElementById('filter-plan');
  var group = document.getElementById('filter-group');
  var text = document.getElementById('filter-text');
  var count = document.getElementById('filter-count');
  function apply() {
    var rows = table.tBodies[0].rows, shown = 0, q = text.value.trim();
    for (var i = 0; i < rows.length; i++) {
      var r = rows[i], ok = true;
      if (status.value) {
        if (plan.value === '') ok = (' ' + r.getAttribute('data-statuses') + ' ').indexOf(' ' + status.value + ' ') >= 0;
        else ok = r.cells[5 + Number(plan.value)].getAttribute('data-status') === status.value;
      }
      if (ok && group.value) ok = r.getAttribute('data-group') === group.value;
      if (ok && q) ok = r.textContent.indexOf(q) >= 0 || (r.cells[2].getAttribute('title') || '').indexOf(q) >= 0;
      r.hidden = !ok;
      if (ok) shown++;
    }
    count.textContent = '显示 ' + shown + ' 行';
  }
  var ORDER = ${JSON.stringify(Object.fromEntries(MATRIX_STATUSES.map((s) => [s, MATRIX_STATUS[s].order])))};
  function key(cell) {
    if (cell.hasAttribute('data-sort')) return Number(cell.getAttribute('data-sort'));
    if (cell.hasAttribute('data-status')) return ORDER[cell.getAttribute('data-status')];
    return cell.textContent;
  }
  var heads = table.tHead.rows[0].cells;
  for (var h = 0; h < heads.length; h++) (function (col, th) {
    th.classList.add('sortable');
    th.tabIndex = 0;
    function sort() {
      var dir = th.getAttribute('aria-sort') === 'ascending' ? -1 : 1;
      for (var k = 0; k < heads.length; k++) heads[k].removeAttribute('aria-sort');
      th.setAttribute('aria-sort', dir === 1 ? 'ascending' : 'descending');
      var body = table.tBodies[0], rows = Array.prototype.slice.call(body.rows);
      rows.forEach(function (r, i) { r._i = i; });
      rows.sort(function (a, b) {
        var x = key(a.cells[col]), y = key(b.cells[col]);
        var c = typeof x === 'number' && typeof y === 'number' ? x - y : String(x).localeCompare(String(y), 'zh-CN');
        return c * dir || a._i - b._i;
      });
      rows.forEach(function (r) { body.appendChild(r); });
    }
    th.addEventListener('click', sort);
    th.addEventListener('keydown', function (e) { if (e.key === 'Enter' || e.key === ' ') { e.preventDefault(); sort(); } });
  })(h, heads[h]);
  [status, plan, group].forEach(function (el) { el.addEventListener('change', apply); });
  text.addEventListener('input', apply);
  apply();
  if (typeof acquireVsCodeApi === 'function') {
    var vscode = acquireVsCodeApi();
    document.addEventListener('click', function (e) {
      var t = e.target.closest('[data-line],[data-report]');
      if (!t) return;
      e.preventDefault();
      if (t.hasAttribute('data-report')) vscode.postMessage({ type: 'openReport', plan: Number(t.getAttribute('data-report')) });
      else vscode.postMessage({ type: 'reveal', plan: Number(t.getAttribute('data-plan')), line: Number(t.getAttribute('data-line')) });
    });
  }
})();`;

/** The CSP source that allows exactly the page's script: its SHA-256. */
export function matrixScriptHash(): string {
  return `'sha256-${createHash('sha256').update(SCRIPT, 'utf8').digest('base64')}'`;
}

export function renderMatrixHtml(m: MatrixModel, o: MatrixHtmlOptions = {}): string {
  const csp = [
    "default-src 'none'",
    `style-src 'unsafe-inline'${o.cspSource ? ' ' + o.cspSource : ''}`,
    `script-src ${o.nonce ? `'nonce-${o.nonce}'` : matrixScriptHash()}`,
    "img-src 'none'",
  ].join('; ');
  const planHeads = m.plans.map((p) => `<th scope="col" class="plan" title="${escapeHtml(p.file)}">${escapeHtml(p.name)}</th>`).join('');
  const totals = m.plans
    .map((p, i) => {
      const t = p.totals;
      const report = p.reportHref
        ? `<a href="${escapeHtml(p.reportHref)}">本方案报告</a>`
        : o.nonce
          ? `<a href="#" data-report="${i}">本方案报告</a>`
          : '—';
      return (
        `<tr><th scope="row" title="${escapeHtml(p.file)}">${escapeHtml(p.name)}</th>` +
        `<td class="num">${t.findings.error}</td><td class="num">${t.findings.warning}</td><td class="num">${t.findings.information}</td><td class="num">${t.accepted}</td>` +
        `<td class="num" data-sort="${t.coveragePct ?? -1}">${t.covered}/${t.applicable}${t.coveragePct === null ? '' : `（${t.coveragePct}%）`}</td><td class="num">${t.notApplicable}</td>` +
        `<td class="num">${t.pillarsCovered}/${t.pillars}</td><td>${report}</td></tr>`
      );
    })
    .join('');
  const pillarRows = m.pillars
    .map((r) => `<tr><td>${escapeHtml(r.group)}</td><th scope="row">${escapeHtml(r.label)}</th>${r.cells.map((c, i) => cellHtml(c, i, o)).join('')}</tr>`)
    .join('');
  const groups = [...new Set(m.rows.map((r) => (r.kind === 'task' ? r.group : r.source)))];
  const legend = MATRIX_STATUSES.map((s) => `<li class="st ${MATRIX_STATUS[s].cls}">${MATRIX_STATUS[s].mark} ${s}</li>`).join('');
  const parentsNote = m.parents.length ? `，以及${m.parents.map((p) => `《${escapeHtml(p.title)}》`).join('、')}` : '';
  return `<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${csp}">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>衔接汇总对照表（${m.plans.length} 份方案）</title>
<style>${STYLE}</style>
</head>
<body>
<header>
<h1>衔接汇总对照表</h1>
<p class="meta">对照：《${escapeHtml(m.baseline.title)}》（${escapeHtml(m.baseline.docNumber)}）及重点任务清单${parentsNote}　方案 ${m.plans.length} 份　生成日期：${escapeHtml(m.generated)}</p>
</header>
<main>
<section aria-labelledby="h-totals"><h2 id="h-totals">各方案汇总</h2>
<table id="totals"><caption>每份方案的检查结果和本级任务覆盖率（各方案按其所在文件夹的 xianjie.config.json 检查；已接受的问题不计入错误、警告和提示）</caption>
<thead><tr><th scope="col">方案</th><th scope="col">错误</th><th scope="col">警告</th><th scope="col">提示</th><th scope="col">已接受</th><th scope="col">本级任务覆盖</th><th scope="col">不适用本级</th><th scope="col">框架板块</th><th scope="col">报告</th></tr></thead>
<tbody>${totals}</tbody></table>
</section>
<section aria-labelledby="h-pillars"><h2 id="h-pillars">框架板块 × 方案</h2>
<table id="pillars"><caption>上级框架的每个板块在各方案中是否涉及</caption>
<thead><tr><th scope="col">框架</th><th scope="col">板块</th>${planHeads}</tr></thead>
<tbody>${pillarRows}</tbody></table>
</section>
<section aria-labelledby="h-matrix"><h2 id="h-matrix">重点任务和上级方案框架 × 方案（共 ${m.rows.length} 行）</h2>
<ul class="legend" aria-label="图例">${legend}</ul>
<div class="filters" role="group" aria-label="筛选">
<label>状态 <select id="filter-status"><option value="">全部</option>${MATRIX_STATUSES.map((s) => `<option>${s}</option>`).join('')}</select></label>
<label>方案 <select id="filter-plan"><option value="">任一方案</option>${m.plans.map((p, i) => `<option value="${i}">${escapeHtml(p.name)}</option>`).join('')}</select></label>
<label>分组 <select id="filter-group"><option value="">全部</option>${groups.map((g) => `<option>${escapeHtml(g)}</option>`).join('')}</select></label>
<label>包含文字 <input id="filter-text" type="search" size="12"></label>
<span id="filter-count" aria-live="polite"></span>
</div>
<table id="matrix"><caption>每行一项上级任务或上级方案框架板块，每列一份方案；点击单元格跳到方案中的位置，点击表头排序</caption>
<thead><tr><th scope="col">序号</th><th scope="col">来源</th><th scope="col">内容</th><th scope="col">上级完成时限</th><th scope="col">已覆盖方案</th>${planHeads}</tr></thead>
<tbody>
${m.rows.map((r) => rowHtml(r, o)).join('\n')}
</tbody>
</table>
</section>
</main>
<script${o.nonce ? ` nonce="${o.nonce}"` : ''}>${SCRIPT}</script>
</body>
</html>
`;
}
