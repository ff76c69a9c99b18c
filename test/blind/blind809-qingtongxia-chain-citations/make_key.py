# Helper kept in the case folder: builds key.json, locating every line by a unique substring of draft.txt.
import json, re
L = open('draft.txt', encoding='utf-8').read().split('\n')
if L[-1] == '': L = L[:-1]
def ln(sub):
    hits = [i + 1 for i, l in enumerate(L) if sub in l]
    assert len(hits) == 1, (sub, hits)
    return hits[0]
def chk(sub, text):
    n = ln(sub); assert text in L[n - 1], (sub, text); return n

expect = [
    {"rule": "deadline-later-than-baseline", "line": chk('强化政务云平台支撑能力', '2025年6月底前'), "text": "2025年6月底前",
     "why": "cloud migration note cites tasks 43 (完成时限 '2024 年建成，持续推进') and 46 (完成时限 '2024 年'); 2025年6月 is later than both"},
    {"rule": "deadline-invalid", "line": chk('统筹融合视频资源', '2024年21月'), "text": "21月",
     "why": "impossible month '2024年21月底前' (transposed 12); the note's own deadline 2025年 equals task 49 (完成时限 '2025 年'), so nothing here is late"},
    {"rule": "unknown-unit", "line": chk('整合视频会议资源', '市电子政务办'), "text": "市电子政务办",
     "why": "not in units.txt (outdated name; the registry has 市大数据服务中心 and 市数字政府办)"},
    {"rule": "garbled-text", "line": chk('提升政府信息公开水平', '闆嗘垚鏅鸿兘鍙戝竷'), "text": "闆嗘垚鏅鸿兘鍙戝竷",
     "why": "UTF-8 read as GBK: re-encoding as GBK and decoding as UTF-8 gives 集成智能发布"},
    {"rule": "basis-mismatch", "line": chk('（二）全面实施阶段', '宁政发〔2023〕71号'), "text": "宁政发〔2023〕71号",
     "why": "《自治区人民政府关于加强数字政府建设的实施意见》 is 宁政发〔2023〕17号 (correct in the preamble, line 9); 71号 is a digit transposition"},
]

M = []
def nm(rule, sub, why, text=None):
    e = {"rule": rule, "line": ln(sub) if sub else 0}
    if text is not None:
        assert sub is None or text in L[e["line"] - 1], (sub, text)
        e["text"] = text
    e["why"] = why
    M.append(e)

