# -*- coding: utf-8 -*-
# 依据最终 draft.txt 定位行号（1 起算）并写出 key.json
import json, re
L = open("draft.txt", encoding="utf-8").read().split("\n")
if L[-1] == "": L.pop()

def ln(sub, nth=0):
    hits = [i + 1 for i, l in enumerate(L) if sub in l]
    assert hits, sub
    return hits[nth]

def row(n):  # 任务清单第 n 行
    return ln("\t%d. " % n)

def chk(line, text):
    assert text in L[line - 1], (line, text)
    return line

expect = [
    {"rule": "basis-mismatch", "line": chk(ln("宁政办发〔2023〕17号"), "宁政办发〔2023〕17号"), "text": "宁政办发〔2023〕17号",
     "why": "《自治区人民政府关于加强数字政府建设的实施意见》的文号是宁政发〔2023〕17号（政府文件），不是宁政办发（办公厅文件）；起草时与同句的宁政办发〔2023〕11号混写"},
    {"rule": "garbled-text", "line": chk(ln("鍋ュ叏鏁版嵁"), "鍋ュ叏鏁版嵁"), "text": "鍋ュ叏鏁版嵁绠＄悊鏈哄埗",
     "why": "小标题“健全数据管理机制”的 UTF-8 字节被当作 GBK 读出（乱码），按 GBK 重新编码再以 UTF-8 解码可复原"},
    {"rule": "deadline-later-than-baseline", "line": chk(row(17), "2025年底前"), "text": "2025年底",
     "why": "清单第17项（电子公文全流程管理、电子文件归档）对应自治区任务40（完成时限2024年）和任务54（完成时限2024年），县里写成2025年底前，晚于自治区"},
    {"rule": "unknown-unit", "line": chk(row(25), "市国土资源局"), "text": "市国土资源局",
     "why": "机构改革后已不存在，units.txt 中只有市自然资源局；属沿用旧机构名的笔误"},
    {"rule": "deadline-invalid", "line": chk(row(51), "2024年9月31日前"), "text": "2024年9月31日",
     "why": "9月只有30天，日期不存在（对应自治区任务105，完成时限2024年，年份本身不晚）"},
    {"rule": "missing-pillar", "line": 0, "pillar": "政务公开",
     "why": "“七个能力”中的政务公开能力整段缺失：体系架构仍写“七种能力”，但第五部分只有经济调节、市场监管、社会管理、公共服务、生态环境保护、政务运行六项，任务清单也没有政务公开（政府信息公开、政务新媒体、政民互动）内容"},
    {"rule": "task-uncovered", "line": 0, "task": 112,
     "why": "随政务公开能力一并漏掉；任务112由各市、县（区）分别负责"},
    {"rule": "task-uncovered", "line": 0, "task": 114,
     "why": "随政务公开能力一并漏掉；任务114（政务新媒体矩阵）由各市、县（区）分别负责"},
]

M = []
def mnf(rule, line, why, text=None):
    e = {"rule": rule, "line": line}
    if text is not None:
        assert text in L[line - 1], (line, text)
        e["text"] = text
    e["why"] = why
    M.append(e)

