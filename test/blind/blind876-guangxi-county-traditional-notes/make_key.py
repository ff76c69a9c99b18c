# Builds key.json for blind case 876; every line number is found from draft.txt and checked.
import json, os

HERE = os.path.dirname(os.path.abspath(__file__))
LINES = open(os.path.join(HERE, 'draft.txt'), encoding='utf-8').read().split('\n')
if LINES and LINES[-1] == '':
    LINES.pop()

def ln(anchor, text=None, nth=0):
    """1-based line holding `anchor` (the nth such line); `text` must be on that line too."""
    hits = [i + 1 for i, l in enumerate(LINES) if anchor in l]
    assert len(hits) > nth, (anchor, hits)
    n = hits[nth]
    if text is not None:
        assert text in LINES[n - 1], (text, n)
    return n

# Task numbers: the guangxi-2022 实施意见 has no numbered list; tasks are numbered 1-43 in the
# order of its inline notes "(責任單位:…。完成時限:…)" (seed lines 43…187).
expect = [
    {"rule": "basis-mismatch", "line": ln('为贯彻落实《国务院', '桂政发〔2022〕13号'), "text": "桂政发〔2022〕13号",
     "why": "《广西壮族自治区人民政府关于加强数字政府建设的实施意见》 is 桂政发〔2022〕31号 (digits transposed); the draft itself cites it correctly as 桂政發〔2022〕31號 in the Traditional paragraph of 八（一）"},
    {"rule": "deadline-later-than-baseline", "line": ln('持续完善“智桂通”移动开放生态体系', '2026年底'), "text": "2026年底",
     "why": "task 9 (持續完善“智桂通”移動開放生態體系, seed line 65) 完成時限 2025年底; the county note gives 2026年底"},
    {"rule": "deadline-invalid", "line": ln('完善县级政务云服务体系', '2024年21月底前'), "text": "21月",
     "why": "impossible month (2024年21月底前, a transposed 12月); task 36 政务云 is 持續開展 and the attachment row 11 gives 2024年底"},
    {"rule": "unknown-unit", "line": ln('建立健全数据安全监管责任体系', '县通信管理局'), "text": "县通信管理局",
     "why": "no such county body (通信管理局 exists only at regional level; 自治区…通信管理局 was find-and-replaced to 县); not in units.txt"},
    {"rule": "garbled-text", "line": ln('鎺ㄨ繘'), "text": "鎺ㄨ繘鏀垮姟",
     "why": "UTF-8 bytes read as GBK: 鎺ㄨ繘鏀垮姟鏁版嵁鎸夐渶鍏变韩 = 推进政务数据按需共享"},
    {"rule": "task-uncovered", "line": 0, "task": 6,
     "why": "推進智慧應急建設 (seed line 57; 各市人民政府 responsible, 持續開展) is deliberately left out: no 应急指挥/救援通信/灾害监测 content anywhere in the draft"},
]

M = []
def nm(rule, line, why, text=None):
    e = {"rule": rule, "line": line}
    if text is not None:
        e["text"] = text
    e["why"] = why
    M.append(e)

