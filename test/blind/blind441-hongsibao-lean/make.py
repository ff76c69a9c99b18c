# Builds draft.txt from draft.src: '|' in table rows becomes a tab.
import re
src = open('draft.src', encoding='utf-8').read().splitlines()
out = []
for l in src:
    if re.match(r'^(序号|\d+)\|', l):
        l = l.replace('|', '\t')
    out.append(l)
open('draft.txt', 'w', encoding='utf-8').write('\n'.join(out) + '\n')
print(len(out))
