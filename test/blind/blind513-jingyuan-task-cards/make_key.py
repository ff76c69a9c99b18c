# -*- coding: utf-8 -*-
# Builds key.json from draft.txt: every entry names a unique anchor string, and the
# line number is looked up (1-based) so the key always matches the final draft.
# Run after build.py: /usr/bin/python3 make_key.py
import json, os

HERE = os.path.dirname(os.path.abspath(__file__))
lines = open(os.path.join(HERE, "draft.txt"), encoding="utf-8").read().split("\n")
if lines and lines[-1] == "":
    lines.pop()


def ln(anchor, start=None):
    """1-based line of the unique line containing anchor (after line `start` if given)."""
    hits = [i + 1 for i, l in enumerate(lines) if anchor in l and (start is None or i + 1 > start)]
    if start is not None:
        hits = hits[:1]
    assert len(hits) == 1, (anchor, hits)
    return hits[0]


def card(title):
    return ln(title)


def field(title, prefix):
    """line of the first `prefix` line after the card title line."""
    t = card(title)
    for i in range(t, len(lines)):
        if lines[i].startswith(prefix):
            return i + 1
        if lines[i].strip() == "":
            break
    raise AssertionError((title, prefix))


def chk(line, text):
    assert text in lines[line - 1], (line, text, lines[line - 1])
    return line


E = []   # expect
N = []   # mustNotFlag
C = []   # covers


def exp(rule, line, why, **kw):
    d = {"rule": rule, "line": line}
    d.update(kw)
    d["why"] = why
    if "text" in d and line:
        chk(line, d["text"])
    E.append(d)


def nf(rule, line, why, text=None):
    d = {"rule": rule, "line": line}
    if text is not None:
        chk(line, text)
        d["text"] = text
    d["why"] = why
    N.append(d)


def cov(task, line):
    C.append({"task": task, "line": line})


DL = "deadline-later-than-baseline"
DI = "deadline-invalid"
UU = "unknown-unit"
BM = "basis-mismatch"
MP = "missing-pillar"

# ---------------- expect: planted mistakes ----------------
exp(BM, ln("宁政发〔2022〕17号"),
    "wrong 文号: 《自治区人民政府关于加强数字政府建设的实施意见》 is 宁政发〔2023〕17号 (issued 2023-05-16); "
    "the year is slipped to 2022. The same title is cited correctly on the 体系框架 line.",
    text="宁政发〔2022〕17号")
exp(DL, ln("到2026年，全县数字政府建设"),
    "主要目标 goal later than the region's: 宁政发〔2023〕17号 主要目标 says 到2025年，全区各级数字政府建设“34567”体系框架全面成型; "
    "the county puts the same goal (框架全面成型, 工作体制逐步健全、管理机制趋于成熟…) at 2026.",
    text="2026年")
exp(DL, field("【任务十三】", "完成时限："),
    "电子政务外网 城域网升级 and 县乡村全覆盖 = task 48 (开展各级城域网升级改造，推进区市县乡村5级全覆盖, 完成时限 2024 年) "
    "and task 47 (外网升级改造、扩大互联网出口带宽, 完成时限 2024 年); the card says 2025年底前. "
    "The draft's own 主要目标 (line 16) even promises 县、乡、村三级全覆盖 by 2024年底.",
    text="2025年底前")
exp(DI, field("◆任务23：", "完成时限："),
    "impossible year 20245 (typing slip for 2024 or 2025). The card is task 93 (适老化与信息无障碍建设, 完成时限 2024年).",
    text="20245年")
exp(UU, field("【任务七】", "牵头单位："),
    "a regional body named as lead of a county task: copied from task 23's 责任单位 (自治区政府办公厅牵头负责). "
    "In a county plan the lead must be a county unit (e.g. 县政府办 / 县信息化服务中心).",
    text="自治区政府办公厅")
exp(UU, field("【任务十】", "牵头单位："),
    "not in units.txt; the county's information body is 县信息化服务中心 (used correctly in 任务九、十二、十三). "
    "县大数据中心 is no registered name or short name.",
    text="县大数据中心")
exp("garbled-text", ln("鎺ㄥ姩鏁版嵁"),
    "UTF-8 bytes of “推动数据共享交换” read as GBK (鎺ㄥ姩鏁版嵁鍏变韩浜ゆ崲); re-encoding as GBK and decoding as UTF-8 recovers it.",
    text="鎺ㄥ姩鏁版嵁")

# ---------------- mustNotFlag: deadlines ----------------
def dl(title, why, text=None, prefix="完成时限："):
    l = field(title, prefix)
    nf(DL, l, why, text)
    return l