D = "deadline-later-than-baseline"; I = "deadline-invalid"; U = "unknown-unit"; B = "basis-mismatch"; G = "garbled-text"; P = "missing-pillar"
# --- deadlines: equal or earlier than the region / 吴忠 ---
nm(D, '到2024年底，电子政务外网', "2024 goal: 外网 three-level coverage = task 48 (2024 年), 宁政通 = task 105 (2024年), 我的宁夏 = task 86 (2024年), 填表报数 = task 106 (2025年, earlier)", "2024年底")
nm(D, '到2025年，全市数字政府建设“1347”', "equal to the region's 到2025年 “34567”体系框架全面成型 and 吴忠's 到2025年 “1347”体系框架全面成型", "2025年")
nm(D, '到2035年，与政府治理能力', "equal to the 2035 goal of the region and of 吴忠", "2035年")
nm(D, '（一）健全组织机构', "task 64 (各市、县（区）负责) is due 2025年; 2024年6月 is earlier", "2024年6月底前")
nm(D, '推动产业数字化转型', "task 2: '2023 年启动，2024 年取得明显成效'; equal", "2024年底前取得明显成效")
nm(D, '加快智慧园区建设', "task 3: '持续推进，2025 年取得明显成效'; copied exactly", "持续推进，2025年取得明显成效")
nm(D, '推进教育数字化转型', "task 7: '2023年形成试点经验，2025年取得明显成效'; the completing milestone 2025 is equal; 2023年试点学校经验 is background", "2025年取得明显成效")
nm(D, '深化“数字供销”建设', "task 11: '2023年完成主要建设任务，2025年取得明显成效'; completing milestone equal", "2025年取得明显成效")
nm(D, '培育数据要素市场', "task 12 is due 2025年; equal", "2025年底前")
nm(D, '提高自主可控水平', "task 19: '2023年启动，2024年建成'; equal", "2024年底前")
nm(D, '助力政府职能转变。推动全市', "tasks 21 (2024年) and 22 (2025年); 2024 is equal/earlier", "2024年底前")
nm(D, '提升网络平台支撑能力', "tasks 47, 48, 50 are all due 2024 年; equal", "2024年底前")
nm(D, '统筹融合视频资源', "the note '2025年' equals task 49 (2025 年); only the 21月 in the sentence is wrong", "2025年")
nm(D, '推广电子证照社会化应用', "task 52 is due 2025年; equal", "2025年底前")
nm(D, '推进非税收入收缴电子化', "task 56 is due 2025年; equal (task 55, 2024年, is on its own line with 2024年底前)", "2025年底前")
nm(D, '做强“我的宁夏”青铜峡专区', "task 86 is due 2024年; 2024年9月 is earlier", "2024年9月底前")
nm(D, '推动基层减负', "task 106 is due 2025年; 2024年底 is earlier", "2024年底前")
nm(D, '增强行政监督质效', "task 108: '长期推进，2024年取得明显成效'; copied exactly", "长期推进，2024年取得明显成效")
nm(D, '（四）加强人才支撑', "task 117 is due 2024年; equal", "2024年底前")
nm(D, '（三）完善工作机制', "吴忠 plan item 二（三） has no date and no regional task is cited; 2024年4月 is the county's own start date", "2024年4月底前建立")
nm(D, '（二）全面实施阶段', "the plan's own implementation phase, not a task deadline", "2025年10月")
nm(D, '（三）总结评估阶段', "the office's own evaluation-report date after the plan period, not a task deadline", "2025年12月20日前")
nm(D, '各责任单位于2024年6月25日前', "the office's own reporting dates (half-year, annual summary, evaluation of 2024 work in January 2025)", "2025年1月15日前")
nm(D, '促进监管协同化', "note 2024年底前 cites task 73 (2024年); task 72 (2023年) is stated as already done in 2023", "2024年底前")
nm(D, '推动经济政策有效衔接', "task 67 (2023年): ongoing note with no dated milestone, not a later date", "持续推进")
nm(D, '摸清政务数据资源底数', "task 30 (2023年): the 2023 census is done (background); '持续更新' has no dated milestone", "持续更新")
# --- deadline-invalid near misses: copied regional deadlines before 2024, background dates ---
nm(I, '强化安全管理责任', "copied regional deadline of tasks 14/15 (2023年), before the plan's year but correct", "2023年建立")
nm(I, '提升安全防护能力', "copied from task 18 '2023年形成机制，长期坚持'", "2023年形成机制")
nm(I, '创新项目管理机制', "copied regional deadline of task 24 (2023年)", "2023年建立")
nm(I, '健全政务数据管理机制', "copied regional deadline of task 32 (2023年)", "2023年完成")
nm(I, '深化数据高效共享', "copied regional deadline of task 36 (2023年)", "2023年建立")
nm(I, '巩固“免证办”“免申即享”', "copied regional deadline of task 85 (2023年)", "2023年完成")
nm(I, '（一）加强组织领导', "copied from task 116 '2023年完成并长期坚持'", "2023年完成并长期坚持")
nm(I, '2023年，我市完成全市政务信息系统', "background: what was done in 2023 (also the region's 2023 goal of clearing the 家底, met on time)", "2023年")
nm(I, '2022年以来，我市依申请', "background past date", "2022年")
nm(I, '促进监管协同化', "background: task 72 (2023年) reported as done in 2023; the note 2024年底前 is for task 73 (2024年)", "2023年")
nm(I, '提升12345热线服务水平', "12345 and 110 are hotline numbers, not dates", "12345")
nm(I, '本方案各项措施后', "title of the regional task list with its period 2023年—2025年", "2023年—2025年")
# --- units: collectives, aliases, distributed prefixes, higher-level bodies not as leads ---
nm(U, '各镇人民政府、裕民街道办事处，市直各部门（单位），青铜峡工业园区管委会', "addressees: collective 各镇人民政府 and 市直各部门（单位）; 裕民街道办事处 and 青铜峡工业园区管委会 are in units.txt", "各镇人民政府")
nm(U, '（二）厘清层级职责', "collective subject", "市直各部门（单位）")
nm(U, '开展试点示范', "collective subject", "市直有关部门")
nm(U, '提高基层社会治理能力', "collective subject", "各村（社区）")
nm(U, '深化“互联网+医疗健康”应用', "prefix distributes: 市卫健局、医保局 = 市卫健局, 市医保局 (both in units.txt)", "医保局")
nm(U, '创新项目管理机制', "prefix distributes: 市财政局、审计局 -> 市审计局", "审计局")
nm(U, '增强矛盾纠纷化解能力', "prefix distributes: 市公安局、司法局、信访局 -> 市司法局, 市信访局", "信访局")
nm(U, '加快智慧园区建设', "official short names in units.txt: 工业园区管委会, 市生态环境分局 (= 吴忠市生态环境局青铜峡分局, a county-level branch, not the parent city's bureau)", "市生态环境分局")
nm(U, '推广电子印章应用', "short name of 国家税务总局青铜峡市税务局 in units.txt", "市税务局")
nm(U, '强化公共安全保障能力', "short name of 青铜峡市消防救援大队 in units.txt", "市消防救援大队")
nm(U, '推动产业数字化转型', "official short names 市工信商务局 and 市发展改革局 in units.txt", "市发展改革局")
nm(U, '（三）完善工作机制', "市数字政府办 is the registered short name of 市数字政府建设领导小组办公室", "市数字政府办")
nm(U, '深化数据高效共享', "自治区政府办公厅 and 吴忠市大数据管理服务局 appear as counterparts to connect with, not as leads of a local task; both are known (baseline / units.txt)", "吴忠市大数据管理服务局")
nm(U, '加强药品智慧监管', "自治区药监局 is named as a data-exchange partner, not as lead; the lead is 市市场监管局", "自治区药监局")
nm(U, '规范电子公文管理', "two units before the comma; by the draft's own note (line 10) the first, 市委办公室, leads; 市档案馆 is in units.txt", "市档案馆")
nm(U, '推动公共场馆数字化', "市图书馆, 市文化馆 are in units.txt", "市图书馆")
# --- basis near misses ---
nm(B, '为贯彻落实党的二十大精神', "correct: 国发〔2022〕14号 is the 指导意见", "国发〔2022〕14号")
nm(B, '为贯彻落实党的二十大精神', "correct title and 文号 of the regional 实施意见", "宁政发〔2023〕17号")
nm(B, '为贯彻落实党的二十大精神', "cited exactly as in the 吴忠 plan's own preamble", "宁政办发〔2023〕11号")
nm(B, '为贯彻落实党的二十大精神', "the 吴忠 plan cited by issuer and title alone (it has no 文号), short name defined", "吴忠市人民政府《关于加强数字政府建设的实施方案》")
nm(B, '近年来，我市认真落实', "retrospective mention of the 2020 工作要点 with its correct title and 文号; not cited as a basis", "宁政办发〔2020〕14号")
nm(B, '本方案各项措施后', "correct: the task list is 附件2 of 宁政发〔2023〕17号", "宁政发〔2023〕17号附件2")
nm(B, '青政发〔2024〕9号', "the draft's own 文号", "青政发〔2024〕9号")
# --- garbled near misses ---
nm(G, '推进数字乡村建设', "real town names with uncommon characters (瞿靖镇, 陈袁滩镇), not mojibake", "瞿靖镇")
nm(G, '推动文化旅游数字化', "real place names (青铜峡黄河大峡谷, 一百零八塔)", "一百零八塔")
nm(G, '提升网络平台支撑能力', "Latin technical term", "IPv6")
# --- pillars carried under other names ---
nm(P, None, "“五个一”“六级贯通” are folded into 一套体系 (lines 29-34: 健全组织机构, 厘清层级职责, 完善工作机制), as in the 吴忠 plan", None)
M[-1]["pillar"] = "六级贯通"
nm(P, None, "section 六 lines 143-147 cover 组织领导, 财政投入, 数字素养 and 考核评价", None)
M[-1]["pillar"] = "党的领导"