# Traditional forms of correct names and dates
nm("basis-mismatch", ln('全縣各級各部門要對照', '國發〔2022〕14號'), "Traditional form of the correct national citation 《國務院關於加強數字政府建設的指導意見》（國發〔2022〕14號）", "國發〔2022〕14號")
nm("basis-mismatch", ln('全縣各級各部門要對照', '桂政發〔2022〕31號'), "Traditional form of the correct regional citation: 桂政發〔2022〕31號 is the right 文号 for the 实施意见", "桂政發〔2022〕31號")
nm("unknown-unit", ln('充分運用數字技術支撐構建新型監管機制', '縣市場監督管理局'), "Traditional form of 县市场监督管理局 / 县发展和改革局 / 县大数据发展局, all in units.txt", "縣大數據發展局")
nm("unknown-unit", ln('推進社會治安防控體系智能化', '各鄉鎮人民政府'), "Traditional 各鄉鎮人民政府 is the collective 各乡镇人民政府; 縣委政法委 and 縣公安局 are registered", "各鄉鎮人民政府")
nm("unknown-unit", ln('持續優化12345', '縣消防救援大隊'), "Traditional 縣消防救援大隊 = 县消防救援大队, alias of 平南县消防救援大队 in units.txt; 縣政務服務監督管理辦公室 and 縣衛生健康局 are registered", "縣消防救援大隊")
nm("unknown-unit", ln('提升行政執行能力', '縣機關事務管理局'), "Traditional 縣人民政府辦公室 and 縣機關事務管理局 are registered names", "縣機關事務管理局")
nm("unknown-unit", ln('建立健全數據分類分級保護', '國安辦、保密辦'), "the 縣委 prefix distributes: 縣委網信辦、國安辦、保密辦 = 县委网信办, 县委国安办, 县委保密办 (Traditional), all registered", "國安辦")
nm("unknown-unit", ln('編制縣級公共數據開放目錄', '縣直各有關部門'), "Traditional form of the collective 县直各有关部门", "縣直各有關部門")
nm("deadline-later-than-baseline", ln('持續優化12345', '完成時限：2025年底'), "task 8 (12345熱線, seed line 63) 完成時限 2025年底; equal, written in Traditional", "2025年底")
nm("deadline-later-than-baseline", ln('充分運用數字技術支撐構建新型監管機制', '完成時限：持續開展'), "task 2 is 持續開展 in the region; Traditional 持續開展 is the same ongoing deadline", "持續開展")
nm("deadline-later-than-baseline", ln('落實數據要素市場規則', '完成時限：持續開展'), "task 43 營造良好數字生態 持續開展; equal", "持續開展")
nm("garbled-text", ln('充分運用數字技術支撐構建新型監管機制'), "pasted Traditional text with half-width commas, not mojibake (every character decodes as Big5 Traditional)", "充分運用數字技術")
nm("garbled-text", ln('（二）落實安全制度要求'), "clean Traditional heading; the regional copy has this heading damaged but the county retyped it", "落實安全制度要求")
nm("garbled-text", ln('（三）營造良好數字生態'), "clean Traditional heading, not mojibake", "營造良好數字生態")
nm("garbled-text", ln('4\t推動縣級各類政務服務熱線'), "Traditional table row, not mojibake", "推動縣級各類政務服務熱線")
nm("missing-pillar", 0, "數字生態 is covered at line %d (section 七（三）), written entirely in Traditional" % ln('落實數據要素市場規則'))
# ordinary near misses
nm("basis-mismatch", ln('平政办发〔2023〕21号'), "the notice's own 文号, not a basis citation", "平政办发〔2023〕21号")
nm("basis-mismatch", ln('数字广西建设三年行动计划'), "retrospective mention of an old plan in 发展现状, not cited as basis", "《数字广西建设三年行动计划（2018—2020年）》")
nm("deadline-invalid", ln('截至2022年底'), "past date in the 发展现状 background, not a deadline", "2022年底")
nm("deadline-invalid", ln('数字广西建设三年行动计划', '2020年'), "years inside an old document's title", "2020年")
nm("deadline-later-than-baseline", ln('以一体化在线监管提升监管协同化水平', '2024年底'), "task 3 (互聯網+監管, seed line 49) 完成時限 2025年底; the county is earlier", "2024年底")
nm("deadline-later-than-baseline", ln('优化政策信息数字化发布', '2025年底前'), "task 22 (政務公開, seed line 97) 完成時限 2025年底; equal", "2025年底前")
nm("deadline-later-than-baseline", ln('落实“四改四转”', '2023年形成机制，长期坚持'), "task 29 is 持續開展; a 2023 mechanism kept up long-term is not later", "2023年形成机制，长期坚持")
nm("deadline-later-than-baseline", ln('强化电子政务网络统筹建设管理', '2024年建成'), "task 37 is 持續開展; a concrete 2024 milestone is not later", "2024年建成")
nm("deadline-later-than-baseline", ln('到2025年，与政府治理能力现代化'), "主要目标 到2025年 体系框架基本形成 equals the region's 到2025年", "到2025年")
nm("deadline-later-than-baseline", ln('到2035年，全县数字政府'), "到2035年 基本建成 equals the region's 到2035年", "到2035年")
nm("deadline-later-than-baseline", ln('5\t建成“智桂通”平南专区', '2023年12月底前'), "attachment row for task 9 (2025年底) is earlier; only the body note on line %d is late" % ln('持续完善“智桂通”移动开放生态体系'), "2023年12月底前")
nm("deadline-later-than-baseline", ln('有效期至2025年12月31日'), "validity of the plan, not a task deadline (and not later than 2025年底)", "2025年12月31日")
nm("deadline-invalid", ln('各牵头单位要于2023年7月31日前'), "the office's own reporting date in the issue year", "2023年7月31日前")
nm("deadline-invalid", ln('每年12月10日前'), "annual reporting date of the office, not a task deadline", "12月10日前")
nm("deadline-invalid", ln('4·27'), "name of a 2017 speech (“4·27”重要讲话), not a date", "4·27")
nm("unknown-unit", ln('推进数字化网格治理能力建设', '县信访局、公安局'), "the 县 prefix distributes: 县公安局, 县民政局, 县司法局, 县住房城乡建设局 (alias of 县住房和城乡建设局)", "住房城乡建设局")
nm("unknown-unit", ln('建立健全县级数字政府安全工作协调机制', '县委网信办、国安办'), "县委 prefix distributes: 国安办 = 县委国安办, registered", "国安办")
nm("unknown-unit", ln('打造泛在可及的服务体系', '县人社局'), "县人社局 and 县残联 are short names in units.txt", "县人社局")
nm("unknown-unit", ln('加强安全可靠技术和产品应用', '县工信局'), "县工信局, 县科技局, 县大数据局 are short names in units.txt", "县大数据局")
nm("unknown-unit", ln('提升生态环保协同治理能力', '贵港市平南生态环境局'), "the city-named county branch (vertical management), listed in units.txt", "贵港市平南生态环境局")
nm("unknown-unit", ln('推动绿色低碳转型', '平南生态环境局'), "alias of 贵港市平南生态环境局", "平南生态环境局")
nm("unknown-unit", ln('推进数字化共性应用集约建设', '县税务局'), "alias of 国家税务总局平南县税务局; 县档案馆 is registered", "县税务局")
nm("unknown-unit", ln('强化电子政务网络统筹建设管理', '中国电信平南分公司'), "operator outside government, listed in units.txt", "中国电信平南分公司")
nm("unknown-unit", ln('强化政府部门数据管理职责', '县直各部门（单位）'), "collective subject", "县直各部门（单位）")
nm("unknown-unit", ln('加快推动全县各类经济数据', '各乡镇人民政府'), "collective subject", "各乡镇人民政府")
nm("unknown-unit", ln('2\t完成县级“互联网+监管”', '县市场监管局'), "short name of 县市场监督管理局", "县市场监管局")
nm("unknown-unit", ln('提升行政监督水平', '县政府办'), "short name of 县人民政府办公室", "县政府办")

