#!/usr/bin/env python3
"""Builds key.json for blind case 522; every line number is found from a unique substring of draft.txt."""
import json

lines = open('draft.txt', encoding='utf-8').read().split('\n')

def ln(sub, text=None):
    hits = [i for i, l in enumerate(lines, 1) if sub in l]
    assert len(hits) == 1, (sub, hits)
    h = hits[0]
    if text is not None and text not in lines[h - 1]:
        # part 四: the unit and the date sit on the 责任单位/完成时限 lines under the measure
        for k in (h + 1, h + 2):
            if lines[k - 1].startswith(('责任单位：', '完成时限：')) and text in lines[k - 1]:
                return k
        raise AssertionError((sub, text))
    return h

def e(rule, sub, text, why, **kw):
    d = {"rule": rule, "line": ln(sub, text), "text": text, "why": why}
    d.update(kw)
    return d

DL = "deadline-later-than-baseline"
expect = [
    e("basis-mismatch", "根据《国务院关于加强数字政府建设的指导意见》", "宁政办发〔2023〕17号",
      "《自治区人民政府关于加强数字政府建设的实施意见》 is 宁政发〔2023〕17号 (a 人民政府 文件, not a 办公厅 宁政办发 document); the 文号 does not belong to the title"),
    e(DL, "推动企业上云用云。", "2025年",
      "task 2 (产业云, 企业、产业数据汇聚, 推进产业数字化) 完成时限 '2023 年启动，2024 年取得明显成效'; the draft's note '2024年启动，2025年取得明显成效' puts the completing milestone a year later"),
    e("unknown-unit", "建立数字资源“一本账”", "自治区政府办公厅",
      "a regional body named as 牵头单位 of a local task (task 23, whose regional lead it is); the county's lead would be 市政府办公室"),
    e(DL, "提升网络支撑能力。开展城域网升级改造", "2025年",
      "task 48 (城域网升级改造, 区市县乡村5级全覆盖) 完成时限 '2024年' (task 47 also '2024 年'); the draft's own 2024 goal on line 16 even says 2024年底"),
    e("unknown-unit", "责任单位：市大数据管理服务局", "市大数据管理服务局",
      "a 吴忠市 body copied from the city's plan; 青铜峡市 has no such bureau and units.txt does not list it"),
    e(DL, "完成时限：2025年6月底前", "2025年6月底前",
      "task 93 (政府网站、政务移动端、公共服务场所适老化与信息无障碍建设) 完成时限 '2024年'"),
    e("deadline-invalid", "加大数字化专业人才引进力度", "2014年",
      "before the year the plan is issued (2024); a typo for 2024 (task 117, 人才引进, 完成时限 '2024年')"),
]

def n(rule, sub, why, text=None):
    d = {"rule": rule, "line": ln(sub, text)}
    if text is not None:
        d["text"] = text
    d["why"] = why
    return d

