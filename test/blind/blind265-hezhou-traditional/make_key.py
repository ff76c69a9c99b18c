#!/usr/bin/env python3
"""Writes key.json; every line number is looked up in draft.txt (1-based) from an anchor text."""
import json, pathlib
here = pathlib.Path(__file__).parent
L = (here / 'draft.txt').read_text(encoding='utf-8').split('\n')

def ln(anchor, text=None):
    hits = [i for i, l in enumerate(L, 1) if anchor in l]
    assert len(hits) == 1, (anchor, hits)
    if text: assert text in L[hits[0]-1], (anchor, text)
    return hits[0]

def e(rule, anchor, text=None, why='', **kw):
    d = {'rule': rule, 'line': ln(anchor, text)}
    if text: d['text'] = text
    d.update(kw); d['why'] = why
    return d

T = '（task numbers = order of the inline （責任單位…完成時限…） notes in the seed, 1–43）'
expect = [
    e('deadline-later-than-baseline', '以一體化在線監管提升監管協同化水平', '2026年底',
      'task 3 (以一體化在線監管提升監管協同化水平, seed line 49) 完成時限：2025年底; the county puts it a year later. The draft\'s own 主要目標 (line 22) says 一體化在線監管 is to be 廣泛普及 by 2025.'),
    e('deadline-later-than-baseline', '持續優化12345政務服務便民熱線平臺功能', '2026年6月底',
      'task 8 (12345熱線, seed line 63) 完成時限：2025年底; 2026年6月底 is later.'),
    e('deadline-invalid', '全面接入自治區數字政府一體安全平臺', '2022年底',
      'task 26 (數字政府一體安全平臺, seed line 115) 完成時限：持續開展; a 完成時限 of 2022年底 lies before the plan\'s own year (issued 2023-07-18): a slip copied from an older plan.'),
    e('unknown-unit', '主動融入中國—東盟信息港建設', '鐘山縣大數據發展局',
      'the neighbouring county\'s bureau (copied from 鐘山縣\'s plan), listed first, i.e. as lead (line 99: first-listed is lead); not in units.txt nor a regional unit. Task 41.'),
    e('unknown-unit', '依托自治區多雲共治平臺'.replace('雲', '云'), '自治區大數據發展局',
      'a regional body named as the lead of a local task: first-listed in the note, and line 99 says the first-listed unit is the lead. Task 36. (The correct lead is 縣大數據發展局.)'),
    e('basis-mismatch', '各責任單位要對照', '桂政辦發〔2022〕31號',
      'the 實施意見 is 桂政發〔2022〕31號 (correctly cited on line 9); 桂政辦發 is the 辦公廳 series, so this 文號 does not belong to the title.'),
    e('garbled-text', '以應用場景為牽引', '寤虹珛鍋ュ叏',
      'UTF-8 bytes of 建立健全政務數據供需對接 read as GBK (no ? marker); task 34 wording otherwise intact.'),
    {'rule': 'task-uncovered', 'line': 0, 'task': 40,
     'why': 'task 40 強化開放生態支撐能力 (seed line 173, 各市人民政府) is deliberately left out: 六（三） carries only tasks 38 and 39.'},
]

M = []
def m(rule, anchor, text, why):
    M.append(e(rule, anchor, text, why))

