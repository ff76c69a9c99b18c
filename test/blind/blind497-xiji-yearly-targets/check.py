# helper: list units named in the draft's inline notes and check them against units.txt
import re
reg=set()
for l in open('units.txt',encoding='utf-8'):
    l=l.strip()
    if not l or l.startswith('#'): continue
    parts=[x.strip() for x in re.split('[=,]',l)]
    reg.update(parts)
coll={'各乡镇人民政府','县直有关部门','县直各部门（单位）'}
for i,l in enumerate(open('draft.txt',encoding='utf-8'),1):
    for m in re.finditer(r'(牵头单位|责任单位|配合单位)：([^；）]*)',l):
        cell=m.group(2)
        cell=re.sub(r'(按职责分别负责|等有关部门)$','',cell)
        for grp in re.split('，',cell):
            items=grp.split('、')
            prefix=''
            for j,u in enumerate(items):
                u=u.strip()
                if j==0:
                    mm=re.match(r'^(县委|县)',u); prefix=mm.group(1) if mm else ''
                name=u
                if u not in reg and u not in coll and prefix and not u.startswith(('县','固原','西吉','国网','中国','各')):
                    name=prefix+u
                ok = name in reg or name in coll
                if not ok: print(i, repr(u), '->', name, 'UNKNOWN')
