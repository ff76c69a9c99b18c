# helper kept by the blind writer: checks units and prints dated lines; reads only draft.txt, units.txt, key.json
import re, json, sys
reg=set()
for l in open('units.txt',encoding='utf-8'):
    l=l.strip()
    if not l or l.startswith('#'): continue
    parts=[x.strip() for x in re.split(r'[=,]',l)]
    reg.update(parts)
coll=lambda u: u.startswith('各') or u.startswith('承担监管职责') or u.startswith('市直')
lines=open('draft.txt',encoding='utf-8').read().split('\n')
def split_units(cell):
    out=[]
    for grp in re.split(r'[，,；]',cell):
        grp=grp.strip()
        if not grp: continue
        if coll(grp): out.append(grp); continue
        items=re.split(r'、(?![^（]*）)',grp)
        pref=None
        for it in items:
            it=re.sub(r'(分别负责|按照职能分别负责|等有关部门)$','',it.strip())
            if coll(it): out.append(it); continue
            if it.startswith('市') or it.startswith('石嘴山') or it.endswith('人民政府') or it.startswith('高新区'):
                pref='市' if it.startswith('市') else None
                out.append(it)
            else:
                out.append((pref or '')+it)
    return out
bad=[]
for i,l in enumerate(lines,1):
    cells=[]
    for m in re.finditer(r'（(牵头单位|责任单位)：(.*?)）$',l):
        for seg in m.group(0)[1:-1].split('；'):
            k,_,v=seg.partition('：'); cells.append(v)
    if '\t' in l and not l.startswith('序号'):
        c=l.split('\t'); cells+= [c[2],c[3]]
    for c in cells:
        for u in split_units(c):
            if not coll(u) and u not in reg: bad.append((i,u))
print('units not in registry:',bad)
if len(sys.argv)>1:
    k=json.load(open('key.json',encoding='utf-8'))
    for sect in ('expect','mustNotFlag','covers'):
        for e in k[sect]:
            ln=e['line']; t=e.get('text')
            if ln and t and t not in lines[ln-1]: print('MISMATCH',sect,ln,t)
    print(len(k['expect']),len(k['mustNotFlag']),len(k['covers']))