m('basis-mismatch', '昭政發〔2023〕15號', '昭政發〔2023〕15號', 'the plan\'s own 發文字號 in the 通知 header, not a cited basis document')
m('basis-mismatch', '為貫徹落實《國務院', '國發〔2022〕14號', 'correct 文號 of 《國務院關于加強數字政府建設的指導意見》')
m('basis-mismatch', '為貫徹落實《國務院', '桂政發〔2022〕31號', 'correct 文號 of the 廣西 實施意見 (the baseline)')
m('basis-mismatch', '近年來，縣委', '數字廣西建設規劃（2018—2025年）', 'the region\'s earlier plan, mentioned in the 發展現狀 as background, not cited as the basis of this plan')
m('basis-mismatch', '近年來，縣委', '三年行動計劃（2018—2020年）', 'the region\'s earlier (expired) three-year plan mentioned retrospectively in the 發展現狀')
m('deadline-invalid', '近年來，縣委', '2022年底', '截至2022年底: a past date in the background, not a deadline')
m('deadline-invalid', '近年來，縣委', '2020年至2022年', 'past period in the background')
m('deadline-invalid', '2023年7月18日', '2023年7月18日', 'the issue date of the 通知')
m('deadline-later-than-baseline', '到2024年底，全縣', '2024年底', 'a county milestone earlier than the region\'s 2025 goal')
m('deadline-later-than-baseline', '到2025年，與政府治理能力', '2025年', 'equal to the region\'s 到2025年 …體系框架基本形成')
m('deadline-later-than-baseline', '到2035年，整體協同', '2035年', 'equal to the region\'s 到2035年 …基本建成')
m('deadline-later-than-baseline', '依托國家規劃綜合管理信息平臺', '持續開展', 'task 1 完成時限：持續開展, equal')
m('unknown-unit', '依托國家規劃綜合管理信息平臺', '國家稅務總局昭平縣稅務局', 'vertical body, listed in units.txt')
m('unknown-unit', '加強監管事項清單數字化管理', '縣發改局', 'colloquial alias of 縣發展改革局, listed in units.txt')
m('unknown-unit', '加強監管事項清單數字化管理', '賀州市市場監督管理局', '賀州市 body as a cooperating (last-listed) unit; in units.txt')
m('unknown-unit', '以一體化在線監管提升監管協同化水平', '縣直有關部門', 'collective subject')
m('unknown-unit', '推進數字化網格治理能力建設', '公安局', '縣信訪局、公安局、民政局、司法局、住房城鄉建設局: the 縣 prefix distributes (縣公安局 …), all in units.txt')
m('unknown-unit', '推進數字化網格治理能力建設', '各鄉鎮人民政府', 'collective subject')
m('deadline-later-than-baseline', '推進社會治安防控體系智能化', '2024年底前', 'milestone inside task 5, whose regional 完成時限 is 持續開展; the note says 持續開展')
m('unknown-unit', '推進智慧應急建設', '昭平縣消防救援大隊', 'fire-rescue brigade outside the government proper, in units.txt')
m('deadline-invalid', '持續優化12345政務服務便民熱線平臺功能', '110、119、120、122', 'hotline numbers, not dates')
m('deadline-later-than-baseline', '持續完善“智桂通”移動開放生態體系', '2025年底', 'task 9 完成時限：2025年底, equal')
m('unknown-unit', '持續完善“智桂通”移動開放生態體系', '縣直各部門（單位）', 'collective subject')
m('unknown-unit', '提升生態環保協同治理能力', '賀州市昭平生態環境局', 'the county-level ecology bureau is a branch of the city bureau and carries this name; in units.txt; lead of the task is correct')
m('unknown-unit', '提升生態環保協同治理能力', '賀州市生態環境局', '賀州市 body as cooperating unit; in units.txt')
m('unknown-unit', '提高自然資源利用效率', '賀州市自然資源局', '賀州市 body as cooperating unit; in units.txt')
m('unknown-unit', '提升輔助決策能力', '賀州市大數據發展局', '賀州市 body listed second (cooperating); in units.txt')
m('deadline-later-than-baseline', '提升行政執行能力', '2024年底前', 'task 20 完成時限：持續開展; a 2024 milestone then 持續開展 is not later')
m('deadline-later-than-baseline', '優化政策信息數字化發布', '2025年6月底', 'task 22 完成時限：2025年底; 2025年6月底 is earlier')
m('unknown-unit', '落實數據分類分級保護', '縣委保密辦', 'official short name, in units.txt')
m('unknown-unit', '以應用場景為牽引', '賀州市大數據發展局', '賀州市 body listed last (cooperating); in units.txt')
m('deadline-later-than-baseline', '按照自治區公共數據開放目錄要求', '2024年底前', 'milestone inside task 35 (持續開展)')
m('unknown-unit', '充分發揮縣數字昭平建設領導小組作用', '縣數字昭平建設領導小組', 'the county\'s leading group, named in the text (not a task note); also in units.txt')
m('deadline-invalid', '各責任單位要對照', '6月20日、12月10日', 'the office\'s own yearly reporting dates, not task deadlines')
m('unknown-unit', '各責任單位要對照', '賀州市大數據發展局', 'recipient of the progress report, not a responsible unit; in units.txt')
m('garbled-text', '為貫徹落實《國務院', '貫徹落實', 'Traditional characters are not mojibake')
M.append({'rule': 'missing-pillar', 'line': 0, 'pillar': '數字生態', 'why': '七（三）營造良好數字生態 (line %d) takes it up (task 43)' % ln('落實數據要素市場規則')})
M.append({'rule': 'missing-pillar', 'line': 0, 'pillar': '生態環境保護', 'why': '二（五）, lines %d–%d (tasks 16–18)' % (ln('提升生態環保協同治理能力'), ln('推動綠色低碳轉型'))})
M.append({'rule': 'missing-pillar', 'line': 0, 'pillar': '制度規則', 'why': '四, lines %d–%d; 完善法規制度 and 健全標準規范 are folded into one item (line %d)' % (ln('依托全國行政許可管理'), ln('圍繞茶產業、林業'), ln('持續抓好數字政府相關法律法規'))})
M.append({'rule': 'missing-pillar', 'line': 0, 'pillar': '黨的領導', 'why': '八, lines %d–%d (組織領導, 推進機制, 數字素養, 考核評估)' % (ln('八、加強黨對數字政府'), ln('各責任單位要對照'))})

