#!/usr/bin/env python3
"""Build draft.txt from draft.src: ' ¦ ' column separators become tabs, and the
【GARBLE】 placeholder becomes a UTF-8-read-as-GBK run (planted garbled text)."""
import os

here = os.path.dirname(os.path.abspath(__file__))
src = open(os.path.join(here, 'draft.src'), encoding='utf-8').read()

title = '深化数据高效共享'
garbled = title.encode('utf-8').decode('gbk')
assert garbled.encode('gbk').decode('utf-8') == title
src = src.replace('【GARBLE】', garbled)

out = []
for line in src.split('\n'):
    if ' ¦ ' in line:
        line = '\t'.join(line.split(' ¦ '))
    out.append(line)
text = '\n'.join(out)
assert '¦' not in text and '【' not in text
with open(os.path.join(here, 'draft.txt'), 'w', encoding='utf-8') as f:
    f.write(text)
print('lines:', text.count('\n') + (0 if text.endswith('\n') else 1), 'garbled:', garbled)
