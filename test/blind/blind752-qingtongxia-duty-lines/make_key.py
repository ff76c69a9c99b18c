# Writes key.json; every line number is looked up in the final draft.txt (1-based) and checked.
import json
L = open('draft.txt', encoding='utf-8').read().split('\n')
if L[-1] == '': L = L[:-1]

def ln(sub, off=0, expect_text=None):
    hits = [i + 1 for i, l in enumerate(L) if sub in l]
    assert len(hits) == 1, (sub, hits)
    n = hits[0] + off
    if expect_text is not None:
        assert expect_text in L[n - 1], (sub, off, expect_text, L[n - 1])
    return n

def dl(measure, text):  # the 完成时限 line of a measure (header line + 2)
    return ln(measure, 2, '完成时限：' + text)

def ul(measure, text):  # the 责任单位 line of a measure (header line + 1)
    return ln(measure, 1, text)

expect = [
 {"rule": "basis-mismatch", "line": ln('（宁政办发〔2023〕17号）'), "text": "宁政办发〔2023〕17号",
  "why": "the title is 《自治区人民政府关于加强数字政府建设的实施意见》, whose 文号 is 宁政发〔2023〕17号; 宁政办发〔2023〕17号 does not belong to it (the drafter mixed it up with 宁政办发〔2023〕11号 cited next to it)"},
 {"rule": "deadline-later-than-baseline", "line": dl('提升电子政务外网支撑能力', '2025年6月底前'), "text": "2025年6月底前",
  "why": "城域网升级改造 and 市、镇、村 coverage of the 电子政务外网 is task 48 (完成时限 2024年; also task 47, 2024年); the draft's own 主要目标 (line %d) even says 到2024年底" % ln('到2024年底')},
 {"rule": "deadline-invalid", "line": dl('推进视频资源共享', '2024年13月底前'), "text": "13月",
  "why": "there is no 13th month; the regional task is 49 (统一视频共享平台/视频一张网, 完成时限 2025年), so the year itself is not late"},
 {"rule": "unknown-unit", "line": ul('整合非涉密业务专网', '市大数据管理服务局'), "text": "市大数据管理服务局",
  "why": "not in units.txt: 青铜峡市 has 市大数据服务中心; 市大数据管理服务局 is the 吴忠 city bureau's name, copied from the city plan"},
 {"rule": "garbled-text", "line": ln('鏁板瓧鍖栫洃'), "text": "鏁板瓧鍖栫洃娴嬪拰",
  "why": "UTF-8 bytes of 数字化监测和智能调度 read as GBK (re-encode as GBK, decode as UTF-8 to recover)"},
 {"rule": "missing-pillar", "line": 0, "pillar": "数字生态",
  "why": "section 三 is headed 三个驱动 but has only (一) 数字经济 and (二) 数字社会; nothing on 数据要素市场, 数据交易, 政策环境 or 网络生态 anywhere in the draft"},
]

M = []
def nm(rule, line, why, text=None):
    e = {"rule": rule, "line": line}
    if text: e["text"] = text
    e["why"] = why
    M.append(e)

