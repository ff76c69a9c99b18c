#!/usr/bin/env python3
"""Builds key.json for blind769 from text anchors, checking every line number against draft.txt."""
import json, os
here = os.path.dirname(os.path.abspath(__file__))
L = open(os.path.join(here, 'draft.txt'), encoding='utf-8').read().split('\n')
if L[-1] == '':
    L = L[:-1]

def line(anchor):
    hits = [i + 1 for i, x in enumerate(L) if anchor in x]
    assert len(hits) == 1, (anchor, hits)
    return hits[0]

def row(n):
    hits = [i + 1 for i, x in enumerate(L) if x.startswith(f'{n}\t')]
    assert len(hits) == 1, (n, hits)
    return hits[0]

def at(ln, text):
    assert text in L[ln - 1], (ln, text, L[ln - 1])
    return ln

expect = [
    {"rule": "basis-mismatch", "line": at(line('《自治区人民政府关于加强数字政府建设的实施意见》'), '宁政办发〔2023〕17号'),
     "text": "宁政办发〔2023〕17号",
     "why": "《自治区人民政府关于加强数字政府建设的实施意见》 is 宁政发〔2023〕17号 (a 自治区人民政府 document, not a 政府办公厅 one); the 宁政办发 prefix was carried over from the 1244+N citation"},
    {"rule": "deadline-later-than-baseline", "line": at(line('提升网络承载能力。'), '2025年底前'),
     "text": "2025年底前",
     "why": "extending the 电子政务外网/城域网 to every village (县乡村三级全覆盖) is task 48 (开展各级城域网升级改造，推进区市县乡村5级全覆盖, 完成时限 2024年; task 47 外网升级改造 is also 2024年); the county gives 2025年底前"},
    {"rule": "deadline-later-than-baseline", "line": at(row(38), '2025年6月底前'),
     "text": "2025年6月底前",
     "why": "适老化与信息无障碍改造 of government websites and service places is task 93 (完成时限 2024年); the county table gives 2025年6月底前"},
    {"rule": "unknown-unit", "line": at(row(35), '县大数据管理服务局'),
     "text": "县大数据管理服务局",
     "why": "no such county body: the city's 市大数据管理服务局 renamed with 县; the county body is 县大数据服务中心 (县大数据中心) in units.txt"},
    {"rule": "deadline-invalid", "line": at(row(28), '2024年9月31日前'),
     "text": "2024年9月31日",
     "why": "September has 30 days, 9月31日 does not exist (task 71's year 2024 itself is fine)"},
]

M = []
def nm(rule, ln, why, text=None):
    e = {"rule": rule, "line": ln}
    if text is not None:
        assert ln == 0 or text in L[ln - 1], (ln, text)
        e["text"] = text
    e["why"] = why
    M.append(e)

# --- basis-mismatch near misses
nm("basis-mismatch", line('（国发〔2022〕14号）'), "national 指导意见 cited with its correct title and 文号", "国发〔2022〕14号")
nm("basis-mismatch", line('吴忠市人民政府《关于加强数字政府建设的实施方案》'), "the parent city plan cited by issuer and exact title without a 文号, as the city plan carries none in the seed", "吴忠市人民政府《关于加强数字政府建设的实施方案》")
nm("basis-mismatch", line('宁政办发〔2023〕11号'), "《数字宁夏“1244+N”行动计划实施方案》 is 宁政办发〔2023〕11号 exactly as the 吴忠 plan cites it", "宁政办发〔2023〕11号")
nm("basis-mismatch", line('宁政办发〔2020〕14号'), "retrospective mention of the 2020 工作要点 with its correct title and 文号; not cited as a basis of this plan", "宁政办发〔2020〕14号")
nm("basis-mismatch", line('盐政办发〔2020〕41号'), "the county's own earlier 工作方案, mentioned in the background; not a higher-level basis and its title is its own", "盐政办发〔2020〕41号")
nm("basis-mismatch", 2, "the plan's own issuing number", "盐政发〔2024〕9号")
nm("basis-mismatch", line('2023年11月吴忠市印发实施方案后'), "retrospective reference to the city plan's issue in 2023-11 (the seed plan is dated 2023-11-27)", "2023年11月吴忠市印发实施方案")

