# helper kept in the case folder: builds draft.txt with continuous point numbering
import re
src = open('draft.src.txt', encoding='utf-8').read().splitlines()
out = []
n = 0
for line in src:
    if line.startswith('@'):
        n += 1
        line = f'{n}．' + line[1:]
    out.append(line)
open('draft.txt', 'w', encoding='utf-8').write('\n'.join(out) + '\n')
print(len(out), 'lines,', n, 'points')
