# helper: list every unit named in a responsibility note and whether units.txt knows it
import re
names=set()
for l in open('units.txt',encoding='utf-8'):
    l=l.strip()
    if not l or l.startswith('#'): continue
    a,_,b=l.partition('=')
    names.add(a.strip()); names.update(x.strip() for x in b.split(',') if x.strip())
for i,l in enumerate(open('draft.txt',encoding='utf-8'),1):
    for m in re.finditer(r'(牵头单位|责任单位)：([^；）]*(?:（单位）[^；）]*)?)',l):
        for u in re.split('、',m.group(2)):
            u=u.strip()
            ok = u in names or u.startswith('各') or u.startswith('县直')
            print(i, m.group(1), u, '' if ok else '<<< UNKNOWN')
