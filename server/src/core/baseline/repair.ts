// Repairs encoding damage in a source text before it is compiled: runs of GBK read one byte off
// are decoded back (extract/mojibake.ts), and headings that recover only in part are completed
// from known titles or from the document's own text. Every change is listed for the build report.
import { findMojibake } from '../extract/mojibake';
import { foldForMatching } from '../text/fold';
import { escapeRegExp } from '../text/regexp';

export interface SourceRepair {
  /** 1-based line number in the source part. */
  line: number;
  written: string;
  repaired: string;
  /** How the text was obtained, in Chinese (乱码还原 / 按已知标题补全 / 未能完整还原 …). */
  how: string;
  /** True when a '?' is left: the text could not be fully recovered. */
  partial: boolean;
}

export interface RepairResult {
  text: string;
  repairs: SourceRepair[];
}

/**
 * Writes a completion in the script of the document: a Simplified character is replaced by the
 * most frequent character of the document that folds to it (任 stays 任, 规 becomes 規 in a
 * Traditional text).
 */
function inDocumentScript(completion: string, documentText: string, folded: string): string {
  let out = '';
  for (const c of completion) {
    const counts = new Map<string, number>();
    for (let i = folded.indexOf(c); i >= 0; i = folded.indexOf(c, i + 1)) {
      const d = documentText[i]!;
      counts.set(d, (counts.get(d) ?? 0) + 1);
    }
    let best = c;
    let bestCount = 0;
    for (const [d, n] of counts) if (n > bestCount) [best, bestCount] = [d, n];
    out += best;
  }
  return out;
}

/**
 * Completes a partly recovered title such as `強化安全管理責?` (each '?' stands for one to four
 * lost characters). A known title that matches the whole pattern decides; otherwise a phrase of
 * the document itself that matches and ends at punctuation. Ambiguous or unknown: undefined.
 */
export function completeTitle(
  partial: string,
  knownTitles: readonly string[],
  documentText: string,
): { title: string; source: string } | undefined {
  if (!partial.includes('?')) return undefined;
  const pieces = partial.split('?').map(foldForMatching);
  if (pieces.join('').replace(/[^\u4e00-\u9fff]/g, '').length < 3) return undefined;
  const pattern = pieces.map(escapeRegExp).join('([\\u4e00-\\u9fff]{1,4})');
  const whole = new RegExp(`^${pattern}$`);
  const candidates = new Map<string, string>();
  for (const known of knownTitles) {
    const m = whole.exec(foldForMatching(known).replace(/[。.\s]+$/, ''));
    if (m) candidates.set(m.slice(1).join('\u0000'), known);
  }
  const folded = foldForMatching(documentText);
  const fill = (groups: string[]): string => {
    let k = 0;
    return partial.replace(/\?/g, () => inDocumentScript(groups[k++] ?? '', documentText, folded));
  };
  if (candidates.size === 1) {
    const [groups, known] = [...candidates][0]!;
    return { title: fill(groups.split('\u0000')), source: `按已知标题“${known}”补全` };
  }
  if (candidates.size > 1) return undefined;
  // The document's own text: the phrase written out elsewhere, ending at punctuation.
  const inText = new RegExp(`${pattern}(?=[。，、；：,;:）)])`, 'g');
  const found = new Set<string>();
  for (const m of folded.matchAll(inText)) found.add(m.slice(1).join('\u0000'));
  if (found.size === 1) return { title: fill([...found][0]!.split('\u0000')), source: '按本文中同样的说法补全' };
  return undefined;
}

/**
 * Completes a partly repaired heading run from known titles (or the document's own wording):
 * `（一）強化安全管理責?` → `（一）強化安全管理責任`. Used by the baseline compiler and by the
 * garbled-text rule, which knows the baseline's clause titles.
 */
export function completeRun(
  text: string,
  run: { start: number; end: number; repair?: string; partial: boolean },
  knownTitles: readonly string[],
): { repaired: string; how: string; partial: boolean } {
  let repaired = run.repair ?? text.slice(run.start, run.end);
  if (run.repair === undefined) return { repaired, how: '检测到乱码，但无法还原', partial: true };
  if (!run.partial) return { repaired, how: '乱码还原（按GBK错位一字节重新解码）', partial: false };
  const lineEndAt = text.indexOf('\n', run.end);
  const lineEnd = lineEndAt < 0 ? text.length : lineEndAt;
  // The title is what follows the heading marker up to the first full stop of the line.
  const rest = text.slice(run.end, lineEnd);
  const stop = rest.search(/[。]/);
  const tail = stop < 0 ? rest : rest.slice(0, stop);
  const marker = /^[\s\u3000]*(?:[（(][一二三四五六七八九十]+[）)]|[一二三四五六七八九十]+、|[0-9]+[.．])/.exec(repaired);
  const titlePart = (marker ? repaired.slice(marker[0].length) : repaired) + tail;
  // A title alone on its line, complete up to a lost last character: that character was its full stop.
  if (marker && tail === '' && rest.trim() === '' && /^[^?]+\?$/.test(titlePart)) {
    const head = foldForMatching(titlePart.slice(0, -1));
    if (knownTitles.some((t) => foldForMatching(t).replace(/[。.\s]+$/, '') === head)) {
      return { repaired: repaired.slice(0, -1) + '。', how: '乱码部分还原，缺失的末字为标题后的句号', partial: false };
    }
  }
  const completed = marker ? completeTitle(titlePart, knownTitles, text) : undefined;
  if (!completed) return { repaired, how: '乱码只能部分还原（“?”为无法还原的字）', partial: true };
  repaired = marker![0] + completed.title.slice(0, completed.title.length - tail.length);
  return { repaired, how: `乱码部分还原，${completed.source}`, partial: false };
}

/**
 * Repairs mojibake in `text`. Runs that recover fully are replaced by the recovered text; runs that
 * recover in part are replaced too, and when the run is (part of) a heading title its lost
 * characters are completed with completeTitle. Text without damage comes back unchanged.
 */
export function repairSource(text: string, knownTitles: readonly string[]): RepairResult {
  const runs = findMojibake(text);
  if (runs.length === 0) return { text, repairs: [] };
  const repairs: SourceRepair[] = [];
  let out = '';
  let last = 0;
  for (const run of runs) {
    out += text.slice(last, run.start);
    last = run.end;
    const written = text.slice(run.start, run.end);
    const lineStart = text.lastIndexOf('\n', run.start - 1) + 1;
    const lineEndAt = text.indexOf('\n', run.end);
    const lineEnd = lineEndAt < 0 ? text.length : lineEndAt;
    const line = text.slice(0, run.start).split('\n').length;
    if (run.repair === undefined) {
      out += written;
      repairs.push({ line, written, repaired: written, how: '检测到乱码，但无法还原', partial: true });
      continue;
    }
    const { repaired, how, partial } = completeRun(text, run, knownTitles);
    out += repaired;
    // Show the run with a little of its line on both sides.
    const before = text.slice(Math.max(lineStart, run.start - 8), run.start).trimStart();
    const after = text.slice(run.end, Math.min(lineEnd, run.end + 12));
    repairs.push({ line, written: before + written + after, repaired: before + repaired + after, how, partial });
  }
  out += text.slice(last);
  return { text: out, repairs };
}