# --- deadline-invalid near misses (past dates in background, own schedule, copied regional milestone)
nm("deadline-invalid", 4, "date of the county government meeting that approved the plan, same year as issue", "2024年3月11日")
nm("deadline-invalid", line('2020年，按照'), "background: what was done in 2020", "2020年")
nm("deadline-invalid", line('2022年底，电子政务外网'), "background: state at the end of 2022", "2022年底")
nm("deadline-invalid", line('截至2023年底'), "background: state at the end of 2023", "截至2023年底")
nm("deadline-invalid", line('在2023年政务数据资源普查基础上'), "past survey the measure builds on, not a deadline", "2023年")
nm("deadline-invalid", row(12), "copied regional milestone of task 18 (2023年形成机制，长期坚持) that lies before the plan year; ongoing task", "2023年形成机制，长期坚持")
nm("deadline-invalid", line('1．部署启动'), "the office's own schedule within the plan period", "2024年3月—4月")

nm("deadline-invalid", 6, "the plan's own issue date", "2024年3月18日")
nm("deadline-later-than-baseline", line('2．全面推进'), "the office's own phase schedule, not a task deadline", "2024年5月—2025年6月")
nm("deadline-later-than-baseline", line('3．总结提升'), "the office's own phase schedule within the 2025 horizon", "2025年7月—12月")
nm("deadline-later-than-baseline", 101, "plan period in the attachment title, not a deadline", "（2024—2025年）")

