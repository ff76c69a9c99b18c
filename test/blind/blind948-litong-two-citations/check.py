# helper kept in the case folder: lists every unit in the draft's notes and whether units.txt knows it
import re
names=set()
for l in open('units.txt',encoding='utf-8'):
    l=l.strip()
    if not l or l.startswith('#'): continue
    for part in re.split(r'\s*=\s*|,\s*',l): names.add(part.strip())
coll={'各乡镇人民政府','各街道办事处','各乡镇（街道）','各村（社区）','区直各部门（单位）','区直有关部门'}
for n,l in enumerate(open('draft.txt',encoding='utf-8'),1):
    for m in re.finditer(r'责任单位：([^；）]*)',l):
        for u in re.split(r'[，、]',m.group(1)):
            u=u.strip()
            known = u in names or u in coll or ('区'+u) in names
            flag='' if known else '  <-- NOT IN REGISTRY'
            if not known or u in coll or ('区'+u) in names and u not in names:
                print(n,u,flag or ('(collective)' if u in coll else '(prefix 区 distributed)'))
    for m in re.finditer(r'完成时限：([^）]*)',l):
        pass
