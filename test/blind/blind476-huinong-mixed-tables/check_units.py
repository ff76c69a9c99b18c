# Helper kept by the writer: lists every unit written in a unit field and whether units.txt knows it.
import re
reg=set()
for l in open('units.txt',encoding='utf-8'):
    l=l.strip()
    if not l or l.startswith('#'): continue
    parts=[x.strip() for x in re.split('[=,]',l)]
    reg.update(parts)
coll={'区直各部门（单位）','区直有关部门（单位）','各乡镇人民政府','各街道办事处','各乡镇（街道）','各村（社区）'}
lines=open('draft.txt',encoding='utf-8').read().split('\n')
cols={}  # header -> unit column indexes
cur=None
for i,l in enumerate(lines,1):
    cells=l.split('\t')
    if len(cells)>1:
        if cells[0] in('序号','完成时限'):
            cur=[k for k,h in enumerate(cells) if '单位' in h]; continue
        fields=[cells[k] for k in cur]
    else:
        cur=None
        fields=re.findall(r'(?:牵头单位|配合单位|责任单位)：([^；）]*(?:（单位）)?[^；）]*)',l)
    for f in fields:
        for u in re.split('[、，]',f):
            u=u.strip()
            if not u: continue
            ok=u in reg or u in coll
            if not ok:
                for pre in ('区委','区'):
                    if pre+u in reg: ok='dist:'+pre+u
            if ok is not True: print(i,u,ok)
