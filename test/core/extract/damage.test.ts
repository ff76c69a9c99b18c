// Damage a copy picks up beside GBK mojibake (server/src/core/extract/damage.ts): HTML references,
// UTF-8 read as Latin-1 or Windows-1252, 锟斤拷, and lost characters written as question marks.
import * as assert from 'assert';
import { damage } from './server-modules';

const { findCopyDamage } = damage;

/** Each run as [its text, its repair or null]. */
const runs = (text: string) => findCopyDamage(text).map((r) => [text.slice(r.start, r.end), r.repair ?? null]);

describe('extract/damage', () => {
  it('undoes HTML character references that stand for text, and leaves spaces alone', () => {
    assert.deepStrictEqual(runs('深化&#25968;&#23383;普惠应用'), [['&#25968;&#23383;', '数字']]);
    assert.deepStrictEqual(runs('推进&#x6570;&#x636E;共享&ldquo;一网通办&rdquo;'), [['&#x6570;&#x636E;', '数据'], ['&ldquo;', '“'], ['&rdquo;', '”']]);
    assert.deepStrictEqual(runs('持续推进。&nbsp;&nbsp;加强保障'), []);
  });

  it('undoes UTF-8 read as Windows-1252, once or twice', () => {
    assert.deepStrictEqual(runs('推进æœºå…³æ•°å­—åŒ–è½¬åž‹。'), [['æœºå…³æ•°å­—åŒ–è½¬åž‹', '机关数字化转型']]);
    assert.deepStrictEqual(runs('推进数Ã¦Â•Â°据共享'), [['Ã¦Â•Â°', '数']]);
  });

  it('reports 锟斤拷 and a run of lost characters, which cannot be undone', () => {
    assert.deepStrictEqual(runs('与锟斤拷锟斤拷系统对接'), [['锟斤拷锟斤拷', null]]);
    assert.deepStrictEqual(runs('电子证照库及????????对接'), [['????????', null]]);
  });

  it('leaves alone what is no damage: a plain ampersand, addresses, Latin words, punctuation, a few question marks', () => {
    for (const text of [
      '加强R&D投入，支持5G、IPv6、API和CIM应用',
      '详见 http://www.example.gov.cn/info?id=12&amp;type=3 ，或发送至 shuzi@example.gov.cn',
      '咖啡café与Pokémon',
      '开展“数字”——“政府”宣传……，室温20℃，面积120㎡',
      '数据共享还有哪些难点??你知道吗？？？',
      'ASCII only ??? here',
    ]) {
      assert.deepStrictEqual(runs(text), [], text);
    }
  });
});
