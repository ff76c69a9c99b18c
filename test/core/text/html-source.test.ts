// A plan saved as its web page's HTML source is read as the page shows it, every offset kept; other text is left alone.
import * as assert from 'assert';
import { textModule } from './server-modules';

const { readHtmlSource, isHtmlSource, readReferences } = textModule;

const PAGE = [
  '<!DOCTYPE html>',
  '<html><head><title>关于印发实施方案的通知</title><meta name="PubDate" content="2023-12-12"></head>',
  '<body><div class="content">',
  '<h2>青铜峡市数字政府建设实施方案</h2>',
  '<p>&nbsp;&nbsp;根据《数字宁夏&ldquo;1244+N&rdquo;行动计划实施方案》，推进<strong>政务数据共享</strong>。</p>',
  '<p>附件：重点任务清单（2023&mdash;2025年）</p>',
  '<table border="1" width="100%">',
  '<tr><td width="50">序号</td><td>重点内容</td><td>责任单位</td><td>完成时限</td></tr>',
  '<tr>',
  '<td>1</td>',
  '<td>开展城域网升级改造</td>',
  '<td>市大数据服务中心</td>',
  '<td>2024年底前</td>',
  '</tr>',
  '</table></div></body></html>',
].join('\n');

describe('a web page’s HTML source', () => {
  it('is read as the page shows it, at the same length', () => {
    assert.ok(isHtmlSource(PAGE));
    const out = readHtmlSource(PAGE);
    assert.strictEqual(out.length, PAGE.length);
    const lines = out.split('\n').map((l) => l.trim()).filter((l) => l);
    // The head (its title and meta) is no text of the page.
    assert.ok(!out.includes('PubDate') && !out.includes('关于印发实施方案的通知'), out);
    assert.deepStrictEqual(lines.slice(0, 3).map((l) => l.replace(/\s+/g, '')), [
      '青铜峡市数字政府建设实施方案',
      '根据《数字宁夏“1244+N”行动计划实施方案》，推进政务数据共享。',
      '附件：重点任务清单（2023—2025年）',
    ]);
    // Each row on a line of its own, its cells apart by tabs, though the source put a cell a line.
    assert.deepStrictEqual(lines.slice(3).map((l) => l.split('\t').map((c) => c.trim())), [
      ['序号', '重点内容', '责任单位', '完成时限'],
      ['1', '开展城域网升级改造', '市大数据服务中心', '2024年底前'],
    ]);
  });

  it('near misses: a Markdown table with <br> in its cells, rich text with a few inline tags, and a stray entity stay as they are', () => {
    const markdown = ['| 序号 | 重点任务 | 责任单位 |', '|---|---|---|', ...Array.from({ length: 10 }, (_, k) => `| ${k + 1} | 推进第${k + 1}项<br>持续优化 | 县大数据中心<br>县财政局 |`)].join('\n');
    assert.strictEqual(readHtmlSource(markdown), markdown);
    const rich = '推进<strong>政务数据</strong>共享，<b>2024年</b>底前完成，<span>持续推进</span>。'.repeat(5);
    assert.strictEqual(readHtmlSource(rich), rich);
    const stray = '推进&ldquo;一网通办&rdquo;改革。';
    assert.strictEqual(readHtmlSource(stray), stray);
  });

  it('reads the references a copy left in plain text as their characters, at the same length', () => {
    const copy = '县&ldquo;数字政府&rdquo;建设领导小组办公室牵头，县直各部门&#12289;各乡镇配合\t2025&nbsp;年';
    const out = readReferences(copy);
    assert.strictEqual(out.length, copy.length);
    assert.strictEqual(out.replace(/ +/g, ''), '县“数字政府”建设领导小组办公室牵头，县直各部门、各乡镇配合\t2025年');
    // An opening quotation mark stands last in its reference's span, next to the words it opens.
    assert.strictEqual(out.indexOf('“'), copy.indexOf('数') - 1);
    // Near misses: no reference, an unknown name and a bare ampersand are left as they are.
    for (const text of ['推进数据共享。', 'R&D投入', '&foo;未知']) assert.strictEqual(readReferences(text), text);
  });
});