covers = []
for i, l in enumerate(L, 1):
    m = re.search(r'〔对应自治区任务清单第([\d、]+)项', l)
    if m:
        for n in m.group(1).split('、'):
            covers.append({"task": int(n), "line": i})
covers.sort(key=lambda c: (c["task"], c["line"]))

key = {
    "writer": "blind writer, round 809; read only DOMAIN.md, the seeds, seeds/units/wuzhong.units.txt and KEY-FORMAT.md",
    "written": "2026-12-07",
    "draft": "draft.txt",
    "baseline": "ningxia-2023",
    "build": None,
    "parents": ["wuzhong"],
    "units": "units.txt",
    "planYear": 2024,
    "expect": expect,
    "mustNotFlag": M,
    "covers": covers,
    "notes": ("青铜峡市 (county-level city under 吴忠) 2024 实施方案, issued 2024-03-18 as 青政发〔2024〕9号. Every measure ends with a "
              "（责任单位：…；完成时限：…） note and a 〔对应自治区任务清单第N项〕 or 〔对应吴忠市实施方案…〕 bracket; line 10 states that the first unit "
              "of a note leads. Five planted mistakes, no deliberate task-uncovered: tasks meant for cities/counties that the draft does not take up "
              "(e.g. 29, 59, 82 疫情, 94, 99) are not annotated either way. Task 72 (2023年) is mentioned only as done in 2023 (line 103). "
              "Lines with '持续推进' / '长期坚持' / '持续更新' notes against 2023 tasks (17, 25, 30, 67, 118) carry no dated milestone. "
              "Readings that could differ: line 32 (county leading group, 2024年6月) is task 64 (2025), not task 60 (自治区 leading group, 2023, "
              "自治区政府办公厅 only); line 87 carries only the impossible month, its note 2025年 equals task 49; the copied 2023 deadlines "
              "(lines 61, 63, 68, 75, 78, 116, 143) are the region's own milestones, not new dates before the plan year.")
}
json.dump(key, open('key.json', 'w', encoding='utf-8'), ensure_ascii=False, indent=1)
print(len(expect), len(M), len(covers), len({c['task'] for c in covers}))
