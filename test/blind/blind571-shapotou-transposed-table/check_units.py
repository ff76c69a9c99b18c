#!/usr/bin/env python3
# Writer's helper: lists every unit named in the 牵头单位/配合单位 rows that is neither in units.txt nor a collective.
import os, re
HERE = os.path.dirname(os.path.abspath(__file__))
names = set()
for ln in open(os.path.join(HERE, 'units.txt'), encoding='utf-8'):
    ln = ln.strip()
    if not ln or ln.startswith('#'): continue
    canon, _, al = ln.partition('=')
    names.add(canon.strip())
    for a in al.split(','):
        if a.strip(): names.add(a.strip())
collective = re.compile(r'^(各|区直|承担监管职责的)')
for i, ln in enumerate(open(os.path.join(HERE, 'draft.txt'), encoding='utf-8'), 1):
    cells = ln.rstrip('\n').split('\t')
    if cells[0] not in ('牵头单位', '配合单位'): continue
    for c in cells[1:]:
        for u in re.split('[、，,]', c):
            if u in names or collective.match(u) or u == '同上': continue
            if u in ('宣传部',) and '区委宣传部' in names: print(i, u, '(prefix distributes: 区委宣传部)'); continue
            print(i, 'UNKNOWN', u)
