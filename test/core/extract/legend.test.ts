// A table's legend of short forms (注：表中单位简称：发改——县发展和改革局；…) is read, over one line or
// several, and each short form is known as the body its full name is.
import * as assert from 'assert';
import { legend } from './server-modules';

describe('a legend of short forms', () => {
  it('reads the entries from the label on, and the lines of entries after it', () => {
    const text = [
      '4\t推进政务信息系统迁移上云。\t大数据（牵头）、发改\t2024年底前',
      '注：1.表中单位简称：政府办——县人民政府办公室；发改——县发展和改革局；大数据——县大数据服务中心；',
      '住建——县住房和城乡建设局；交通—县交通运输局；市监：县市场监督管理局。',
      '2.责任单位有多个且未注明牵头的，排在第一位的为牵头单位。',
    ].join('\n');
    assert.deepStrictEqual([...legend.readLegend(text)], [
      ['政府办', '县人民政府办公室'], ['发改', '县发展和改革局'], ['大数据', '县大数据服务中心'],
      ['住建', '县住房和城乡建设局'], ['交通', '县交通运输局'], ['市监', '县市场监督管理局'],
    ]);
  });

  it('near misses: prose about short names, and a dash in running text, define nothing', () => {
    assert.deepStrictEqual([...legend.readLegend('各单位规范使用简称，不得自行编造。\n2024—2025年：推进数据共享。')], []);
    assert.deepStrictEqual([...legend.readLegend('推进数据共享——建成县级平台。')], []);
  });
});
