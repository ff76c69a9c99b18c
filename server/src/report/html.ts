// Renders the coverage report as one self-contained HTML page: no network, no external fonts or
// scripts, printable on A4 landscape, semantic table markup. Also used by the editor's webview.
import { STATUSES, type ReportModel, type ReportPlace, type ReportRow } from './model';

export function escapeHtml(s: string): string {
  return s.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);
}

const SEVERITY_CN: Record<string, string> = { error: '错误', warning: '警告', information: '提示', hint: '建议' };
const STATUS_CLASS: Record<string, string> = {
  已覆盖: 'ok',
  时限晚于上级: 'bad',
  单位待核: 'warn',
  可能已覆盖: 'maybe',
  未覆盖: 'missing',
  不适用本级: 'na',
  已接受: 'accepted',
  非本级任务: 'other',
};

export interface HtmlOptions {
  /** Link target for a draft line, e.g. a file URL; '' gives no links. */
  lineHref?: (line: number) => string;
  /** Content-Security-Policy nonce for the inline script (webviews); a fresh page needs none. */
  nonce?: string;
  /** Extra CSP source for the webview (its cspSource). */
  cspSource?: string;
}

/** 第 12 行, or 第 12 行（第 3 页） in a PDF draft. */
function whereLabel(p: { line: number; page?: number }): string {
  return `第 ${p.line} 行${p.page !== undefined ? `（第 ${p.page} 页）` : ''}`;
}

function placeHtml(p: ReportPlace, o: HtmlOptions): string {
  const label = whereLabel(p);
  const href = o.lineHref?.(p.line);
  const link = href ? `<a href="${escapeHtml(href)}" data-line="${p.line}">${label}</a>` : `<span data-line="${p.line}">${label}</span>`;
  return `<li>${link} <span class="path">${escapeHtml(p.path.join(' › '))}</span><br><q>${escapeHtml(p.quote)}</q></li>`;
}

/** A short form for the pillar grid: the line and the unit's own title. */
function compactPlace(p: ReportPlace, o: HtmlOptions): string {
  const href = o.lineHref?.(p.line);
  const label = whereLabel(p);
  const link = href ? `<a href="${escapeHtml(href)}" data-line="${p.line}">${label}</a>` : `<span data-line="${p.line}">${label}</span>`;
  return `<li>${link} ${escapeHtml(p.path[p.path.length - 1] ?? '')}</li>`;
}

function rowHtml(r: ReportRow, o: HtmlOptions): string {
  const places = r.places.length ? `<ul class="places">${r.places.map((p) => placeHtml(p, o)).join('')}</ul>` : '<span class="none">—</span>';
  const notes = r.notes.length ? `<ul class="notes">${r.notes.map((n) => `<li>${escapeHtml(n)}</li>`).join('')}</ul>` : '';
  const reason = r.reason ? `<p class="reason">理由：${escapeHtml(r.reason)}</p>` : '';
  return (
    `<tr id="task-${r.no}" data-status="${r.status}" data-group="${escapeHtml(r.group)}">` +
    `<th scope="row">${r.no}</th>` +
    `<td>${escapeHtml(r.group)}</td>` +
    `<td>${escapeHtml(r.content)}</td>` +
    `<td>${escapeHtml(r.unitsRaw)}</td>` +
    `<td>${escapeHtml(r.deadlineRaw)}</td>` +
    `<td>${places}</td>` +
    `<td>${escapeHtml(r.draftDeadlines.join('；')) || '—'}</td>` +
    `<td>${escapeHtml(r.draftUnits.join('、')) || '—'}</td>` +
    `<td><span class="status ${STATUS_CLASS[r.status]}">${r.status}</span>${reason}${notes}</td>` +
    `</tr>`
  );
}

