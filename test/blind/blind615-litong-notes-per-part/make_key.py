# Builds key.json; every line number is found from a unique substring of draft.txt and checked.
import json
lines = open('draft.txt', encoding='utf-8').read().split('\n')
if lines and lines[-1] == '':
    lines.pop()

def L(anchor, text=None):
    hits = [i + 1 for i, l in enumerate(lines) if anchor in l]
    assert len(hits) == 1, (anchor, hits)
    if text is not None:
        assert text in lines[hits[0] - 1], (text, hits[0])
    return hits[0]

def e(rule, anchor, text=None, why='', **kw):
    d = {'rule': rule, 'line': L(anchor, text if text is not None else None)}
    if text is not None:
        d['text'] = text
    d.update(kw)
    d['why'] = why
    return d

NOTE_ECO = '第94—103项'
expect = [
    e('basis-mismatch', '根据《国务院关于加强数字政府建设的指导意见》', '宁政办发〔2023〕17号',
      '《自治区人民政府关于加强数字政府建设的实施意见》 is 宁政发〔2023〕17号 (2023-05-16); 宁政办发 is the office series (cf. 宁政办发〔2023〕11号 in the same sentence). Line 22 cites the task list correctly as 宁政发〔2023〕17号附件2.'),
    e('deadline-later-than-baseline', '到2026年，全区数字政府建设“1347”体系框架全面成型', '2026年',
      'goal: framework 全面成型 by 2026; the region (宁政发〔2023〕17号 主要目标) says 到2025年 “34567”体系框架全面成型 and the 吴忠 plan says 到2025年 “1347”体系框架全面成型'),
    e('deadline-later-than-baseline', '第48项于2025年6月底前完成', '2025年6月底',
      'note gives task 48 (开展各级城域网升级改造，推进区市县乡村5级全覆盖; 自治区政府办公厅牵头，各市、县（区）具体负责) 2025年6月底; regional 完成时限 2024年. The other dates in this note are equal or earlier (49/52/56/59: 2025年; 43–47, 50, 53–55, 57, 58: 2024年; 51: 2023年).'),
    e('unknown-unit', '第29—36、40—42项', '区大数据管理服务局',
      'wrong body in the note: 利通区 has 区大数据服务中心 (units.txt; used as lead in the notes at lines 27 and 75 and in line 24); 区大数据管理服务局 is the city-level naming (市大数据管理服务局) and is not in units.txt'),
    e('deadline-later-than-baseline', NOTE_ECO, '2025年底',
      'wrong task number range: the ecology part takes up tasks 94–102, but its note says 第94—103项, so “其余于2025年底前完成” also gives task 103 (大数据辅助科学决策机制, a 政务运行 task taken up at line 105; regional 完成时限 2024年) a 2025 deadline. For 95, 96, 99–102 the 2025 date equals the region (2025年); 94, 97, 98 get 2024年底 = region 2024年. The next note (line 109) correctly starts at 第103项 with 2024年底.'),
    e('garbled-text', '“一网通办”枢纽作用', '鎺ㄥ姩鏀垮姟鏈嶅姟',
      'UTF-8 read as GBK: 鎺ㄥ姩鏀垮姟鏈嶅姟绾夸笂绾夸笅鏍囧噯缁熶竴 = 推动政务服务线上线下标准统一 (re-encode as GBK, decode as UTF-8)'),
    e('deadline-invalid', '第112—115项', '2014年底',
      'typo for 2024: 2014 is before the plan year (issued 2024-03-18) and is not a regional deadline (tasks 112–115 are all 2024年)'),
]

M = []
def m(rule, anchor, text, why):
    M.append(e(rule, anchor, text, why))