dl("【任务一】", "task 2 完成时限 “2023 年启动，2024 年取得明显成效”; card says 2024年取得明显成效: equal.", "2024年")
nf(DL, field("【任务一】", "阶段目标："), "stage dates 2024年6月底前 / 2024年10月底前 lie before the final 2024 milestone (task 2: 2024 年取得明显成效).", "2024年6月底前")
dl("【任务二】", "task 6 完成时限 “持续推进，2025 年取得明显成效”; card copies it: equal.", "2025年取得明显成效")
dl("【任务三】", "task 10 完成时限 “持续推进，2025年取得明显成效”; 2025年底前 is the same year: equal.", "2025年底前")
dl("【任务四】", "task 12 (数据要素市场) 完成时限 2025年 and task 13 (规范数据交易行为) 完成时限 2024年; 2024年底前 is earlier than 12 and equal to 13.", "2024年底前")
dl("【任务五】", "task 16 (数据安全防护能力评估) 完成时限 2024年; 2024年12月底前: equal.", "2024年12月底前")
nf(DL, field("【任务五】", "阶段目标："), "stage date 2024年8月底前 is before the final date; task 16 is due 2024年.", "2024年8月底前")
dl("【任务六】", "task 21 (行政权力事项网上运行) 完成时限 2024年: equal (审管协同 part of task 22 is due 2025年: earlier).", "2024年")
dl("【任务七】", "task 23 (一本账) 完成时限 2024年; 2024年10月底前 is within 2024: equal year, earlier month.", "2024年10月底前")
dl("【任务八】", "task 28 完成时限 “2023年启动，2025年取得明显成效”; the county starts in 2024 but the completing milestone 2025年取得明显成效 is equal.", "2025年取得明显成效")
dl("【任务九】", "task 29 (政务数据平台) “2023年启动，2025年完成” — earlier; tasks 33/34 (基础库/主题库) 2024年 — equal.", "2024年底前")
nf(DL, field("【任务九】", "阶段目标："), "stage dates 2024年7月底前 / 2024年11月底前 are before the final 2024年底前 (tasks 33/34: 2024年).", "2024年7月底前")
dl("【任务十】", "tasks 41 (公共数据开放) and 42 (公共数据与政务数据融合应用) 完成时限 2024年: equal.", "2024年")
dl("【任务十一】", "tasks 40 (电子公文) and 54 (电子文件归档、电子档案) 完成时限 2024年: equal.", "2024年底前")
dl("【任务十二】", "task 43 “2024 年建成，持续推进” and task 46 (政务云资源调度、系统迁移) 2024 年: equal.", "2024年12月底前")
nf(DL, field("【任务十二】", "阶段目标："), "stage dates 2024年5月/9月/12月底前; the last equals the card's final date, all within task 43/46's 2024 年.", "2024年5月底前")
nf(DL, field("【任务十三】", "阶段目标："), "stage date 2024年9月底前 (城域网升级) is within task 47/48's 2024 年; only the card's 完成时限 is late.", "2024年9月底前")
dl("【任务十四】", "task 49 (视频共享平台、视频一张网) 完成时限 2025 年: equal.", "2025年")
dl("【任务十五】", "task 55 (公共支付平台、电子票据) 2024年: equal; task 56 (非税收入收缴电子化) 2025年: earlier.", "2024年底前")
dl("【任务十六】", "task 64 (各地参照自治区做法成立组织机构) 完成时限 2025年; 2024年6月底前 is earlier. (Task 60, 充实自治区领导小组, 2023年, is a regional-only task led by 自治区政府办公厅; the card no longer speaks of 充实领导小组.)", "2024年6月底前")
dl("◆任务17：", "task 66 (宁夏经济运行大数据平台、重点企业360画像) 完成时限 2025年: earlier; task 65 2024年: equal.", "2024年底前")
dl("◆任务18：", "tasks 71 (数字化追溯监管) and 74 (远程/移动/预警监管) 完成时限 2024年: equal.", "2024年")
dl("◆任务19：", "task 77 (矛盾纠纷多元化解信息系统) 完成时限 2024年; 2024年11月底前: equal year.", "2024年11月底前")
dl("◆任务20：", "task 80 (智慧应急) 完成时限 2024年: equal.", "2024年")
dl("◆任务21：", "task 83 (互联网+基层治理) 完成时限 2025年: equal.", "2025年")
nf(DL, field("◆任务21：", "阶段目标："), "stage dates 2024年底前 (试点) and 2025年6月底前 (全县推广) are not later than task 83's 2025年.", "2025年6月底前")
dl("◆任务22：", "tasks 84 (一体化政务服务体系) and 86 (我的宁夏 APP) 完成时限 2024年: equal.", "2024年")
dl("◆任务24：", "task 98 (智慧林草) 完成时限 2024年: equal.", "2024年底前")
dl("◆任务25：", "task 96 (互联网+城乡供水、数字治水) 完成时限 2025年: equal.", "2025年")
dl("◆任务26：", "tasks 104 (协同办公平台) and 105 (宁政通) 完成时限 2024年: equal.", "2024年")
dl("◆任务27：", "task 106 (填表报数系统) 完成时限 2025年: equal.", "2025年")
dl("◆任务28：", "tasks 112 (政务公开平台), 114 (政务新媒体矩阵), 115 (12345 政民互动) 完成时限 2024年: equal.", "2024年12月底前")
nf(DL, ln("到2024年底，全县电子政务外网"),
   "2024 goals: 外网县乡村全覆盖 = task 48 (2024 年), 迁移信创云 = tasks 43/46 (2024 年), 我的宁夏 = task 86 (2024年), 宁政通 = task 105 (2024年): all equal. The region's own 到2023年底 goals (政策体系、五个一、家底理清…) are different goals.", "到2024年底")