const STYLE = `
:root { color-scheme: light; --fg:#1a1a1a; --muted:#4a4a4a; --line:#c8c8c8; --ok:#1b5e20; --bad:#b71c1c; --warn:#8a4b00; --missing:#6a1b9a; --maybe:#0b4f9c; --na:#00565b; --accepted:#3d4f7a; --other:#4a4a4a; }
* { box-sizing: border-box; }
body { font-family: "Noto Sans CJK SC","Source Han Sans SC","Microsoft YaHei","PingFang SC",sans-serif; color: var(--fg); background: #fff; margin: 24px; line-height: 1.5; font-size: 14px; }
h1 { font-size: 22px; margin: 0 0 4px; } h2 { font-size: 18px; margin: 24px 0 8px; border-bottom: 2px solid var(--fg); }
.meta { color: var(--muted); margin: 0 0 12px; }
.totals { display: flex; flex-wrap: wrap; gap: 12px; padding: 0; list-style: none; }
.totals li { border: 1px solid var(--line); padding: 6px 12px; border-radius: 4px; }
.grid { display: grid; grid-template-columns: repeat(auto-fill, minmax(200px, 1fr)); gap: 8px; padding: 0; list-style: none; }
.grid li { border: 1px solid var(--line); border-left-width: 6px; padding: 6px 10px; }
.grid li.covered { border-left-color: var(--ok); } .grid li.missing { border-left-color: var(--bad); }
.grid .family { color: var(--muted); font-size: 12px; display: block; }
table { border-collapse: collapse; width: 100%; } caption { text-align: left; font-weight: bold; padding: 4px 0; }
th, td { border: 1px solid var(--line); padding: 4px 6px; vertical-align: top; text-align: left; }
thead th { background: #eef1f5; position: sticky; top: 0; }
tbody th { white-space: nowrap; }
.places, .notes { margin: 0; padding-left: 1.2em; } .path { color: var(--muted); } q { quotes: "“" "”"; }
.status { font-weight: bold; white-space: nowrap; } .status.ok { color: var(--ok); } .status.bad { color: var(--bad); }
.status.warn { color: var(--warn); } .status.missing { color: var(--missing); } .status.maybe { color: var(--maybe); } .status.na { color: var(--na); }
.status.accepted { color: var(--accepted); } .status.other { color: var(--other); font-weight: normal; }
.reason { margin: 2px 0 0; color: var(--muted); } tr.accepted td { color: var(--muted); }
.filters { display: flex; gap: 16px; margin: 8px 0; } .filters label { display: flex; gap: 6px; align-items: center; }
a { color: #0b4f9c; } .none { color: var(--muted); }
@media print {
  @page { size: A4 landscape; margin: 12mm; }
  body { margin: 0; font-size: 10.5pt; } .filters { display: none; } thead { display: table-header-group; }
  tr { page-break-inside: avoid; } a { color: inherit; text-decoration: none; }
}`;

const SCRIPT = `
(function () {
  var status = document.getElementById('filter-status');
  var group = document.getElementById('filter-group');
  var count = document.getElementById('filter-count');
  function apply() {
    var rows = document.querySelectorAll('#tasks tbody tr');
    var shown = 0;
    for (var i = 0; i < rows.length; i++) {
      var r = rows[i];
      var ok = (!status.value || r.getAttribute('data-status') === status.value) && (!group.value || r.getAttribute('data-group') === group.value);
      r.hidden = !ok;
      if (ok) shown++;
    }
    count.textContent = '显示 ' + shown + ' 项';
  }
  status.addEventListener('change', apply);
  group.addEventListener('change', apply);
  apply();
  if (typeof acquireVsCodeApi === 'function') {
    var vscode = acquireVsCodeApi();
    document.addEventListener('click', function (e) {
      var t = e.target.closest('[data-line]');
      if (!t) return;
      e.preventDefault();
      vscode.postMessage({ type: 'reveal', line: Number(t.getAttribute('data-line')) });
    });
  }
})();`;