m('basis-mismatch', '利政办发〔2024〕9号', '利政办发〔2024〕9号', "the plan's own 文号, not a basis citation")
m('deadline-invalid', '2024年3月18日', '2024年3月18日', 'issuing date of the notice, not a deadline')
m('unknown-unit', '各乡镇人民政府、街道办事处，区直各部门（单位）：', '区直各部门（单位）', 'collective addressees (各乡镇人民政府、街道办事处、区直各部门（单位）)')
m('unknown-unit', '《利通区加强数字政府建设实施方案》已经区人民政府研究同意', '区人民政府', 'short name of 利通区人民政府 in units.txt')
m('unknown-unit', '吴忠市利通区人民政府办公室关于印发', '吴忠市利通区人民政府办公室', 'full name of 区人民政府办公室, listed as its alias in units.txt; the issuing office')
m('basis-mismatch', '根据《国务院关于加强数字政府建设的指导意见》', '国发〔2022〕14号', 'correct title and 文号 of the national 指导意见')
m('basis-mismatch', '根据《国务院关于加强数字政府建设的指导意见》', '吴忠市人民政府《关于加强数字政府建设的实施方案》', "the parent city plan cited by title alone, exactly as the 吴忠 plan is titled (it has no 文号 in the seed)")
m('basis-mismatch', '根据《国务院关于加强数字政府建设的指导意见》', '宁政办发〔2023〕11号', 'cited exactly as in the 吴忠 plan: 《数字宁夏“1244+N”行动计划实施方案》（宁政办发〔2023〕11号）')
m('basis-mismatch', '（宁政办发〔2020〕14号）印发以来', '宁政办发〔2020〕14号', 'retrospective mention of the 2020 工作要点 with its correct title and 文号 in the background section, not a basis document of this plan')
m('deadline-invalid', '2023年，全区电子政务外网覆盖所有乡镇', '2023年', 'past date in the background (what was achieved in 2023), not a deadline')
m('deadline-later-than-baseline', '到2024年底，区级政务信息系统全部迁移', '2024年底', 'goal earlier than or equal to the region: 信创云迁移 = task 43 (2024年建成，持续推进), 接入“我的宁夏” = task 86 (2024年); region framework goal is 2025')
m('deadline-later-than-baseline', '到2035年，与政府治理能力现代化相适应', '2035年', 'equal to the 2035 goal of the region and of 吴忠')
m('deadline-invalid', '按照自治区“34567”和吴忠市“1347”', '1347', 'framework names “34567”/“1347”, not years')
m('basis-mismatch', '（宁政发〔2023〕17号附件2）', '宁政发〔2023〕17号', 'correct 文号 of the regional 实施意见 whose 附件2 is the task list')
m('unknown-unit', '配合市大数据管理服务局', '市大数据管理服务局', 'city unit listed in units.txt (上级单位 section)')
m('unknown-unit', '调整充实区推进数字政府建设领导小组', '区推进数字政府建设领导小组', "the district's own coordinating body being set up by this measure, not a responsible unit of a task")
m('unknown-unit', '基层单元基于上级平台', '金积工业园区', 'a place / 基层单元 (the park), not a responsible unit; its 管委会 is in units.txt')
m('deadline-later-than-baseline', '第64项，于2024年底前完成', '2024年底', 'task 64 (各地各部门成立相应组织机构; 各市、县（区）负责) regional 完成时限 2025年: earlier')
m('deadline-later-than-baseline', '第1—3、5项', '2024年底', 'task 2: region 2023年启动，2024年取得明显成效 = 2024年底; tasks 1, 3, 5: region 持续推进，2025年取得明显成效 = 2025年底; 第1—3、5项 is a task list/range, not a date (task 4, 国资委负责, is deliberately excluded)')
m('unknown-unit', '第1—3、5项', '金积工业园区管委会', 'short name of 金积工业园区管理委员会 in units.txt')
m('deadline-later-than-baseline', '第6—11项', '2025年底', 'tasks 6–11 all complete in 2025 regionally (7: 2023年形成试点经验，2025年取得明显成效; 11: 2023年完成主要建设任务，2025年取得明显成效); the completing milestone is equal')
m('unknown-unit', '第6—11项', '各乡镇人民政府', 'collective subject')
m('deadline-invalid', '第12、13项', '第12、13项', 'task numbers, not months (“13” is not 13月); task 13 2024年底 = region 2024年, task 12 2025年底 = region 2025年')
m('deadline-invalid', '第14—19项', '2023年底', 'tasks 14, 15, 17, 18 are due 2023年 (18: 2023年形成机制，长期坚持) in the region; a copied regional deadline stated as already met, before the plan year but not invalid; 16 (2024年) and 19 (2023年启动，2024年建成) get 2024年底 = equal')
m('unknown-unit', '第14—19项', '区公安分局', 'short name of 吴忠市公安局利通区分局 in units.txt (区大数据中心 on the same line is the short name of 区大数据服务中心)')
m('deadline-later-than-baseline', '第20—28项', '2024年6月底', '“其余” = tasks 20, 21, 23, 26, 27, all 2024年 regionally: earlier; 22 and 28 (2025年; 2023年启动，2025年取得明显成效) get 2025年底 = equal; 24, 25 (2023年) copied')
m('unknown-unit', '第20—28项', '区审批局', 'short name of 区审批服务管理局 in units.txt')
m('deadline-invalid', '第29—36、40—42项', '2023年底', 'tasks 30, 31, 32, 36 are due 2023年 regionally: copied deadline stated as met; 29 (2023年启动，2025年完成) 2025年底 = equal; 33–35, 40–42 (2024年) 2024年底 = equal; 第29—36、40—42项 are task ranges, not dates')
m('unknown-unit', '第29—36、40—42项', '区直各部门（单位）', 'collective subject')
m('deadline-invalid', '开展城域网升级改造，推进区市县乡村5级全覆盖', 'IPv6', '“5级”, “IPv6” are not dates')
m('deadline-later-than-baseline', '第48项于2025年6月底前完成', '2025年底', 'tasks 49, 52, 56, 59 are 2025年 regionally: equal (only task 48 on this line is late); task 51 (2023年) copied as already met')
m('deadline-invalid', '“360画像”', '360', 'part of the name 重点企业“360画像”, not a date')
m('deadline-invalid', '第65—67项', '2023年底', 'task 67 is 2023年 regionally (copied, stated as met); 65 2024年底 = 2024年; 66 2025年底 = 2025年')
m('deadline-invalid', '第68—75项', '2023年底', 'tasks 68, 72 are 2023年 regionally (copied, stated as met); the others (69–71, 73–75) 2024年底 = 2024年')
m('unknown-unit', '第77—81、83项', '各乡镇（街道）', 'collective subject')
m('deadline-later-than-baseline', '第77—81、83项', '2025年底', 'tasks 81, 83 are 2025年 regionally: equal; 77–80 are 2024年: 2024年底 equal; task 82 (COVID-19 mechanism, 2023) deliberately not listed')
m('deadline-invalid', '推进12345政务服务便民热线“一呼即应”改革', '12345', 'hotline number, not a date')
m('deadline-later-than-baseline', '第84—90、92、93项', '2025年底', 'task 87: region 2023年启动，2025年完成; task 92: region 2025年: equal; “其余” (84, 86, 88–90, 93) 2024年: equal; 85 (2023年) copied as met')
m('unknown-unit', '依托黄河流域宁夏生态环境数据资源中心', '黄河流域宁夏生态环境数据资源中心', 'a regional data facility named in the 实施意见, used as a platform (依托), not a responsible unit')
m('unknown-unit', NOTE_ECO, '区生态环境分局', 'short name of 吴忠市生态环境局利通区分局 in units.txt (区林草局 on the same line is the short name of 区林业和草原局)')
m('deadline-later-than-baseline', '第103—111项', '2024年底', 'task 103 (2024年), 104, 105, 109, 110 (2024年) and 108 (长期推进，2024年取得明显成效): equal; 106, 107, 111 (2025年) 2025年底: equal')
m('unknown-unit', '依托区委党校', '区委党校', 'in units.txt')
m('unknown-unit', '（一）加强组织领导。区委、区政府', '区委', 'short names of 中共吴忠市利通区委员会 and 利通区人民政府 in units.txt')
m('deadline-invalid', '每季度末月25日前', '2024年12月10日', "the office's own reporting dates (季度进展, 年度总结), not task deadlines")
m('deadline-invalid', '第116—118、121—124项', '2023年底', 'tasks 116, 118 (2023年完成并长期坚持), 122, 123 (2023年完成，长期坚持), 124 (2023年形成机制，长期坚持): copied, stated as met; 117 2024年底 = 2024年; 121 长期坚持 = 长期坚持')
m('unknown-unit', '第116—118、121—124项', '各乡镇（街道）', 'collective subject')
m('unknown-unit', '配合吴忠市推进城市运行管理服务平台建设', '吴忠市', 'the parent city as a whole (task 9 is led by 各地级市), not a misnamed unit')