covers_src = [
    (1, '加快推动全县各类经济数据分类分级整合'), (2, '充分運用數字技術支撐構建新型監管機制'),
    (3, '以一体化在线监管提升监管协同化水平'), (4, '推进数字化网格治理能力建设'),
    (5, '推進社會治安防控體系智能化'), (7, '打造泛在可及的服务体系'), (8, '持續優化12345'),
    (9, '持续完善“智桂通”移动开放生态体系'), (10, '推动智慧教育服务能力提升'), (11, '推动智慧人社服务能力提升'),
    (12, '推動智慧醫療服務能力提升'), (13, '推动智慧工地监管能力提升'), (14, '推动智慧体育服务能力提升'),
    (15, '推动智慧康养服务能力提升'), (16, '提升生态环保协同治理能力'), (17, '提高自然资源利用效率'),
    (18, '推动绿色低碳转型'), (19, '提升辅助决策能力'), (20, '提升行政執行能力'), (21, '提升行政监督水平'),
    (22, '优化政策信息数字化发布'), (23, '建立健全县级数字政府安全工作协调机制'), (24, '建立健全數據分類分級保護'),
    (25, '建立健全数据安全监管责任体系'), (26, '依托自治区数字政府一体安全平台'), (27, '加强安全可靠技术和产品应用'),
    (28, '推动政府履职更加协同高效'), (29, '落实“四改四转”'), (30, '全面建设数字法治政府'),
    (31, '貫徹執行國家和自治區數字政府建設標準規範'), (32, '积极争取自治区和贵港市数字政府建设试点'),
    (33, '强化政府部门数据管理职责'), (34, '充分发挥政务数据共享协调机制作用'), (35, '編制縣級公共數據開放目錄'),
    (36, '完善县级政务云服务体系'), (37, '强化电子政务网络统筹建设管理'), (38, '強化數據智能支撐能力'),
    (39, '推进数字化共性应用集约建设'), (40, '强化开放生态支撑能力'), (41, '主动对接中国—东盟信息港'),
    (42, '推动数字技术和传统公共服务融合'), (43, '落實數據要素市場規則'),
]
covers = [{"task": t, "line": ln(a)} for t, a in covers_src]

key = {
    "writer": "blind writer, round 876; read only DOMAIN.md, the seeds, seeds/units/wuzhong.units.txt and KEY-FORMAT.md",
    "written": "2026-12-07",
    "draft": "draft.txt",
    "baseline": "guangxi-2022",
    "build": None,
    "parents": [],
    "units": "units.txt",
    "planYear": 2023,
    "expect": expect,
    "mustNotFlag": M,
    "covers": covers,
    "notes": ("贵港市平南县 实施方案 issued 2023-06-20 (平政办发〔2023〕21号), implementing 桂政发〔2022〕31号 with no parent city plan. "
              "Task numbers: the Guangxi 实施意见 has no numbered task list, so tasks are numbered 1-43 in the order of its inline "
              "(責任單位:…。完成時限:…) notes; task 23 (強化安全管理責任) is the only one without 各市人民政府. Regional deadlines: tasks 3, 8, 9, 22 "
              "are 2025年底, all others 持續開展. Ten measure paragraphs with their notes, four headings, two body paragraphs and one "
              "attachment row were pasted in Traditional script (縣 replacing 自治區); all of them are correct, and every planted slip sits in "
              "Simplified text. The draft states that the first "
              "unit of each 责任单位 list leads (line %d). Line %d holds both the garbled run and a correct note for task 34." % (
                  ln('排在第一位的为牵头单位'), ln('鎺ㄨ繘'))),
}
with open(os.path.join(HERE, 'key.json'), 'w', encoding='utf-8') as f:
    json.dump(key, f, ensure_ascii=False, indent=2)
    f.write('\n')
print(len(expect), 'expect;', len(M), 'mustNotFlag;', len(covers), 'covers')
