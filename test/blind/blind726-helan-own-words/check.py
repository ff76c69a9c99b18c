# helper kept by the blind writer: checks units and lists deadlines in draft.txt
import re
names=set()
for l in open('units.txt',encoding='utf-8'):
    l=l.strip()
    if not l or l.startswith('#'): continue
    parts=[x.strip() for x in re.split('[=,]',l)]
    names.update(p for p in parts if p)
lines=open('draft.txt',encoding='utf-8').read().split('\n')
if lines[-1]=='': lines=lines[:-1]
def units_of(cell,ln):
    for item in re.split('[，,；]',cell):
        prefix=None
        for u in item.split('、'):
            u=u.strip()
            if not u: continue
            if u.startswith('各') or u.startswith('县直'): print(ln,'COLLECTIVE',u); continue
            if u in names:
                m=re.match('^(县委|县)',u); prefix='县' if u.startswith('县') and not u.startswith('县委') else prefix
                continue
            if prefix and prefix+u in names: print(ln,'DISTRIB',u,'->',prefix+u); continue
            print(ln,'UNKNOWN',u)
for i,l in enumerate(lines,1):
    for m in re.finditer('（责任单位：([^；）]*)',l): units_of(m.group(1),i)
    if '\t' in l and not l.startswith('序号'):
        units_of(l.split('\t')[2],i)
for i,l in enumerate(lines,1):
    ds=re.findall(r'完成时限：([^）]*)',l)
    if '\t' in l: ds.append(l.split('\t')[-1])
    if ds: print(i,'DEADLINE',ds)
