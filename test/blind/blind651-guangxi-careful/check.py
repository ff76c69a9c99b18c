# helper: check units in draft.txt against units.txt (writer's own check, not the checker)
import re
names=set()
for l in open('units.txt',encoding='utf-8'):
    l=l.strip()
    if not l or l.startswith('#'): continue
    a,_,b=l.partition('=')
    names.add(a.strip())
    for x in b.split(','):
        if x.strip(): names.add(x.strip())
def units(cell):
    out=[]
    for grp in re.split('[，；]',cell):
        pre=None
        for u in grp.split('、'):
            u=u.strip()
            if not u: continue
            if u.startswith('各') or u.startswith('市直'):
                out.append(('COLL',u)); continue
            if u.startswith("市场"): u="市"+u
            elif u.startswith("市"): pre="市"
            elif not (u.startswith('南宁') or u.startswith('横州') or u.startswith('中国')) and pre:
                u=pre+u
            out.append(('OK' if u in names else 'UNKNOWN',u))
    return out
lines=open('draft.txt',encoding='utf-8').read().split('\n')
for n,l in enumerate(lines,1):
    for m in re.finditer(r'（牵头单位：(.*?)；配合单位：(.*?)；完成时限：(.*?)）',l):
        for k,u in units(m.group(1))+units(m.group(2)):
            if k!='OK': print(n,k,u)
        print(n,'DATE',m.group(3))
    c=l.split('\t')
    if len(c)==6 and c[0].isdigit():
        for k,u in units(c[3])+units(c[4]):
            if k!='OK': print(n,k,u)
        print(n,'TDATE',c[0],c[5])