nm("basis-mismatch", ln('青政办发〔2024〕12号'), "the notice's own 文号, not a cited basis document", "青政办发〔2024〕12号")
nm("deadline-invalid", ln('2024年3月15日'), "issue date of the notice, not a deadline", "2024年3月15日")
nm("basis-mismatch", ln('（国发〔2022〕14号）'), "correct title and 文号 of the national 指导意见", "国发〔2022〕14号")
nm("basis-mismatch", ln('（宁政办发〔2023〕11号）'), "《数字宁夏“1244+N”行动计划实施方案》（宁政办发〔2023〕11号）is cited the same way in the 吴忠 plan; a real, current document", "宁政办发〔2023〕11号")
nm("basis-mismatch", ln('吴忠市人民政府《关于加强数字政府建设的实施方案》'), "the city plan cited by title alone, correct title (it has no 文号)", "吴忠市人民政府《关于加强数字政府建设的实施方案》")
nm("basis-mismatch", ln('（宁政办发〔2020〕14号）'), "retrospective mention in 工作基础 (自…印发以来), not a basis document; title and 文号 match", "宁政办发〔2020〕14号")
nm("deadline-invalid", ln('（二）工作基础'), "2023年 is a past fact in the background (网上可办率), not a deadline", "2023年")
nm("deadline-later-than-baseline", ln('到2024年底'), "goal: 迁移上云 (task 46, 2024年), 外网三级全覆盖 (task 48, 2024年), 宁政通 (task 105, 2024年): equal", "到2024年底")
nm("deadline-later-than-baseline", ln('到2025年，全市数字政府建设体系框架全面成型'), "equal to the region's goal 到2025年…“34567”体系框架全面成型", "到2025年")
nm("deadline-later-than-baseline", ln('到2035年'), "equal to the region's 2035 goal", "到2035年")
nm("unknown-unit", ul('（一）健全组织机构', '市人民政府办公室、市委编办'), "all listed units are in units.txt; no 牵头 word, but line %d says the first-listed unit leads; 各镇（街道）and 市直各部门（单位）are collectives" % ln('（四）有关说明'), "市人民政府办公室")
nm("deadline-later-than-baseline", dl('（一）健全组织机构', '2024年6月底前'), "task 64 (各地成立相应组织机构) is due 2025年: earlier", "2024年6月底前")
nm("unknown-unit", ul('（二）厘清层级职责', '裕民街道办事处'), "各镇人民政府 is a collective; 裕民街道办事处 is in units.txt", "各镇人民政府")
nm("deadline-later-than-baseline", dl('1．推进产业数字化', '持续推进，2024年取得明显成效'), "task 2: 2023年启动，2024年取得明显成效; completing milestone 2024 equal", "2024年取得明显成效")
nm("unknown-unit", ul('2．加快智慧园区建设', '青铜峡工业园区管委会'), "short name of 青铜峡工业园区管理委员会 in units.txt", "青铜峡工业园区管委会")
nm("deadline-later-than-baseline", dl('2．加快智慧园区建设', '持续推进，2025年取得明显成效'), "task 3: 持续推进，2025年取得明显成效: equal")
nm("unknown-unit", ul('3．完善数字经济治理体系', '市委网信办'), "official short name, in units.txt", "市委网信办")
nm("deadline-later-than-baseline", dl('4．推进教育数字化', '2024年形成应用经验，2025年取得明显成效'), "task 7: 2023年形成试点经验，2025年取得明显成效; the completing milestone 2025 is equal (the 2024 intermediate step is local, the regional pilot experience already exists)", "2024年形成应用经验")
nm("deadline-later-than-baseline", dl('8．提升安全防护能力', '2023年形成机制，长期坚持'), "task 18 copied verbatim (2023年形成机制，长期坚持): equal", "2023年形成机制，长期坚持")
nm("deadline-invalid", ln('8．提升安全防护能力', 2), "a copied regional deadline that lies before the plan's year (task 18's 2023年形成机制) with an ongoing 长期坚持; not an impossible date", "2023年")
nm("deadline-later-than-baseline", dl('强化审管协同', '2025年6月底前'), "task 22 (审管协同) is due 2025年: earlier", "2025年6月底前")
nm("deadline-later-than-baseline", dl('开展试点示范', '2024年启动，2025年取得明显成效'), "task 28: 2023年启动，2025年取得明显成效; the local start is later but the completing milestone 2025 is equal", "2024年启动")
nm("unknown-unit", ul('推进基础库和主题库对接', '市人社局'), "市人社局, 市市场监管局, 市应急局 are short names in units.txt", "市人社局")
nm("garbled-text", ln('(四)构建智能集约的平台支撑体系'), "half-width brackets in one heading; not mojibake", "(四)")
nm("deadline-later-than-baseline", dl('推进政务信息系统迁移上云', '2024年10月底前'), "task 46 is due 2024年: earlier", "2024年10月底前")
nm("deadline-later-than-baseline", dl('扩大电子证照社会化应用', '2025年底前'), "task 52 is due 2025年: equal", "2025年底前")
nm("deadline-later-than-baseline", dl('加强经济运行监测预警', '2025年底前'), "task 66 is due 2025年: equal", "2025年底前")
nm("unknown-unit", ul('加强重点领域追溯监管', '农业农村局'), "prefix 市 distributes: 市农业农村局, 市卫生健康局, 市应急局, all in units.txt", "农业农村局")
nm("unknown-unit", ul('推进“智慧应急”建设', '青铜峡市消防救援大队'), "青铜峡市消防救援大队 and 市林业和草原局 are in units.txt", "青铜峡市消防救援大队")
nm("deadline-later-than-baseline", dl('优化12345热线服务', '2025年底前'), "task 87: 2023年启动，2025年完成: equal", "2025年底前")
nm("unknown-unit", ul('强化生态环境数据应用', '吴忠市生态环境局青铜峡分局'), "a registry name in units.txt (the city bureau's 青铜峡 branch); not to be split or read as a 吴忠 city unit", "吴忠市生态环境局青铜峡分局")
nm("deadline-later-than-baseline", dl('深化“互联网+城乡供水”建设', '2025年底前'), "task 96 is due 2025年: equal", "2025年底前")
nm("deadline-later-than-baseline", dl('推进基层填表报数减负', '2024年底前'), "task 106 is due 2025年: earlier", "2024年底前")
nm("deadline-later-than-baseline", ln('（一）加强组织领导', 2, '长期坚持'), "task 116 (一把手工程): 2023年完成并长期坚持; the local 长期坚持 sets no later milestone", "长期坚持")
nm("unknown-unit", ul('（二）加大财政投入', '审计局'), "prefix 市 distributes: 市审计局 is in units.txt", "审计局")
nm("deadline-later-than-baseline", ln('（二）加大财政投入', 2, '长期坚持'), "task 25 (资金保障机制, 2023年); 长期坚持 is ongoing and sets no later milestone", "长期坚持")
nm("unknown-unit", ul('（三）提升数字素养', '宣传部'), "prefix 市委 distributes: 市委宣传部 is in units.txt", "宣传部")
nm("deadline-later-than-baseline", ln('（四）强化考核评价', 2, '长期坚持'), "task 121: 长期坚持: equal", "长期坚持")
nm("deadline-later-than-baseline", ln('各责任单位要于每年6月30日'), "the office's own half-yearly reporting dates, not task deadlines", "6月30日")
nm("unknown-unit", ul('1．推进产业数字化', '市发改局'), "short name of 市发展和改革局 in units.txt", "市发改局")

