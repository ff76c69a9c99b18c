# helper: list responsible-unit cells and deadlines, check units against units.txt (writer's own sanity check)
import re
reg={}
for l in open('units.txt',encoding='utf-8'):
    l=l.strip()
    if not l or l.startswith('#'): continue
    name,_,al=l.partition('=')
    name=name.strip(); reg[name]=name
    for a in al.split(','):
        a=a.strip()
        if a: reg[a]=name
coll=['县直各部门（单位）','各乡镇人民政府','各村（社区）','县直有关部门']
L=open('draft.txt',encoding='utf-8').read().split('\n')
for n,l in enumerate(L,1):
    for m in re.finditer(r'（责任单位：(.*?)；完成时限：(.*?)）',l):
        units=re.split('[，、]',m.group(1)); out=[]; prefix=''
        for u in units:
            if u in coll: out.append(u+'[collective]'); continue
            if u in reg: out.append(u); prefix=('县委' if u.startswith('县委') else '县' if u.startswith('县') else ''); continue
            if prefix and prefix+u in reg: out.append(u+'->'+prefix+u); continue
            out.append(u+'  <<UNKNOWN>>')
        print(n, '|', ' ; '.join(out), '|', m.group(2))
