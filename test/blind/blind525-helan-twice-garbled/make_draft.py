# Builds draft.txt from source.txt by applying the encoding damage at the marked places.
import io
src = open('source.txt', encoding='utf-8').read()
def utf8_as_gbk(t):
    m = t.encode('utf-8').decode('gbk')
    assert m.encode('gbk').decode('utf-8') == t
    return m
def gbk_as_utf8(t):
    return t.encode('gbk').decode('utf-8', 'replace')
runs = {
    'G1': utf8_as_gbk('企业上云用数赋智'),       # UTF-8 read as GBK
    'G2': utf8_as_gbk('政务数据共享'),           # UTF-8 read as GBK
    'G3': gbk_as_utf8('矛盾纠纷多元化解'),       # GBK read as UTF-8 with replacement marks
    'G4': ('\ufffd' * 4).encode('utf-8').decode('gbk'),  # 锟斤拷: 信息报送 lost to U+FFFD, then UTF-8 read as GBK
}
for k, v in runs.items():
    src = src.replace('{' + k + '}', v)
assert '{' not in src
open('draft.txt', 'w', encoding='utf-8', newline='\n').write(src)
for k, v in runs.items():
    print(k, repr(v))
