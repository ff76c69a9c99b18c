# helper: builds draft.txt from draft.src.txt (<T> = tab, <G> = the damaged run)
src = open('draft.src.txt', encoding='utf-8').read()
garbled = '推进政务数据共享'.encode('utf-8').decode('gbk')   # UTF-8 read as GBK
out = src.replace('<T>', '\t').replace('<G>', garbled)
open('draft.txt', 'w', encoding='utf-8').write(out)
