#!/usr/bin/python3
# Lists every responsible unit in draft.txt that is neither in units.txt (name or alias) nor a collective subject.
import re
names = set()
for l in open('units.txt', encoding='utf-8'):
    l = l.strip()
    if not l or l.startswith('#'): continue
    a, _, b = l.partition('=')
    names.add(a.strip())
    for x in b.split(','):
        if x.strip(): names.add(x.strip())
coll = re.compile(r'^(各|市直)')
lines = open('draft.txt', encoding='utf-8').read().split('\n')
for n, l in enumerate(lines, 1):
    cells = []
    for m in re.finditer(r'(牵头单位|配合单位)：([^；）]*)', l):
        cells.append(m.group(2))
    if '\t' in l and not l.startswith('序号'):
        c = l.split('\t'); cells += [c[2], c[3]]
    for cell in cells:
        cell = re.sub(r'按职责分别牵头$', '', cell)
        prev = None
        for u in cell.split('、'):
            u = u.strip()
            if u in names or coll.match(u) or u.endswith('各成员单位'):
                prev = u; continue
            # prefix distribution: 市发展和改革局、财政局 -> 市财政局 ; 市委组织部、编办 -> 市委编办
            if prev and ('市' + u) in names:
                print(n, 'distributed', u, '->', '市' + u); continue
            print(n, 'UNKNOWN', u)
