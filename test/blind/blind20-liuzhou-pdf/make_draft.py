#!/usr/bin/env python3
"""Make draft.txt from clean.txt the way a drafter pastes a PDF copy of the plan:
fixed-width line breaks in mid-sentence, a running header and a page footer on every page,
the task table flattened (one cell after another, each wrapped at its column width),
a few full-width/half-width swaps and one heading damaged by a wrong encoding."""
import os, unicodedata

HERE = os.path.dirname(os.path.abspath(__file__))
WIDTH = 68            # display units per text line (34 CJK characters)
INDENT = 4            # first line of a paragraph is indented by two characters (not copied)
COLS = [0, 34, 24, 16]  # table column widths: 序号 (joined to the task cell), 任务, 责任单位, 完成时限
PAGE = 30             # body lines per page
NO_START = "，。、；：？！）》”’〕】,.;:)"
HEADER = "柳州市人民政府公报　　　　　　　　　　　　2023年第13期"

def w(ch):
    return 2 if unicodedata.east_asian_width(ch) in ("F", "W", "A") else 1

def wrap(text, width, first=None):
    out, cur, cw = [], "", 0
    limit = first if first is not None else width
    for ch in text:
        # closing punctuation is never set at the start of a line: it hangs at the end of the previous one
        if cw + w(ch) > limit and cur and ch not in NO_START:
            out.append(cur); cur, cw = "", 0; limit = width
        cur += ch; cw += w(ch)
    if cur:
        out.append(cur)
    return out

def swap(lines, old, new):
    hits = [i for i, l in enumerate(lines) if old in l]
    assert len(hits) == 1, (old, hits)
    lines[hits[0]] = lines[hits[0]].replace(old, new)

def main():
    lines = open(os.path.join(HERE, "clean.txt"), encoding="utf-8").read().split("\n")
    if lines and lines[-1] == "":
        lines.pop()
    # full-width / half-width swaps of the kind a PDF text layer produces
    swap(lines, "（二）指导思想。", "(二)指导思想。")
    swap(lines, "坚持改革引领、数据赋能。以数字化改革助力政府职能转变，强化数据汇聚融合、共享开放和开发利用，",
         "坚持改革引领、数据赋能。以数字化改革助力政府职能转变,强化数据汇聚融合、共享开放和开发利用,")
    swap(lines, "各县（区）人民政府\t2025年底", "各县（区）人民政府\t２０２５年底")
    swap(lines, "（责任单位：市人民政府办公室、市大数据发展局；完成时限：2026年底）",
         "(责任单位:市人民政府办公室、市大数据发展局;完成时限:2026年底)")
    swap(lines, "移动接入和IPv6改造", "移动接入和ＩＰｖ６改造")
    # one heading (set in another font in the PDF) whose text came out as UTF-8 bytes read as GBK
    head = "构建协同高效的政府数字化履职能力体系"
    garbled = head.encode("utf-8").decode("gbk")
    swap(lines, "二、" + head, "二、" + garbled)

    body = []
    for l in lines:
        if "\t" in l:
            cells = l.split("\t")
            if cells[0] == "序号":
                body.append(" ".join(cells))
                continue
            body += wrap(cells[0] + " " + cells[1], COLS[1])
            body += wrap(cells[2], COLS[2])
            body += wrap(cells[3], COLS[3])
        else:
            short = sum(w(c) for c in l) <= WIDTH
            body += [l] if short else wrap(l, WIDTH, WIDTH - INDENT)

    out, page = [], 1
    for i in range(0, len(body), PAGE):
        out.append(HEADER)
        out += body[i:i + PAGE]
        out.append("— %d —" % page)
        page += 1
    open(os.path.join(HERE, "draft.txt"), "w", encoding="utf-8").write("\n".join(out) + "\n")

if __name__ == "__main__":
    main()