# --- deadline-later near misses: goals
nm("deadline-later-than-baseline", line('到2024年底，县、乡、村三级'), "intermediate county goal: three-level staffing (task 64, 2025年) is earlier; system migration (task 19 2023年启动，2024年建成; task 46 2024年) and 网上办掌上办 (task 84, 2024年) equal; no 2023 regional or city goal is restated here", "到2024年底")
nm("deadline-later-than-baseline", line('到2025年，全县'), "framework fully formed by 2025, same year as the region's 34567 goal and 吴忠's 1347 goal", "到2025年")
nm("deadline-later-than-baseline", line('到2035年，与全区'), "2035 vision, same year as the region and the city", "到2035年")
# own reporting dates
nm("deadline-later-than-baseline", line('1．部署启动'), "office's own date for units to file their measures", "2024年4月底前")
nm("deadline-later-than-baseline", line('3．总结提升'), "office's own date for the final summary report, not a task deadline", "2025年12月15日前")
nm("deadline-later-than-baseline", line('各牵头单位于每年6月20日'), "office's own half-year and year-end reporting dates", "每年6月20日、12月10日前")
nm("deadline-later-than-baseline", line('每年一季度制定本单位年度工作要点'), "recurring annual 工作要点 (task 116, 2023年完成并长期坚持): an ongoing duty, no later completion milestone", "每年一季度")
# body deadlines matched to tasks
nm("deadline-later-than-baseline", line('2024年6月底前实现三级工作力量全覆盖'), "task 64 (各地参照自治区成立组织机构) is due 2025年; county is earlier", "2024年6月底前")
nm("deadline-later-than-baseline", line('2024年新增上云企业30家以上'), "task 2 (产业云) is 2023年启动，2024年取得明显成效; equal", "2024年")
nm("deadline-later-than-baseline", line('建设智慧园区。'), "task 3 (智慧园区) is 持续推进，2025年取得明显成效; equal", "2025年取得明显成效")
nm("deadline-later-than-baseline", line('深化智慧教育应用。'), "task 7 (智慧教育) is 2023年形成试点经验，2025年取得明显成效; county 2024 is earlier", "2024年")
nm("deadline-later-than-baseline", line('建设宜居智慧县城。'), "task 9 (智慧城市/一网统管/CIM) is 持续推进，2025年取得明显成效; equal", "2025年取得明显成效")
nm("deadline-later-than-baseline", line('加快数字乡村建设。'), "task 10 (数字乡村) is 持续推进，2025年取得明显成效; equal", "2025年取得明显成效")
nm("deadline-later-than-baseline", line('积极参与全区数据要素市场培育'), "task 12 (数据要素市场) is 2025年; equal", "2025年")
nm("deadline-later-than-baseline", line('压实安全责任。'), "tasks 14/15 are 2023年; the county restates them as 长期坚持 with no later completion milestone", "长期坚持")
nm("deadline-later-than-baseline", line('提高自主可控水平。'), "task 19 is 2023年启动，2024年建成 and task 46 is 2024年; 2024年11月底前 is equal/earlier", "2024年11月底前")
nm("deadline-later-than-baseline", line('推进职能数字化转型。'), "task 22 (审管协同) is 2025年, task 21 is 2024年; 2024年底前 is not later", "2024年底前")
nm("deadline-later-than-baseline", line('开展试点示范。'), "task 28 is 2023年启动，2025年取得明显成效; the completing milestone 2025 is equal (the start year is the plan year)", "2024年启动，2025年取得明显成效")
nm("deadline-later-than-baseline", line('推动数据汇聚回流。'), "tasks 33/34 (基础库、主题库) are 2024年; equal", "2024年底前")
nm("deadline-later-than-baseline", line('深化数据共享开放。'), "task 41 (公共数据开放目录) is 2024年; equal (task 36's clause carries no date)", "2024年内")
nm("deadline-later-than-baseline", line('加强电子公文和电子档案管理。'), "tasks 40/54 are 2024年; 2024年10月底前 is earlier", "2024年10月底前")
nm("deadline-later-than-baseline", line('整合视频资源。'), "task 49 (视频共享平台) is 2025年; county is earlier", "2024年底前")
nm("deadline-later-than-baseline", line('2025年形成“县域经济云图”'), "task 66 (经济运行大数据平台/经济云图) is 2025年; equal", "2025年")
nm("deadline-later-than-baseline", line('迭代升级“我的宁夏”盐池专区，2024年6月底前'), "task 86 (我的宁夏 应上尽上) is 2024年; earlier", "2024年6月底前")
nm("deadline-later-than-baseline", line('2025年实现热线诉求“接诉即办”'), "task 87 (12345 接诉即办) is 2023年启动，2025年完成; equal", "2025年")
nm("deadline-later-than-baseline", line('2024年底前实现重点排污单位'), "task 94 is 2024年 (task 95 2025年); equal", "2024年底前")
nm("deadline-later-than-baseline", line('深化“互联网+城乡供水”示范县建设，2024年底前'), "task 96 (互联网+城乡供水) is 2025年; earlier", "2024年底前")
nm("deadline-later-than-baseline", line('2025年基层填表报数工作量压减50%'), "tasks 104/105 are 2024年 (county 2024年 equal); task 106 (填表报数压减50%) is 2025年 (equal)", "2025年")
nm("deadline-later-than-baseline", line('2024年底前建成县、乡两级统一视频会议平台'), "task 107 (视频会议平台) is 2025年, earlier; task 111 (机关事务) 2025年, equal", "2024年底前")
nm("deadline-later-than-baseline", line('2024年底前实现留言诉求统一受理'), "task 115 (政民互动) is 2024年; equal", "2024年底前")
nm("deadline-later-than-baseline", line('（四）严格考核督办。'), "tasks 122/123 are 2023年完成，长期坚持 and 124 2023年形成机制，长期坚持; county says 长期坚持 with no later milestone", "长期坚持")
# table rows
T = {
 1: ("2024年6月底前", "task 64 is 2025年; earlier"),
 2: ("长期坚持", "tasks 116 (2023年完成并长期坚持) / 121 (长期坚持); no later milestone"),
 3: ("2024年", "task 2 is 2023年启动，2024年取得明显成效; equal"),
 4: ("持续推进，2025年取得明显成效", "task 3 is 持续推进，2025年取得明显成效; equal"),
 5: ("2024年", "task 7 completes 2025年; earlier"),
 6: ("持续推进，2025年取得明显成效", "task 8 is 持续推进，2025年取得明显成效; equal"),
 7: ("2025年", "task 9 is 持续推进，2025年取得明显成效; equal"),
 8: ("持续推进，2025年取得明显成效", "task 10; equal"),
 9: ("2025年取得明显成效", "task 11 is 2023年完成主要建设任务，2025年取得明显成效; completing milestone equal"),
 10: ("2025年", "task 12 is 2025年; equal"),
 11: ("长期坚持", "tasks 14/15 are 2023年; ongoing with no later milestone"),
 12: ("2023年形成机制，长期坚持", "copied from task 18 (2023年形成机制，长期坚持); equal"),
 13: ("2024年11月底前", "task 19 is 2023年启动，2024年建成 / task 46 2024年; equal"),
 14: ("2024年", "task 21 is 2024年; equal"),
 15: ("2024年底前", "task 22 is 2025年; earlier"),
 16: ("2024年启动，2025年取得明显成效", "task 28 is 2023年启动，2025年取得明显成效; completing milestone equal"),
 17: ("2024年", "tasks 33/34 are 2024年; equal"),
 18: ("2024年", "task 41 is 2024年; equal"),
 19: ("2024年10月底前", "tasks 40/54 are 2024年; earlier"),
 20: ("2024年12月底前", "task 50 is 2024年; equal"),
 21: ("2024年底前", "task 49 is 2025年; earlier"),
 22: ("2024年", "task 53 is 2024年, task 52 2025年; not later"),
 23: ("2025年", "task 56 is 2025年; equal"),
 24: ("2024年", "task 57 is 2024年; equal"),
 25: ("2024年", "task 58 is 2024年; equal"),
 26: ("2025年", "task 66 is 2025年; equal"),
 27: ("2024年", "task 70 is 2024年; equal"),
 29: ("2024年", "task 77 is 2024年; equal"),
 30: ("2024年", "task 79 is 2024年; equal"),
 31: ("2024年", "task 80 is 2024年; equal"),
 32: ("2025年", "task 81 is 2025年; equal"),
 33: ("2025年", "task 83 is 2025年; equal"),
 34: ("2024年6月底前", "task 84 is 2024年; earlier"),
 35: ("2024年", "task 86 is 2024年; equal"),
 36: ("2025年", "task 87 is 2023年启动，2025年完成; equal"),
 37: ("2024年", "task 90 is 2024年; equal"),
 39: ("2024年底前", "task 94 is 2024年; equal"),
 40: ("2024年底前", "task 96 is 2025年; earlier"),
 41: ("2024年", "task 98 is 2024年; equal"),
 42: ("2024年", "task 103 is 2024年; equal"),
 43: ("2024年", "tasks 104/105 are 2024年; equal"),
 44: ("2025年", "task 106 is 2025年; equal"),
 45: ("2024年底前", "task 107 is 2025年; earlier"),
 46: ("2025年", "task 111 is 2025年; equal"),
 47: ("2024年取得明显成效，长期坚持", "task 108 is 长期推进，2024年取得明显成效; equal"),
 48: ("2024年底前", "tasks 112/115 are 2024年; equal"),
 49: ("2024年", "task 113 is 2024年; equal"),
 50: ("2024年", "task 114 is 2024年; equal"),
 51: ("长期坚持", "tasks 122/123 are 2023年完成，长期坚持; no later milestone"),
 52: ("长期坚持", "task 118 is 2023年完成并长期坚持; no later milestone"),
}
for n, (txt, why) in T.items():
    ln = row(n)
    assert L[ln - 1].split('\t')[-1] == txt, (n, L[ln - 1])
    nm("deadline-later-than-baseline", ln, why, txt)

