# helper: list every unit named in the inline notes and whether units.txt knows it
import re
names=set()
for l in open('units.txt',encoding='utf-8'):
    l=l.strip()
    if not l or l.startswith('#'): continue
    for n in re.split(r'\s*[=,，]\s*',l): names.add(n)
for i,l in enumerate(open('draft.txt',encoding='utf-8'),1):
    m=re.search(r'（(牵头单位：.*?)）$',l.strip())
    if not m: continue
    body=m.group(1).replace('各县（市、区）','各县@市#区@')
    for part in body.split('；'):
        if part.startswith('完成时限'): print(i,'DEADLINE',part); continue
        role,_,lst=part.partition('：')
        for u in re.split(r'[、，]',lst):
            u=u.strip().replace('各县@市#区@','各县（市、区）')
            full=u
            if not u.startswith(('市','各','来宾','自治区')) and not u.endswith('人民政府'):
                full='市'+u
            known=full in names or full.startswith('各') or full.startswith('市直')
            print(i,role,u,'->',full,'' if known else '  <<< UNKNOWN')