UU = "unknown-unit"
mustNotFlag = [
    n("basis-mismatch", "根据《国务院关于加强数字政府建设的指导意见》",
      "the national 指导意见 is cited with its correct 文号", "国发〔2022〕14号"),
    n("basis-mismatch", "自《宁夏回族自治区2020年“数字政府”建设工作要点》",
      "retrospective mention in the background section; title and 文号 are correct and it is not cited as a basis", "宁政办发〔2020〕14号"),
    n("basis-mismatch", "关于印发《青铜峡市数字政府建设实施方案》的通知",
      "the document's own title in its cover notice, not a cited basis", "青铜峡市数字政府建设实施方案"),
    n("basis-mismatch", "青政发〔2024〕18号",
      "the plan's own 文号 in the cover notice", "青政发〔2024〕18号"),
    n("deadline-invalid", "2024年4月12日", "the issuing date of the cover notice, not a deadline", "2024年4月12日"),
    n("deadline-invalid", "2023年，全市政务服务事项网上可办率",
      "a past date in the background (what was achieved in 2023), not a deadline", "2023年"),
    n(DL, "到2024年底，电子政务外网实现",
      "2024 goals equal to the region's deadlines for the same things: task 48 '2024年', task 86 '2024年', task 105 '2024年'", "2024年底"),
    n(DL, "到2025年，全市数字政府建设“34567”体系框架全面成型",
      "same year as the region's goal '到2025年，…“34567”体系框架全面成型'", "2025年"),
    n(DL, "到2035年，与政府治理能力现代化相适应",
      "same year as the region's 2035 goal", "2035年"),
    n(DL, "建设智慧园区。", "task 3 完成时限 '持续推进，2025 年取得明显成效': equal", "2025年"),
    n(DL, "完善数字经济治理体系。", "task 5 完成时限 '持续推进，2025 年取得明显成效': equal", "2025年"),
    n(DL, "推进公共服务数字化。", "task 6 完成时限 '持续推进，2025 年取得明显成效': equal", "2025年"),
    n(DL, "深化智慧教育应用。",
      "task 7 完成时限 '2023年形成试点经验，2025年取得明显成效': the completing milestone 2025 is equal", "2025年"),
    n(DL, "推进“互联网+医疗健康”。",
      "task 8 完成时限 '持续推进，2025年取得明显成效'; 2024年底前 is earlier", "2024年底前"),
    n(UU, "推进“互联网+医疗健康”。", "official short name of 市卫生健康局 listed in units.txt", "市卫健局"),
    n(DL, "加快智慧城市建设。", "task 9 完成时限 '持续推进，2025年取得明显成效': equal", "2025年"),
    n(UU, "推进数字乡村建设。",
      "'各镇人民政府' is a collective subject; the two telecom branches are listed in units.txt", "各镇人民政府"),
    n(DL, "推进数字乡村建设。", "task 10 完成时限 '持续推进，2025年取得明显成效': equal", "2025年"),
    n(DL, "建设“数字供销”。",
      "task 11 完成时限 '2023年完成主要建设任务，2025年取得明显成效': the completing milestone 2025 is equal; the 2023 milestone is regional and already past when the plan is issued", "2025年"),
    n(DL, "培育数据要素市场。", "task 12 完成时限 '2025年': equal", "2025年"),
    n(DL, "强化数据安全评估。", "task 16 完成时限 '2024年': equal", "2024年"),
    n(DL, "提升安全防护能力。建立健全动态监控",
      "task 18 完成时限 '2023年形成机制，长期坚持': the draft's '长期坚持' is the same ongoing requirement", "长期坚持"),
    n(UU, "配合自治区政府办公厅推进政务信创云建设",
      "the regional body is named in body text as the builder the county cooperates with, not as the lead of a local task; the tag names 市政府办公室", "自治区政府办公厅"),
    n(DL, "提高自主可控水平。",
      "tasks 43 ('2024 年建成，持续推进') and 46 ('2024 年'): equal", "2024年"),
    n(UU, "【牵头单位：市政府办】", "official short name of 市人民政府办公室 listed in units.txt", "市政府办"),
    n(DL, "【牵头单位：市政府办】",
      "task 28 完成时限 '2023年启动，2025年取得明显成效': equal", "2025年取得明显成效"),
    n(DL, "规范电子公文管理。",
      "written '2024 年' with a space; tasks 40 and 54 完成时限 '2024年': equal", "2024 年"),
    n(DL, "促进数据开放利用。", "tasks 41 and 42 完成时限 '2024年': 2024年底前 is equal", "2024年底前"),
    n(UU, "推广电子证照和电子印章。", "official short name of 市审批服务管理局 listed in units.txt", "市审批局"),
    n(DL, "推广电子证照和电子印章。",
      "task 53 '2024年' equal, task 52 '2025年' earlier", "2024年"),
    n(DL, "推进电子票据和非税收缴电子化。",
      "task 55 '2024年' equal, task 56 '2025年' earlier", "2024年"),
    n(UU, "责任单位：市市场监管局、市农业农村局", "official short name of 市市场监督管理局 listed in units.txt", "市市场监管局"),
    n(UU, "责任单位：市委政法委、市公安局，各镇人民政府",
      "'各镇人民政府' is a collective; 裕民街道办事处 is listed in units.txt (the prefix 市 does not distribute into it)", "裕民街道办事处"),
    n(UU, "责任单位：市委政法委、各镇（街道）、各村（社区）", "collective subjects", "各镇（街道）"),
    n(DL, "7．提升基层社会治理能力。", "task 83 完成时限 '2025年': equal", "2025年"),
    n(DL, "10．优化12345热线服务。",
      "task 87 完成时限 '2023年启动，2025年完成'; 2024年底前 is earlier", "2024年底前"),
    n(UU, "责任单位：市直各部门（单位）、各镇人民政府", "collective subjects", "市直各部门（单位）"),
    n(UU, "责任单位：吴忠市生态环境局青铜峡分局",
      "the vertically managed 生态环境 branch office, listed in units.txt; not a regional body", "吴忠市生态环境局青铜峡分局"),
    n(DL, "13．提升生态环境智慧监测能力。",
      "task 94 '2024年' equal, task 95 '2025年' earlier", "2024年"),
    n(DL, "14．深化“互联网+城乡供水”。", "task 96 完成时限 '2025年': equal", "2025年"),
    n(DL, "18．整合视频会议和机关事务系统。",
      "tasks 107 and 111 完成时限 '2025年': equal", "2025年"),
    n("deadline-invalid", "各责任单位要于每年6月25日、12月10日前",
      "the office's own recurring reporting dates, not task deadlines", "6月25日"),
    n(DL, "成立市推进数字政府建设领导小组",
      "task 64 (各地参照自治区做法成立相应组织机构) 完成时限 '2025年'; 2024年6月底前 is earlier. Task 60 (2023) concerns the regional leading group only (自治区政府办公厅负责)", "2024年6月底前"),
    n(DL, "厘清市、镇、村三级职责", "tasks 64 and 81 完成时限 '2025年': equal", "2025年"),
    n(DL, "每年制定数字政府工作要点和重点任务考核指标",
      "task 121 完成时限 '长期坚持': equal", "长期坚持"),
    n(UU, "加大数字化专业人才引进力度", "official short name of 市人力资源和社会保障局 listed in units.txt", "市人社局"),
    n(DL, "探索数字人才资源共享", "task 120 完成时限 '2025年': equal", "2025年"),
]

