# Builds draft.txt (UTF-8). Row 6 carries a planted mojibake run (UTF-8 bytes read as GBK).
G = '录及责任清单，分类分级开'.encode('utf-8').decode('gbk')
assert G == '褰曞強璐ｄ换娓呭崟锛屽垎绫诲垎绾у紑'
T = open('draft.src.txt', encoding='utf-8').read()
T = T.replace('@@G@@', G).replace(' | ', '\t')
open('draft.txt', 'w', encoding='utf-8').write(T)
