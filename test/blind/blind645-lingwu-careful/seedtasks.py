#!/usr/bin/python3
# Reads the regional task list (附件2 of 宁政发〔2023〕17号) from the seed: number -> (content, units, deadline).
import re
def load(path='/work/shared/seeds/ningxia-2023-gazette-with-task-list.txt'):
    tasks = {}
    for l in open(path, encoding='utf-8'):
        c = l.rstrip('\n').split('\t')
        if len(c) < 4: continue
        m = re.match(r'\s*(\d+)\s*[\.．]', c[-3])
        if m:
            tasks[int(m.group(1))] = (c[-3], c[-2], c[-1].strip())
    return tasks
if __name__ == '__main__':
    t = load()
    print(len(t), min(t), max(t))
    for n in sorted(t): print(n, t[n][2])
