# Writer's helper: every unit in the 责任单位 column resolves to units.txt, a collective, or is a planted mistake.
import re
reg=set()
for l in open("units.txt",encoding="utf-8"):
    l=l.strip()
    if not l or l.startswith("#"): continue
    a,_,b=l.partition("=")
    reg.add(a.strip()); reg.update(x.strip() for x in b.split(",") if x.strip())
coll={"县直各部门（单位）","各乡镇人民政府","县直有关部门"}
for i,l in enumerate(open("draft.txt",encoding="utf-8"),1):
    c=l.rstrip("\n").split("\t")
    if len(c)!=5 or c[0]=="序号": continue
    for grp in c[3].split("，"):
        parts=grp.split("、"); prefix=None
        for p in parts:
            name=p
            if prefix and not p.startswith(("县","各","中卫")): name=prefix+p
            m=re.match(r"(县委|县)",p)
            if p.startswith("县委"): prefix="县委"
            elif p.startswith("县"): prefix="县"
            ok = name in reg or name in coll
            print(i, c[0], name, "OK" if ok else "??", sep="\t") if not ok or p!=name else None