covers_spec = [
 (2, '1．推进产业数字化'), (3, '2．加快智慧园区建设'), (5, '3．完善数字经济治理体系'),
 (7, '4．推进教育数字化'), (8, '深化“互联网+医疗健康”应用'), (9, '推进智慧城市建设'), (10, '推进数字乡村建设'),
 (18, '8．提升安全防护能力'), (16, '9．加强数据安全防护'), (22, '强化审管协同'), (28, '开展试点示范'),
 (33, '推进基础库和主题库对接'), (34, '推进基础库和主题库对接'), (46, '推进政务信息系统迁移上云'),
 (48, '提升电子政务外网支撑能力'), (47, '提升电子政务外网支撑能力'), (50, '整合非涉密业务专网'), (49, '推进视频资源共享'),
 (52, '扩大电子证照社会化应用'), (64, '（一）健全组织机构'), (66, '加强经济运行监测预警'), (71, '加强重点领域追溯监管'),
 (77, '完善矛盾纠纷多元化解'), (79, '深化“雪亮工程”应用'), (80, '推进“智慧应急”建设'), (83, '提高基层社会治理能力'),
 (84, '推进政务服务“一网通办”'), (87, '优化12345热线服务'), (93, '推进适老化和信息无障碍建设'), (94, '强化生态环境数据应用'),
 (96, '深化“互联网+城乡供水”建设'), (104, '推广协同办公和“宁政通”'), (105, '推广协同办公和“宁政通”'),
 (106, '推进基层填表报数减负'), (112, '完善政务公开平台'), (114, '构建政务新媒体矩阵'), (116, '（一）加强组织领导'),
 (25, '（二）加大财政投入'), (117, '（三）提升数字素养'), (120, '（三）提升数字素养'), (121, '（四）强化考核评价'),
]
covers = [{"task": t, "line": ln(s)} for t, s in covers_spec]

key = {
 "writer": "blind writer, round 752; read only DOMAIN.md, the seeds, seeds/units/wuzhong.units.txt and KEY-FORMAT.md",
 "written": "2026-12-07",
 "draft": "draft.txt",
 "also": [],
 "baseline": "ningxia-2023",
 "build": None,
 "parents": [],
 "units": "units.txt",
 "planYear": 2024,
 "expect": expect,
 "mustNotFlag": M,
 "covers": covers,
 "notes": ("青铜峡市 2024 实施方案 (notice dated 2024-03-15), checked against 宁政发〔2023〕17号 only (no parent plan). "
           "Every measure is followed by a line 责任单位：… and a line 完成时限：…; line 17 says the first-listed unit leads. "
           "The 数字生态 gap also leaves tasks 12 and 13 (region-led, 各市县 only 配合) untaken; no task-uncovered entry is claimed. "
           "Line 52 (section 四 lead-in) takes up the 安全主体责任 of tasks 14/15 in prose, without a deadline. "
           "draft.txt is made from draft.src.txt by build.py (inserts the garbled run); make_key.py writes this key; check_units.py checks the 责任单位 lines against units.txt."),
}
json.dump(key, open('key.json', 'w', encoding='utf-8'), ensure_ascii=False, indent=1)
print(len(expect), len(M), len(covers))
for e in expect: print(e['rule'], e['line'], L[e['line']-1][:40] if e['line'] else '')
