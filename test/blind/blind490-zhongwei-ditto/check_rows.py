# Resolves ditto cells in the draft's task table and prints each row's deadline next to the regional one.
import re
seed = open('/work/shared/seeds/ningxia-2023-gazette-with-task-list.txt', encoding='utf-8').read().split('\n')
reg = {}
for l in seed:
    c = l.split('\t')
    if len(c) >= 4:
        m = re.match(r'\s*(\d+)\.', c[1])
        if m: reg[int(m.group(1))] = c[-1].strip()
rowtask = {1:1,2:3,3:2,4:5,5:6,6:7,7:8,8:9,9:10,10:11,11:12,12:13,13:18,14:43,15:21,16:22,17:23,18:27,19:28,20:34,21:37,22:39,23:40,24:41,25:45,26:48,27:49,28:50,29:52,30:56,31:57,32:64,33:66,34:71,35:74,36:75,37:77,38:79,39:80,40:83,41:84,42:86,43:87,44:89,45:92,46:93,47:94,48:95,49:97,50:96,51:98,52:101,53:103,54:104,55:105,56:106,57:107,58:111,59:108,60:112,61:114,62:115,63:121,64:117,65:120}
D = {'同上','〃','同前',''}
prev_u = prev_d = None
for i, l in enumerate(open('draft.txt', encoding='utf-8').read().split('\n'), 1):
    c = l.split('\t')
    if len(c) != 4 or c[0] == '主要任务': continue
    n = int(re.match(r'(\d+)\.', c[1]).group(1))
    u = prev_u if c[2] in D else c[2]
    d = prev_d if c[3] in D else c[3]
    t = rowtask[n]
    print(i, n, 't%d' % t, repr(c[3]) if c[3] in D else '', d, '| reg:', reg[t], '| U' if c[2] in D else '', u[:30] if c[2] in D else '')
    prev_u, prev_d = u, d
print(len(reg), min(reg), max(reg))