l9 = ln("国发〔2022〕14号")
mnf("basis-mismatch", l9, "国务院指导意见标题与文号均正确", "国发〔2022〕14号")
mnf("basis-mismatch", l9, "《数字宁夏“1244+N”行动计划实施方案》确为宁政办发〔2023〕11号，吴忠市方案同样引用", "宁政办发〔2023〕11号")
mnf("basis-mismatch", l9, "上级吴忠市方案无文号，按标题引用，标题正确（关于加强数字政府建设的实施方案）", "吴忠市人民政府《关于加强数字政府建设的实施方案》")
mnf("basis-mismatch", ln("建设行动计划（2020年—2022年）"), "工作基础中对已到期旧文件的回顾性提及，不是本方案的依据文件", "《宁夏回族自治区“数字政府”建设行动计划（2020年—2022年）》")
mnf("basis-mismatch", ln("青政办发〔2024〕15号"), "本通知自身的文号，不是引用的依据文件", "青政办发〔2024〕15号")
mnf("deadline-invalid", ln("2023年，全市政务服务事项"), "工作基础中的既往情况（2023年已取得的成绩），不是完成时限", "2023年")
mnf("deadline-invalid", ln("2024年3月18日"), "成文日期", "2024年3月18日")
mnf("deadline-invalid", ln("12月10日前"), "办公室自己的年度进展报送日期，日期有效，不对应任何任务", "6月25日、12月10日前")
mnf("deadline-later-than-baseline", ln("12月10日前"), "报送日期不是任务完成时限")
mnf("deadline-later-than-baseline", ln("2024年，市、镇、村三级电子政务外网"), "2024年目标：外网三级全覆盖（任务48，2024年）、信创云迁移（任务19/43/46，2024年）、“我的宁夏”应上尽上（任务86，2024年）、适老化（任务93，2024年），均与自治区持平", "2024年")
mnf("deadline-later-than-baseline", ln("到2025年，全市数字政府建设“1347”"), "与自治区（到2025年“34567”体系框架全面成型）和吴忠市（到2025年“1347”体系框架全面成型）目标年份相同", "到2025年")
mnf("deadline-later-than-baseline", ln("到2035年"), "与自治区、吴忠市2035年远景目标相同", "到2035年")
mnf("deadline-later-than-baseline", row(1), "对应任务64（各市、县（区）成立相应组织机构，完成时限2025年），县里2024年6月底前，更早", "2024年6月底前")
mnf("deadline-later-than-baseline", row(2), "对应任务2（2023年启动，2024年取得明显成效），完成节点2024年相同", "2024年取得明显成效")
mnf("deadline-later-than-baseline", row(5), "对应任务7（2023年形成试点经验，2025年取得明显成效），完成节点2025年相同", "2025年取得明显成效")
mnf("deadline-later-than-baseline", row(9), "对应任务11（2023年完成主要建设任务，2025年取得明显成效），完成节点2025年相同；县里只是配合", "2025年取得明显成效")
mnf("deadline-later-than-baseline", row(7), "对应任务9（持续推进，2025年取得明显成效），2025年相同", "2025年")
mnf("deadline-invalid", row(11), "照抄自治区任务18的完成时限“2023年形成机制，长期坚持”，早于本方案年份但属如实抄录、且为长期坚持事项", "2023年形成机制，长期坚持")
mnf("deadline-later-than-baseline", row(11), "与任务18（2023年形成机制，长期坚持）完全相同", "2023年形成机制，长期坚持")
mnf("deadline-later-than-baseline", row(14), "对应任务28（2023年启动，2025年取得明显成效）；完成节点2025年相同，仅启动年份写成本方案年份", "2024年启动，2025年取得明显成效")
mnf("deadline-later-than-baseline", row(18), "对应任务47、48（完成时限均为2024年），2024年10月底前在同一年内，不晚", "2024年10月底前")
mnf("deadline-later-than-baseline", row(21), "对应任务52（2025年），县里2024年，更早", "2024年")
mnf("deadline-later-than-baseline", row(26), "对应任务66（2025年）/65（2024年），县里2024年，不晚", "2024年")
mnf("deadline-later-than-baseline", row(34), "对应任务83（2025年），县里2024年12月底前，更早", "2024年12月底前")
mnf("deadline-later-than-baseline", row(37), "对应任务87（2023年启动，2025年完成），2025年相同", "2025年")
mnf("deadline-later-than-baseline", row(39), "对应任务89（2024年），2024年6月底前，更早", "2024年6月底前")
mnf("deadline-later-than-baseline", row(52), "对应任务106（2025年），县里2024年底前，更早", "2024年底前")
mnf("deadline-later-than-baseline", row(53), "对应任务107（2025年），相同", "2025年")
mnf("deadline-later-than-baseline", row(54), "对应任务108（长期推进，2024年取得明显成效），相同", "长期推进，2024年取得明显成效")
mnf("deadline-invalid", row(56), "照抄自治区任务116的完成时限“2023年完成并长期坚持”（去年已完成、长期坚持），早于本方案年份但属如实抄录", "2023年完成并长期坚持")
mnf("deadline-later-than-baseline", row(56), "与任务116（2023年完成并长期坚持）完全相同", "2023年完成并长期坚持")
mnf("deadline-later-than-baseline", row(58), "对应任务121（长期坚持），相同", "长期坚持")
mnf("unknown-unit", row(1), "集合主体", "各镇人民政府")
mnf("unknown-unit", row(34), "集合主体", "各村（社区）")
mnf("unknown-unit", row(11), "集合主体", "市直各部门（单位）")
mnf("unknown-unit", row(13), "集合主体", "市直有关部门")
mnf("unknown-unit", row(27), "集合主体（仿自治区“承担监管职责的自治区有关部门（单位）”）", "承担监管职责的市直有关部门")
mnf("unknown-unit", row(3), "前缀“市”分配到“应急局”即市应急局，为 units.txt 中市应急管理局的简称；市工信商务局亦为登记简称", "应急局")
mnf("unknown-unit", row(21), "前缀分配：市人社局、市卫健局均为 units.txt 中登记的简称", "人社局、卫健局")
mnf("unknown-unit", row(14), "市政府办为市人民政府办公室的登记简称", "市政府办")
mnf("unknown-unit", row(35), "市审批局为市审批服务管理局的登记简称", "市审批局")
mnf("unknown-unit", row(6), "市医保局为市医疗保障局的登记简称", "市医保局")
mnf("unknown-unit", row(22), "市市场监管局为登记简称；国家税务总局青铜峡市税务局为 units.txt 中登记的垂管单位", "国家税务总局青铜峡市税务局")
mnf("unknown-unit", row(42), "吴忠市生态环境局青铜峡分局在 units.txt 中登记（县级生态环境机构为市局派出分局），不是未知单位", "吴忠市生态环境局青铜峡分局")
mnf("unknown-unit", row(57), "前缀“市委”分配到“宣传部”即市委宣传部，已登记", "市委组织部、宣传部")
mnf("unknown-unit", row(33), "市消防救援大队为青铜峡市消防救援大队的登记简称", "市消防救援大队")
mnf("unknown-unit", row(12), "市大数据服务中心在 units.txt 中登记", "市大数据服务中心")
mnf("unknown-unit", ln("各镇人民政府，市政府各部门、各直属机构"), "主送机关中的集合主体", "市政府各部门、各直属机构")
mnf("deadline-invalid", ln("建设行动计划（2020年—2022年）"), "旧文件标题中的年份区间，回顾性提及，不是时限", "2020年—2022年")
mnf("deadline-later-than-baseline", ln("附件：青铜峡市数字政府建设重点任务清单"), "附件标题中的年份区间（2024年—2025年），不是某项任务的完成时限", "2024年—2025年")
mnf("garbled-text", ln("瞿靖镇、邵岗镇、陈袁滩镇"), "青铜峡市真实镇名（瞿靖、邵岗、陈袁滩），不是乱码", "瞿靖镇、邵岗镇、陈袁滩镇")
mnf("missing-pillar", 0, "“五个一”“六级贯通”工作体系按吴忠市做法并入“一套体系”（健全组织机构、厘清层级职责、完善工作机制），见第二部分")
mnf("missing-pillar", 0, "数字生态有专门一节（三、（三）营造良好数字生态）和清单第10项")
mnf("missing-pillar", 0, "党的领导四项（组织领导、财政投入、数字素养、考核评价）均有对应段落，见第六部分")

