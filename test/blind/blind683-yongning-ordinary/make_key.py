# Builds key.json and checks that every "text" occurs on its stated line of draft.txt (1-based).
import json
L = open('draft.txt', encoding='utf-8').read().split('\n')
if L[-1] == '': L = L[:-1]

def e(rule, line, text=None, why='', **kw):
    d = {'rule': rule, 'line': line}
    if text is not None: d['text'] = text
    d.update(kw); d['why'] = why
    if line and text is not None:
        assert text in L[line-1], (line, text)
    return d

expect = [
 e('basis-mismatch', 9, '宁政发〔2022〕17号', '自治区人民政府关于加强数字政府建设的实施意见 is 宁政发〔2023〕17号 (issued 2023-05-16); the year in the 文号 is mistyped as 2022'),
 e('unknown-unit', 40, '县网信办', 'no such body: the county office is 县委网信办 (县委网络安全和信息化委员会办公室), as written correctly on lines 29, 37 and 41; 县网信办 is not in units.txt'),
 e('garbled-text', 49, '鎺ㄥ姩鍘跨骇鏀垮姟鏁版嵁鎸夐渶鍥炴祦', 'UTF-8 bytes read as GBK: re-encoding as GBK and decoding as UTF-8 gives 推动县级政务数据按需回流'),
 e('deadline-later-than-baseline', 73, '2025年6月底前', 'task 93 (政府网站、政务移动端、公共服务场所适老化与信息无障碍建设) has 完成时限 2024年; the inline note says 2025年6月底前 (the draft\'s own task table, line 124, has the correct 2024年底前)'),
 e('unknown-unit', 127, '自治区政府办公厅', 'regional body named as the lead (牵头) of a county task in the county task table: the cell was copied from task 104/105 (自治区政府办公厅牵头负责) without being localised; the county lead should be 县政府办公室 as in line 80'),
 e('deadline-invalid', 129, '20244年', 'impossible year (typing slip for 2024年); the matching inline note on line 83 says 2024年 (tasks 112/114, 完成时限 2024年)'),
]

