// A plan copied out of a public-account article (中卫发布, 微信公众号): the article's list of other articles
// (往期推荐, 推荐阅读, 相关阅读 …) names other documents, with their years, and is no part of the plan. Analysis
// reads the draft with such a list blanked (same length, so offsets hold).
import { blankSpans } from './blank';

/** The heading of a list of other articles, on a line of its own. */
const RELATED_HEADING = /^[ \t\u3000]*[▶►▼■●◆☞👉📚📖🔥]*[ \t\u3000]*(?:往期推荐|往期回顾|往期精彩|推荐阅读|相关阅读|延伸阅读|热文推荐|精彩推荐|猜你喜欢|相关推荐|相关链接)[ \t\u3000]*[：:]?[ \t\u3000]*$/u;

/** A single link to another article: 相关阅读：…, 延伸阅读：… */
const RELATED_LINK = /^[ \t\u3000]*[▶►▼■●◆☞👉📚📖🔥]*[ \t\u3000]*(?:往期推荐|推荐阅读|相关阅读|延伸阅读|相关链接|相关推荐)[ \t\u3000]*[：:|｜]\S/u;

/** The draft with every list of other articles blanked, from its heading to the next blank line, and every single link line (the same string when there is none). */
export function blankRelatedArticles(text: string): string {
  if (!/往期|推荐|相关阅读|延伸阅读|猜你喜欢|相关链接/.test(text)) return text;
  const spans: { start: number; end: number }[] = [];
  let start = 0;
  let open = -1;
  while (start <= text.length) {
    let end = text.indexOf('\n', start);
    if (end < 0) end = text.length;
    const line = text.slice(start, end).replace(/\r$/, '');
    if (open >= 0 && line.trim() === '') {
      spans.push({ start: open, end: start });
      open = -1;
    } else if (open < 0 && RELATED_HEADING.test(line)) {
      open = start;
    } else if (open < 0 && RELATED_LINK.test(line)) {
      spans.push({ start, end });
    }
    start = end + 1;
  }
  if (open >= 0) spans.push({ start: open, end: text.length });
  return blankSpans(text, spans);
}
