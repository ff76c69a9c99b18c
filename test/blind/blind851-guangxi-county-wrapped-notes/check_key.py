#!/usr/bin/env python3
# Checks every line number in key.json against draft.txt (1-based). A text may run on into the next line
# (the draft is a fixed-width PDF copy), so each text must start on its line and may continue on the next.
import json
lines = open("draft.txt", encoding="utf-8").read().split("\n")
key = json.load(open("key.json", encoding="utf-8"))
bad = 0
for part in ("expect", "mustNotFlag"):
    for e in key[part]:
        if e["line"] == 0 or "text" not in e:
            continue
        n = e["line"]
        here = lines[n - 1]
        joined = here + lines[n]
        t = e["text"]
        # the text must touch line n: either wholly on it or begin on it and run on
        if t in here:
            where = "on line"
        elif t in joined and joined.index(t) < len(here):
            where = "starts on line, runs on"
        else:
            where = None
        if where is None:
            bad += 1
            print("BAD", part, n, t)
        else:
            print("ok ", part, n, where, t)
for c in key["covers"]:
    assert 1 <= c["line"] <= len(lines)
print("lines in draft:", len([l for l in lines if l != ""]), "bad:", bad)
