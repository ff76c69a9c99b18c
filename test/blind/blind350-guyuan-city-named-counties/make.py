#!/usr/bin/python3
"""Builds draft.txt from body.src.txt (with the damaged run) and rows.py (task list)."""
import os
here = os.path.dirname(os.path.abspath(__file__))
from importlib.machinery import SourceFileLoader
ROWS = SourceFileLoader('rows', os.path.join(here, 'rows.py')).load_module().ROWS
body = open(os.path.join(here, 'body.src.txt'), encoding='utf-8').read()
# UTF-8 bytes of 数据共享交换体系 read as GBK (damaged copy)
garbled = '数据共享交换体系'.encode('utf-8').decode('gbk')
body = body.replace('{G}', garbled)
lines = body.rstrip('\n').split('\n')
lines.append('主要任务\t重点内容\t责任单位\t完成时限')
for i, (grp, content, units, dl, task, rdl) in enumerate(ROWS, 1):
    lines.append(f'{grp}\t{i}. {content}\t{units}\t{dl}')
open(os.path.join(here, 'draft.txt'), 'w', encoding='utf-8').write('\n'.join(lines) + '\n')
print(len(lines), 'lines')
