#!/usr/bin/env python3
# Writes key.json; every line number is looked up in the final draft.txt (1-based).
import json, re
L = open('draft.txt', encoding='utf-8').read().split('\n')
if L[-1] == '':
    L = L[:-1]

def ln(s, nth=1):
    hits = [i + 1 for i, l in enumerate(L) if s in l]
    assert len(hits) >= nth, (s, hits)
    return hits[nth - 1]

def ends(s):
    hits = [i + 1 for i, l in enumerate(L) if l.endswith(s)]
    assert len(hits) == 1, (s, hits)
    return hits[0]

def starts(s):
    hits = [i + 1 for i, l in enumerate(L) if l.startswith(s)]
    assert len(hits) == 1, (s, hits)
    return hits[0]

def only(s):
    hits = [i + 1 for i, l in enumerate(L) if s in l]
    assert len(hits) == 1, (s, hits)
    return hits[0]

G = '广西实施意见（桂政发〔2022〕31号）'
T = 'inline task numbers are the order of the 43 “（责任单位…完成时限…）” notes in guangxi-2022-shishi-yijian.txt'

expect = [
  {"rule": "basis-mismatch", "line": only('桂政发〔2023〕31号'), "text": "桂政发〔2023〕31号",
   "why": "the 广西 实施意见 《广西壮族自治区人民政府关于加强数字政府建设的实施意见》 is 桂政发〔2022〕31号 (2022-11-30); the drafter typed the plan's own year"},
  {"rule": "deadline-later-than-baseline", "line": only('到2026年，与政府治理能力现代化相适应'), "text": "2026年",
   "why": "主要目标: 广西 says 到2025年 … 数字政府体系框架基本形成; the district puts the same goal (体系框架基本形成, 一体化政务服务和一体化在线监管模式广泛普及) in 2026"},
  {"rule": "deadline-later-than-baseline", "line": only('完成时限：2026年底'), "text": "2026年底",
   "why": "广西 inline task 9 (二(四) 持续完善“智桂通”移动开放生态体系), 完成时限 2025年底; the district's 智桂通 task is due 2026年底"},
  {"rule": "deadline-invalid", "line": only('2022年12月底前'), "text": "2022年12月底前",
   "why": "before the year of issue (plan dated 2023-06-16): a deadline copied from an older plan; 广西 inline task 37 (六(二) 电子政务外网/IPv6) is 持续开展, so it is not late, only impossible"},
  {"rule": "unknown-unit", "line": only('区数字政府服务中心'), "text": "区数字政府服务中心",
   "why": "no such body in units.txt (the registry has 区政务服务中心 and 区行政审批局); named as the first (lead) unit of the 政务服务 task"},
  {"rule": "unknown-unit", "line": only('区智慧城市办'), "text": "区智慧城市办",
   "why": "no such body in units.txt (nor any alias); first-listed unit of the 数字社会/智慧城市 task"},
  {"rule": "task-uncovered", "line": 0, "task": 14,
   "why": "广西 inline task 14 (推动智慧体育服务能力提升, 各市人民政府, 持续开展) is deliberately left out; " + T},
]

hdr = [i + 1 for i, l in enumerate(L) if l == '青政办发〔2023〕21号']
pages = [i + 1 for i, l in enumerate(L) if re.match(r'^— \d+ —$', l)]

