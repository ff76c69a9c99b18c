# Helper kept by the writer: lists every unit-like name in draft.txt and whether units.txt knows it.
import re, os
here = os.path.dirname(os.path.abspath(__file__))
names = set()
for ln in open(os.path.join(here, 'units.txt'), encoding='utf-8'):
    ln = ln.strip()
    if not ln or ln.startswith('#'):
        continue
    parts = [p.strip() for p in re.split(r'[=,]', ln)]
    names.update(p for p in parts if p)
suffix = r'(?:局|办|委|中心|部|馆|社|分局|室|政府|办事处|公司|联合会|党校|分公司|镇|乡|街道)'
pat = re.compile(r'(?:区|固原市|原州区|国网|中国电信|国家税务总局|自治区)[\u4e00-\u9fff（）]{0,16}?' + suffix + r'(?![\u4e00-\u9fff])')
for i, line in enumerate(open(os.path.join(here, 'draft.txt'), encoding='utf-8'), 1):
    for seg in re.split(r'[，、。；：\t（）“”《》]', line):
        for m in re.finditer(r'(区[\u4e00-\u9fff]{1,14}?(?:局|办|委|中心|部|馆|社|室|联合会|党校))|(固原市[\u4e00-\u9fff]{1,12}?分局)|(国网固原供电公司|中国电信固原分公司|原州区税务局|国家税务总局固原市原州区税务局)|(自治区[\u4e00-\u9fff]{1,10}?(?:办|厅|局|委))', seg):
            n = m.group(0)
            if n not in names:
                print(i, 'NOT IN REGISTRY:', n, '|', seg[:40])
