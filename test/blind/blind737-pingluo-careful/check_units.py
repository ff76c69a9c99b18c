#!/usr/bin/env python3
# Self-check: every unit named in a 牵头/配合 note or a table unit cell is in units.txt,
# a collective, or a deliberately planted unknown. Prints line numbers of all units found.
import re, os
HERE = os.path.dirname(os.path.abspath(__file__))
names = set()
for ln in open(os.path.join(HERE, "units.txt"), encoding="utf-8"):
    ln = ln.strip()
    if not ln or ln.startswith("#"): continue
    parts = ln.split("=")
    names.add(parts[0].strip())
    if len(parts) > 1:
        for a in parts[1].split(","): names.add(a.strip())
collective = re.compile(r"^(县直各部门（单位）|县直有关部门|各乡镇人民政府|各村（社区）|承担监管职责的县直有关部门|县直各部门（单位）、各乡镇人民政府分别负责|—)$")
lines = open(os.path.join(HERE, "draft.txt"), encoding="utf-8").read().split("\n")
def split_units(cell):
    cell = re.sub(r"(按职责分别牵头|等承担监管职责的县直有关部门)$", "", cell)
    out = []
    for grp in re.split(r"[，,]", cell):
        items = grp.split("、")
        prefix = None
        for i, it in enumerate(items):
            it = it.strip()
            if not it: continue
            if i == 0:
                m = re.match(r"^(县委|县)", it); prefix = m.group(1) if m else None
            elif prefix and not it.startswith(("县", "各", "石嘴山", "平罗", "中国", "承担")):
                it = prefix + it
            out.append(it)
    return out
for n, l in enumerate(lines, 1):
    cells = []
    m = re.match(r"^（牵头单位：(.*?)；配合单位：(.*?)）$", l)
    if m: cells = [m.group(1), m.group(2)]
    elif "\t" in l and not l.startswith("序号"):
        c = l.split("\t"); cells = [c[2], c[3]]
    for cell in cells:
        for u in split_units(cell):
            if u in names or collective.match(u): continue
            print(n, "NOT IN REGISTRY:", u)