covers_spec = {
    1: '服务算力枢纽建设', 2: '推进产业上云用数', 3: '建设智慧园区。', 5: '完善数字经济治理', 6: '推进公共服务数字化',
    7: '深化智慧教育应用', 8: '推进“互联网+医疗健康”', 9: '加快智慧城市建设', 10: '推进数字乡村建设', 11: '加快“数字供销”建设',
    12: '培育数据要素市场', 13: '营造规范有序的政策环境', 14: '强化安全管理责任', 15: '强化安全管理责任', 16: '落实安全制度要求',
    17: '落实安全制度要求', 18: '提升安全防护能力', 19: '提高自主可控水平', 20: '以数字化改革助力政府职能转变。全面梳理', 21: '以数字化改革助力政府职能转变。全面梳理',
    22: '以数字化改革助力政府职能转变。全面梳理', 23: '创新数字政府建设管理机制', 24: '创新数字政府建设管理机制', 25: '强化资金统筹', 26: '完善制度和标准规范',
    27: '完善制度和标准规范', 28: '开展试点示范', 29: '融入一体化政务大数据体系', 30: '摸清数据资源底数', 31: '完善数据管理机制',
    32: '完善数据管理机制', 33: '融入一体化政务大数据体系', 34: '融入一体化政务大数据体系', 35: '融入一体化政务大数据体系', 36: '深化数据高效共享',
    40: '强化电子公文管理', 41: '促进数据开发利用', 42: '促进数据开发利用', 43: '强化政务云平台支撑能力', 45: '强化政务云平台支撑能力',
    47: '提升网络平台支撑能力', 48: '提升网络平台支撑能力', 49: '提升网络平台支撑能力', 50: '提升网络平台支撑能力', 51: '加强共性应用支撑能力',
    52: '加强共性应用支撑能力', 53: '加强共性应用支撑能力', 54: '加强共性应用支撑能力', 55: '加强共性应用支撑能力', 56: '加强共性应用支撑能力',
    57: '加强共性应用支撑能力', 58: '加强共性应用支撑能力', 59: '提高政务平台迭代支撑能力', 64: '（一）健全组织机构。', 65: '加强经济数据汇聚治理',
    66: '加强经济运行监测预警', 67: '加强经济政策统筹协调', 68: '推动监管精准化', 69: '推动监管精准化', 70: '推动监管精准化', 71: '推动监管精准化',
    72: '推动监管协同化', 73: '推动监管协同化', 74: '推动监管智能化', 75: '推动监管智能化', 77: '提升社会矛盾化解能力', 79: '提升社会治安防控能力',
    80: '提升公共安全保障能力', 81: '提升公共安全保障能力', 83: '提高基层社会治理能力', 84: '打造泛在可及的服务体系', 85: '提升智慧便捷的服务能力',
    86: '打造泛在可及的服务体系', 87: '提升智慧便捷的服务能力', 88: '提供优质便利的涉企服务', 89: '提供优质便利的涉企服务', 90: '拓展公平普惠的民生服务',
    92: '拓展公平普惠的民生服务', 93: '拓展公平普惠的民生服务', 94: '提升生态环保协同治理能力', 95: '提升生态环保协同治理能力', 96: '提高自然资源利用效率',
    97: '提高自然资源利用效率', 98: '提高自然资源利用效率', 100: '提高自然资源利用效率', 101: '推动绿色低碳转型', 102: '推动绿色低碳转型',
    103: '提升辅助决策能力', 104: '提升行政执行能力', 105: '提升行政执行能力', 106: '提升行政执行能力', 107: '提升行政执行能力',
    108: '提升行政监督水平', 109: '提升行政监督水平', 110: '提升行政监督水平', 111: '提升机关事务管理水平', 112: '提升政府信息公开水平',
    113: '提升政府信息公开水平', 114: '发挥政务新媒体传播优势', 115: '畅通政民互动渠道', 116: '（一）加强组织领导。', 117: '（四）提升数字素养。',
    118: '（四）提升数字素养。', 121: '（二）强化考核评价。', 122: '（二）强化考核评价。', 123: '（二）强化考核评价。', 124: '（二）强化考核评价。',
}
covers = [{'task': t, 'line': L(a)} for t, a in sorted(covers_spec.items())]

