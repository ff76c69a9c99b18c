#!/usr/bin/python3
# Helper: lists every unit-like token in the final bracket of each line and whether units.txt knows it.
import re
names=set()
for l in open('units.txt',encoding='utf-8'):
    l=l.strip()
    if not l or l.startswith('#'): continue
    parts=[p.strip() for p in re.split('[=,]',l)]
    names.update(parts)
coll={'区直各部门','各乡镇（街道）','各村（社区）','区直有关部门'}
lines=open('draft.txt',encoding='utf-8').read().splitlines()
for i,l in enumerate(lines,1):
    m=re.search(r'（([^（）]*(?:（[^（）]*）[^（）]*)*)）。?$',l)
    if not m: continue
    inner=m.group(1)
    for seg in re.split('[；]',inner):
        for u in re.split('[，、]',seg):
            u=re.sub('(牵头|具体负责|分别负责|按职责分别负责|配合|负责)$','',u.strip())
            u=re.sub('(按职责分别|分别)$','',u)
            if re.search(r'\d|持续|长期|每年',u) or not u: continue
            ok = u in names or u in coll
            if not ok and not u.startswith('区') : pass
            print(i, 'OK ' if ok else '?? ', u)