nf(DL, ln("到2035年，与政府治理能力现代化"), "equal to the region's 到2035年 goal (数字政府体系框架成熟完备…全面建成).", "到2035年")
nf(DL, ln("（五）加强跟踪调度"), "the office's own reporting dates (每季度末月25日前, 2024年12月15日前报送年度工作总结), not task deadlines.", "2024年12月15日前")
nf(DI, ln("（二）发展基础"), "past dates in the background (2023年 results, the 2020 工作要点), not deadlines; they are before the plan year on purpose.", "2023年")
nf(DI, ln("2024年4月12日"), "the plan's own issue date.", "2024年4月12日")
nf(DL, ln("2024年4月12日"), "the plan's own issue date, not a deadline.", "2024年4月12日")

# ---------------- mustNotFlag: basis ----------------
nf(BM, ln("（二）发展基础"), "retrospective mention of the superseded 2020 工作要点 with its correct 文号 宁政办发〔2020〕14号 and exact title; not cited as a basis.", "宁政办发〔2020〕14号")
nf(BM, ln("国发〔2022〕14号"), "correct: 《国务院关于加强数字政府建设的指导意见》（国发〔2022〕14号）.", "国发〔2022〕14号")
nf(BM, ln("（四）体系框架"), "correct title and 文号 of the regional 实施意见 (宁政发〔2023〕17号).", "宁政发〔2023〕17号")
nf(BM, ln("泾政发〔2024〕18号"), "the plan's own 文号 in the 通知 header, not a cited basis document.", "泾政发〔2024〕18号")

# ---------------- mustNotFlag: units ----------------
nf(UU, ln("各乡镇人民政府，县直各部门（单位）："), "collective addressees of the 通知.", "县直各部门（单位）")
nf(UU, field("【任务一】", "配合单位："), "prefix 县 distributes: 文化旅游广电局 = 县文化旅游广电局 (in units.txt); 各乡镇人民政府 is a collective.", "文化旅游广电局")
nf(UU, field("【任务二】", "配合单位："), "prefix 县 distributes: 县人力资源和社会保障局, 县民政局 (both in units.txt).", "人力资源和社会保障局")
nf(UU, field("【任务三】", "配合单位："), "县供销社 is the registered short name of 县供销合作社联合社; 各村（社区） and 各乡镇人民政府 are collectives.", "各村（社区）")
nf(UU, field("【任务五】", "配合单位："), "县政府办 is the registered short name of 县人民政府办公室; 县直各部门（单位） is a collective.", "县政府办")
nf(UU, field("【任务六】", "配合单位："), "县市场监管局 = 县市场监督管理局 (short name); 县直有关部门 is a collective.", "县直有关部门")
nf(UU, field("【任务十一】", "牵头单位："), "two county leads, both registered; by the draft's note the first (县委办公室) is the main lead.", "县档案馆")
nf(UU, field("【任务十三】", "配合单位："), "基础电信企业 listed in units.txt (中国电信泾源分公司, 中国移动泾源分公司).", "中国电信泾源分公司")
nf(UU, field("【任务十四】", "配合单位："), "prefix 县 distributes: 县应急管理局, 县交通运输局, 县林业和草原局.", "林业和草原局")
nf(UU, field("◆任务17：", "牵头单位："), "县发改局 is the registered short name of 县发展和改革局.", "县发改局")
nf(UU, field("◆任务19：", "配合单位："), "prefix distributes (县司法局, 县信访局); 县人民法院 / 县人民检察院 are registered short names of 泾源县人民法院 / 泾源县人民检察院.", "县人民检察院")
nf(UU, field("◆任务20：", "配合单位："), "县消防救援大队, 县气象局, 县林草局 are registered short names (泾源县消防救援大队, 泾源县气象局, 县林业和草原局).", "县消防救援大队")
nf(UU, field("◆任务22：", "牵头单位："), "县审批局 is the registered short name of 县审批服务管理局.", "县审批局")
nf(UU, field("◆任务23：", "配合单位："), "县残联 is the registered short name of 县残疾人联合会.", "县残联")
nf(UU, field("◆任务24：", "配合单位："), "named township governments, each listed in units.txt.", "六盘山镇人民政府")
nf(UU, field("◆任务25：", "配合单位："), "县生态环境分局 is the registered short name of 固原市生态环境局泾源分局 (a city bureau's county branch).", "县生态环境分局")