cov = [
 (1, '依托國家規劃綜合管理信息平臺'), (2, '加強監管事項清單數字化管理'), (3, '以一體化在線監管提升監管協同化水平'),
 (4, '推進數字化網格治理能力建設'), (5, '推進社會治安防控體系智能化'), (6, '推進智慧應急建設'),
 (7, '打造泛在可及的服務體系'), (8, '持續優化12345'), (9, '持續完善“智桂通”'), (10, '推動智慧教育服務能力提升'),
 (11, '推動智慧人社服務能力提升'), (12, '推動智慧醫療服務能力提升'), (13, '推動智慧工地監管和智慧體育'), (14, '推動智慧工地監管和智慧體育'),
 (15, '推動智慧康養服務能力提升'), (16, '提升生態環保協同治理能力'), (17, '提高自然資源利用效率'), (18, '推動綠色低碳轉型'),
 (19, '提升輔助決策能力'), (20, '提升行政執行能力'), (21, '提升行政監督水平'), (22, '優化政策信息數字化發布'),
 (23, '建立健全縣級數字政府安全工作協調機制'), (24, '落實數據分類分級保護'), (25, '健全數據安全監管責任體系'),
 (26, '全面接入自治區數字政府一體安全平臺'), (27, '強化安全可靠技術和產品應用'), (28, '依托全國行政許可管理'),
 (29, '統籌全縣數字政府建設發展規劃'), (30, '持續抓好數字政府相關法律法規'), (31, '持續抓好數字政府相關法律法規'),
 (32, '圍繞茶產業、林業'), (33, '強化縣直各部門數據管理職責'), (34, '以應用場景為牽引'), (35, '按照自治區公共數據開放目錄要求'),
 (36, '依托自治區多云共治平臺'), (37, '推進電子政務外網向鄉鎮'), (38, '強化數據智能支撐能力'), (39, '推進數字化共性應用集約建設'),
 (41, '主動融入中國—東盟信息港建設'), (42, '推進智慧縣城建設'), (43, '落實數據要素市場規則'),
]
covers = [{'task': t, 'line': ln(a)} for t, a in cov]

key = {
 'writer': 'blind writer, round 265; read only DOMAIN.md, the seeds, seeds/units/wuzhong.units.txt and KEY-FORMAT.md',
 'written': '2026-12-06',
 'draft': 'draft.txt',
 'baseline': 'guangxi-2022',
 'build': None,
 'parents': [],
 'units': 'units.txt',
 'planYear': 2023,
 'expect': expect,
 'mustNotFlag': M,
 'covers': covers,
 'notes': ('昭平縣 (賀州市, 廣西) 實施方案 of 2023-07-18 implementing 桂政發〔2022〕31號, no parent plan. The draft is entirely in '
           'Traditional characters in the mainland/GBK style of the 廣西 seed (于, 并, 云, 范, 布, 托 kept as in the seed); units.txt is '
           'kept in SIMPLIFIED characters, so every unit in the draft must be matched across scripts (縣大數據發展局 = 县大数据发展局). '
           'Task numbers: the 廣西 實施意見 has no numbered list; I number its inline （責任單位…完成時限…） notes 1–43 in order of '
           'appearance (1 = 經濟調節 seed line 43, 3 = 一體化在線監管 line 49, 8 = 12345熱線 line 63, 9 = 智桂通 line 65, 22 = 政策信息發布 line 97, '
           '26 = 一體安全平臺 line 115, 36 = 政務云 line 161, 40 = 開放生態支撐 line 173, 41 = 數字經濟 line 179, 43 = 數字生態 line 187). '
           'The only regional deadlines other than 持續開展 are 2025年底 (tasks 3, 8, 9, 22). Line 99 states that the first-listed unit '
           'of each note is the lead. The draft was written in Simplified and converted with the Debian opencc CLI (s2tw) by make_draft.py, '
           'which also plants the mojibake run; make_key.py checks every line number against draft.txt.'),
}
(here / 'key.json').write_text(json.dumps(key, ensure_ascii=False, indent=1) + '\n', encoding='utf-8')
print(len(expect), len(M), len(covers))