def c(task, sub):
    return {"task": task, "line": ln(sub)}

covers = [
    c(2, "推动企业上云用云。"), c(3, "建设智慧园区。"), c(5, "完善数字经济治理体系。"),
    c(6, "推进公共服务数字化。"), c(7, "深化智慧教育应用。"), c(8, "推进“互联网+医疗健康”。"),
    c(9, "加快智慧城市建设。"), c(10, "推进数字乡村建设。"), c(11, "建设“数字供销”。"),
    c(12, "培育数据要素市场。"),
    c(14, "（一）构建全方位安全保障体系。"), c(15, "（一）构建全方位安全保障体系。"),
    c(16, "强化数据安全评估。"), c(18, "提升安全防护能力。建立健全动态监控"),
    c(43, "提高自主可控水平。"), c(46, "提高自主可控水平。"),
    c(24, "（二）构建科学规范的制度规则体系。"),
    c(21, "推进行政权力事项网上运行。"), c(23, "建立数字资源“一本账”"), c(26, "完善制度规范。"),
    c(28, "开展试点示范。"),
    c(30, "（三）构建循环利用的数据资源体系。"), c(32, "（三）构建循环利用的数据资源体系。"),
    c(33, "推进政务数据汇聚。"), c(34, "推进政务数据汇聚。"), c(40, "规范电子公文管理。"),
    c(41, "促进数据开放利用。"), c(42, "促进数据开放利用。"),
    c(47, "提升网络支撑能力。开展城域网升级改造"), c(48, "提升网络支撑能力。开展城域网升级改造"),
    c(50, "整合非涉密业务专网。"), c(49, "融合视频资源。"),
    c(52, "推广电子证照和电子印章。"), c(53, "推广电子证照和电子印章。"),
    c(55, "推进电子票据和非税收缴电子化。"), c(56, "推进电子票据和非税收缴电子化。"),
    c(57, "完善信用信息服务。"),
    c(66, "1．加强经济运行监测预警。"), c(70, "2．推行差异化监管。"), c(71, "3．强化重点领域追溯监管。"),
    c(77, "4．提升矛盾纠纷化解能力。"), c(79, "5．推进“雪亮工程”。"), c(80, "6．加快“智慧应急”建设。"),
    c(83, "7．提升基层社会治理能力。"), c(84, "8．深化“一网通办”。"), c(86, "9．做强“我的宁夏”青铜峡专区。"),
    c(87, "10．优化12345热线服务。"), c(88, "11．提供优质涉企服务。"), c(89, "11．提供优质涉企服务。"),
    c(93, "12．推进适老化和信息无障碍建设。"), c(94, "13．提升生态环境智慧监测能力。"),
    c(95, "13．提升生态环境智慧监测能力。"), c(96, "14．深化“互联网+城乡供水”。"),
    c(97, "15．完善自然资源“一张图”。"), c(98, "15．完善自然资源“一张图”。"),
    c(104, "16．提升协同办公水平。"), c(105, "16．提升协同办公水平。"), c(106, "17．推动基层减负。"),
    c(107, "18．整合视频会议和机关事务系统。"), c(111, "18．整合视频会议和机关事务系统。"),
    c(112, "19．完善政务公开平台。"), c(114, "19．完善政务公开平台。"), c(115, "20．畅通政民互动渠道。"),
    c(64, "（一）健全组织机构。成立由市政府主要负责同志"),
    c(116, "（一）加强组织领导。各级党委要切实履行领导责任"),
    c(25, "（二）加大财政投入。"), c(118, "（三）提升数字素养。"),
    c(122, "（四）强化考核评价。"), c(123, "（四）强化考核评价。"), c(124, "（四）强化考核评价。"),
    c(121, "每年制定数字政府工作要点和重点任务考核指标"),
    c(117, "加大数字化专业人才引进力度"), c(120, "探索数字人才资源共享"),
]

