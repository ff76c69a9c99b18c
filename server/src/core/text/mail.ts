// An e-mail saved as text brings the message it answers below it, each line quoted with > (> 发件人：…, > 主题：…,
// > the first version of the plan). That earlier message is another version and another sender's, not the plan being
// checked: its title, bodies and dates were changed in the reply. Analysis reads the mail with those quoted lines
// blanked (same length, so offsets hold), once the text shows it is an e-mail: a header block (发件人, 收件人, 发送时间,
// 主题, or From, To, Sent, Subject) or a marker of the message quoted (-----原始邮件-----, 在…写道：).
import { blankSpans, someLineOpening } from './blank';

/** A mail header's label at a line's start, before its colon. */
const HEADER = /^(?:>[ \t]*)*(发件人|收件人|抄送|发送时间|发件时间|日期|主题|From|To|Cc|Sent|Date|Subject)[ \t]*[：:]/i;
/** Header labels that are the same header as another (发件时间 and Sent are 发送时间, From is 发件人 …). */
const SAME_HEADER: Record<string, string> = { 发件时间: '发送时间', 日期: '发送时间', sent: '发送时间', date: '发送时间', from: '发件人', to: '收件人', cc: '抄送', subject: '主题' };
/** A line that says the message below is the one answered. */
const QUOTED_MARKER = /^-{2,}[ \t]*(?:原始邮件|Original Message|Forwarded message|转发的邮件)[ \t]*-{2,}|写道[：:]$|wrote:$/i;
/** Cheap test: a line opening with > (or ＞). */
const QUOTE_OPENING = /(?:^|\n)[ \t\u3000]*[>＞]/;

/** Whether the text shows it is an e-mail: three header labels of different kinds near its start, or a quoted-message marker. */
function isMail(text: string): boolean {
  const kinds = new Set<string>();
  let marker = false;
  someLineOpening(text, (at) => {
    const end = text.indexOf('\n', at);
    const line = text.slice(at, end < 0 ? text.length : end).trimEnd();
    const h = HEADER.exec(line);
    if (h) kinds.add(SAME_HEADER[h[1]!.toLowerCase()] ?? h[1]!);
    marker ||= QUOTED_MARKER.test(line);
    return marker || kinds.size >= 3;
  });
  return marker || kinds.size >= 3;
}

/** A line opening a part of a plan: 一、, （一）, 1. (the reply's own plan, not a covering note). */
const PART_OPENING = /^(?:[一二三四五六七八九十]{1,3}、|[（(][一二三四五六七八九十]{1,3}[）)]|[0-9]{1,2}[.．、])/;
/** Fewest parts the reply's own text must open for the quoted message to be an earlier one rather than the plan sent. */
const OWN_PARTS = 3;

/**
 * The draft with the quoted lines of the message an e-mail answers blanked, when the reply carries a plan of its own
 * (the revised version, its parts outside the quotation); the same string when it is no e-mail, or when the plan is
 * only in the quotation (a covering note above the plan it forwards): then the quotation is what is checked.
 */
export function blankQuotedMail(text: string): string {
  if ((!text.includes('>') && !text.includes('＞')) || !QUOTE_OPENING.test(text) || !isMail(text)) return text;
  const spans: { start: number; end: number }[] = [];
  let ownParts = 0;
  someLineOpening(text, (at) => {
    const end = text.indexOf('\n', at);
    if (text[at] !== '>' && text[at] !== '＞') {
      if (PART_OPENING.test(text.slice(at, at + 8))) ownParts++;
      return;
    }
    spans.push({ start: at, end: end < 0 ? text.length : end });
  });
  return ownParts >= OWN_PARTS ? blankSpans(text, spans) : text;
}
