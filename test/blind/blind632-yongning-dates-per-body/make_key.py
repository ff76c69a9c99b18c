# Helper kept in the case folder: builds key.json and checks every line number against draft.txt.
import json
L = open('draft.txt', encoding='utf-8').read().split('\n')
if L and L[-1] == '':
    L = L[:-1]

def ln(*frags):
    hits = [i for i, l in enumerate(L, 1) if all(f in l for f in frags)]
    assert len(hits) == 1, (frags, hits)
    return hits[0]

def chk(line, text):
    if text is not None:
        assert text in L[line - 1], (line, text)

expect = [
    dict(rule="basis-mismatch", line=ln("宁政办发〔2023〕17号"), text="宁政办发〔2023〕17号",
         why="《自治区人民政府关于加强数字政府建设的实施意见》 is 宁政发〔2023〕17号; 宁政办发 is the office's prefix, so the 文号 does not belong to the title"),
    dict(rule="deadline-later-than-baseline", line=ln("县应急管理局2025年6月底前完成应急管理数据对接"), text="2025年6月底前",
         why="主题数据库 incl. 应急管理 is task 34, 完成时限 2024年 (base libraries, task 33, also 2024年); the date given to 县应急管理局 alone is 2025年6月底前, later (the other two bodies on the line are 2024年9月底前 and 2024年底前, fine)"),
    dict(rule="deadline-later-than-baseline", line=ln("其余乡镇2025年6月底前完成。"), text="2025年6月底前",
         why="城域网升级改造, 区市县乡村5级全覆盖 is task 48, 完成时限 2024年; 其余乡镇 are given 2025年6月底前 (望远镇、杨和镇 2024年9月底前 is fine; the same line's 2024年底前 for the backbone, task 47 2024年, is fine)"),
    dict(rule="unknown-unit", line=ln("县卫生健康委"), text="县卫生健康委",
         why="the county body is 县卫生健康局 (县卫健局); 县卫生健康委 is the city/region form and is not in units.txt"),
    dict(rule="unknown-unit", line=ln("自治区政府办公厅牵头，县直各部门"), text="自治区政府办公厅",
         why="a regional body named as the lead of a local task (task 115's regional responsibility cell copied into the county plan); the county lead would be 县政府办公室"),
    dict(rule="deadline-invalid", line=ln("6月31日"), text="6月31日",
         why="2024年6月31日 is not a date (June has 30 days); task 105 is due 2024年, so it is not a late deadline"),
    dict(rule="garbled-text", line=ln("鍏ㄥ幙缁熶竴"), text="鍏ㄥ幙缁熶竴鐨勬斂绛栨枃浠跺簱",
         why="UTF-8 bytes read as GBK; re-encoding as GBK and decoding as UTF-8 gives 全县统一的政策文件库"),
]