covers_spec = [
    (2, row(2)), (3, row(3)), (6, row(4)), (7, row(5)), (8, row(6)), (9, row(7)), (10, row(8)), (11, row(9)),
    (12, row(10)), (18, row(11)), (43, row(12)), (46, row(12)), (21, row(13)), (28, row(14)), (41, row(15)),
    (35, row(16)), (42, row(16)), (40, row(17)), (54, row(17)), (47, row(18)), (48, row(18)), (50, row(19)),
    (49, row(20)), (52, row(21)), (53, row(22)), (56, row(23)), (57, row(24)), (58, row(25)), (66, row(26)),
    (70, row(27)), (71, row(28)), (73, row(29)), (74, row(30)), (77, row(31)), (79, row(32)), (80, row(33)),
    (83, row(34)), (84, row(35)), (86, row(36)), (87, row(37)), (88, row(38)), (89, row(39)), (90, row(40)),
    (93, row(41)), (94, row(42)), (95, row(43)), (96, row(44)), (97, row(45)), (98, row(46)), (100, row(47)),
    (102, row(48)), (103, row(49)), (104, row(50)), (105, row(51)), (106, row(52)), (107, row(53)), (108, row(54)),
    (111, row(55)), (116, row(56)), (120, row(57)), (121, row(58)), (64, row(1)),
    (5, ln("完善数字经济治理。")), (14, ln("强化安全管理责任。")), (15, ln("强化安全管理责任。")),
    (24, ln("创新建设管理机制。")), (25, ln("（二）加大财政投入。")), (118, ln("（三）提升数字素养。")),
    (122, ln("（四）强化考核评价。")), (123, ln("（四）强化考核评价。")), (124, ln("（四）强化考核评价。")),
    (55, ln("加强共性应用支撑。")), (36, ln("深化数据共享开放。")),
]
covers = [{"task": t, "line": l} for t, l in covers_spec]

key = {
    "writer": "blind writer, round 975; read only DOMAIN.md, the seeds, seeds/units/wuzhong.units.txt and KEY-FORMAT.md",
    "written": "2026-12-08",
    "draft": "draft.txt",
    "baseline": "ningxia-2023",
    "build": None,
    "parents": ["wuzhong"],
    "units": "units.txt",
    "planYear": 2024,
    "expect": expect,
    "mustNotFlag": M,
    "covers": covers,
    "notes": ("青铜峡市（县级市，吴忠市代管）2024年实施方案，按吴忠“1347”框架编写，附58项重点任务清单（制表符分列，"
              "首列空白表示续上一组）。计划年份2024年，故照抄自治区2023年时限的两行（清单第11、56项）按 KEY-FORMAT 作为近似错误处理。"
              "第51行乱码行下的正文内容（数据资源目录、一本账）仍可读，但未计入 covers。"
              "build.py 生成 draft.txt，make_key.py 依据最终 draft.txt 计算行号并生成本文件。"),
}
json.dump(key, open("key.json", "w", encoding="utf-8"), ensure_ascii=False, indent=2)
print(len(expect), len(M), len(covers))
for e in expect: print(e["rule"], e["line"], e.get("text"))