export function renderHtml(m: ReportModel, o: HtmlOptions = {}): string {
  const t = m.totals;
  const groups = [...new Set(m.rows.map((r) => r.group))];
  const csp = [
    "default-src 'none'",
    `style-src 'unsafe-inline'${o.cspSource ? ' ' + o.cspSource : ''}`,
    `script-src ${o.nonce ? `'nonce-${o.nonce}'` : "'unsafe-inline'"}`,
    "img-src 'none'",
  ].join('; ');
  const pillarItems = m.pillars
    .map(
      (p) =>
        `<li class="${p.covered ? 'covered' : 'missing'}"><span class="family">${escapeHtml(p.family)}</span><strong>${escapeHtml(p.name)}</strong>：${p.covered ? '已涉及' : '<strong>缺少</strong>'}` +
        (p.places.length ? `<ul class="places compact">${p.places.slice(0, 3).map((pl) => compactPlace(pl, o)).join('')}</ul>` : '') +
        `</li>`,
    )
    .join('');
  const findingRows = m.findings
    .map((f) => {
      const href = o.lineHref?.(f.line);
      const where = href ? `<a href="${escapeHtml(href)}" data-line="${f.line}">${whereLabel(f)}</a>` : `<span data-line="${f.line}">${whereLabel(f)}</span>`;
      if (f.accepted) {
        const why = f.accepted.reason ? `理由：${escapeHtml(f.accepted.reason)}` : '未注明理由';
        return `<tr class="accepted"><td>${where}</td><td>已接受（原为${SEVERITY_CN[f.severity]}）</td><td><code>${escapeHtml(f.rule)}</code></td><td>${escapeHtml(f.message)}<p class="reason">${why}</p></td></tr>`;
      }
      return `<tr><td>${where}</td><td>${SEVERITY_CN[f.severity]}</td><td><code>${escapeHtml(f.rule)}</code></td><td>${escapeHtml(f.message)}</td></tr>`;
    })
    .join('');
  return `<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${csp}">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>衔接对照报告：${escapeHtml(m.draft)}</title>
<style>${STYLE}</style>
</head>
<body>
<header>
<h1>衔接对照报告</h1>
<p class="meta">方案：${escapeHtml(m.draft)}　对照：《${escapeHtml(m.baseline.title)}》（${escapeHtml(m.baseline.docNumber)}）及重点任务清单　生成日期：${escapeHtml(m.generated)}</p>
<ul class="totals" aria-label="汇总">
<li>本级应承接任务：已覆盖 <strong>${t.covered}</strong> / ${t.applicable}${t.mentioned ? `，可能已覆盖 <strong>${t.mentioned}</strong>（请核对）` : ''}，未覆盖 <strong>${t.uncovered}</strong></li>
<li>不适用本级 <strong>${t.notApplicable}</strong> 项</li>
<li>已接受 <strong>${t.accepted}</strong> 项</li>
<li>框架板块：已涉及 <strong>${t.pillarsCovered}</strong> / ${t.pillars}</li>
<li>检查结果：错误 ${t.findings.error}，警告 ${t.findings.warning}，提示 ${t.findings.information}，建议 ${t.findings.hint}；已接受 ${t.acceptedFindings}</li>
</ul>
</header>
<main>
<section aria-labelledby="h-pillars"><h2 id="h-pillars">框架板块</h2><ul class="grid">${pillarItems}</ul></section>
<section aria-labelledby="h-tasks"><h2 id="h-tasks">重点任务对照（共 ${m.rows.length} 项）</h2>
<div class="filters" role="group" aria-label="筛选">
<label>状态 <select id="filter-status"><option value="">全部</option>${STATUSES.map((s) => `<option>${s}</option>`).join('')}</select></label>
<label>主要任务 <select id="filter-group"><option value="">全部</option>${groups.map((g) => `<option>${escapeHtml(g)}</option>`).join('')}</select></label>
<span id="filter-count" aria-live="polite"></span>
</div>
<table id="tasks">
<caption>上级重点任务清单逐项对照</caption>
<thead><tr><th scope="col">序号</th><th scope="col">主要任务</th><th scope="col">重点内容</th><th scope="col">上级责任单位</th><th scope="col">上级完成时限</th><th scope="col">方案中的位置</th><th scope="col">方案时限</th><th scope="col">方案责任单位</th><th scope="col">状态</th></tr></thead>
<tbody>
${m.rows.map((r) => rowHtml(r, o)).join('\n')}
</tbody>
</table>
</section>
<section aria-labelledby="h-findings"><h2 id="h-findings">检查发现（共 ${m.findings.length} 条）</h2>
<table id="findings"><caption>逐条列出的检查结果</caption>
<thead><tr><th scope="col">位置</th><th scope="col">级别</th><th scope="col">规则</th><th scope="col">说明</th></tr></thead>
<tbody>${findingRows}</tbody></table>
</section>
</main>
<script${o.nonce ? ` nonce="${o.nonce}"` : ''}>${SCRIPT}</script>
</body>
</html>
`;
}