key = {
    "writer": "blind writer, round 522; read only DOMAIN.md, the seeds, seeds/units/wuzhong.units.txt and KEY-FORMAT.md",
    "written": "2026-12-07",
    "draft": "draft.txt",
    "baseline": "ningxia-2023",
    "build": None,
    "parents": [],
    "units": "units.txt",
    "planYear": 2024,
    "expect": expect,
    "mustNotFlag": mustNotFlag,
    "covers": covers,
    "notes": ("青铜峡市 (county-level city under 吴忠市) plan of 2024, checked against 宁政发〔2023〕17号 only (no parent plan). "
              "Four hands, four notations: part 二 gives bodies and dates in （责任单位：…；完成时限：…） notes after each measure; "
              "part 三 puts 【牵头单位：…】【完成时限：…】 tags before each measure; part 四 has 责任单位：… / 完成时限：… lines under each numbered measure "
              "and states that the first-listed unit leads; parts 五–六 end with a small tab-separated table. "
              "Deliberately, tasks whose regional 完成时限 is 2023 (14, 15, 24, 25, 30, 32, 116, 118, 122–124) are taken up only in undated prose, "
              "so no 2024 deadline sits against a 2023 regional one; the only dated measures near a 2023 regional date are task 18 ('2023年形成机制，长期坚持' against the draft's '长期坚持', line 41) "
              "and the leading-group row (line 140), which takes up county task 64 (2025), not the regional-only task 60 (2023). No task-uncovered entries are planted; the draft does not take up every county task "
              "(e.g. 36, 51, 68, 72, 85, 92) and task-uncovered information on those is not annotated either way."),
}
json.dump(key, open('key.json', 'w', encoding='utf-8'), ensure_ascii=False, indent=2)
print(len(expect), len(mustNotFlag), len(covers), len({x['task'] for x in covers}))
