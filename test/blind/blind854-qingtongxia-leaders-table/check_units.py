# Self-check: every unit named in the lead/cooperate columns is in units.txt (after prefix distribution) or a collective.
import re
names = set()
for ln in open("units.txt", encoding="utf-8"):
    ln = ln.strip()
    if not ln or ln.startswith("#"): continue
    for p in re.split(r"\s*[=,]\s*", ln): names.add(p)
coll = {"市直各部门（单位）", "各乡镇人民政府", "各乡镇（街道）", "市直有关部门"}
for n, ln in enumerate(open("draft.txt", encoding="utf-8"), 1):
    c = ln.rstrip("\n").split("\t")
    if len(c) != 7 or c[1] == "序号": continue
    for cell in (c[4], c[5]):
        for grp in re.split(r"[，,]", cell):
            prefix = ""
            for u in [x for x in grp.split("、") if x]:
                if u.startswith("市") and not prefix: prefix = "市"
                full = u if (u in names or u in coll or u.startswith(("市", "各", "青铜峡", "吴忠", "国", "中国", "裕民"))) else prefix + u
                if full not in names and full not in coll:
                    print(n, "UNKNOWN:", u, "->", full)
