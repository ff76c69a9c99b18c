#!/usr/bin/env python3
"""Builds draft.txt from draft.template.txt: inserts the planted mojibake run
(UTF-8 bytes of 地理信息资源共建共享 read as GBK)."""
import os
here = os.path.dirname(os.path.abspath(__file__))
src = open(os.path.join(here, 'draft.template.txt'), encoding='utf-8').read()
garbled = '地理信息资源共建共享'.encode('utf-8').decode('gbk')
assert garbled.encode('gbk').decode('utf-8') == '地理信息资源共建共享'
out = src.replace('{GARBLED}', garbled)
assert '{' not in out
open(os.path.join(here, 'draft.txt'), 'w', encoding='utf-8').write(out)
print(garbled)
