// Folded copy of a text with PDF-paste damage removed (stray spaces in Chinese, broken lines),
// plus an offset map back to the original so that matches can be reported on the original.
import { foldForMatching } from './fold';

export interface CollapsedText {
  /** The folded text with damage removed. */
  text: string;
  /** map[i] = offset in the original of collapsed character i; map[text.length] = original length. */
  map: Int32Array;
}

/** A line break is kept only after a line of at least this many visible characters (see isBrokenLine). */
const MIN_BROKEN_LINE_LENGTH = 16;
/** A line that starts with a heading marker and is at most this long is a title line; no join after it. */
const MAX_TITLE_LINE_LENGTH = 40;

/** Heading markers at the start of a folded line: 一、 （一） 1. 1、 （1） ① 第一章 附件 # - • */
const HEADING_MARKER =
  /^(?:[一二三四五六七八九十百零〇]+[、，.]|（[一二三四五六七八九十百零〇]+）|\d+(?:[.、，](?!\d)|）)|（\d+）|[①-⑳⑴-⒇❶-❿]|第[一二三四五六七八九十百零〇\d]+[章节条部分篇]|附件|#{1,6}\s|[-*+•●▪■◆□○◇]\s?)/;

/** Titles of documents end with a document type and no punctuation: 实施方案, 工作要点, 通知 … */
const DOCUMENT_TITLE_END = /(?:方案|意见|要点|通知|办法|规划|计划|决定|报告|清单|细则|规定|纲要|函)$/;

/** Characters that end a sentence (after any closing quotes or brackets). */
function isSentenceFinal(unit: number): boolean {
  // 。！？；：… . ! ? are folded to full-width except '.', which ends English sentences.
  return unit === 0x3002 || unit === 0xff01 || unit === 0xff1f || unit === 0xff1b || unit === 0xff1a || unit === 0x2026 || unit === 0x2e;
}

function isClosingMark(unit: number): boolean {
  // ” ’ ） 》 〉 」 』 〕 】
  return unit === 0x201d || unit === 0x2019 || unit === 0xff09 || unit === 0x300b || unit === 0x3009 || unit === 0x300d || unit === 0x300f || unit === 0x3015 || unit === 0x3011;
}

/** Chinese ideographs, CJK punctuation, full-width forms, curly quotes and dashes; surrogates count as CJK. */
function isCjkLike(unit: number): boolean {
  return (
    (unit >= 0x2e80 && unit <= 0x9fff) ||
    (unit >= 0xf900 && unit <= 0xfaff) ||
    (unit >= 0xfe30 && unit <= 0xfe4f) ||
    (unit >= 0xff00 && unit <= 0xffef) ||
    (unit >= 0x2010 && unit <= 0x2027) ||
    (unit >= 0xd800 && unit <= 0xdfff)
  );
}

function isAsciiAlphanumeric(unit: number): boolean {
  return (unit >= 0x30 && unit <= 0x39) || (unit >= 0x41 && unit <= 0x5a) || (unit >= 0x61 && unit <= 0x7a);
}

function isSpace(unit: number): boolean {
  return unit === 0x20;
}

interface Line {
  /** First character of the line. */
  start: number;
  /** End of the line's content (before the line break). */
  contentEnd: number;
  /** End of the line break (start of the next line). */
  breakEnd: number;
  /** First and last non-space characters (trimStart === trimEnd when the line is blank). */
  trimStart: number;
  trimEnd: number;
  hasTab: boolean;
}

function splitLines(folded: string): Line[] {
  const lines: Line[] = [];
  const length = folded.length;
  let start = 0;
  while (start <= length) {
    let end = start;
    let hasTab = false;
    while (end < length) {
      const unit = folded.charCodeAt(end);
      if (unit === 0x0a || unit === 0x0d) break;
      if (unit === 0x09) hasTab = true;
      end++;
    }
    let breakEnd = end;
    if (end < length) breakEnd = folded.charCodeAt(end) === 0x0d && folded.charCodeAt(end + 1) === 0x0a ? end + 2 : end + 1;
    let trimStart = start;
    while (trimStart < end && isSpace(folded.charCodeAt(trimStart))) trimStart++;
    let trimEnd = end;
    while (trimEnd > trimStart && isSpace(folded.charCodeAt(trimEnd - 1))) trimEnd--;
    lines.push({ start, contentEnd: end, breakEnd, trimStart, trimEnd, hasTab });
    if (end >= length) break;
    start = breakEnd;
  }
  return lines;
}

/** True when the text of the line ends with sentence-final punctuation (closing quotes and brackets skipped). */
function endsSentence(folded: string, line: Line): boolean {
  let index = line.trimEnd - 1;
  while (index >= line.trimStart && isClosingMark(folded.charCodeAt(index))) index--;
  return index >= line.trimStart && isSentenceFinal(folded.charCodeAt(index));
}

function startsWithHeadingMarker(folded: string, line: Line): boolean {
  // Only the first few characters matter; slicing keeps the test linear in the text length.
  return HEADING_MARKER.test(folded.slice(line.trimStart, Math.min(line.trimEnd, line.trimStart + 12)));
}

function isTitleLine(folded: string, line: Line): boolean {
  if (line.trimEnd - line.trimStart > MAX_TITLE_LINE_LENGTH || !startsWithHeadingMarker(folded, line)) return false;
  for (let index = line.trimStart; index < line.trimEnd; index++) {
    const unit = folded.charCodeAt(index);
    if (unit === 0x3002 || unit === 0xff1b) return false;
  }
  return true;
}

/**
 * True when the break after `line` splits a sentence: both lines have text, neither is a
 * tab-separated table row, the line is long enough to be a wrapped line and does not end a
 * sentence, it is neither a heading title nor a document title (…实施方案, …的通知), and the
 * next line does not start a heading or list item.
 */
function isBrokenLine(folded: string, line: Line, next: Line | undefined): boolean {
  if (!next || line.breakEnd === line.contentEnd) return false;
  if (line.trimStart === line.trimEnd || next.trimStart === next.trimEnd) return false;
  if (line.hasTab || next.hasTab) return false;
  if (line.trimEnd - line.trimStart < MIN_BROKEN_LINE_LENGTH) return false;
  if (endsSentence(folded, line) || isTitleLine(folded, line)) return false;
  if (DOCUMENT_TITLE_END.test(folded.slice(Math.max(line.trimStart, line.trimEnd - 2), line.trimEnd))) return false;
  return !startsWithHeadingMarker(folded, next);
}

/**
 * Returns the folded text (see foldForMatching) with PDF-paste damage removed, and for each kept
 * character its offset in the original. Removed: spaces at the start and end of lines, runs of
 * spaces between two Chinese characters or between Chinese and a digit or Latin letter (so
 * "2024 年" becomes "2024年"), and line breaks inside a sentence (see isBrokenLine). A removed
 * line break between two Latin letters or digits is replaced by one space. Tabs are kept: they
 * separate the cells of task rows. Linear in the length of the text.
 */
export function collapseForMatching(text: string): CollapsedText {
  const folded = foldForMatching(text);
  const lines = splitLines(folded);
  const units = new Uint16Array(folded.length);
  const map = new Int32Array(folded.length + 1);
  let length = 0;
  const emit = (unit: number, offset: number): void => {
    units[length] = unit;
    map[length] = offset;
    length++;
  };

  for (let lineIndex = 0; lineIndex < lines.length; lineIndex++) {
    const line = lines[lineIndex]!;
    let index = line.trimStart;
    while (index < line.trimEnd) {
      const unit = folded.charCodeAt(index);
      if (!isSpace(unit)) {
        emit(unit, index);
        index++;
        continue;
      }
      let runEnd = index;
      while (runEnd < line.trimEnd && isSpace(folded.charCodeAt(runEnd))) runEnd++;
      const before = folded.charCodeAt(index - 1);
      const after = folded.charCodeAt(runEnd);
      const drop =
        (isCjkLike(before) && (isCjkLike(after) || isAsciiAlphanumeric(after))) ||
        (isCjkLike(after) && isAsciiAlphanumeric(before)) ||
        before === 0x09 ||
        after === 0x09;
      if (!drop) for (let keep = index; keep < runEnd; keep++) emit(0x20, keep);
      index = runEnd;
    }
    const next = lines[lineIndex + 1];
    if (isBrokenLine(folded, line, next)) {
      const before = folded.charCodeAt(line.trimEnd - 1);
      const after = folded.charCodeAt(next!.trimStart);
      if (isAsciiAlphanumeric(before) && isAsciiAlphanumeric(after)) emit(0x20, line.contentEnd);
    } else {
      for (let offset = line.contentEnd; offset < line.breakEnd; offset++) emit(folded.charCodeAt(offset), offset);
    }
  }
  map[length] = folded.length;

  const collapsed = units.subarray(0, length);
  const chunkSize = 8192;
  const parts: string[] = [];
  for (let start = 0; start < collapsed.length; start += chunkSize) {
    parts.push(String.fromCharCode(...collapsed.subarray(start, start + chunkSize)));
  }
  return { text: parts.join(''), map: map.slice(0, length + 1) };
}
