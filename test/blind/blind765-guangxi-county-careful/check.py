#!/usr/bin/python3
# Writer's own consistency check: every responsible unit in draft.txt (inline notes and
# table columns) after prefix distribution, looked up in units.txt; lists every date.
import os, re

here = os.path.dirname(os.path.abspath(__file__))
lines = open(os.path.join(here, "draft.txt"), encoding="utf-8").read().split("\n")
if lines and lines[-1] == "":
    lines.pop()

names = {}
for l in open(os.path.join(here, "units.txt"), encoding="utf-8"):
    l = l.strip()
    if not l or l.startswith("#"):
        continue
    canon, _, al = l.partition("=")
    canon = canon.strip()
    names[canon] = canon
    for a in al.split(","):
        a = a.strip()
        if a:
            names[a] = canon
COLLECTIVE = re.compile(r"^(各|县直)")
PREFIXES = ["县委", "县", "自治区", "百色市"]


def units_of(cell):
    out = []
    for grp in re.split(r"[，,]", cell):
        grp = grp.strip()
        if not grp or grp in ("—",):
            continue
        items = grp.split("、")
        pre = None
        for i, it in enumerate(items):
            it = it.strip()
            if i == 0:
                pre = next((p for p in PREFIXES if it.startswith(p)), None)
                out.append(it)
            else:
                if COLLECTIVE.match(it) or any(it.startswith(p) for p in PREFIXES) or it in names:
                    out.append(it)
                elif pre:
                    out.append(pre + it)
                else:
                    out.append(it)
    return out


found = []
for n, l in enumerate(lines, 1):
    cells = []
    for m in re.finditer(r"(牵头单位|配合单位)：([^；）]*)", l):
        cells.append(m.group(2))
    if "\t" in l:
        c = l.split("\t")
        if len(c) == 6 and c[0].isdigit():
            cells += [c[3], c[4]]
    for cell in cells:
        for u in units_of(cell):
            ok = u in names or COLLECTIVE.match(u)
            found.append((n, u, "ok" if ok else "NOT IN REGISTRY"))

for n, u, st in found:
    if st != "ok":
        print(n, u, st)
print(len(found), "unit mentions;", len({u for _, u, _ in found}), "distinct")
print("distinct:", sorted({u for _, u, _ in found}))

print("--- dates")
for n, l in enumerate(lines, 1):
    for m in re.finditer(r"(\d{4})年(\d{1,2}月)?(底|\d{1,2}日)?", l):
        print(n, m.group(0), "|", l[max(0, m.start() - 12):m.end() + 8].replace("\t", " | "))
