import re,sys
lines=open('/work/shared/seeds/ningxia-2023-gazette-with-task-list.txt',encoding='utf-8').read().split('\n')[311:472]
tasks={}
cur=None
for l in lines:
    if not l.strip() or l.startswith('主要任务'): continue
    cells=l.split('\t')
    m=None
    for i,c in enumerate(cells):
        mm=re.match(r'\s*(\d+)\s*[\.．]\s*',c)
        if mm and i<=1:
            m=(i,int(mm.group(1)));break
    if m:
        i,n=m
        cur=n
        tasks[n]={'group':cells[0],'cells':cells[i:]}
    elif cur:
        tasks[cur]['cells'].append('|CONT|'+l)
for n in sorted(tasks):
    c=tasks[n]['cells']
    print(n,' || '.join(c)[:700])
    print()
