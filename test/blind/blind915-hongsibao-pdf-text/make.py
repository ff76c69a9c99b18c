#!/usr/bin/env python3
# Builds draft.txt: the plan as text copied out of a PDF (公文版式, 28 characters a line,
# 22 lines a page, page numbers "— N —" on their own lines, a running header on even pages).
# "|" in a paragraph forces a line break there (where the PDF line happened to end).
import os
HERE = os.path.dirname(os.path.abspath(__file__))
W = 28          # characters a line (full-width = 1, half-width = 0.5)
PAGE = 22       # body lines a page
HEADER = '红政办发〔2024〕16号'
NOHEAD = '，。、；：）》”？！'

def width(ch):
    return 0.5 if ord(ch) < 128 else 1.0

NOTAIL = '“《（〔'

def tokens(text):
    # a run of half-width letters/digits is one token (Word never breaks inside it)
    out, i = [], 0
    while i < len(text):
        j = i
        if text[i].isascii() and text[i].isalnum():
            while j < len(text) and text[j].isascii() and text[j].isalnum():
                j += 1
            out.append(text[i:j]); i = j
        else:
            out.append(text[i]); i += 1
    return out

def wrap(text):
    lines, cur, w = [], '', 0.0
    for tok in tokens(text):
        if tok == '|':
            lines.append(cur); cur, w = '', 0.0; continue
        tw = sum(width(c) for c in tok)
        if w + tw > W and tok not in NOHEAD and cur:
            carry = ''
            while cur and cur[-1] in NOTAIL:      # opening marks go down with the next word
                carry = cur[-1] + carry; cur = cur[:-1]
            lines.append(cur); cur, w = carry, sum(width(c) for c in carry)
        cur += tok; w += tw
    if cur:
        lines.append(cur)
    return lines

SRC = open(os.path.join(HERE, 'source.txt'), encoding='utf-8').read().split('\n')

pages, body = [], []
for raw in SRC:
    if raw.strip() == '':
        continue
    if raw == '<<PAGE>>':
        pages.append(body); body = []; continue
    if raw.startswith('=') :            # heading / short line, kept as is
        body.append(raw[1:]); continue
    body.extend(wrap(raw))
pages.append(body)

out, n = [], 0
for p in pages:
    i = 0
    while i < len(p):
        n += 1
        chunk = p[i:i + PAGE]
        if n % 2 == 0 and n > 1:
            out.append(HEADER)
        out.extend(chunk)
        out.append('— %d —' % n)
        i += PAGE
open(os.path.join(HERE, 'draft.txt'), 'w', encoding='utf-8').write('\n'.join(out) + '\n')
print(len(out), 'lines,', n, 'pages')
