# Helper: list every city-column unit and whether units.txt knows it (prefix 市 distributes over a list).
import re
names = set()
for l in open('units.txt', encoding='utf-8'):
    l = l.strip()
    if not l or l.startswith('#'): continue
    parts = [p.strip() for p in re.split('[=,]', l)]
    names.update(parts)
coll = {'市直各部门（单位）', '各县（区）人民政府', '市直有关部门'}
for n, line in enumerate(open('draft.txt', encoding='utf-8'), 1):
    c = line.rstrip('\n').split('\t')
    if len(c) != 6 or not c[0].isdigit(): continue
    cell = c[4]
    cell = re.sub(r'(牵头负责|具体负责|分别负责|按职责分别负责|按职能分别负责|牵头|负责|配合|参与)', '，', cell)
    for grp in re.split('[，,]', cell):
        grp = grp.strip()
        if not grp: continue
        prefix = None
        for u in re.split('[、及]', grp):
            u = u.strip()
            if not u: continue
            if u in coll or u in names:
                if u.startswith('市'): prefix = '市'
                print(n, 'OK ', u); continue
            if prefix and (prefix + u) in names:
                print(n, 'OK*', prefix + u, '(', u, ')'); continue
            print(n, '?? ', u)
