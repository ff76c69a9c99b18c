# Helper kept with the case: lists responsible-unit names in draft.txt / county.txt
# that are not in units.txt (after the usual 县/镇 prefix distribution).
import re
names=set()
for l in open('units.txt',encoding='utf-8'):
    l=l.strip()
    if not l or l.startswith('#'): continue
    a,_,b=l.partition('=')
    names.add(a.strip())
    for x in b.split(','):
        if x.strip(): names.add(x.strip())
def collective(x): return x.startswith('各') or x.startswith('县直') or x.startswith('镇属')
def check(fn, pat):
    for i,l in enumerate(open(fn,encoding='utf-8'),1):
        for m in re.finditer(pat,l):
            cell=m.group(1)
            cell=re.sub(r'(牵头|具体负责|按职责分别负责|分别负责|配合|负责)','、',cell)
            prefix=None
            for x in re.split(r'[、，,]',cell):
                x=x.strip()
                if not x: continue
                if collective(x): continue
                if x in names:
                    prefix=x[0] if x[0] in '县镇' else None; continue
                if prefix and prefix+x in names: continue
                print(fn,i,'UNKNOWN',x)
check('draft.txt',r'(?:牵头单位|配合单位|指导单位)：([^；）]+)')
check('county.txt',r'责任单位：([^；]+)')
# table column 4
for i,l in enumerate(open('draft.txt',encoding='utf-8'),1):
    c=l.rstrip('\n').split('\t')
    if len(c)==4 and i>1 and c[3]!='责任单位':
        for x in re.split('、',c[3]):
            if not collective(x) and x not in names: print('draft.txt',i,'UNKNOWN(table)',x)
