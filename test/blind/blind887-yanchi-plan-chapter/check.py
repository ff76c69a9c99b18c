# helper kept in the case folder: checks units in notes and lists deadlines with line numbers
import re
names=set()
for l in open('units.txt',encoding='utf-8'):
    l=l.strip()
    if not l or l.startswith('#'): continue
    parts=[p.strip() for p in re.split('[=,]',l)]
    names.update(parts)
L=open('draft.txt',encoding='utf-8').read().split('\n')
for i,l in enumerate(L,1):
    for m in re.finditer(r'（(牵头单位：[^）]*?(?:（单位）[^）]*?)*)）$',l):
        note=m.group(1)
        for seg in note.split('；'):
            k,_,v=seg.partition('：')
            if k=='完成时限':
                print(i,'DEADLINE',v); continue
            v=re.sub('按职责分别负责|分别负责','',v)
            prefix=''
            for u in re.split('[、，,]',v):
                u=u.strip()
                if not u: continue
                if u.startswith('各'):
                    print(i,'COLLECTIVE',u); continue
                m2=re.match('(县委|县)',u)
                if m2: prefix=m2.group(1)
                cand=u if (u in names) else prefix+u
                ok = u in names or cand in names
                print(i,'UNIT' if ok else 'UNKNOWN', u, '' if u in names else '->'+cand)
