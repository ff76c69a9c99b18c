#!/usr/bin/env python3
# Builds draft.txt: the county plan as copied out of a PDF whose lines break at a fixed width.
# Full-width characters count 1, ASCII 0.5; closing punctuation is kept at the end of a line (禁则),
# opening punctuation is not left at a line end.
import sys
W = float(sys.argv[1]) if len(sys.argv) > 1 else 40
CLOSE = "，。、；：）》」”’！？%"
OPEN = "（《「“‘"

def width(c):
    return 0.5 if ord(c) < 128 else 1.0

def tokens(p):
    # a run of ASCII letters/digits is one word and is never broken (as in Word)
    out, i = [], 0
    while i < len(p):
        j = i
        while j < len(p) and ord(p[j]) < 128 and (p[j].isalnum() or p[j] in ".+"):
            j += 1
        if j > i:
            out.append(p[i:j]); i = j
        else:
            out.append(p[i]); i += 1
    return out

def wrap(p):
    lines, cur, w = [], "", 0.0
    for t in tokens(p):
        tw = sum(width(c) for c in t)
        if w + tw > W and cur and t not in CLOSE:
            carry = ""
            while cur and cur[-1] in OPEN:
                carry = cur[-1] + carry
                cur = cur[:-1]
            lines.append(cur)
            cur = carry
            w = sum(width(x) for x in cur)
        cur += t
        w += tw
    if cur:
        lines.append(cur)
    return lines

paras = open("paras.txt", encoding="utf-8").read().split("\n")
out = []
for p in paras:
    p = p.strip()
    if not p:
        continue
    out.extend(wrap(p))
open("draft.txt", "w", encoding="utf-8").write("\n".join(out) + "\n")
print(len(out), "lines")
