# Helper: list each note's tasks with the regional 完成时限 from the seed task list (for writing key.json).
import re
seed = '/work/shared/seeds/ningxia-2023-gazette-with-task-list.txt'
tasks = {}
for line in open(seed, encoding='utf-8'):
    cells = line.rstrip('\n').split('\t')
    if len(cells) == 4:
        m = re.match(r'\s*(\d+)\s*[.．]', cells[1])
        if m and int(m.group(1)) <= 124:
            tasks[int(m.group(1))] = (cells[3].strip(), cells[2].strip()[:40])
assert sorted(tasks) == list(range(1, 125)), len(tasks)

def expand(spec):
    out = []
    for part in spec.split('、'):
        if '—' in part:
            a, b = part.split('—'); out += list(range(int(a), int(b) + 1))
        else:
            out.append(int(part))
    return out

for n, line in enumerate(open('draft.txt', encoding='utf-8'), 1):
    if not line.startswith('注：'):
        continue
    m = re.search(r'第([\d—、]+)项', line)
    print(f'L{n}: {line.strip()[:150]}')
    for t in expand(m.group(1)):
        print(f'   task {t}: region {tasks[t][0]} | {tasks[t][1]}')