# --- unknown-unit near misses
nm("unknown-unit", 3, "collective subjects", "各乡镇人民政府")
nm("unknown-unit", 3, "collective subject", "县直各部门（单位）")
nm("unknown-unit", line('2024年6月底前实现三级工作力量全覆盖'), "县数字政府办 is defined in the draft and listed in units.txt", "县数字政府办")
nm("unknown-unit", line('2024年6月底前实现三级工作力量全覆盖'), "company named in the regional text (task 62), mentioned as a source of advice, not as a responsible unit", "数字宁夏建设运营有限公司")
nm("unknown-unit", line('会同县发展改革局、财政局'), "prefix 县 distributes: 县财政局; 县发展改革局 is a listed short name", "县发展改革局、财政局")
nm("unknown-unit", line('2024年新增上云企业30家以上'), "official short name of 县工业信息化和商务局", "县工信商务局")
nm("unknown-unit", line('建设智慧园区。'), "short name of 盐池工业园区管理委员会 listed in units.txt", "园区管委会")
nm("unknown-unit", line('建设智慧园区。'), "listed short name of 吴忠市生态环境局盐池分局", "县生态环境分局")
nm("unknown-unit", line('推动数字技术与公共事业融合'), "collective subject", "县直有关部门（单位）")
nm("unknown-unit", line('开展试点示范。'), "regional body named as a source of guidance, not as lead of a county task", "自治区政府办公厅")
nm("unknown-unit", line('开展试点示范。'), "city body listed in units.txt (上级对口部门), named as a source of guidance", "吴忠市大数据管理服务局")
nm("unknown-unit", line('3．总结提升'), "city body in units.txt that receives the summary report", "吴忠市大数据管理服务局")
nm("unknown-unit", line('深化数据共享开放。'), "listed short name of 国网盐池县供电公司 (a unit outside government)", "县供电公司")
nm("unknown-unit", line('提升网络承载能力。'), "telecom operators listed in units.txt", "中国移动盐池分公司")
nm("unknown-unit", line('县发展和改革局、工业信息化和商务局牵头'), "prefix 县 distributes: 县工业信息化和商务局 is listed", "工业信息化和商务局")
nm("unknown-unit", line('承担监管职责的县直有关部门配合'), "collective subject", "承担监管职责的县直有关部门")
nm("unknown-unit", line('实施“互联网+基层治理”行动，依托'), "collective subject", "各村（社区）")
nm("unknown-unit", line('推进“智慧应急”建设。'), "vertical bodies listed in units.txt", "县消防救援大队")
nm("unknown-unit", line('拓展普惠民生服务。'), "listed short name of 县文化旅游广电局", "县文旅广电局")
nm("unknown-unit", line('（一）压实组织责任。'), "县委 and 县政府 are listed (中共盐池县委员会, 盐池县人民政府)", "县委、县政府")
nm("unknown-unit", line('（三）提升干部数字素养。'), "listed short name of 中共盐池县委党校", "县委党校")
nm("unknown-unit", line('同步做好县级党委、人大、政协、法院、检察院'), "generic list of organs whose non-classified resources are registered, not a responsibility assignment", "党委、人大、政协、法院、检察院")
nm("unknown-unit", row(26), "prefix 县 distributes over the list (县工业信息化和商务局, 县财政局)", "县发展和改革局、工业信息化和商务局")
nm("unknown-unit", row(28), "prefix 县 distributes: 县农业农村局, 县卫生健康局; 县市场监督管理局 is the canonical name", "县市场监督管理局、农业农村局、卫生健康局")
nm("unknown-unit", row(29), "listed short names of 盐池县人民法院 / 盐池县人民检察院", "县人民法院、县人民检察院")
nm("unknown-unit", row(33), "collective subjects", "各乡镇人民政府、各村（社区）")

