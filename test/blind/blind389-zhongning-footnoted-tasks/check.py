# helper kept in the case folder: sanity checks of draft.txt against units.txt and the seed task list
import re
reg=set()
for l in open('units.txt',encoding='utf-8'):
    l=l.strip()
    if not l or l.startswith('#'): continue
    parts=[p.strip() for p in re.split(r'[=,]',l)]
    reg.update(parts)
coll={'县直各部门（单位）','各乡镇人民政府','各村（社区）','县直有关部门'}
# seed deadlines
dl={}
for l in open('/work/shared/seeds/ningxia-2023-gazette-with-task-list.txt',encoding='utf-8'):
    c=l.rstrip('\n').split('\t')
    if len(c)==4:
        m=re.match(r'\s*(\d+)\s*[.．]',c[1])
        if m: dl[int(m.group(1))]=(c[3].strip(),c[2].strip())
print('tasks parsed',len(dl))
lines=open('draft.txt',encoding='utf-8').read().split('\n')
for i,l in enumerate(lines,1):
    m=re.search(r'[（〔](?:对应|落实)[^）〕]*?第([\d、]+)项[）〕]',l)
    tasks=[int(x) for x in m.group(1).split('、')] if m else []
    k0=l.rfind('（牵头单位：')
    if k0>=0 and l.endswith('）'):
        body=l[k0+len('（牵头单位：'):-1]
        fields=dict(x.split('：',1) for x in ('牵头单位：'+body).split('；'))
        for k in ('牵头单位','责任单位'):
            if k not in fields: continue
            for grp in fields[k].split('，'):
                prefix=None
                for u in grp.split('、'):
                    name=u
                    if u not in reg and u not in coll and prefix and (prefix+u) in reg: name=prefix+u
                    if name not in reg and name not in coll: print('UNIT?',i,k,u)
                    if u.startswith('县') and u not in coll: prefix='县'
        t=fields.get('完成时限')
        if tasks: print(i,tasks,'->',t,'|',' ; '.join(f'{x}:{dl[x][0]}' for x in tasks))
    elif tasks:
        print(i,tasks,'(no note)','|',' ; '.join(f'{x}:{dl[x][0]}' for x in tasks))
