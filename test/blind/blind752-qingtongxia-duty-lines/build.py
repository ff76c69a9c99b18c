# Builds draft.txt from draft.src.txt: the {GARBLE} marker becomes the phrase
# 数字化监测和智能调度 as UTF-8 bytes misread as GBK (planted garbled-text).
src = open('draft.src.txt', encoding='utf-8').read()
run = '数字化监测和智能调度'.encode('utf-8').decode('gbk')
assert src.count('{GARBLE}') == 1
open('draft.txt', 'w', encoding='utf-8').write(src.replace('{GARBLE}', run))
print(run)
