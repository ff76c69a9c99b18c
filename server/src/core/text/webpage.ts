// A plan copied from a government web site brings the page with it: the tool bar and menu (无障碍 | 长者模式 |
// 网站地图), the breadcrumb (您当前的位置：首页 > 政务公开), the 信息公开 block (索引号, 成文日期 …), the publishing line
// (发布时间 … 浏览次数 … 【字体：大 中 小】), 打印本页 / 关闭窗口, 上一篇 / 下一篇 and lists of other articles with
// their dates, and the footer (主办单位, 网站标识码, ICP备案号). None of it is the plan: its words (无障碍) would
// take tasks up, its dates and titles are other documents'. Analysis reads the draft with those lines blanked
// (same length, so offsets hold), once the text shows two unmistakable marks of a web page near its start or end.
import { blankSpans } from './blank';

/** Marks only a web page has; two of them (of different kinds) make the text a copied page. */
const PAGE_MARKS: RegExp[] = [
  /^[ \t\u3000]*(?:您当前的位置|您的位置|当前位置|所在位置)[ \t\u3000]*[：:]/m,
  /浏览次数|阅读次数|访问次数|点击数[：:]/,
  /字体[：:]?[ \t\u3000]*[【\[［]?[ \t\u3000]*大[ \t\u3000]*[】\]］]?[ \t\u3000]*[【\[［]?[ \t\u3000]*中[ \t\u3000]*[】\]］]?[ \t\u3000]*[【\[［]?[ \t\u3000]*小/,
  /打印本页|关闭窗口|打印此页|【打印】|【关闭】/,
  /网站标识码|ICP备|公网安备|公安备案号/,
  /^[ \t\u3000]*(?:上一篇|下一篇)[ \t\u3000]*[：:]/m,
  /扫一扫在手机(?:上)?打开当前页|分享到[：:]/,
];

/** A line of page furniture, whole. */
const FURNITURE_LINE: RegExp[] = [
  // Breadcrumb and column: 您当前的位置：首页 > 政务公开 > 政策文件; 当前栏目：政策文件
  /^(?:您当前的位置|您的位置|当前位置|所在位置|当前栏目)[：:]/,
  /^首页[ \t\u3000]*[>＞》»]/,
  // Search box
  /^请输入(?:关键字|关键词|搜索内容)/,
  // Publishing line and tools
  /^(?:发布时间|发布日期|信息来源|来源)[：:].{0,80}(?:浏览次数|阅读次数|访问次数|点击数|字体|来源[：:])/,
  /^[【\[［]?[ \t\u3000]*字体[：:]/,
  /^(?:[【\[［]?(?:打印本页|关闭窗口|打印此页|打印|关闭|我要纠错|纠错|收藏|返回顶部)[】\]］]?[ \t\u3000]*){1,4}$/,
  /^(?:分享到[：:]|扫一扫在手机(?:上)?打开当前页)/,
  // Other articles: 上一篇：…, 下一篇：…, 相关解读：…, and the items of a list of them (· …　2024-01-30)
  /^(?:上一篇|下一篇|相关解读|相关文章|相关链接|友情链接)[ \t\u3000]*[：:]/,
  /^(?:热点文章|热门文章|最新文章|推荐文章|相关文章|热点信息|最新信息|友情链接)$/,
  /^[·•▪]/,
  // 信息公开 block: a label alone (its value follows on the next line) or with its value
  /^(?:索[ \t\u3000]*引[ \t\u3000]*号|主题分类|组配分类|体裁分类|发文机关|成文日期|发布日期|生效日期|废止日期|标[ \t\u3000]*题|发文字号|有[ \t\u3000]*效[ \t\u3000]*性|公开方式|公开范围|关[ \t\u3000]*键[ \t\u3000]*词)[ \t\u3000]*[：:]/,
  // Footer
  /^(?:主办单位|承办单位|协办单位|技术支持|网站标识码|网站声明)[：:]|ICP备|公网安备|公安备案号|版权所有|分辨率浏览/,
  /^地址[：:].{0,60}(?:电话|邮编)/,
];

/** A menu or tool bar: three items or more between | or ｜, each a short name (首页 | 政务公开 | 互动交流). */
function isMenu(line: string): boolean {
  if (/^\s*\||\|\s*$/.test(line) || /[。；，,：:]/.test(line)) return false;
  const items = line.split(/[ \t\u3000]*[|｜][ \t\u3000]*/).map((s) => s.trim());
  return items.length >= 3 && items.every((s) => s.length >= 1 && s.length <= 14);
}

/** The label of the 信息公开 block whose value is on the next line (索引号：, 成文日期：). */
const LABEL_ALONE = /^(?:索[ \t\u3000]*引[ \t\u3000]*号|主题分类|组配分类|体裁分类|发文机关|成文日期|发布日期|生效日期|废止日期|标[ \t\u3000]*题|发文字号|有[ \t\u3000]*效[ \t\u3000]*性|公开方式|公开范围|关[ \t\u3000]*键[ \t\u3000]*词)[ \t\u3000]*[：:][ \t\u3000]*$/;

/**
 * How far into the text, from either end, the marks of a page are looked for: a page puts its tools, its
 * publishing line and its links around the article, so the check costs the same on a draft of any length.
 */
const EDGE = 6000;

/** The draft with a copied web page's furniture blanked (the same string when it is no copied page). */
export function blankWebPage(text: string): string {
  const edges = text.length <= 2 * EDGE ? text : `${text.slice(0, EDGE)}\n${text.slice(text.length - EDGE)}`;
  let marks = 0;
  for (const re of PAGE_MARKS) if (re.test(edges) && ++marks >= 2) break;
  if (marks < 2) return text;
  const spans: { start: number; end: number }[] = [];
  let start = 0;
  let valueNext = false;
  while (start <= text.length) {
    let end = text.indexOf('\n', start);
    if (end < 0) end = text.length;
    const line = text.slice(start, end).replace(/\r$/, '').trim();
    if (line) {
      if (valueNext || isMenu(line) || FURNITURE_LINE.some((re) => re.test(line))) spans.push({ start, end });
      valueNext = LABEL_ALONE.test(line);
    }
    start = end + 1;
  }
  return blankSpans(text, spans);
}
