# Verifies key.json against draft.txt: every text is on its (1-based) line; units are/aren't in units.txt.
import json, re
lines = open('draft.txt', encoding='utf-8').read().split('\n')
key = json.load(open('key.json', encoding='utf-8'))
names = set()
for l in open('units.txt', encoding='utf-8'):
    l = l.strip()
    if not l or l.startswith('#'): continue
    canon, _, al = l.partition('=')
    names.add(canon.strip())
    names.update(a.strip() for a in al.split(',') if a.strip())
ok = True
for sec in ('expect', 'mustNotFlag'):
    for e in key[sec]:
        if e['line'] == 0: continue
        t = e.get('text')
        line = lines[e['line'] - 1]
        if t and t not in line:
            ok = False; print('MISSING', sec, e['line'], t)
for e in key['expect']:
    if e['rule'] == 'unknown-unit':
        assert e['text'] not in names, e
print('lines in draft:', len([l for l in lines if l != '' or True]) - (1 if lines[-1] == '' else 0))
print('expect', len(key['expect']), 'mustNotFlag', len(key['mustNotFlag']), 'covers', len(key['covers']))
# every 完成时限 in the plan
for i, l in enumerate(lines, 1):
    for m in re.finditer(r'完成时限：([^）]*)）', l):
        print(i, m.group(1))
# unit cells: split and check against registry
coll = ('各乡镇人民政府', '区直各部门（单位）', '各村（社区）')
for i, l in enumerate(lines, 1):
    for m in re.finditer(r'责任单位：(.*?)；完成时限', l):
        cell = re.sub(r'(牵头|具体负责|分别负责|负责|配合|按职责)', '、', m.group(1))
        for u in re.split(r'[、，,]', cell):
            u = u.strip()
            if not u or u in coll: continue
            if u.endswith('等有关部门'): u = u[:-5]
            if u not in names: print('NOT IN REGISTRY', i, u)
print('OK' if ok else 'FAIL')
