# helper: list note units not in units.txt (collectives excluded), and every note's deadline
import re
names=set()
for l in open('units.txt',encoding='utf-8'):
    l=l.strip()
    if not l or l.startswith('#'): continue
    parts=[p.strip() for p in re.split('[=,]',l)]
    names.update(parts)
lines=open('draft.txt',encoding='utf-8').read().split('\n')
if lines[-1]=='': lines=lines[:-1]
for i,l in enumerate(lines,1):
    m=re.match(r'^【牵头单位：(.*?)；配合单位：(.*?)；完成时限：(.*?)】$',l)
    if not l.startswith('【'): continue
    assert m, (i,l)
    for role,cell in (('lead',m.group(1)),('co',m.group(2))):
        prev=None
        for u in re.split('[、，]',cell):
            if u.startswith('各') or u in ('区直各部门','区直有关部门'):
                prev=None; continue
            full=u
            if u not in names and prev and not u.startswith(prev):
                full=prev+u
            if full not in names:
                print('UNKNOWN',i,role,u)
            prev='区' if full.startswith('区') else None
    print(i, m.group(3), '|', lines[i][:18])
