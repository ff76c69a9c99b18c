// Finds the seeds folder shipped with the package (baselines, aliases, the segmentation model), from
// server/out and from the bundled dist/server.js alike.
import * as fs from 'fs';
import * as path from 'path';

let found: string | undefined;

/** The seeds folder shipped with the package (works from server/out and from a bundle). */
export function seedsDir(): string {
  if (found && !process.env.XIANJIE_SEEDS) return found;
  const candidates = [
    process.env.XIANJIE_SEEDS,
    // Nearest first: dist/server.js → <extension>/seeds; server/out/node → <repo>/seeds.
    path.resolve(__dirname, 'seeds'),
    path.resolve(__dirname, '../seeds'),
    path.resolve(__dirname, '../../seeds'),
    path.resolve(__dirname, '../../../seeds'),
  ];
  for (const c of candidates) {
    if (c && fs.existsSync(path.join(c, 'baselines'))) {
      if (c !== process.env.XIANJIE_SEEDS) found = c;
      return c;
    }
  }
  throw new Error('找不到内置基准数据目录 seeds/baselines，安装可能不完整，请重新安装。');
}