mnf = [
  {"rule": "basis-mismatch", "line": hdr[0], "text": "青政办发〔2023〕21号", "why": "the notice's own 文号, not a basis document"},
  {"rule": "basis-mismatch", "line": hdr[3], "text": "青政办发〔2023〕21号", "why": "running header left in by the OCR (the document's own 文号), repeated on every page: lines " + ', '.join(map(str, hdr))},
  {"rule": "garbled-text", "line": pages[2], "text": L[pages[2] - 1], "why": "page number left in by the OCR (page furniture), lines " + ', '.join(map(str, pages))},
  {"rule": "garbled-text", "line": only('己经区人民政府同意'), "text": "己经", "why": "OCR misread 己/已 in an ordinary word, not mojibake"},
  {"rule": "deadline-invalid", "line": only('2〇23年6月16曰'), "text": "2〇23年6月16曰", "why": "signature date 2023-06-16 as OCR'd (〇 for 0, 曰 for 日); not a deadline"},
  {"rule": "garbled-text", "line": only('2〇23年6月16曰'), "text": "16曰", "why": "OCR misread 曰/日, not mojibake"},
  {"rule": "basis-mismatch", "line": only('国发〔2022〕14号'), "text": "国发〔2022〕14号", "why": "correct national basis (title split over lines 18–19 by the page width)"},
  {"rule": "basis-mismatch", "line": only('国发〔2016〕55号'), "text": "国发〔2016〕55号", "why": "retrospective mention in 发展现状 (…印发以来) of an old document with its correct 文号; 加快推进 is part of that document's real title"},
  {"rule": "deadline-invalid", "line": only('截至2022年底'), "text": "2022年底", "why": "past date in the background (截至…), not a deadline"},
  {"rule": "garbled-text", "line": only('己接入'), "text": "己接入", "why": "OCR misread 己/已"},
  {"rule": "garbled-text", "line": only('尚末'), "text": "尚末", "why": "OCR misread 末/未"},
  {"rule": "deadline-invalid", "line": only('“4·27”'), "text": "4·27", "why": "name of the 2017-04-27 speech, not a date of this plan"},
  {"rule": "deadline-invalid", "line": only('到2023年底，全区数字政府建设'), "text": "2023年底", "why": "near-term goal in the year of issue, not before it"},
  {"rule": "deadline-later-than-baseline", "line": only('到2035年'), "text": "2035年", "why": "equal to 广西's 到2035年 goal"},
  {"rule": "unknown-unit", "line": only('（责任单位：区发展改革局、统计局、财政局'), "text": "统计局", "why": "prefix 区 distributes: 区统计局, 区财政局, 区大数据发展局; 区发展改革局 is the registry's short name of 区发展和改革局"},
  {"rule": "unknown-unit", "line": only('（责任单位：区发展改革局、统计局、财政局') + 1, "text": "各镇人民政府、各街道办事处", "why": "collective subjects"},
  {"rule": "unknown-unit", "line": only('物联感知等新型监管手段'), "text": "发展改", "why": "unit name 发展改革局 broken over lines by the page width (发展改/革局); 区市场监管局 is an alias in units.txt"},
  {"rule": "deadline-later-than-baseline", "line": only('2024年底前实现区级监管事项'), "text": "2024年底前", "why": "earlier than 广西 inline task 3 (二(二) 一体化在线监管/互联网+监管), 完成时限 2025年底"},
  {"rule": "deadline-later-than-baseline", "line": ends('完成时限：2025年'), "text": "2025年", "why": "广西 inline task 3, 完成时限 2025年底: equal; the date is broken over the line (2025年 / 底）)"},
  {"rule": "deadline-invalid", "line": ends('完成时限：2025年') + 1, "text": "底）", "why": "remainder of 2025年底 broken at the page width"},
  {"rule": "unknown-unit", "line": only('青秀公安分局等，各镇人民政府、各街道办事处'), "text": "青秀公安分局", "why": "short name of 南宁市公安局青秀分局 in units.txt; 各镇人民政府、各街道办事处 are collectives"},
  {"rule": "unknown-unit", "line": only('水利局，青秀区消防救援大'), "text": "青秀区消防救援大", "why": "青秀区消防救援大队 broken over lines (大/队等)"},
  {"rule": "deadline-invalid", "line": only('110、119、120'), "text": "110、119、120", "why": "emergency phone numbers, not dates"},
  {"rule": "deadline-later-than-baseline", "line": only('2〇25年底'), "text": "2〇25年底", "why": "广西 inline task 8 (12345热线), 完成时限 2025年底: equal; 〇 for 0 is the scanner's"},
  {"rule": "deadline-invalid", "line": only('2〇25年底'), "text": "2〇25年底", "why": "OCR 〇/0 slip in 2025年底, a valid date"},
  {"rule": "deadline-later-than-baseline", "line": only('完成时限：2024年底'), "text": "2024年底", "why": "广西 inline tasks 13 and 15 (智慧工地, 智慧康养) are 持续开展: a dated deadline is not later than an ongoing one"},
  {"rule": "garbled-text", "line": only('士壤'), "text": "士壤", "why": "OCR misread 士/土"},
  {"rule": "unknown-unit", "line": only('南宁市生态环境局青秀分局'), "text": "南宁市生态环境局青秀分局", "why": "in units.txt (a city bureau's district branch)"},
  {"rule": "unknown-unit", "line": only('“桂在行”智慧督查系统。（责任单位：区政府办公室'), "text": "区政府办公室", "why": "short name of 区人民政府办公室 in units.txt"},
  {"rule": "deadline-later-than-baseline", "line": only('2024年6月底前'), "text": "2024年6月底前", "why": "earlier than 广西 inline task 22 (二(七) 政务公开), 完成时限 2025年底"},
  {"rule": "deadline-later-than-baseline", "line": 0, "text": "2025", "why": "广西 inline task 22, 完成时限 2025年底: equal; broken over the line (2025 / 年底）)"},
  {"rule": "deadline-invalid", "line": ends('完成时限：2025'), "text": "2025", "why": "year at the line's end, 年底 continues on the next line"},
  {"rule": "unknown-unit", "line": only('任单位：区委网信办，青秀公安分局'), "text": "区直", "why": "collective subject 区直各部门 broken over the line (区直 / 各部门)"},
  {"rule": "garbled-text", "line": only('曰常监测'), "text": "曰常", "why": "OCR misread 曰/日"},
  {"rule": "deadline-later-than-baseline", "line": starts('区大数据发展局等。完成时限：持续开展'), "text": "持续开展", "why": "广西 inline task 35 (数据开发利用) is 持续开展: equal (the note is split from 责任单位： on the line above)"},
  {"rule": "garbled-text", "line": only('面向末来'), "text": "末来", "why": "OCR misread 末/未"},
  {"rule": "unknown-unit", "line": only('青秀区税务局'), "text": "青秀区税务局", "why": "short name of 国家税务总局南宁市青秀区税务局 in units.txt"},
  {"rule": "unknown-unit", "line": only('情况报送区数字政府建设工作领导小组办公室'), "text": "区数字政府建设工作领导小组办公室", "why": "the body this plan sets up (八(一)), named in a sentence, not a responsibility note"},
  {"rule": "deadline-invalid", "line": only('每年6月底、12月底前'), "text": "6月底、12月底前", "why": "the office's own recurring reporting dates"},
  {"rule": "deadline-later-than-baseline", "line": only('每年6月底、12月底前'), "text": "12月底前", "why": "reporting dates, not a task deadline"},
  {"rule": "garbled-text", "line": only('硕土、博土'), "text": "硕土、博土", "why": "OCR misread 土/士"},
  {"rule": "missing-pillar", "line": 0, "pillar": "数字生态", "why": "七(三) 营造良好数字生态 takes it up (数据要素市场规则, 网络安全基础)"},
  {"rule": "missing-pillar", "line": 0, "pillar": "党的领导", "why": "section 八 keeps 组织领导, 推进机制, 数字素养, 考核评估"},
  {"rule": "unknown-unit", "line": only('各镇人民政府、各街道办事处，区直各部门、各直属机构'), "text": "各直属机构", "why": "collective addressees of the notice"},
]
# the task-22 split must exist exactly as planned
i = ends('完成时限：2025')
assert L[i - 1].endswith('完成时限：2025') and L[i].startswith('年底）'), (L[i-1], L[i])
j = ends('完成时限：2025年')
assert L[j - 1].endswith('完成时限：2025年') and L[j].startswith('底）')
mnf[[k for k, e in enumerate(mnf) if e.get('text') == '2025' and e['rule'] == 'deadline-later-than-baseline'][0]]['line'] = i