# official short names from units.txt: first occurrence of each
U = open(os.path.join(here, 'units.txt'), encoding='utf-8').read().split('\n')
already = {(m['line'], m.get('text')) for m in M if m['rule'] == 'unknown-unit'}
names = []
for u in U:
    if u.strip() and not u.startswith('#'):
        names += [x.strip() for x in u.replace('=', ',').split(',')]
names.append('县大数据管理服务局')
def standalone(alias, x):
    """alias occurs in x at a place not covered by a longer registry name"""
    start = 0
    while True:
        k = x.find(alias, start)
        if k < 0:
            return False
        covered = False
        for o in names:
            if len(o) > len(alias) and alias in o:
                off = o.find(alias)
                if x[k - off:k - off + len(o)] == o:
                    covered = True
        if not covered:
            return True
        start = k + 1
for u in U:
    if '=' not in u or u.startswith('#'):
        continue
    canon, al = u.split('=', 1)
    for alias in [x.strip() for x in al.split(',')]:
        hits = [i + 1 for i, x in enumerate(L) if standalone(alias, x)]
        if not hits or any(t == alias for _, t in already):
            continue
        nm("unknown-unit", hits[0], f"official short name of {canon.strip()} listed in units.txt", alias)
# collectives in the task table
for i, x in enumerate(L):
    if '\t' in x and x.split('\t')[0].isdigit():
        for c in ['各乡镇人民政府', '县直各部门（单位）', '县直有关部门（单位）']:
            if c in x.split('\t')[3] and (i + 1, c) not in already and not (c == '各乡镇人民政府' and '各村（社区）' in x):
                nm("unknown-unit", i + 1, "collective subject", c)

