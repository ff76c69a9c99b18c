#!/usr/bin/env python3
"""Builds draft.txt (Traditional) from src.zh-Hans.txt with the Debian `opencc` CLI (s2tw),
then maps a few characters back to the mainland/GBK-style Traditional used in the 广西 seed
(范, 云, 布, 托, 于, 干, 后, 并 …) and plants one UTF-8-read-as-GBK run."""
import subprocess, pathlib
here = pathlib.Path(__file__).parent
src = (here / 'src.zh-Hans.txt').read_text(encoding='utf-8')
t = subprocess.run(['opencc', '-c', 's2tw.json'], input=src, capture_output=True, text=True, check=True).stdout
back = {'範': '范', '雲': '云', '佈': '布', '託': '托', '週': '周', '於': '于', '幹': '干', '複': '復',
        '溼': '濕', '並': '并', '併': '并', '後': '后', '湧': '涌', '築': '筑', '徵': '征', '嚮': '向',
        '遊': '游', '汙': '污', '禦': '御', '洩': '泄', '製': '制', '採': '采', '覈': '核'}
t = ''.join(back.get(c, c) for c in t)
good = '建立健全政務數據供需對接'
assert t.count(good) == 1, t.count(good)
t = t.replace(good, good.encode('utf-8').decode('gbk'))
(here / 'draft.txt').write_text(t, encoding='utf-8')
