# helper: list every unit named in a responsibility slot and whether units.txt knows it
import re
names=set()
for l in open('units.txt',encoding='utf-8'):
    l=l.split('#')[0].strip()
    if not l: continue
    a,_,b=l.partition('=')
    names.add(a.strip())
    for x in b.split(','):
        if x.strip(): names.add(x.strip())
regional={'宁夏大学'}
lines=open('draft.txt',encoding='utf-8').read().split('\n')
for i,l in enumerate(lines,1):
    slots=[]
    for m in re.finditer(r'(牵头|配合)：([^；）]+)',l): slots.append(m.group(2))
    for m in re.finditer(r'由(.+?)(负责|牵头)',l): slots.append(m.group(1))
    for m in re.finditer(r'[，,]([^，,。]+?)配合',l):
        if '由' in l: slots.append(m.group(1))
    for s in slots:
        s=s.replace('按职责分别','')
        for u in re.split('、',s):
            u=u.strip()
            ok = u in names or u in regional or u.startswith('各') or u.startswith('区直')
            if not ok: print(i,repr(u))
