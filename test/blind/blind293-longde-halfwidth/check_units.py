# writer's helper: list every (责任单位:...;完成时限:...) note and check units against units.txt
import re
reg=set()
for l in open('units.txt',encoding='utf-8'):
    l=l.strip()
    if not l or l.startswith('#'): continue
    parts=[x.strip() for x in re.split('[=,]',l)]
    reg.update(parts)
coll=['县直各部门(单位)','县直有关部门(单位)','县直有关部门','各乡镇人民政府','各村(社区)','各乡镇','承担监管职责的县直有关部门(单位)']
lines=open('draft.txt',encoding='utf-8').read().split('\n')
for i,l in enumerate(lines,1):
    for m in re.finditer(r'\(责任单位:(.*?)(?:;完成时限:(.*?))?\)(?=$|。)',l):
        us,dl=m.group(1),m.group(2)
        t=us
        for w in ['牵头','配合','具体负责','分别负责','负责','统筹','按职责分工','按职责','等']:
            t=t.replace(w,'')
        items=[x for x in re.split('[,、]',t) if x]
        out=[]
        prefix=None
        for x in items:
            if x in coll: out.append((x,'COLL')); continue
            y=x
            if not (x.startswith('县') or x.startswith('隆德') or x.startswith('固原') or x.startswith('各') or x.startswith('承担')):
                y='县'+x
            out.append((x, 'ok' if y in reg else 'UNKNOWN:'+y))
        print(i,dl,out)