key = {
    'writer': 'blind writer, round 615; read only DOMAIN.md, the seeds, seeds/units/wuzhong.units.txt and KEY-FORMAT.md',
    'written': '2026-12-07',
    'draft': 'draft.txt',
    'baseline': 'ningxia-2023',
    'build': None,
    'parents': ['wuzhong'],
    'units': 'units.txt',
    'planYear': 2024,
    'expect': expect,
    'mustNotFlag': M,
    'covers': covers,
    'notes': ('利通区 2024 plan (利政办发〔2024〕9号, 2024-03-18) following the 吴忠 “1347” structure. Measures carry no dates; each part ends with a '
              '“注：本部分对应自治区任务清单第…项，其中第…项于…完成，其余于…完成；牵头单位：…” note, and line 22 states that these notes carry the deadlines and that the first-listed lead is the main lead. '
              '“其余” in a note means every task of the note\'s range not named before it. Tasks due 2023 regionally are stated as “已于2023年底前完成” (copied regional deadline, before the plan year, not invalid). '
              'The wrong range (line 103, 第94—103项) is keyed as the late deadline it gives task 103; task 103 is also given 2024年底 (correct) by the note on line 109. '
              'Tasks involving counties that the draft does not take up: 76 (地方金融监管平台, counties 配合) and 82 (COVID-19 mechanism, 2023); neither is keyed as task-uncovered. '
              'check_notes.py lists each note\'s tasks with the regional 完成时限; make_key.py writes this key and checks every line number.'),
}
json.dump(key, open('key.json', 'w', encoding='utf-8'), ensure_ascii=False, indent=2)
print(len(expect), 'expect;', len(M), 'mustNotFlag;', len(covers), 'covers')
for x in expect:
    print(x['rule'], x['line'], x.get('text'))