# --- missing-pillar near misses (own names; covered by content)
P = [
 ("数字经济", '推动特色产业数字化。', "under 赋能特色产业 (industry digitalisation, 智慧园区, 数字经济治理)"),
 ("数字社会", '深化智慧教育应用。', "under 普惠数字民生 (education, health, smart county town, 数字乡村)"),
 ("数字生态", '积极参与全区数据要素市场培育', "under 培育数据发展环境 (data-element market, trading rules, network ecology)"),
 ("安全保障", '压实安全责任。', "under 守牢安全底线"),
 ("制度规则", '推进职能数字化转型。', "under 完善制度规范"),
 ("数据资源", '推动数据汇聚回流。', "under 盘活数据资源"),
 ("平台支撑", '用足政务云资源。', "under 用好平台底座"),
 ("五个一", '（一）理顺组织架构。', "the county's 一统: leading group, its office, 大数据中心 support, data specialists, 智库"),
 ("六级贯通", '（二）明晰层级职责。', "the county's own layer duties (县、乡、村 on top of the region and city platforms)"),
 ("经济调节", '对接宁夏经济运行大数据平台', "renamed 经济运行研判本领"),
 ("市场监管", '编制完善县级监管事项目录', "提升市场监管本领"),
 ("社会管理", '完善县、乡、村三级矛盾纠纷多元化解信息系统应用，打通', "renamed 基层治理本领"),
 ("公共服务", '擦亮“盐事好办”', "renamed 政务服务本领"),
 ("生态环境保护", '依托宁夏生态环境综合管理数字化平台', "renamed 生态保护本领"),
 ("政务运行", '建设县级数字政府运行“一屏统览”，汇聚经济运行、政务服务、基层治理等指标，', "renamed 机关运行本领"),
 ("政务公开", '完善县政府门户网站和政务公开专栏', "提升政务公开本领"),
 ("党的领导", '（一）压实组织责任。', "the 保障措施 part: 组织领导, 资金, 数字素养, 考核 (lines of 七、保障措施)"),
 ("组织领导", '（一）压实组织责任。', "保障措施 item 压实组织责任"),
 ("财政投入", '（二）强化资金保障。', "保障措施 item 强化资金保障"),
 ("数字素养", '（三）提升干部数字素养。', "保障措施 item 提升干部数字素养"),
 ("考核评价", '（四）严格考核督办。', "保障措施 item 严格考核督办"),
]
for name, anchor, why in P:
    e = {"rule": "missing-pillar", "line": 0, "pillar": name, "why": f"covered at line {line(anchor)}, {why}"}
    M.append(e)

# --- garbled-text near misses
nm("garbled-text", line('1．部署启动'), "full-width digit marker and dash are normal typography", "1．部署启动（2024年3月—4月）")
nm("garbled-text", line('提升网络承载能力。'), "ASCII terms in Chinese text (IPv6, 5G) are not damage", "IPv6")

