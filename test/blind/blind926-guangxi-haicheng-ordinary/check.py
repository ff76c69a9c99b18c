# helper kept by the blind writer: lists responsibility notes, distributes the 区 prefix,
# checks names against units.txt, and prints every dated string with its line.
import re
reg=set()
for l in open('units.txt',encoding='utf-8'):
    l=l.strip()
    if not l or l.startswith('#'): continue
    parts=[p.strip() for p in re.split(r'[=,]',l)]
    reg.update(parts)
L=open('draft.txt',encoding='utf-8').read().split('\n')[:-1]
print('lines',len(L))
for i,l in enumerate(L,1):
    for m in re.finditer(r'（责任单位：(.*?)；完成时限：(.*?)）',l):
        units,dl=m.group(1),m.group(2)
        bad=[]
        for grp in re.split(r'，(?![^（]*）)',units):
            items=grp.split('、')
            pre=''
            for j,u in enumerate(items):
                if u.startswith('各'): continue
                if j==0:
                    pre='区' if u.startswith('区') and not u.startswith('区委') and not u.startswith('区人民') else ''
                    name=u
                else:
                    name=u if (u.startswith('区') or u.startswith('北海') or u.startswith('国家') or u.startswith('涠洲')) else pre+u
                if name not in reg: bad.append(name)
        print(i,'|',dl,'| BAD:',bad)
print('--- dates')
for i,l in enumerate(L,1):
    for m in re.finditer(r'\d{4,5}\s*年(\d{1,2}月)?(\d{1,2}日)?(底|前|底前)?',l):
        print(i,m.group(0))
