# helper: list responsible units in draft.txt not in units.txt (writer's own check)
import re
names=set()
for l in open('units.txt',encoding='utf-8'):
    l=l.strip()
    if not l or l.startswith('#'): continue
    parts=[x.strip() for x in re.split('[=,]',l)]
    names.update(parts)
coll={'县直各部门（单位）','县直有关部门','各乡镇人民政府','各村（社区）'}
lines=open('draft.txt',encoding='utf-8').read().split('\n')
for i,l in enumerate(lines,1):
    cells=[]
    for m in re.finditer(r'(责任单位|配合单位)：([^；）]*)',l):
        cells.append(m.group(2))
    if '\t' in l and i>73:
        c=l.split('\t'); cells+= [c[3],c[4]]
    for cell in cells:
        for u in re.split('[、，,]',cell):
            u=u.strip()
            if not u: continue
            if u in names or u in coll: continue
            if ('县'+u) in names: continue
            print(i,u)
