# helper: compare the draft's task table with the seed task list and units.txt
import re
seed=open('/work/shared/seeds/ningxia-2023-gazette-with-task-list.txt',encoding='utf-8').read().split('\n')
tasks={}
for l in seed:
    p=l.split('\t')
    if len(p)==4:
        m=re.match(r'\s*(\d+)\s*[.．]',p[1])
        if m: tasks[int(m.group(1))]=(p[1][:30],p[2],p[3])
names=set()
for l in open('units.txt',encoding='utf-8'):
    l=l.strip()
    if not l or l.startswith('#'): continue
    a,_,b=l.partition('=')
    names.add(a.strip()); [names.add(x.strip()) for x in b.split(',') if x.strip()]
for n,l in enumerate(open('draft.txt',encoding='utf-8'),1):
    p=l.rstrip('\n').split('\t')
    if len(p)!=7 or p[0]=='序号': continue
    refs=[int(x) for x in re.findall(r'\d+',p[1])]
    reg=' / '.join(tasks[r][2] for r in refs)
    print(f'{n:3} {p[1]:6} {p[6]:22} | region: {reg}')
    for cell in (p[4],p[5]):
        for u in re.split('[、，]',cell):
            if u and u not in names and not u.startswith('各') and not u.startswith('市直'):
                print('    unit?',u)