C = [
 (2, '2024年新增上云企业30家以上'), (3, '建设智慧园区。'), (5, '完善数字经济治理。'), (6, '推动数字技术与公共事业融合'),
 (7, '深化智慧教育应用。'), (8, '推进“互联网+医疗健康”。'), (9, '建设宜居智慧县城。'), (10, '加快数字乡村建设。'),
 (11, '推进“数字供销”县级节点建设（县供销社牵头）'), (12, '积极参与全区数据要素市场培育'), (13, '落实数据交易主体准入'),
 (14, '压实安全责任。'), (15, '压实安全责任。'), (17, '强化技术防护。'), (18, '2023年形成机制，长期坚持'),
 (19, '提高自主可控水平。'), (20, '推进职能数字化转型。'), (21, '推进职能数字化转型。'), (22, '推进职能数字化转型。'),
 (24, '规范项目管理。'), (25, '（二）强化资金保障。'), (28, '开展试点示范。'), (30, '理清数据家底。'), (32, '理清数据家底。'),
 (33, '推动数据汇聚回流。'), (34, '推动数据汇聚回流。'), (36, '深化数据共享开放。'), (41, '深化数据共享开放。'),
 (42, '推进供水、供电、供气、公共交通等公共数据'), (40, '加强电子公文和电子档案管理。'), (54, '加强电子公文和电子档案管理。'),
 (45, '用足政务云资源。'), (46, '提高自主可控水平。'), (47, '提升网络承载能力。'), (48, '提升网络承载能力。'),
 (50, '县直各部门非涉密业务专网整合迁移至电子政务外网	'), (49, '整合视频资源。'), (52, '扩大电子证照、电子印章'),
 (55, '推广共性应用。'), (56, '推进教育收费、医疗收费'), (57, '推进信用中国（宁夏）吴忠站盐池信息归集共享'),
 (58, '共享全区统一的地理信息'), (64, '（一）理顺组织架构。'), (66, '对接宁夏经济运行大数据平台'),
 (68, '编制完善县级监管事项目录'), (70, '推进企业信用风险分类管理，实施'), (71, '对食品、药品、特种设备、农副产品等重点领域实行'),
 (72, '编制完善县级监管事项目录'), (77, '完善县、乡、村三级矛盾纠纷多元化解信息系统应用，'), (79, '深化“雪亮工程”建设应用，推广“智安小区”“智安单位”	'),
 (80, '推进“智慧应急”建设。'), (81, '建设县级指挥调度中心'), (83, '实施“互联网+基层治理”行动，依托'),
 (84, '推动政务服务线上线下标准统一、同质服务，实现'), (85, '擦亮“盐事好办”'), (86, '迭代升级“我的宁夏”盐池专区，2024年6月底前'),
 (87, '2025年实现热线诉求“接诉即办”'), (88, '擦亮“盐事好办”'), (89, '擦亮“盐事好办”'), (90, '拓展普惠民生服务。'),
 (93, '拓展普惠民生服务。'), (94, '依托宁夏生态环境综合管理数字化平台'), (96, '深化“互联网+城乡供水”示范县建设，2024年底前'),
 (98, '推进“智慧林草”平台落地应用'), (101, '推动绿色低碳转型。'), (102, '推动绿色低碳转型。'),
 (103, '建设县级数字政府运行“一屏统览”，汇聚经济运行、政务服务、基层治理等指标，辅助'), (104, '全面使用协同办公平台和“宁政通”'), (105, '全面使用协同办公平台和“宁政通”'),
 (106, '依托全区统一的填表报数系统，基层'), (107, '2024年底前建成县、乡两级统一视频会议平台'), (108, '推进公共资源交易、政府采购全流程电子化，实现留痕可溯、监督预警	'),
 (111, '2025年完成县级办公用房、公务用车'), (112, '完善县政府门户网站和政务公开专栏'), (113, '用好全区政策文件库，实现县级规范性文件“一库通查”	'),
 (114, '构建以县融媒体中心为枢纽的政务新媒体矩阵	'), (115, '2024年底前实现留言诉求统一受理'), (116, '（一）压实组织责任。'),
 (117, '（三）提升干部数字素养。'), (118, '每年开展干部数字化能力专题培训不少于2期	'), (121, '（四）严格考核督办。'),
 (122, '将数字政府建设纳入全县效能目标管理考核，考核结果作为领导班子和领导干部综合考核评价的重要参考	'), (123, '将数字政府建设纳入全县效能目标管理考核，考核结果作为领导班子和领导干部综合考核评价的重要参考	'), (124, '（四）严格考核督办。'),
]
covers = [{"task": t, "line": line(a)} for t, a in C]
assert len({c['task'] for c in covers}) == len(covers)

key = {
 "writer": "blind writer, round 769; read only DOMAIN.md, the seeds, seeds/units/wuzhong.units.txt and KEY-FORMAT.md",
 "written": "2026-12-07",
 "draft": "draft.txt",
 "baseline": "ningxia-2023",
 "build": None,
 "parents": ["wuzhong"],
 "units": "units.txt",
 "planYear": 2024,
 "expect": expect,
 "mustNotFlag": M,
 "covers": sorted(covers, key=lambda c: c['task']),
 "notes": ("盐池县 2024 实施方案 implementing 宁政发〔2023〕17号 and the 吴忠 plan, with its own framework names (一统三带四基七能; 带动/基础/本领 instead of 驱动/支撑/能力; 保障措施 for 党的领导). "
           "Five planted mistakes over four rules. Tasks with a 2023 regional deadline are either given no date, restated as 长期坚持, or (row 12) copied verbatim; none is given a later dated milestone. "
           "Table rows with several lead units follow the draft's own note that the first-listed unit is the main lead. "
           "Line 65 carries both a planted late deadline (2025年底前, tasks 47/48) and an equal one (2024年12月底前, task 50) in the next sentence; only the first is an error."),
}
open(os.path.join(here, 'key.json'), 'w', encoding='utf-8').write(json.dumps(key, ensure_ascii=False, indent=2) + '\n')
print(len(L), 'lines;', len(expect), 'expect;', len(M), 'mustNotFlag;', len(covers), 'covers')
