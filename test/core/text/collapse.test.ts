// Tests for collapseForMatching: which spaces and line breaks are removed, and that the offset
// map leads every collapsed character back to its place in the original.
import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import * as fc from 'fast-check';
import { repoRoot, textModule } from './server-modules';

const { collapseForMatching, foldForMatching } = textModule;

/** Checks the collapsed text, and that the map is increasing and points at the same folded characters. */
function check(input: string, expected: string): void {
  const { text, map } = collapseForMatching(input);
  assert.strictEqual(text, expected);
  assertMapConsistent(input, text, map);
}

function assertMapConsistent(input: string, text: string, map: Int32Array): void {
  const folded = foldForMatching(input);
  assert.strictEqual(map.length, text.length + 1);
  assert.strictEqual(map[text.length], input.length);
  for (let index = 0; index < text.length; index++) {
    assert.ok(map[index]! < map[index + 1]!, `map not increasing at ${index}`);
    const source = folded[map[index]!];
    // A joined line break between two Latin words becomes one space that points at the break.
    assert.ok(source === text[index] || (text[index] === ' ' && (source === '\n' || source === '\r')), `char ${index}`);
  }
}

describe('collapseForMatching', () => {
  it('removes spaces inside Chinese and between digits and 年/月/日', () => {
    check('加快 推进数字 政府建设,到 2025 年 6 月底', '加快推进数字政府建设，到2025年6月底');
    check('采用 AI 技术 and open source', '采用AI技术and open source');
    check('　　为贯彻落实　实施意见。', '为贯彻落实实施意见。');
  });

  it('joins a line broken inside a sentence and keeps real line ends', () => {
    check('党的十八大以来，党中央、国务院从推进国家治理体系和治理\n能力现代化全局出发，作出部署。\n二、主要任务\n', '党的十八大以来，党中央、国务院从推进国家治理体系和治理能力现代化全局出发，作出部署。\n二、主要任务\n');
    check('党的十八大以来，党中央、国务院从推进国家治理体系和治理\r\n能力现代化。', '党的十八大以来，党中央、国务院从推进国家治理体系和治理能力现代化。');
    check('党的十八大以来，党中央、国务院从推进国家治理体系和治理\r能力现代化。', '党的十八大以来，党中央、国务院从推进国家治理体系和治理能力现代化。');
  });

  it('does not join after headings, titles, short lines or before heading markers', () => {
    const kept = [
      '（一）指导思想\n坚持以习近平新时代中国特色社会主义思想为指导。',
      '一、总体要求\n（一）指导思想',
      '关于加强数字政府建设的实施方案\n为贯彻落实党的二十大精神。',
      '自治区人民政府关于加强数字政府建设的实施意见\n各市、县（区）人民政府：',
      '党的十八大以来，党中央、国务院从推进国家治理体系\n1.建设数据平台。',
      '党的十八大以来，党中央、国务院从推进国家治理体系\n## 附件',
      '党的十八大以来，党中央、国务院从推进国家治理体系\n\n能力现代化。',
    ];
    for (const input of kept) check(input, foldForMatching(input));
  });

  it('never joins tab-separated task rows', () => {
    const rows = '1\t建设全市一体化政务大数据体系和数据共享交换平台\t市大数据管理服务局\t2024年\n2\t推进政务服务一网通办\t市政务服务中心\t2025年';
    check(rows, foldForMatching(rows));
  });

  it('joins Latin words with one space', () => {
    check('The digital government programme of the region is\nimplemented.', 'The digital government programme of the region is implemented.');
  });

  it('leaves the Wuzhong draft almost as it is', () => {
    const draft = fs.readFileSync(path.join(repoRoot, 'seeds', 'wuzhong-2023-shishi-fangan.txt'), 'utf8');
    const { text, map } = collapseForMatching(draft);
    assert.strictEqual(text.split('\n').length, draft.split('\n').length);
    assertMapConsistent(draft, text, map);
  });

  it('keeps a consistent map for any text', () => {
    const pieces = fc.constantFrom('数字', '政府', ' ', '　', '\n', '\r\n', '\r', '\t', '2024', '年', '。', '一、', '（一）', 'ab', ',', '𠀀');
    fc.assert(
      fc.property(fc.array(pieces, { maxLength: 60 }), (parts) => {
        const input = parts.join('');
        const { text, map } = collapseForMatching(input);
        assertMapConsistent(input, text, map);
      }),
      { numRuns: 500 },
    );
  });

  it('is linear: 50 copies of the Wuzhong draft in well under a second', () => {
    const big = fs.readFileSync(path.join(repoRoot, 'seeds', 'wuzhong-2023-shishi-fangan.txt'), 'utf8').repeat(50);
    const started = performance.now();
    collapseForMatching(big);
    const elapsed = performance.now() - started;
    console.log(`      collapse of ${big.length} characters: ${elapsed.toFixed(1)} ms`);
    assert.ok(elapsed < 1000);
  });
});
