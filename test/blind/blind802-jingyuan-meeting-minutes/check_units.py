# helper: list responsible units in draft.txt notes that are not in units.txt
import re
names=set()
for l in open('units.txt',encoding='utf-8'):
    l=l.strip()
    if not l or l.startswith('#'): continue
    parts=[x.strip() for x in re.split('[=,]',l)]
    names.update(p for p in parts if p)
collective=re.compile(r'^(各|县直)')
for i,l in enumerate(open('draft.txt',encoding='utf-8'),1):
    for note in re.findall(r'（((?:牵头单位|责任单位)[^）]*(?:）[^）]*)*?)）$',l.strip()):
        for seg in re.split('[；]',note):
            if '完成时限' in seg: continue
            seg=re.sub(r'^(牵头单位|配合单位|具体负责|责任单位)：','',seg)
            for u in re.split('[、，]',seg):
                u=re.sub(r'(牵头|配合)$','',u).strip()
                if not u: continue
                if collective.match(u): continue
                ok = u in names or ('县'+u) in names
                if not ok: print(i,u)
