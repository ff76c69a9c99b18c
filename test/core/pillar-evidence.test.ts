// Which parts of the framework a unit counts for: its best clause, and a runner-up clause only when no task
// is matched confidently. A row clearly about the 12345 hotline (task 87, 公共服务) does not take up 政务公开
// because 畅通政民互动渠道 comes second among its clauses; a row about the 政务公开 platform does.
import * as assert from 'assert';
import { core, node } from '../helpers/server';

describe('the parts of the framework a unit counts for', () => {
  const { prepared } = node.baselines.getPrepared('ningxia-2023');
  const table = (row: string) => `某县数字政府建设重点任务分工表\n序号\t重点任务\t牵头单位\t完成时限\n1\t${row}\t县政府办公室\t2025年\n`;
  const covered = (row: string, name: string) => core.analyze.analyze(table(row), prepared).coverage.pillars.find((p) => p.name === name)!.covered;

  it('does not count a confident row for the part of a runner-up clause', () => {
    assert.strictEqual(covered('推进12345政务服务便民热线“一呼即应”改革，推动实现“接诉即办”。', '政务公开'), false);
    assert.strictEqual(covered('推进12345政务服务便民热线“一呼即应”改革，推动实现“接诉即办”。', '公共服务'), true);
  });

  it('counts a row for the part it is about', () => {
    assert.strictEqual(covered('完善政府信息公开平台，建设政策文件库，推动政策信息集成公开、智能推送。', '政务公开'), true);
    assert.strictEqual(covered('以12345政务服务便民热线管理平台为枢纽，连通政府网站和政务新媒体，畅通政民互动渠道。', '政务公开'), true);
  });
});
