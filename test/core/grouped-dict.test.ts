// The grouped dictionary (seeds/segment/jieba-dict.txt): jieba-rs loads a group of words at a time as
// texts bring their characters, and cuts exactly as with the whole dictionary loaded at once, whatever
// order the texts come in; a damaged file is refused with a clear message.
import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { textCorpus } from '../helpers/fixtures';
import { ROOT } from '../helpers/server';

// eslint-disable-next-line @typescript-eslint/no-require-imports
const { GroupedDictionary, HELD_BACK_WORD } = require(path.join(ROOT, 'server/out/segment/grouped-dict')) as typeof import('../../server/src/segment/grouped-dict');

interface Engine {
  cut(text: string, hmm: boolean): string[];
  loadDict(dict: Uint8Array): void;
}
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { Jieba } = require('@node-rs/jieba') as { Jieba: { new (): Engine; withDict(dict: Uint8Array): Engine } };

const GROUPED = path.join(ROOT, 'seeds', 'segment', 'jieba-dict.txt');
const PACKAGE_DICT = path.join(path.dirname(require.resolve('@node-rs/jieba/package.json')), 'dict.txt');

/** The engine as it was loaded before the grouped file: the package's dictionary whole, then the user words. */
function wholeDictionary(): Engine {
  const userDict = (JSON.parse(fs.readFileSync(path.join(ROOT, 'seeds', 'segment', 'cppjieba-hmm.json'), 'utf8')) as { userDict: string[] }).userDict;
  const engine = Jieba.withDict(fs.readFileSync(PACKAGE_DICT));
  engine.loadDict(Buffer.from(userDict.join('\n') + '\n', 'utf8'));
  return engine;
}

/** An engine fed from the grouped file, a group at a time, as the server feeds it. */
function grouped(): { cut(text: string): string[]; dict: InstanceType<typeof GroupedDictionary>; engine: Engine } {
  const dict = new GroupedDictionary(fs.readFileSync(GROUPED));
  const engine = new Jieba();
  return {
    dict,
    engine,
    cut(text) {
      const more = dict.admit(text);
      if (more) engine.loadDict(more);
      return engine.cut(text, false);
    },
  };
}

describe('the grouped dictionary', () => {
  const whole = wholeDictionary();

  it('cuts every text as the whole dictionary does, the texts taken last to first and line by line', () => {
    const g = grouped();
    const files = textCorpus().reverse();
    assert.ok(files.length > 50, `${files.length} texts`);
    const differ: string[] = [];
    let tokens = 0;
    for (const f of files) {
      const text = fs.readFileSync(f, 'utf8');
      // Lines first (each brings few characters), then the whole text.
      for (const piece of [...text.split('\n').slice(0, 40), text]) {
        const a = whole.cut(piece, false);
        const b = g.cut(piece);
        tokens += a.length;
        if (a.join('\u0001') !== b.join('\u0001')) differ.push(`${path.relative(ROOT, f)}: ${piece.slice(0, 30)}`);
      }
    }
    assert.ok(tokens > 100_000, `${tokens} tokens`);
    assert.deepStrictEqual(differ.slice(0, 5), []);
    // Drafts of plans use a part of the dictionary only.
    assert.ok(g.dict.counts.loaded < g.dict.counts.groups / 2, JSON.stringify(g.dict.counts));
  });

  it('loads nothing for a text without new characters, and keeps words whose characters arrive later apart', () => {
    const g = grouped();
    const first = g.dict.admit('数字政府');
    assert.ok(first && first.toString('utf8').endsWith('\n'));
    g.engine.loadDict(first);
    assert.ok(first.toString('utf8').includes(`${HELD_BACK_WORD} `), 'the placeholder carries the held-back weight');
    assert.strictEqual(g.dict.admit('政府数字'), undefined);
    // 鉴赏 (a word of the dictionary) needs 鉴 and 赏; one character alone brings 鉴's group only.
    for (const [text, expect] of [
      ['韩玉鉴', whole.cut('韩玉鉴', false)],
      ['韩玉鉴赏', whole.cut('韩玉鉴赏', false)],
      ['区块链和云计算', whole.cut('区块链和云计算', false)],
      ['𠀀𠀁数字政府', whole.cut('𠀀𠀁数字政府', false)],
      ['ABC123数字化转型，IPv6', whole.cut('ABC123数字化转型，IPv6', false)],
    ] as const) assert.deepStrictEqual(g.cut(text), expect, text);
    assert.deepStrictEqual(g.cut(''), []);
    // Characters no word holds (private use): the first text still gets the placeholder, later ones load nothing.
    const h = grouped();
    assert.ok(h.dict.admit('\uE000')?.toString('utf8').startsWith(HELD_BACK_WORD));
    assert.strictEqual(h.dict.admit('\uE001'), undefined);
    assert.strictEqual(h.dict.counts.loaded, 0);
  });

  it('was made from the installed engine’s dictionary', () => {
    const g = grouped();
    const source = fs.readFileSync(PACKAGE_DICT);
    const version = (JSON.parse(fs.readFileSync(path.join(path.dirname(PACKAGE_DICT), 'package.json'), 'utf8')) as { version: string }).version;
    assert.strictEqual(g.dict.header.source.version, version);
    assert.strictEqual(g.dict.header.source.bytes, source.length);
  });

  it('refuses a damaged or foreign file with a message in Chinese', () => {
    const file = fs.readFileSync(GROUPED);
    assert.throws(() => new GroupedDictionary(file.subarray(0, file.length - 100)), /分词词典文件不完整/);
    assert.throws(() => new GroupedDictionary(Buffer.from('一 217830\n')), /分词词典文件格式不正确/);
    assert.throws(() => new GroupedDictionary(Buffer.from('#xianjie-jieba-dict {"chars":"一二","bytes":[1],"weights":[1]}\n')), /分组信息不完整/);
  });
});