# ---------------- mustNotFlag: pillars ----------------
nf(MP, 0, "数字生态 is taken up in 【任务四】 (数据要素市场、数据交易规则、网络生态), though briefly.")
nf(MP, 0, "五个一 / 六级贯通 (the work system) is restructured as “一套体系”: 【任务十六】 sets up the county organisation and the 六级贯通 level duties.")
nf(MP, 0, "党的领导 (组织领导, 财政投入, 数字素养, 考核评价) is under the heading 三、保障措施, items (一)–(四), with 坚持党对数字政府建设工作的全面领导.")

# ---------------- covers ----------------
def mc(title):
    return field(title, "主要内容：")

for task, title in [(2, "【任务一】"), (6, "【任务二】"), (10, "【任务三】"), (12, "【任务四】"), (13, "【任务四】"),
                    (16, "【任务五】"), (21, "【任务六】"), (23, "【任务七】"), (28, "【任务八】"),
                    (29, "【任务九】"), (33, "【任务九】"), (34, "【任务九】"), (41, "【任务十】"), (42, "【任务十】"),
                    (40, "【任务十一】"), (54, "【任务十一】"), (43, "【任务十二】"), (46, "【任务十二】"),
                    (47, "【任务十三】"), (48, "【任务十三】"), (49, "【任务十四】"), (55, "【任务十五】"), (56, "【任务十五】"),
                    (64, "【任务十六】"), (66, "◆任务17："), (71, "◆任务18："), (74, "◆任务18："), (77, "◆任务19："),
                    (80, "◆任务20："), (83, "◆任务21："), (84, "◆任务22："), (86, "◆任务22："), (93, "◆任务23："),
                    (98, "◆任务24："), (96, "◆任务25："), (104, "◆任务26："), (105, "◆任务26："), (106, "◆任务27："),
                    (112, "◆任务28："), (114, "◆任务28："), (115, "◆任务28：")]:
    cov(task, mc(title))
cov(116, ln("（一）加强组织领导"))
cov(118, ln("（三）提升数字素养"))
cov(122, ln("（四）强化考核评价"))
cov(123, ln("（四）强化考核评价"))
cov(124, ln("（四）强化考核评价"))

key = {
    "writer": "blind writer, round 513; read only DOMAIN.md, the seeds, seeds/units/wuzhong.units.txt and KEY-FORMAT.md",
    "written": "2026-12-07",
    "draft": "draft.txt",
    "baseline": "ningxia-2023",
    "build": None,
    "parents": [],
    "units": "units.txt",
    "planYear": 2024,
    "expect": E,
    "mustNotFlag": N,
    "covers": C,
    "notes": (
        "County plan of 泾源县 (固原市), issued 2024-04-12, basis 国发〔2022〕14号 and 宁政发〔2023〕17号 only, no parent plan. "
        "Tasks are cards: title line (【任务一】… in 二(一)–(三), ◆任务17：… in 二(四)), then 主要内容/牵头单位/配合单位/完成时限/[阶段目标]/工作要求, "
        "blank line between cards; line 21 says the first-listed lead is the main lead. "
        "Regional tasks due 2023 (e.g. 14, 15, 17, 18, 30, 31, 32, 36, 85) are deliberately not given cards, so that no 2024 county date is compared with a 2023 regional one; "
        "they may be reported as task-uncovered (information only, not annotated). "
        "20245年 on the 任务23 card is meant as an impossible year; a checker that also reports it as later than task 93's 2024年 raises a second finding on the same slip. "
        "build.py writes draft.txt (the garbled run is generated); make_key.py writes this key with line numbers looked up in draft.txt."
    ),
}

with open(os.path.join(HERE, "key.json"), "w", encoding="utf-8") as f:
    json.dump(key, f, ensure_ascii=False, indent=2)
    f.write("\n")
print(len(E), "expect;", len(N), "mustNotFlag;", len(C), "covers")
for e in E:
    print(e["rule"], e["line"], e.get("text"))
