# Lists every responsible-unit name in the two tables and whether units.txt knows it.
import re
names=set()
for line in open('units.txt',encoding='utf-8'):
    line=line.strip()
    if not line or line.startswith('#'): continue
    if '=' in line:
        a,b=line.split('=',1); names.add(a.strip()); names.update(x.strip() for x in b.split(','))
    else: names.add(line)
lines=open('draft.txt',encoding='utf-8').read().split('\n')
roles=r'(牵头负责|具体负责|分别负责|按职责分别负责|牵头|负责|配合)$'
for i,l in enumerate(lines,1):
    if '\t' not in l: continue
    c=l.split('\t')
    cell = c[2] if len(c)==4 else (c[5] if len(c)==6 else None)
    if cell in ('责任单位',None): continue
    for part in re.split('[，,]',cell):
        part=re.sub(roles,'',part); part=re.sub(r'(按职责分别|按职责)$','',part)
        prefix=None
        for j,u in enumerate(part.split('、')):
            u=u.strip()
            if j==0 and u.startswith('区'): prefix='区'
            elif prefix and not u.startswith(('区','各','利通','自然','生态','金积')): u=prefix+u
            ok = u in names or u.startswith('各') or u.startswith('区直')
            if not ok: print(i,'UNKNOWN',u)
print('done')