DL = "deadline-later-than-baseline"
UU = "unknown-unit"
mnf = [
    dict(rule="basis-mismatch", line=ln("宁政办发〔2020〕14号"), text="宁政办发〔2020〕14号", why="retrospective mention of the 2020 工作要点 in the 工作基础 background, with its correct 文号; not cited as a basis"),
    dict(rule="basis-mismatch", line=ln("永政发〔2024〕9号"), text="永政发〔2024〕9号", why="the document's own 文号"),
    dict(rule="deadline-invalid", line=ln("截至2023年底"), text="2023年", why="past dates in the 工作基础 background (2023年, 截至2023年底), not deadlines"),
    dict(rule="deadline-invalid", line=ln("2024年3月18日"), text="2024年3月18日", why="the issue date"),
    dict(rule=DL, line=ln("到2024年底，全县政务信息系统"), text="2024年底", why="2024 goals: 信创云 migration (task 43, 2024年建成), 外网 全覆盖 (task 48, 2024年), 协同办公 (task 104, 2024年), 我的宁夏 (task 86, 2024年); none later; the region's 到2023年底 goals concern other things"),
    dict(rule=DL, line=ln("到2025年，全县数字政府建设"), text="到2025年", why="same year as the regional 主要目标 到2025年 (34567 框架全面成型)"),
    dict(rule=DL, line=ln("到2035年"), text="到2035年", why="same as the regional 到2035年 goal"),
    dict(rule=DL, line=ln("接入红酒云"), text="2024年9月底前", why="per-body dates 2024年9月底前 (县农业农村局) and 2024年底前 (县工业信息化和商务局) on task 2, 2023年启动，2024年取得明显成效: equal or earlier"),
    dict(rule=DL, line=ln("建设智慧园区"), text="2025年取得明显成效", why="task 3, 持续推进，2025年取得明显成效: equal"),
    dict(rule=DL, line=ln("国家智慧教育平台应用全覆盖"), text="2024年底前", why="per-body dates 县教育体育局2024年9月底前、县卫生健康局2024年底前 on tasks 7 (2023年形成试点经验，2025年取得明显成效) and 8 (持续推进，2025年取得明显成效); completing milestone 2025年 equal"),
    dict(rule=DL, line=ln("数字乡村示范村"), text="2025年6月底前", why="其余乡镇 2025年6月底前 on task 10, 持续推进，2025年取得明显成效: earlier than the end of 2025 (闽宁镇、望远镇 2024年底前 earlier still)"),
    dict(rule=UU, line=ln("数字乡村示范村"), text="其余乡镇", why="collective subject (the remaining towns), like 各乡镇; 闽宁镇、望远镇 are registered short names"),
    dict(rule=DL, line=ln("加快“数字供销”建设"), text="2025年取得明显成效", why="task 11, 2023年完成主要建设任务，2025年取得明显成效: completing milestone equal"),
    dict(rule=DL, line=ln("培育数据要素市场"), text="2025年底前", why="task 12, 2025年: equal"),
    dict(rule=UU, line=ln("培育数据要素市场"), text="县发改局", why="registered short name of 县发展和改革局"),
    dict(rule=DL, line=ln("优化数字化职责体系"), text="2024年底前", why="task 20, 2024年: equal"),
    dict(rule=DL, line=ln("基本实现审管协同"), text="2025年底前", why="2025年底前 is for 审管协同 = task 22, 2025年 (equal); the line's other date 2024年9月底前 is for 行政权力事项 = task 21, 2024年 (earlier)"),
    dict(rule=DL, line=ln("创新数字政府建设管理机制"), text="2024年底前", why="the 数字政府领域“一本账” is task 23, 2024年 (equal); not the 政务数据“一本账” of task 30 (2023年)"),
    dict(rule=DL, line=ln("开展试点示范"), text="2024年启动，2025年取得明显成效", why="task 28, 2023年启动，2025年取得明显成效: the completing milestone 2025年 is equal; a later start is not a later deadline"),
    dict(rule=DL, line=ln("县直各部门原则上不再新建业务专网"), text="2025年底前", why="2025年底前 is for 视频一张网 = task 49, 2025年 (equal); 专网整合 (task 50, 2024年) has 2024年底前"),
    dict(rule=DL, line=ln("各类证照电子化全覆盖"), text="2025年底前", why="task 52, 2025年: equal"),
    dict(rule=DL, line=ln("实现医疗收费电子化全覆盖"), text="2025年6月底前", why="2025年6月底前 for 县卫生健康局 is for 非税收入收缴电子化 = task 56, 2025年 (earlier); the line's 2024 dates are for 电子文件归档 = task 54, 2024年 (equal/earlier)"),
    dict(rule=DL, line=ln("明确分管领导和数据专员"), text="2024年底前", why="per-town dates 杨和镇、望远镇2024年6月底前, 其余乡镇2024年底前 on task 64 (各市、县（区）负责, 2025年): earlier"),
    dict(rule=UU, line=ln("明确分管领导和数据专员"), text="县大数据服务中心", why="registered unit (prose mention)"),
    dict(rule=UU, line=ln("各村（社区）基于上级平台"), text="各村（社区）", why="collective subject"),
    dict(rule=DL, line=ln("加强经济运行监测"), text="2025年底前", why="task 66, 2025年: equal"),
    dict(rule=DL, line=ln("追溯系统全覆盖"), text="2024年10月底前", why="per-body dates 县市场监管局2024年10月底前、县农业农村局2024年底前 on task 71, 2024年: earlier/equal"),
    dict(rule=UU, line=ln("追溯系统全覆盖"), text="县卫健局", why="registered short names 县市场监管局、县卫健局"),
    dict(rule=UU, line=ln("承担监管职责的县直有关部门"), text="承担监管职责的县直有关部门", why="collective subject"),
    dict(rule=UU, line=ln("提升矛盾纠纷化解能力"), text="县法院", why="registered short names 县法院、县检察院"),
    dict(rule=DL, line=ln("其余乡镇2025年底前全面完成"), text="2025年底前", why="其余乡镇 2025年底前 on task 83 (互联网+基层治理), 2025年: equal"),
    dict(rule=DL, line=ln("推进公共场馆数字化转型"), text="2024年9月底前", why="per-body dates 县文化旅游广电局2024年9月底前, 县教育体育局、县档案馆2024年底前 on task 90, 2024年: earlier/equal"),
    dict(rule=DL, line=ln("推进适老化和信息无障碍建设"), text="2024年底前", why="per-body dates (县政府办公室2024年6月底前, 县审批服务管理局2024年9月底前, 县教育体育局、县卫生健康局2024年底前) on task 93, 2024年: earlier/equal"),
    dict(rule=UU, line=ln("推进适老化和信息无障碍建设"), text="县残联", why="registered short name of 县残疾人联合会"),
    dict(rule=UU, line=ln("提升生态环保协同治理能力"), text="银川市生态环境局永宁分局", why="registered in units.txt (the county branch of the city bureau); not a city unit leading a county task"),
    dict(rule=DL, line=ln("农村供水实现数字化管理全覆盖"), text="2025年底前", why="2025年底前 is for 互联网+城乡供水 = task 96, 2025年 (equal); 2024年底前 is for 一张图 = task 97, 2024年"),
    dict(rule=DL, line=ln("推动绿色低碳转型"), text="2025年底前", why="tasks 101/102, 2025年: equal"),
    dict(rule=DL, line=ln("提升机关事务管理水平"), text="2025年底前", why="task 111, 2025年: equal"),
    dict(rule="deadline-invalid", line=ln("2023年完成并长期坚持"), text="2023年完成并长期坚持", why="the regional deadline of task 116 (2023年完成并长期坚持) copied as is; a copied regional deadline before the plan's year"),
    dict(rule=DL, line=ln("2023年完成并长期坚持"), text="2023年完成并长期坚持", why="identical to task 116's 完成时限"),
    dict(rule=DL, line=ln("县级政务信息系统向政务信创云迁移"), text="2024年11月底前", why="table row, task 43 (2024年建成，持续推进): earlier"),
    dict(rule=DL, line=ln("县审批局\t2024年10月底前"), text="2024年10月底前", why="table row, task 86, 2024年: earlier"),
    dict(rule=UU, line=ln("县审批局\t2024年10月底前"), text="县审批局", why="registered short name of 县审批服务管理局"),
    dict(rule=UU, line=ln("政务新媒体矩阵建设\t"), text="县直各部门（单位）", why="collective subject"),
    dict(rule=DL, line=ln("基层填表报数系统推广应用"), text="2025年6月底前", why="table row, task 106, 2025年: earlier"),
    dict(rule=UU, line=ln("基层填表报数系统推广应用"), text="各乡镇", why="collective subject"),
    dict(rule=DL, line=ln("非涉密视频会议系统整合\t"), text="2025年底前", why="table row, task 107, 2025年: equal"),
    dict(rule=DL, line=ln("2025年1月15日前"), text="2025年1月15日前", why="the office's own reporting dates (quarterly 25日, annual summary 2025年1月15日, evaluation 2024年12月), not task deadlines"),
    dict(rule=UU, line=ln("主动融入银川市"), text="银川市", why="prose mention of the city's 一网统管 system, not a responsible unit"),
    dict(rule=UU, line=ln("县教体局、县卫健局、县人社局"), text="县教体局", why="registered short names 县教体局、县卫健局、县人社局"),
    dict(rule=UU, line=ln("建设智慧园区"), text="县工信商务局", why="registered short name; 永宁工业园区管委会 is registered"),
]

