# helper: list dates and responsible-unit mentions in draft.txt with line numbers
import re
L=open('draft.txt',encoding='utf-8').read().split('\n')
reg=set()
for l in open('units.txt',encoding='utf-8'):
    l=l.strip()
    if not l or l.startswith('#'): continue
    parts=[x.strip() for x in re.split('[=,]',l)]
    reg.update(parts)
coll=re.compile(r'^(各|区直|区政府各)')
def units(cell):
    cell=re.sub(r'(牵头|配合|具体负责|按职责分别负责|分别负责|负责|等有关部门（单位）|等)$','',cell)
    out=[]
    for grp in re.split('[，；]',cell):
        prev=None
        for u in grp.split('、'):
            u=re.sub(r'(牵头|配合|具体负责|按职责分别负责|分别负责|负责)$','',u.strip())
            u=re.sub(r'等有关部门（单位）$','',u)
            if not u: continue
            if coll.match(u): out.append(('coll',u)); continue
            if prev and not u.startswith(('区','自治区','石嘴山','星海','大武口','国家')):
                u2='区'+u if prev.startswith('区') else u
                out.append(('dist',u2)); continue
            out.append(('unit',u)); prev=u
    return out
for i,l in enumerate(L,1):
    for m in re.finditer(r'\d{4,5}年[^，。；）\t]{0,8}',l):
        print('DATE',i,m.group())
    cells=[]
    for m in re.finditer(r'(牵头单位|配合单位)：([^；）]*)',l): cells.append(m.group(2))
    if '\t' in l:
        c=l.split('\t')
        if len(c)==4 and c[0]!='主要任务': cells.append(c[2])
    for c in cells:
        for k,u in units(c):
            flag='' if (k=='coll' or u in reg) else '   <-- NOT IN REGISTRY'
            if k!='coll' and flag: print('UNIT',i,k,u,flag)
