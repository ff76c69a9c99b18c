#!/usr/bin/python3
# Writer's helper: lists every responsible unit in the draft and checks it against units.txt,
# and prints the line numbers of strings used in key.json.
import re, json, sys
reg = {}
for ln in open("units.txt", encoding="utf-8"):
    ln = ln.strip()
    if not ln or ln.startswith("#"): continue
    if "=" in ln:
        a, b = ln.split("=", 1); a = a.strip()
        reg[a] = a
        for x in b.split(","): reg[x.strip()] = a
    else:
        reg[ln] = ln
COLL = {"区直各部门（单位）", "区直有关部门", "各乡镇（街道）", "各乡镇人民政府", "各村（社区）"}
lines = open("draft.txt", encoding="utf-8").read().split("\n")
found = {}
for i, ln in enumerate(lines, 1):
    cells = []
    for m in re.finditer(r"牵头单位：([^；]*)；配合单位：([^；]*)；", ln):
        cells += [m.group(1), m.group(2)]
    if "\t" in ln and not ln.startswith("序号"):
        c = ln.split("\t"); cells += [c[3], c[4]]
    for cell in cells:
        for u in cell.split("、"):
            u = u.strip()
            if u in COLL: kind = "collective"
            elif u in reg: kind = "ok" if reg[u] == u else "alias->" + reg[u]
            elif ("区" + u) in reg: kind = "distributed->区" + u
            else: kind = "UNKNOWN"
            found.setdefault((kind, u), []).append(i)
for (k, u), ls in sorted(found.items()):
    print(k, u, ls)
