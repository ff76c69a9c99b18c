# Builds draft.txt from draft.src.txt: inserts the planted mojibake run (UTF-8 bytes read as GBK).
import os
here = os.path.dirname(os.path.abspath(__file__))
src = open(os.path.join(here, 'draft.src.txt'), encoding='utf-8').read()
garbled = '深化数据高效共享'.encode('utf-8').decode('gbk')
assert garbled.encode('gbk').decode('utf-8') == '深化数据高效共享'
out = src.replace('{GARBLED}', garbled)
assert '{' not in out
open(os.path.join(here, 'draft.txt'), 'w', encoding='utf-8').write(out)
print(garbled)