M = []
def m(rule, line, text, why, **kw): M.append(e(rule, line, text, why, **kw))
m('basis-mismatch', 2, '永政办发〔2024〕9号', "the draft's own 文号 under the notice title, not a cited basis document")
m('basis-mismatch', 4, '《永宁县关于加强数字政府建设的实施方案》', "the notice names the document it issues (its own title), not a basis document")
m('basis-mismatch', 9, '（国发〔2022〕14号）', 'correct title and 文号 of the national 指导意见')
m('basis-mismatch', 9, '《数字宁夏“1244+N”行动计划实施方案》（宁政办发〔2023〕11号）', 'a real regional document cited with the same title and 文号 in the 吴忠 seed plan; not a mismatch')
m('basis-mismatch', 9, '银川市人民政府《关于加强数字政府建设的实施方案》', "the county's city plan cited by title alone, the usual form for a city plan (DOMAIN: 吴忠市人民政府《关于加强数字政府建设的实施方案》); 实施方案 is the right kind for a city plan, not a wrong title for the regional 实施意见")
m('basis-mismatch', 14, '（宁政办发〔2020〕14号）', 'retrospective mention of the 2020 工作要点 in the background section (工作基础), not cited as the basis of this plan')
m('deadline-invalid', 14, '2023年', 'past date in the background (achievements of 2023), not a deadline')
m('deadline-invalid', 6, '2024年3月18日', "issue date of the notice")
m('deadline-later-than-baseline', 16, '到2024年底', 'goal: 县乡村 电子政务外网全覆盖 and migration to 政务信创云 by end of 2024 equal tasks 48 (2024年) and 43 (2024年建成，持续推进)')
m('deadline-later-than-baseline', 17, '到2025年', 'framework goal 到2025年…全面成型 equals the regional 主要目标 (到2025年，“34567”体系框架全面成型)')
m('deadline-later-than-baseline', 18, '到2035年', 'long-term vision equals the regional 到2035年 goal')
m('deadline-later-than-baseline', 22, '2024年6月底前', 'county organisation: task 64 (各地各部门参照自治区做法成立相应组织机构, 各市、县（区）负责) is due 2025年, so 2024年6月 is earlier; task 60 (充实自治区领导小组成员, 2023年) is the region\'s own leading group and is 自治区政府办公厅负责 only')
m('deadline-later-than-baseline', 27, '2025年底前取得明显成效', 'task 3 (智慧园区): 持续推进，2025年取得明显成效 — same year')
m('deadline-later-than-baseline', 28, '2024年底前取得明显成效', 'task 2 (产业云, 红酒云): 2023年启动，2024年取得明显成效 — completing milestone equal')
m('deadline-later-than-baseline', 32, '2025年底前', 'task 8 (互联网+医疗健康): 持续推进，2025年取得明显成效 — same year')
m('deadline-later-than-baseline', 46, '2024年启动，2025年取得明显成效', 'task 28 (试点示范): 2023年启动，2025年取得明显成效 — the completing milestone (2025) is equal; a 2024 start in a 2024 plan is not a late deadline')
m('deadline-later-than-baseline', 52, '2024年10月底前完成迁移', 'task 43 (政务信创云): 2024年建成，持续推进; task 46: 2024年 — earlier')
m('deadline-later-than-baseline', 53, '2024年底前', 'tasks 47, 48, 50 (外网扩容, 乡村全覆盖, 专网整合): 2024年 — equal')
m('deadline-later-than-baseline', 55, '2025年底前', 'tasks 52 (电子证照社会化场景) and 56 (非税收入收缴电子化): 2025年 — equal')
m('deadline-later-than-baseline', 58, '2024年底前', 'task 66 (经济运行大数据平台, 市县配合): 2025年 — earlier (task 65: 2024年, equal)')
m('deadline-later-than-baseline', 67, '2025年', 'task 83 (互联网+基层治理) and task 106 (填表报数系统): 2025年 — equal')
m('deadline-later-than-baseline', 71, '2025年', 'task 87 (12345热线“一呼即应”改革, 总客服): 2023年启动，2025年完成 — equal')
m('deadline-later-than-baseline', 76, '2024年底前', 'task 96 (互联网+城乡供水, 数字治水): 2025年 — earlier')
m('deadline-later-than-baseline', 80, '2024年底前', 'tasks 104/105 (协同办公, 宁政通): 2024年 equal; task 107 (视频会议): 2025年 earlier')
m('deadline-later-than-baseline', 41, '长期坚持', 'task 18 (安全技术保障体系, 应急演练): 2023年形成机制，长期坚持 — an ongoing duty with no later dated milestone')
m('deadline-invalid', 105, '2023年形成机制，长期坚持', "copied regional deadline of task 18 that lies before the plan's year (allowed near miss); ongoing")
m('deadline-later-than-baseline', 124, '2024年底前', 'task 93: 2024年 — the table row is equal (only the inline note on line 73 is late)')
m('deadline-later-than-baseline', 96, '2025年1月10日前', "the office's own reporting date for the annual summary, not a task deadline")
m('deadline-invalid', 96, '20日前', "the office's quarterly reporting rule (每季度最后一个月20日前), not a task deadline")
m('unknown-unit', 3, '县直各部门（单位）', 'collective subject')
m('unknown-unit', 22, '各乡镇', 'collective subject (各乡镇、县直各部门（单位）)')
m('unknown-unit', 67, '各村（社区）', 'collective subject')
m('unknown-unit', 46, '县直有关部门', 'collective subject')
m('unknown-unit', 23, '各乡镇人民政府', 'collective subject')
m('unknown-unit', 31, '县教育体育局、卫生健康局、人社局、民政局', 'prefix 县 distributes: 县卫生健康局, 县人社局 (alias of 县人力资源和社会保障局), 县民政局 are all in units.txt')
m('unknown-unit', 64, '县公安局、司法局、信访局', 'prefix distributes: 县司法局, 县信访局')
m('unknown-unit', 62, '县市场监管局、审批局', 'prefix distributes: 县审批局 is the registered short name of 县审批服务管理局; 县市场监管局 is the short name of 县市场监督管理局')
m('unknown-unit', 24, '县发改局', 'registered short name of 县发展和改革局')
m('unknown-unit', 28, '闽宁镇人民政府', 'town government listed in units.txt')
m('unknown-unit', 27, '永宁工业园区管委会', 'registered short name of 永宁工业园区管理委员会')
m('unknown-unit', 73, '县残联', 'registered short name of 县残疾人联合会')
m('unknown-unit', 75, '银川市生态环境局永宁分局', "the city bureau's county branch is the county's real environment agency and is listed in units.txt; not a regional (自治区) body")
m('unknown-unit', 77, '银川市自然资源局永宁分局', 'county branch of the city bureau, listed in units.txt')
m('unknown-unit', 40, '县委保密办', 'listed in units.txt (县委保密委员会办公室); only 县网信办 on this line is wrong')
m('unknown-unit', 29, '县委网信办', 'correct county name (contrast line 40)')
m('unknown-unit', 33, '县供销社', 'registered short name of 县供销合作社')
m('unknown-unit', 54, '县应急局', 'registered short name of 县应急管理局')
m('unknown-unit', 9, '银川市人民政府', 'issuer of a cited document, not a responsible unit')
m('unknown-unit', 102, '县政府办公室、县委编办、县大数据服务中心', 'table cell; line 100 says the first-listed unit leads, so 县政府办公室 is the lead — a county unit')
m('garbled-text', 53, 'IPv6', 'ordinary Latin technical term, not mojibake')
m('garbled-text', 70, 'APP', 'ordinary Latin term in “我的宁夏”政务APP')
m('garbled-text', 9, '“1244+N”', 'document name with digits and a plus sign, not damage')
M.append({'rule': 'missing-pillar', 'line': 0, 'pillar': '数字生态', 'why': 'taken up under the county heading （三）优化数字发展环境 (lines 35–37: 数据要素市场, 网络生态)'})
M.append({'rule': 'missing-pillar', 'line': 0, 'pillar': '五个一', 'why': "the work system (五个一 + 六级贯通) is folded into the county's “一个工作体系” (lines 21–24: 领导小组+县大数据服务中心, 六级贯通 层级职责, 工作机制), as 吴忠 does"})
M.append({'rule': 'missing-pillar', 'line': 0, 'pillar': '财政投入', 'why': 'under 六、保障措施 as （二）强化资金保障 (lines 88–89)'})
M.append({'rule': 'missing-pillar', 'line': 0, 'pillar': '组织领导', 'why': 'the 党的领导 items appear under the heading 六、保障措施: 组织领导 (86–87), 资金保障 (88–89), 数字素养 (90–91), 考核评估 (92–93)'})

