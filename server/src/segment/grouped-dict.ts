// Feeds jieba-rs its dictionary a piece at a time (seeds/segment/jieba-dict.txt, written by
// scripts/build-jieba-dict.js). There each word stands in the group of its rarest character, so a text
// can only use words from the groups of its own characters: a word with a character the text lacks cannot
// match in it. Before a text is cut, the groups of its characters not seen before are loaded; the weight of
// every group not yet loaded sits on one placeholder word, so the engine's total weight (and with it each
// word's probability) is the whole dictionary's and every cut is exactly the whole dictionary's cut.
// Building the whole dictionary takes about 0.2 s; a draft's groups take a quarter to a third of it.

/** The placeholder word that carries the weight of the groups not loaded: four noncharacters no text holds. */
export const HELD_BACK_WORD = '\uFDD0\uFDD1\uFDD2\uFDD3';

const MAGIC = '#xianjie-jieba-dict ';

export interface GroupedDictionaryHeader {
  source: { package: string; version: string; bytes: number; sha256: string };
  words: number;
  /** The group characters in file order. */
  chars: string;
  /** Each group's length in bytes and summed weight, in file order. */
  bytes: number[];
  weights: number[];
}

interface Group {
  start: number;
  end: number;
  weight: number;
}

export class GroupedDictionary {
  readonly header: GroupedDictionaryHeader;
  private readonly body: Buffer;
  private readonly groups = new Map<number, Group>();
  /** Characters met so far: the Basic Multilingual Plane as flags (a lookup per character of every text cut), the rest in a set. */
  private readonly seenBmp = new Uint8Array(0x10000);
  private readonly seenAstral = new Set<number>();
  private heldBack = 0;
  private loadedGroups = 0;
  /** Whether the placeholder has been given once (the first call always gives it). */
  private primed = false;

  /** Reads the file's header; throws (in Chinese) when it is not such a file or is cut short. */
  constructor(file: Uint8Array) {
    const buf = Buffer.from(file.buffer, file.byteOffset, file.length);
    const eol = buf.indexOf(0x0a);
    if (eol < 0 || buf.toString('utf8', 0, MAGIC.length) !== MAGIC) throw new Error('分词词典文件格式不正确');
    const header = JSON.parse(buf.toString('utf8', MAGIC.length, eol)) as GroupedDictionaryHeader;
    const chars = Array.from(header.chars ?? '');
    if (chars.length !== header.bytes?.length || chars.length !== header.weights?.length) throw new Error('分词词典文件的分组信息不完整');
    this.header = header;
    this.body = buf.subarray(eol + 1);
    let at = 0;
    chars.forEach((c, i) => {
      const group = { start: at, end: at + header.bytes[i]!, weight: header.weights[i]! };
      at = group.end;
      this.heldBack += group.weight;
      this.groups.set(c.codePointAt(0)!, group);
    });
    if (at !== this.body.length) throw new Error('分词词典文件不完整');
  }

  /** Groups loaded so far and groups in all. */
  get counts(): { loaded: number; groups: number } {
    return { loaded: this.loadedGroups, groups: this.groups.size };
  }

  /**
   * Notes the characters of `text` and returns the dictionary lines to load before cutting it (the
   * groups of characters not seen before, then the placeholder with the weight still held back), or
   * undefined when it brings no new group. The first call always returns something.
   */
  admit(text: string): Buffer | undefined {
    const parts: Buffer[] = [];
    for (let i = 0; i < text.length; i++) {
      let c = text.charCodeAt(i);
      if (c >= 0xd800 && c < 0xdc00 && i + 1 < text.length) {
        const d = text.charCodeAt(i + 1);
        if (d >= 0xdc00 && d < 0xe000) (c = 0x10000 + ((c - 0xd800) << 10) + (d - 0xdc00)), i++;
      }
      if (c < 0x10000) {
        if (this.seenBmp[c] === 1) continue;
        this.seenBmp[c] = 1;
      } else {
        if (this.seenAstral.has(c)) continue;
        this.seenAstral.add(c);
      }
      const group = this.groups.get(c);
      if (!group) continue;
      parts.push(this.body.subarray(group.start, group.end));
      this.heldBack -= group.weight;
      this.loadedGroups++;
    }
    if (!parts.length && this.primed) return undefined;
    this.primed = true;
    parts.push(Buffer.from(`${HELD_BACK_WORD} ${this.heldBack}\n`, 'utf8'));
    return Buffer.concat(parts);
  }
}
