# Helper kept in the case folder: lists notes, splits units with prefix distribution,
# checks them against units.txt, and lists every year-like date in draft.txt.
import re
units={}
for l in open('units.txt',encoding='utf-8'):
    l=l.strip()
    if not l or l.startswith('#'): continue
    if '=' in l:
        a,b=l.split('=',1); a=a.strip()
        units[a]=a
        for x in b.split(','): units[x.strip()]=a
    else: units[l]=l
coll=re.compile(r'^(各|市直)')
lines=open('draft.txt',encoding='utf-8').read().split('\n')
for i,l in enumerate(lines,1):
    for m in re.finditer(r'[〔【]((?:责任单位|牵头单位)[^〕】]*)[〕】]',l):
        body=m.group(1)
        parts=re.split(r'[；。]',body)
        dl=[p for p in parts if p.startswith('完成时限')]
        us=[]
        for p in parts:
            if p.startswith(('责任单位','牵头单位','配合单位')):
                us.append(p.split('：',1)[1])
        bad=[]
        for grp in '，'.join(us).split('，'):
            items=grp.split('、'); prefix=''
            for k,it in enumerate(items):
                if coll.match(it): continue
                if k==0:
                    for pf in ('市委','市'):
                        if it.startswith(pf): prefix=pf; break
                    name=it
                else:
                    name=it if it in units else prefix+it
                if name not in units: bad.append(it)
        print(i, m.group(0)[0], dl, 'UNKNOWN:' if bad else '', bad if bad else '')
print('--- dates')
for i,l in enumerate(lines,1):
    for m in re.finditer(r'\d{4,5}年(\d{1,2}月)?(底|初)?',l):
        print(i,m.group(0),end='; ')
print()
print('--- non-BMP / unusual chars check, line count',len([x for x in lines if x!='' or True])-1)