covers = [(64,22),(3,27),(2,28),(5,29),(6,31),(7,31),(8,32),(10,33),(11,33),(9,34),(12,36),(14,40),(15,40),(18,41),
 (21,44),(24,45),(28,46),(30,48),(32,48),(42,49),(40,50),(54,50),(43,52),(47,53),(48,53),(50,53),(49,54),(52,55),(56,55),
 (66,58),(70,60),(71,60),(73,61),(74,62),(88,62),(77,64),(79,65),(80,66),(83,67),(106,67),(84,69),(86,70),(87,71),(89,72),
 (93,73),(94,75),(96,76),(97,77),(103,79),(104,80),(105,80),(107,80),(111,81),(112,83),(114,83),(115,84),(116,87),(25,89),
 (118,91),(123,93),(124,93)]
key = {
 'writer': 'blind writer, round 683; read only DOMAIN.md, the seeds, seeds/units/wuzhong.units.txt and KEY-FORMAT.md',
 'written': '2026-12-07',
 'draft': 'draft.txt',
 'baseline': 'ningxia-2023',
 'build': None,
 'parents': [],
 'units': 'units.txt',
 'planYear': 2024,
 'expect': expect,
 'mustNotFlag': M,
 'covers': [{'task': t, 'line': l} for t, l in covers],
 'notes': ('永宁县 (银川市) 2024 county plan, ordinary county-office style: notice, 总体要求 with goals, a “1347” framework in the county\'s words, '
           'measures with inline notes （牵头…配合；时限）, 保障措施 and a 29-row task table (first-listed unit leads). No parent plan is supplied; '
           'the 银川 plan is cited by title only. Six planted slips: wrong year in the regional 文号 (9), 县网信办 for 县委网信办 (40), a mojibake run (49), '
           'a late inline deadline for task 93 while the table row is correct (73 vs 124), a regional body left as lead in the table (127), and a typo year 20244年 (129). '
           'Tasks whose regional deadline is 2023 are given no dated county deadline (or the copied regional wording, line 105), so no 2024 date is later than a 2023 task.'),
}
with open('key.json', 'w', encoding='utf-8') as f:
    json.dump(key, f, ensure_ascii=False, indent=2)
print(len(expect), len(M), len(covers), len(L))
