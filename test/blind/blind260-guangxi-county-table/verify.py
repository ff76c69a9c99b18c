# Helper (blind writer): sanity checks on draft.txt, units and key lines. Not the project's checker.
import json, re, csv, io
lines = open("draft.txt", encoding="utf-8").read().split("\n")[:-1]
print("lines:", len(lines))
# garbled run round-trips
g = [l for l in lines if "缁忚垂" in l][0].split("\t")[-1]
print("garbled ->", g.encode("gbk").decode("utf-8"))
# units registry
reg = set()
for l in open("units.txt", encoding="utf-8"):
    l = l.strip()
    if not l or l.startswith("#"): continue
    name, _, al = l.partition("=")
    reg.add(name.strip())
    for a in al.split(","):
        if a.strip(): reg.add(a.strip())
coll = {"各乡镇人民政府", "县直有关部门", "县直各部门（单位）", "各村（社区）"}
# parse table as TSV with quoted multiline cells
start = next(i for i, l in enumerate(lines) if l.startswith("序号\t"))
rows = list(csv.reader(io.StringIO("\n".join(lines[start:]) + "\n"), delimiter="\t", quotechar='"'))
for r in rows[1:]:
    assert len(r) == 7, r
    for cell in (r[3], r[4]):
        for u in re.split(r"[、\n]", cell):
            u = u.strip()
            if u and u not in reg and u not in coll:
                print("row", r[0], "unit not in registry:", u)
print("rows:", len(rows) - 1)
# key line checks
key = json.load(open("key.json", encoding="utf-8"))
for sec in ("expect", "mustNotFlag"):
    for e in key[sec]:
        if e["line"] and e.get("text"):
            ok = e["text"] in lines[e["line"] - 1]
            if not ok: print("BAD", sec, e)
for c in key["covers"]:
    assert 1 <= c["line"] <= len(lines)
print("expect", len(key["expect"]), "mustNotFlag", len(key["mustNotFlag"]), "covers", len(key["covers"]))
