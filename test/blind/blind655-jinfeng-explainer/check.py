# helper kept in the case folder: lists table rows, units not in units.txt, and all dated strings with line numbers
import re
names=set()
for l in open('units.txt',encoding='utf-8'):
    l=l.strip()
    if not l or l.startswith('#'): continue
    a,_,b=l.partition('=')
    names.add(a.strip())
    for x in b.split(','):
        if x.strip(): names.add(x.strip())
L=open('draft.txt',encoding='utf-8').read().split('\n')[:-1]
coll=re.compile(r'^各|^区直')
for i,l in enumerate(L,1):
    if '\t' in l:
        c=l.split('\t')
        if len(c)!=4: print('BAD',i,len(c))
        if i==L.index('主要任务\t重点内容\t责任单位\t完成时限')+1: continue
        u=c[2]
        parts=re.split(r'[，、,]',u)
        for p in parts:
            p=re.sub(r'(牵头负责|牵头|具体负责|分别负责|按职责分别负责|按职能分别负责|配合|负责|参与)$','',p).strip()
            if not p: continue
            ok = p in names or coll.search(p) or ('区'+p) in names
            if not ok: print('UNIT?',i,p)
        print(i,c[1][:4],'|',c[3])
for i,l in enumerate(L,1):
    for m in re.finditer(r'\d{4}\s?年[^，；。、\t]{0,8}',l):
        print('DATE',i,m.group())
