// Loads the chosen jieba engine once per process — jieba-rs (@node-rs/jieba, prebuilt for every
// desktop platform) or nodejieba — and wraps it with a baseline's domain words; falls back to the
// other engine, then to the core's pure-JavaScript segmenter, saying why. Used by the CLI and the server.
import { createHash } from 'crypto';
import * as fs from 'fs';
import * as path from 'path';
import { DomainWordSegmenter, type CutFunction } from '../core/segment/domain-words';
import { GroupedDictionary } from './grouped-dict';
import { mixCut, prepareHmmModel, type HmmModelData } from '../core/segment/mix';
import { seedsDir } from '../node/seeds';
import { DEFAULT_SEGMENTER, FallbackSegmenter, SEGMENTER_NAMES, type Segmenter, type SegmenterName } from '../core/segment/segmenter';

type EngineName = Exclude<SegmenterName, 'fallback'>;

interface NodeRsJieba {
  Jieba: new () => { cut(text: string, hmm?: boolean): string[]; loadDict(dict: Uint8Array): void };
}
interface NodeJieba {
  cut(text: string, hmm?: boolean): string[];
}

interface LoadedEngine {
  cut?: CutFunction;
  error?: string;
  /** What makes two cuts the same: the engine, its version and its model (prebuilt indexes name it). */
  signature?: string;
}

/**
 * The grouped dictionary (seeds/segment/jieba-dict.txt) when it was made from this version of the
 * engine's dictionary; undefined when it is missing, damaged or made for another version.
 */
function groupedDictionary(version: string): GroupedDictionary | undefined {
  try {
    const grouped = new GroupedDictionary(fs.readFileSync(path.join(seedsDir(), 'segment', 'jieba-dict.txt')));
    return grouped.header.source.version === version ? grouped : undefined;
  } catch {
    return undefined;
  }
}

/** Each engine is loaded at most once per process; a failure is remembered with its reason. */
const engines = new Map<EngineName, LoadedEngine>();

function loadEngine(name: EngineName): LoadedEngine {
  let hit = engines.get(name);
  if (hit) return hit;
  try {
    let cut: CutFunction;
    let signature: string | undefined;
    if (name === 'jieba-rs') {
      // eslint-disable-next-line @typescript-eslint/no-require-imports
      const { Jieba } = require('@node-rs/jieba') as NodeRsJieba;
      const pkgDir = path.dirname(require.resolve('@node-rs/jieba/package.json'));
      const version = (JSON.parse(fs.readFileSync(path.join(pkgDir, 'package.json'), 'utf8')) as { version: string }).version;
      // jieba-rs makes the maximum-probability cut; cppjieba's user words and HMM stage (with its rules
      // for letters and digits) make the result nodejieba's, token for token (core/segment/mix.ts).
      const modelText = fs.readFileSync(path.join(seedsDir(), 'segment', 'cppjieba-hmm.json'), 'utf8');
      const data = JSON.parse(modelText) as HmmModelData & { userDict: string[] };
      const model = prepareHmmModel(data);
      const jieba = new Jieba();
      // The dictionary goes in a group at a time as texts bring the characters its words need
      // (segment/grouped-dict.ts); the cuts are the whole dictionary's. Without the grouped file (or for
      // another version of the engine) the package's dictionary is loaded whole, then the user words.
      const grouped = groupedDictionary(version);
      let dictBytes: number;
      if (grouped) dictBytes = grouped.header.source.bytes;
      else {
        // The package's dictionary file (its `dict` module would also read the 6 MB IDF table).
        const dict = fs.readFileSync(path.join(pkgDir, 'dict.txt'));
        dictBytes = dict.length;
        jieba.loadDict(dict);
        jieba.loadDict(Buffer.from(data.userDict.join('\n') + '\n', 'utf8'));
      }
      signature = `jieba-rs ${version}, dict.txt ${dictBytes} bytes, cppjieba-hmm.json ${createHash('sha256').update(modelText).digest('hex').slice(0, 16)}`;
      cut = (text) => {
        const more = grouped?.admit(text);
        if (more) jieba.loadDict(more);
        return mixCut(model, jieba.cut(text, false));
      };
    } else {
      // eslint-disable-next-line @typescript-eslint/no-require-imports
      const jieba = require('nodejieba') as NodeJieba;
      cut = (text) => jieba.cut(text, true);
    }
    cut('数字政府');
    hit = { cut, signature };
  } catch (e) {
    hit = { error: e instanceof Error ? e.message.split('\n')[0]! : String(e) };
  }
  engines.set(name, hit);
  return hit;
}

/** The engine asked for: XIANJIE_SEGMENTER when it names one, else the setting, else the default. */
export function requestedSegmenter(setting?: SegmenterName): SegmenterName {
  const env = process.env.XIANJIE_SEGMENTER as SegmenterName | undefined;
  if (env && (SEGMENTER_NAMES as readonly string[]).includes(env)) return env;
  return setting ?? DEFAULT_SEGMENTER;
}

export interface SegmenterChoice {
  segmenter: Segmenter;
  /** The engine that was asked for (segmenter.name is the one in use). */
  requested: SegmenterName;
  /** Why the engine in use is not the one asked for, or why the built-in fallback is in use. */
  fallbackReason?: string;
  /** One Chinese sentence for the user when fallbackReason is set. */
  notice?: string;
  /** The engine's signature (see LoadedEngine), when it has one. */
  signature?: string;
}

const LABEL: Record<SegmenterName, string> = { 'jieba-rs': 'jieba-rs', nodejieba: 'nodejieba', fallback: '内置分词' };

/**
 * A segmenter that keeps every dictionary word whole, on the requested engine when it loads; else on
 * the other jieba engine, else on the built-in fallback (with the reason).
 */
export function createSegmenter(dictionary: Iterable<string>, setting?: SegmenterName): SegmenterChoice {
  const words = [...dictionary];
  const requested = requestedSegmenter(setting);
  if (requested === 'fallback') {
    const why = process.env.XIANJIE_SEGMENTER === 'fallback' ? '按 XIANJIE_SEGMENTER=fallback 设置' : '按 segmenter 设置';
    return {
      segmenter: new FallbackSegmenter(words), requested, fallbackReason: why,
      notice: `已改用内置分词（${why}），对照结果可能略有偏差。`,
    };
  }
  const errors: string[] = [];
  for (const name of requested === 'nodejieba' ? (['nodejieba', 'jieba-rs'] as const) : (['jieba-rs', 'nodejieba'] as const)) {
    const engine = loadEngine(name);
    if (engine.cut) {
      const segmenter = new DomainWordSegmenter(name, engine.cut, words);
      if (name === requested) return { segmenter, requested, signature: engine.signature };
      const fallbackReason = errors.join('；');
      return { segmenter, requested, fallbackReason, signature: engine.signature, notice: `中文分词组件 ${LABEL[requested]} 无法加载，已改用 ${LABEL[name]}，检查结果可能略有差异。（${fallbackReason}）` };
    }
    errors.push(`${LABEL[name]}：${engine.error}`);
  }
  const fallbackReason = errors.join('；');
  return {
    segmenter: new FallbackSegmenter(words), requested, fallbackReason,
    notice: `中文分词组件 ${LABEL[requested]} 无法加载，已改用内置分词，对照结果可能略有偏差。（${fallbackReason}）`,
  };
}
