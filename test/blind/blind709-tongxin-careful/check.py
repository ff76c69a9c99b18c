# Writer's helper: lists units in notes/table cells and every dated string, per line.
import re
reg=set()
for l in open('units.txt',encoding='utf-8'):
    l=l.strip()
    if not l or l.startswith('#'): continue
    for n in re.split(r'[=,，]',l): reg.add(n.strip())
COLL=re.compile(r'^(各乡镇人民政府|各乡镇|各村（社区）|县直各部门（单位）|县直有关部门（单位）|县直有关部门|县数字政府建设领导小组各成员单位)$')
L=open('draft.txt',encoding='utf-8').read().split('\n')
def units_of(cell):
    out=[]
    cell=re.sub(r'(主要牵头|牵头负责|牵头|具体负责|分别负责|负责|配合|参与)',',',cell)
    for grp in re.split(r'[，,；;及]',cell):
        prev=None
        for u in re.split(r'、',grp):
            u=u.strip()
            if not u: continue
            if COLL.match(u): out.append(u); continue
            if u in reg: out.append(u); prev=u; continue
            if prev and u not in reg:
                m=re.match(r'^(县委|县|吴忠市)',prev)
                if m and (m.group(1)+u) in reg: out.append(m.group(1)+u+'(<-'+u+')'); continue
            out.append('??'+u)
    return out
for i,l in enumerate(L,1):
    us=[]
    for m in re.finditer(r'（牵头单位：(.*?)(?:；完成时限：(.*?))?）$',l):
        us+=units_of(m.group(1).replace('配合单位：',''))
    c=l.split('\t')
    if len(c)==4 and i>125: us+=units_of(c[2])
    bad=[u for u in us if u.startswith('??')]
    dates=re.findall(r'(?:持续推进，|长期推进，)?\d{4}年[^，。；）\t]*',l)
    if bad or dates:
        print(i, 'BAD:'+' '.join(bad) if bad else '', '| DATES:', ' / '.join(dates))
