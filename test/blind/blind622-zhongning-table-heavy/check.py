#!/usr/bin/env python3
# Checks draft.txt against units.txt and key.json (writer's own consistency checks).
import json, re, os
HERE = os.path.dirname(os.path.abspath(__file__))
lines = open(os.path.join(HERE,'draft.txt'),encoding='utf-8').read().split('\n')[:-1]
key = json.load(open(os.path.join(HERE,'key.json'),encoding='utf-8'))
names=set()
for l in open(os.path.join(HERE,'units.txt'),encoding='utf-8'):
    l=l.strip()
    if not l or l.startswith('#'): continue
    a,_,b=l.partition('=')
    names.add(a.strip())
    for x in b.split(','):
        if x.strip(): names.add(x.strip())
COLL={'县直各部门（单位）','县直有关部门（单位）','各乡镇人民政府','各村（社区）','承担监管职责的县直有关部门（单位）'}
unknown=[]
for n,l in enumerate(lines,1):
    if '\t' not in l: continue
    f=l.split('\t')
    assert len(f)==7,(n,len(f))
    if n==19: continue
    for cell in (f[3],f[4]):
        for grp in re.split('[，,]',cell):
            prefix=None
            for u in [x for x in grp.split('、') if x]:
                if u in COLL or u in names:
                    m=re.match(r'^(县委|县|市|中宁)',u); prefix=m.group(1) if m else None; continue
                if prefix and prefix+u in names: continue
                unknown.append((n,u))
print('unknown units:',unknown)
# years/deadlines in key lines
for e in key['expect']+key['mustNotFlag']:
    l=lines[e['line']-1]
    t=e.get('text')
    if t and t not in l and not (t=='县直各部门（单位）、各乡镇人民政府'):
        print('TEXT NOT ON LINE',e)
for c in key['covers']:
    assert '\t' in lines[c['line']-1]
# compare completion years
RD={}
for ln in open('/work/shared/seeds/ningxia-2023-gazette-with-task-list.txt',encoding='utf-8'):
    p=ln.rstrip('\n').split('\t')
    if len(p)==4:
        m=re.match(r'\s*(\d+)\s*[\.．]',p[1])
        if m: RD[int(m.group(1))]=p[3]
def last(s):
    ys=re.findall(r'(20\d\d)\s*年(?:(\d+)月)?',s)
    if not ys: return None
    y,mo=ys[-1]; return (int(y), int(mo) if mo else 12)
for c in key['covers']:
    l=lines[c['line']-1].split('\t'); dl=l[5]; rd=RD[c['task']]
    a,b=last(dl),last(rd)
    flag='LATER' if (a and b and a>b) else ''
    print(l[0],c['task'],dl,'|',rd,flag)
print(len(lines),'lines')
