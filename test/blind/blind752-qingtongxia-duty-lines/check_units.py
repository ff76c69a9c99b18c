# Self-check: every unit named in a 责任单位 line must be in units.txt
# (canonical or short name), after distributing the 市/市委 prefix; collectives (各…/市直…) are skipped.
import re
reg=set()
for l in open('units.txt',encoding='utf-8'):
    l=l.split('#')[0].strip()
    if not l: continue
    a,_,b=l.partition('=')
    reg.add(a.strip())
    for x in b.split(','):
        if x.strip(): reg.add(x.strip())
roles=r'(牵头|具体负责|分别负责|负责|配合)$'
for n,l in enumerate(open('draft.txt',encoding='utf-8'),1):
    l=l.rstrip('\n')
    if not l.startswith('责任单位：'): continue
    body=l[len('责任单位：'):]
    for grp in re.split('，',body):
        grp=re.sub(roles,'',grp)
        prefix=None
        for u in grp.split('、'):
            u=re.sub(roles,'',u.strip())
            if not u: continue
            if u.startswith('各') or u.startswith('市直'):
                print(n,'collective',u); continue
            m=re.match(r'^(市委|市)',u)
            if m and prefix is None: prefix=m.group(1)
            cand=u if (u in reg or u.startswith('市') or u.startswith('青铜峡') or u.startswith('吴忠') or u.startswith('裕民')) else (prefix or '')+u
            ok=cand in reg
            print(n,'OK ' if ok else 'UNKNOWN',cand)