covers_spec = [
    (2, "接入红酒云"), (3, "建设智慧园区"), (5, "完善数字经济治理"), (6, "推进公共服务数字化"),
    (7, "国家智慧教育平台应用全覆盖"), (8, "国家智慧教育平台应用全覆盖"), (9, "推进智慧城市建设"),
    (10, "数字乡村示范村"), (11, "加快“数字供销”建设"), (12, "培育数据要素市场"),
    (14, "强化安全管理责任"), (15, "强化安全管理责任"), (17, "落实安全制度要求"), (18, "提升安全防护能力"),
    (20, "优化数字化职责体系"), (21, "基本实现审管协同"), (22, "基本实现审管协同"), (23, "创新数字政府建设管理机制"),
    (24, "健全政务信息化项目管理"), (25, "健全政务信息化项目管理"), (28, "开展试点示范"),
    (30, "完善数据管理机制"), (32, "完善数据管理机制"), (36, "完善数据管理机制"),
    (33, "推进基础库和主题库建设"), (34, "推进基础库和主题库建设"), (40, "规范电子公文和公共数据开放"),
    (41, "规范电子公文和公共数据开放"), (39, "推进数据融合应用"), (42, "推进数据融合应用"),
    (43, "强化政务云平台支撑"), (47, "提升网络平台支撑"), (48, "提升网络平台支撑"),
    (49, "县直各部门原则上不再新建业务专网"), (50, "县直各部门原则上不再新建业务专网"), (52, "各类证照电子化全覆盖"),
    (54, "实现医疗收费电子化全覆盖"), (56, "实现医疗收费电子化全覆盖"), (57, "完善信用和地理信息服务"),
    (58, "完善信用和地理信息服务"), (64, "明确分管领导和数据专员"), (65, "加强经济数据汇聚"),
    (66, "加强经济运行监测"), (70, "提升监管精准化水平"), (71, "追溯系统全覆盖"), (72, "提升监管协同化"),
    (74, "提升监管协同化"), (77, "提升矛盾纠纷化解能力"), (79, "提升社会治安防控能力"),
    (80, "提升公共安全保障能力"), (83, "其余乡镇2025年底前全面完成"), (84, "打造泛在可及的服务体系"),
    (85, "提升智慧便捷的服务能力"), (86, "提升智慧便捷的服务能力"), (87, "提升智慧便捷的服务能力"),
    (88, "提供优质便利的涉企服务"), (89, "提供优质便利的涉企服务"), (90, "推进公共场馆数字化转型"),
    (93, "推进适老化和信息无障碍建设"), (94, "提升生态环保协同治理能力"), (96, "农村供水实现数字化管理全覆盖"),
    (97, "农村供水实现数字化管理全覆盖"), (101, "推动绿色低碳转型"), (102, "推动绿色低碳转型"),
    (103, "提升辅助决策能力"), (104, "提升行政执行能力"), (105, "提升行政执行能力"),
    (106, "推进基层减负和视频会议整合"), (107, "推进基层减负和视频会议整合"), (108, "提升行政监督水平"),
    (109, "提升行政监督水平"), (111, "提升机关事务管理水平"), (112, "提升政府信息公开水平"),
    (113, "提升政府信息公开水平"), (114, "发挥政务新媒体传播优势"), (115, "畅通政民互动渠道"),
    (116, "2023年完成并长期坚持"), (117, "（三）提升数字素养"), (118, "（三）提升数字素养"),
    (122, "（四）强化考核评价"), (123, "（四）强化考核评价"), (124, "（四）强化考核评价"),
]
covers = [dict(task=t, line=ln(f)) for t, f in covers_spec]