cov_map = [
  (1, '强化经济社会发展分析'), (2, '加强监管事项清单数字化管理'), (3, '大力推行“互联网+监管”'),
  (4, '推进数字化网格治理'), (5, '推进社会治安防控体系智能化'), (6, '推进智慧应急建设'),
  (7, '持续优化区政务服务中心'), (8, '持续优化12345'), (9, '推广应用“智桂通”'),
  (10, '推进智慧教育、智慧人社、智慧医疗建设'), (11, '推进智慧教育、智慧人社、智慧医疗建设'),
  (12, '医保电子凭证'), (13, '推进智慧工地和智慧康养建设'), (15, '推进智慧养老服务体'),
  (16, '依托生态环境综合管理信息化平台'), (17, '自然资源“一张图”'), (18, '推动碳排放智能监测'),
  (19, '数字政府大脑体系布局'), (20, '加快一体化协同办公体系建设'), (21, '“桂在行”智慧督查系统'),
  (22, '持续优化区政府门户网站功能'), (23, '（一）强化安全管理责任'), (24, '（二）落实安全制度要求'),
  (25, '（三）加强数据安全监管'), (26, '（四）提升安全保障能力'), (27, '（五）提高自主可控水平'),
  (28, '（一）以数字化改革助力政府职能转变'), (29, '（二）创新数字政府建设管理机制'),
  (30, '（三）完善法规制度和标准规范'), (31, '数字政府建设标准规范贯彻落实'), (32, '（四）开展试点示范'),
  (33, '（一）创新数据管理机制'), (34, '（二）深化数据高效共享'), (35, '（三）促进数据有序开发利用'),
  (36, '（一）强化政务云平台支撑能力'), (37, '（二）提升网络平台支撑能力'),
  (38, '推广应用智能算法库'), (39, '认证、电子证照、电子印章'),
  (41, '（一）助力数字经济发展'), (42, '（二）引领数字社会建设'), (43, '（三）营造良好数字生态'),
]
covers = [{"task": t, "line": only(s)} for t, s in cov_map]

