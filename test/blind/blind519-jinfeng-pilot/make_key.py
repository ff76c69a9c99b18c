#!/usr/bin/python3
# Writes key.json and checks every line/text pair against draft.txt (1-based lines).
import json, sys
lines = open('draft.txt', encoding='utf-8').read().split('\n')
if lines and lines[-1] == '':
    lines = lines[:-1]

def E(rule, line, text=None, why='', **kw):
    d = {"rule": rule, "line": line}
    if text is not None: d["text"] = text
    d.update(kw); d["why"] = why
    return d

expect = [
    E("basis-mismatch", 8, "宁政办发〔2023〕17号", "the title 《自治区人民政府关于加强数字政府建设的实施意见》 belongs to 宁政发〔2023〕17号 (2023-05-16); 宁政办发 is the government office's series, so the 文号 does not belong to the title"),
    E("deadline-later-than-baseline", 17, "2026年", "主要目标: the region sets 到2025年 for the same goal (全区各级数字政府建设“34567”体系框架全面成型); the district puts it in 2026"),
    E("deadline-later-than-baseline", 42, "2025年6月底前", "task 48 (开展各级城域网升级改造，推进区市县乡村5级全覆盖，按需向企事业单位拓展; 各市、县（区）具体负责), 完成时限 2024 年; the draft gives 2025年6月底前 (task 47, same theme, is also 2024 年)"),
    E("deadline-later-than-baseline", 46, "2025年底前", "task 93 (政府网站、政务移动端、公共服务场所适老化与信息无障碍建设; 各市、县（区）按照职能分别负责), 完成时限 2024年; the draft gives 2025年底前"),
    E("deadline-invalid", 35, "2023年12月底前", "the plan is issued 2024-06-12 (planYear 2024); an own pilot task (组件库首批上线) cannot be due before the document's year; it is not a copied regional deadline (the region has no such task)"),
    E("unknown-unit", 49, "区数据局", "not in units.txt (the district's data body is 区大数据服务中心 = 区大数据中心) and not a regional unit"),
    E("garbled-text", 71, "鍗忓悓鍔炲叕骞冲彴", "UTF-8 bytes of 协同办公平台 read as GBK (mojibake, no ? marker)"),
]

