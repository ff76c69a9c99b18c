# helper: list 责任单位 lines and resolve units against units.txt (writer's own check)
import re
lines=open('draft.txt',encoding='utf-8').read().split('\n')
if lines[-1]=='': lines=lines[:-1]
print('lines',len(lines))
reg={}
for l in open('units.txt',encoding='utf-8'):
    l=l.strip()
    if not l or l.startswith('#'): continue
    parts=[p.strip() for p in l.split('=')]
    reg[parts[0]]=parts[0]
    if len(parts)>1:
        for a in parts[1].split(','): reg[a.strip()]=parts[0]
for i,l in enumerate(lines,1):
    m=re.match(r'(责任单位|配合单位)：(.*)',l)
    if not m: continue
    cell=m.group(2)
    cell=re.sub(r'(牵头|配合|按职责分别负责|具体负责)','',cell)
    prefix=None; out=[]
    for grp in re.split('，',cell):
        for j,u in enumerate(grp.split('、')):
            u=u.strip()
            if not u: continue
            if u.startswith('各'): out.append((u,'collective')); continue
            if u in reg: out.append((u,reg[u])); prefix='区' if u.startswith('区') else None; continue
            if prefix and prefix+u in reg: out.append((u,reg[prefix+u]+' (prefix)')); continue
            out.append((u,'UNKNOWN'))
    print(i,out)