for e in expect + mnf:
    chk(e["line"], e.get("text"))
# a near miss never shares rule+line with an expected finding
exp_keys = {(e["rule"], e["line"]) for e in expect}
for m in mnf:
    assert (m["rule"], m["line"]) not in exp_keys, m

key = {
    "writer": "blind writer, round 632; read only DOMAIN.md, the seeds, seeds/units/wuzhong.units.txt and KEY-FORMAT.md",
    "written": "2026-12-07",
    "draft": "draft.txt",
    "also": [],
    "baseline": "ningxia-2023",
    "build": None,
    "parents": [],
    "units": "units.txt",
    "planYear": 2024,
    "expect": expect,
    "mustNotFlag": mnf,
    "covers": sorted(covers, key=lambda c: (c["task"], c["line"])),
    "notes": ("永宁县 (银川市) 2024 实施方案 against 宁政发〔2023〕17号, no parent plan. Many measures give a date per body or per town "
              "inside the sentence; compare each date with the task its clause takes up, not with every task the line touches. "
              "Lines 43, 55, 57 and 84 each take up two tasks with different regional years and carry one date per task. "
              "Tasks due 2023 carry no local date except line 97, which copies task 116's 2023年完成并长期坚持 verbatim. "
              "The planted mistakes are the 7 expect entries; task-uncovered is not annotated beyond covers (no task left out on purpose)."),
}
json.dump(key, open('key.json', 'w', encoding='utf-8'), ensure_ascii=False, indent=2)
print(len(L), "lines;", len(expect), "expect;", len(mnf), "mustNotFlag;", len(covers), "covers")
for e in expect: print(e["rule"], e["line"], e["text"])