mnf = [
    E("basis-mismatch", 1, "工作方案", "the draft's own title (金凤区数字政府建设改革试点工作方案); not a citation of a basis document"),
    E("basis-mismatch", 8, "国发〔2022〕14号", "correct title and 文号 of the national 指导意见"),
    E("basis-mismatch", 10, "宁政办发〔2020〕14号", "retrospective mention in 工作基础 of the superseded 2020 工作要点, title and 文号 match; not cited as a basis"),
    E("basis-mismatch", 38, "全区数字政府建设重点任务清单（2023年—2025年）", "the exact title of 附件2 of 宁政发〔2023〕17号; an attachment, no 文号 of its own"),
    E("deadline-invalid", 5, "2024年6月12日", "the issue date of the document, not a deadline"),
    E("deadline-invalid", 10, "2023年", "past date in the background section (工作基础), not a deadline"),
    E("deadline-invalid", 38, "2023年", "period in the title of the regional task list, not a deadline"),
    E("deadline-later-than-baseline", 15, "2024年底", "the district's own pilot goal (试点启动、首席数据官/体验官机制、首批场景揭榜); the region's 到2023年底 goals are other things (政策体系、自治区本级“五个一”、政务大数据体系、平台家底)"),
    E("deadline-later-than-baseline", 16, "2025年底", "equal to the region's 主要目标 到2025年 (工作体制逐步健全、数据治理初见成效、政府数字化履职能力明显提升)"),
    E("deadline-later-than-baseline", 18, "2035年", "equal to the region's 到2035年 goal"),
    E("deadline-later-than-baseline", 28, "2025年12月", "the pilot period the district sets for itself; the region set no pilot period"),
    E("deadline-later-than-baseline", 31, "2024年12月底前", "own pilot task (首席数据官); the region only says 探索建立首席数据官制度 in its body text, with no task row or date; not task 32 (明确本地本部门数据管理机构及其职责分工、人员, 2023年), which the draft takes up undated on line 63"),
    E("deadline-later-than-baseline", 32, "2024年9月底前", "own pilot task (数字政府体验官); no regional task or date"),
    E("deadline-later-than-baseline", 33, "2025年12月底前", "own pilot task (场景揭榜挂帅); no regional task or date"),
    E("deadline-later-than-baseline", 34, "2025年9月底前", "own pilot task (街道（镇）数字化履职指数); no regional task or date"),
    E("deadline-later-than-baseline", 35, "2025年6月底前", "second milestone of an own pilot task (组件库); no regional task or date (the 2023年12月底前 on the same line is the planted invalid date)"),
    E("deadline-later-than-baseline", 36, "2026年6月底前", "own pilot task (阅海湾中央商务区楼宇治理数字孪生场景 and its roll-out to the district's office buildings); the region set no task or date for it; task 9 (各地级市牵头的智慧城市/一网统管/城市信息模型, 持续推进，2025年取得明显成效) is a different, city-led task"),
    E("deadline-later-than-baseline", 40, "持续推进，2025年取得明显成效", "task 6, 完成时限 持续推进，2025 年取得明显成效: equal"),
    E("deadline-later-than-baseline", 41, "持续推进，2025年取得明显成效", "task 10, 完成时限 持续推进，2025年取得明显成效: equal"),
    E("deadline-later-than-baseline", 43, "2024年启动，2025年取得明显成效", "task 28, 完成时限 2023年启动，2025年取得明显成效: the completing milestone (2025) is equal; the later start reflects the district being named a 2024 pilot"),
    E("deadline-later-than-baseline", 44, "2024年7月底前", "task 64 (各地各部门参照自治区做法成立相应组织机构; 各市、县（区）负责), 完成时限 2025年: earlier. Not task 60 (充实自治区领导小组, 2023年), which is the region's own"),
    E("deadline-later-than-baseline", 45, "2024年底前", "task 86 (“我的宁夏”应上尽上), 完成时限 2024年: equal"),
    E("deadline-later-than-baseline", 47, "2024年底前完成主体建设，2025年全面建成", "task 83 (“互联网+基层治理”), 完成时限 2025年: equal, with an earlier interim milestone"),
    E("deadline-later-than-baseline", 48, "2025年6月底前", "task 106 (填表报数系统，压减50%以上), 完成时限 2025年: same year, not later"),
    E("deadline-later-than-baseline", 49, "2024年底前", "task 112 (政务公开信息化平台), 完成时限 2024年: equal"),
    E("deadline-later-than-baseline", 50, "2024年12月底前", "task 114 (政务新媒体矩阵), 完成时限 2024年: equal"),
    E("deadline-later-than-baseline", 51, "2025年", "task 49 (视频共享平台、“视频一张网”), 完成时限 2025 年: equal"),
    E("deadline-later-than-baseline", 52, "2024年底前", "task 73 (监管数据治理、消费维权“一件事”), 完成时限 2024年: equal"),
    E("deadline-later-than-baseline", 53, "2024年", "task 41 (公共数据开放目录、开放平台), 完成时限 2024年: equal"),
    E("deadline-later-than-baseline", 78, "2024年12月底前", "the office's own reporting dates (季度进展、中期评估报告), not tasks"),
    E("deadline-later-than-baseline", 79, "2026年1月底前", "the office's own reporting/evaluation date after the pilot period (试点评估验收), not a task deadline"),
    E("unknown-unit", 2, "各乡镇（街道）", "collective subject (also in responsibility cells, e.g. lines 31, 42, 47)"),
    E("unknown-unit", 31, "区直各部门", "collective subject"),
    E("unknown-unit", 52, "区直有关部门", "collective subject (the district form of 市直有关部门)"),
    E("unknown-unit", 31, "区大数据中心", "registered short name of 区大数据服务中心 in units.txt"),
    E("unknown-unit", 32, "区审批局", "registered short name of 区行政审批服务局"),
    E("unknown-unit", 36, "区工信商务局", "registered short name of 区工业信息化和商务局 (and 区应急局 of 区应急管理局 on the same line)"),
    E("unknown-unit", 40, "卫生健康局", "the prefix 区 distributes over the list: 区卫生健康局, 区人力资源社会保障局, 区文化旅游体育局, 区民政局, all in units.txt"),
    E("unknown-unit", 41, "良田镇人民政府", "in units.txt (so is 丰登镇人民政府)"),
    E("unknown-unit", 51, "区公安分局", "registered short name of 银川市公安局金凤区分局"),
    E("unknown-unit", 52, "区市场监管分局", "registered short name of 银川市市场监督管理局金凤区分局"),
    E("unknown-unit", 59, "自治区发展改革委", "a regional unit from the baseline, named as the body the district supports, not as the lead of a local task"),
    E("unknown-unit", 4, "银川市金凤区人民政府办公室", "the issuer's signature: 区人民政府办公室 with its full place name; not a responsibility cell"),
]
for p, ln, why in [("数字生态", 59, "营造良好数字生态 paragraph (数据要素市场、数据交易、网络生态)"),
                   ("五个一", 74, "lines 73-75 and table row 5 (line 44): 区级推进架构 modelled on 五个一, 区-乡镇（街道）-村（社区） layer duties under 六级贯通"),
                   ("政务公开", 72, "line 72 plus table rows 10-11 (lines 49-50)"),
                   ("财政投入", 82, "加大财政投入 (line 82); 组织领导 81, 数字素养 83, 考核评价 84")]:
    mnf.append({"rule": "missing-pillar", "line": 0, "pillar": p, "why": "covered: " + why})

