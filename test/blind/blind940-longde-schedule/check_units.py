# 核对 draft.txt 中责任单位是否都在 units.txt（含简称）中；集合主语与前缀分配单独列出。
import re
names = set()
for ln in open('units.txt', encoding='utf-8'):
    ln = ln.strip()
    if not ln or ln.startswith('#'): continue
    parts = [p.strip() for p in re.split(r'[=,]', ln)]
    names.update(p for p in parts if p)
lines = open('draft.txt', encoding='utf-8').read().split('\n')
for i, ln in enumerate(lines, 1):
    cells = []
    if '\t' in ln:
        c = ln.split('\t')
        if c[0].isdigit(): cells.append(c[2])
    for m in re.finditer(r'（(?:牵头单位|责任单位)：([^）]*(?:（单位）|（社区）)?[^）]*)）', ln):
        txt = m.group(1)
        txt = re.sub(r'(牵头单位|配合单位|责任单位|完成时限)：', '', txt)
        cells.append(txt)
    for cell in cells:
        for u in re.split(r'[、，；]', cell):
            u = u.strip()
            if not u or re.match(r'^(\d{4}年|长期)', u): continue
            if u in names: continue
            if u.startswith('各') or u.startswith('县直'): tag = 'COLLECTIVE'
            else: tag = 'NOT-IN-UNITS'
            print(i, tag, u)