key = {
  "writer": "blind writer, round 332; read only DOMAIN.md, the seeds, seeds/units/wuzhong.units.txt and KEY-FORMAT.md",
  "written": "2026-12-06",
  "draft": "draft.txt",
  "baseline": "guangxi-2022",
  "build": None,
  "parents": [],
  "units": "units.txt",
  "planYear": 2023,
  "expect": expect,
  "mustNotFlag": mnf,
  "covers": covers,
  "notes": ("南宁市青秀区 实施方案 (notice 青政办发〔2023〕21号, dated 2023-06-16) as an office's OCR of a scanned copy: "
            "lines broken at the 28-character page width (unit names and two dates are split across lines), running header "
            "青政办发〔2023〕21号 and page numbers — n — left in, and scanner slips 己/已, 末/未, 曰/日, 土/士, 〇/0. "
            "None of the scanner's slips is planted; the six planted mistakes are the drafter's. " + T +
            "; only tasks 3, 8, 9 and 22 carry a dated 完成时限 (2025年底), all others are 持续开展. "
            "Task 23 names no 各市人民政府 (regional only) but the plan takes it up anyway. Task 40 (开放生态支撑) is not taken up and not listed. "
            "No 南宁市 plan is in the seeds, so no parent is given; the preamble refers to 南宁市 工作部署 without a title."),
}
open('key.json', 'w', encoding='utf-8').write(json.dumps(key, ensure_ascii=False, indent=2) + '\n')
print(len(expect), 'expect;', len(mnf), 'mustNotFlag;', len(covers), 'covers')
for e in expect + mnf:
    if e['line']:
        assert e.get('text', '')[:2] in L[e['line'] - 1] or e['rule'] in ('unknown-unit',), e
    print(e['rule'][:12], e['line'], e.get('text'), '|', L[e['line'] - 1] if e['line'] else '')
