# writer's own sanity check: every responsible unit named in draft.txt is in units.txt or a collective
import re
names=set()
for ln in open('units.txt',encoding='utf-8'):
    ln=ln.strip()
    if not ln or ln.startswith('#'): continue
    a,_,b=ln.partition('=')
    names.add(a.strip()); [names.add(x.strip()) for x in b.split(',') if x.strip()]
lines=open('draft.txt',encoding='utf-8').read().split('\n')
cells=[]
for i,l in enumerate(lines,1):
    for m in re.finditer(r'【(?:牵头单位|配合单位|责任单位)】([^【]*)',l): cells.append((i,m.group(1)))
    for m in re.finditer(r'（牵头单位：([^；]*)；',l): cells.append((i,m.group(1)))
    parts=l.split('\t')
    if len(parts)==4 and re.match(r'\d+\. ',parts[1]): cells.append((i,parts[2]))
roles=r'(牵头负责|具体负责|分别负责|按照职能分别负责|牵头|负责|配合|参与|统筹|等有关部门（单位）|等有关部门|等)$'
for i,c in cells:
    c=c.strip('；。 ')
    for seg in re.split(r'[，；]',c):
        for u in re.split(r'、|及|和(?=县|各)',seg):
            u=u.strip()
            for _ in range(3): u=re.sub(roles,'',u).strip()
            if not u: continue
            ok = u in names or u.startswith('各') or u.startswith('承担') or u.startswith('县直') or ('县'+u) in names
            if not ok: print(i,repr(u))
print('checked',len(cells))
