# helper: resolve units in 责任单位 notes against units.txt, list dated strings with line numbers
import re
canon={}
for l in open('units.txt',encoding='utf-8'):
    l=l.strip()
    if not l or l.startswith('#'): continue
    parts=[x.strip() for x in l.split('=')]
    names=[parts[0]]+([x.strip() for x in parts[1].split(',')] if len(parts)>1 else [])
    for n in names: canon[n]=parts[0]
L=open('draft.txt',encoding='utf-8').read().split('\n')
if L[-1]=='': L=L[:-1]
print('lines',len(L))
for i,l in enumerate(L,1):
    for m in re.finditer(r'（责任单位：(.*?)。完成时限：(.*?)）',l):
        units,dl=m.group(1),m.group(2)
        res=[]
        for grp in units.split('，'):
            prefix=None
            for u in grp.split('、'):
                u=u.strip()
                if u.endswith('等'): u=u[:-1]
                if u.startswith('各'): res.append((u,'COLLECTIVE')); continue
                if u in canon: 
                    res.append((u,canon[u]))
                    for p in ('县委','县'):
                        if u.startswith(p): prefix=p; break
                    continue
                if prefix and prefix+u in canon: res.append((u,canon[prefix+u])); continue
                res.append((u,'UNKNOWN'))
        print(i,dl,' | '.join(f'{a}->{b}' for a,b in res))
print('--- dates')
for i,l in enumerate(L,1):
    for m in re.finditer(r'\d{4}年[^，。；）]{0,8}',l):
        print(i,m.group(0))
for w in ['数字生态','数据要素','数据交易','产权','生态圈','开放生态','国发','桂政发','浦政办发','鏁','灵山']:
    print(w,[i for i,l in enumerate(L,1) if w in l])