covers = [(6,40),(10,41),(48,42),(28,43),(64,44),(86,45),(93,46),(83,47),(106,48),(112,49),(114,50),(49,51),(73,52),(41,53),
          (3,57),(1,57),(9,58),(12,59),(14,61),(15,61),(18,61),(21,62),(24,62),(30,63),(32,63),(36,63),(43,64),(50,64),(54,64),
          (66,66),(70,67),(71,67),(72,67),(77,68),(79,68),(80,68),(84,69),(85,69),(89,69),(96,70),(104,71),(105,71),(107,71),(111,71),
          (115,72),(116,81),(123,84),(124,84)]
key = {
    "writer": "blind writer, round 519; read only DOMAIN.md, the seeds, seeds/units/wuzhong.units.txt and KEY-FORMAT.md",
    "written": "2026-12-07",
    "draft": "draft.txt",
    "baseline": "ningxia-2023",
    "build": None,
    "parents": [],
    "units": "units.txt",
    "planYear": 2024,
    "expect": expect,
    "mustNotFlag": mnf,
    "covers": [{"task": t, "line": l} for t, l in covers],
    "notes": "金凤区 (银川市) pilot work plan of 2024-06-12, checked against 宁政发〔2023〕17号 only (no parent plan: the draft cites no 银川 plan). Section 三 (lines 31-36) holds the district's own pilot tasks, which the region's task list does not contain; their dates are the district's own choice. Section 四 (table, lines 39-53) takes up regional tasks with dates; only lines 42 and 46 are later than the region. Section 五 takes up further regional tasks without dates so that every pillar is covered. The garbled run on line 71 replaces 协同办公平台."
}
# verification
bad = 0
for group in ("expect", "mustNotFlag"):
    for e in key[group]:
        if e["line"] and "text" in e and e["text"] not in lines[e["line"]-1]:
            print("MISMATCH", group, e["line"], e["text"]); bad += 1
for t, l in covers:
    assert 1 <= l <= len(lines)
print("lines", len(lines), "expect", len(expect), "mustNotFlag", len(mnf), "covers", len(covers), "bad", bad)
if bad: sys.exit(1)
json.dump(key, open('key.json', 'w', encoding='utf-8'), ensure_ascii=False, indent=2)
