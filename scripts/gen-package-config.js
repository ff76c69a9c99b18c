#!/usr/bin/env node
// Generates package.json `contributes.configuration`, client/schemas/xianjie.config.schema.json and
// client/schemas/xianjie-suppressions.schema.json from the zod schemas (server/src/core/config.ts,
// server/src/lsp/settingsSchema.ts, server/src/node/suppressionsSchema.ts). `--check` exits 1 when
// any of them is stale, without writing.
//
// The TypeScript sources are compiled on the fly with esbuild, so the script does not depend on a
// previous tsc build. Editor settings that the config file also has are declared with default null:
// null means "not set in the editor", and then xianjie.config.json (or the built-in default) applies.
'use strict';
const fs = require('fs');
const path = require('path');
const Module = require('module');
const esbuild = require('esbuild');

const ROOT = path.resolve(__dirname, '..');
const PACKAGE_JSON = path.join(ROOT, 'package.json');
const SCHEMA_FILE = path.join(ROOT, 'client', 'schemas', 'xianjie.config.schema.json');
const SUPPRESSIONS_SCHEMA_FILE = path.join(ROOT, 'client', 'schemas', 'xianjie-suppressions.schema.json');

function loadSchemas() {
  const out = esbuild.buildSync({
    stdin: {
      contents:
        "export { ConfigSchema } from './server/src/core/config'; export { EditorSettingsSchema, FILE_KEYS } from './server/src/lsp/settingsSchema';" +
        " export { SuppressionsFileSchema } from './server/src/node/suppressionsSchema';",
      resolveDir: ROOT,
      loader: 'ts',
    },
    bundle: true, platform: 'node', format: 'cjs', write: false, external: ['zod'], logLevel: 'error',
  });
  const m = new Module(path.join(ROOT, 'gen-package-config.virtual.js'));
  m.filename = m.id;
  m.paths = Module._nodeModulePaths(ROOT);
  m._compile(out.outputFiles[0].text, m.filename);
  return m.exports;
}

/**
 * Tidies zod's output for editors: a record keyed by an enum becomes explicit properties (so the
 * settings editor and JSON completion list the rule ids), and the MAX_SAFE_INTEGER bound goes.
 */
function tidy(schema) {
  if (Array.isArray(schema)) return schema.map(tidy);
  if (!schema || typeof schema !== 'object') return schema;
  const out = {};
  for (const [k, v] of Object.entries(schema)) {
    if (k === '$schema') continue;
    if (k === 'maximum' && v === Number.MAX_SAFE_INTEGER) continue;
    out[k] = tidy(v);
  }
  if (out.propertyNames && Array.isArray(out.propertyNames.enum) && out.additionalProperties && typeof out.additionalProperties === 'object') {
    out.properties = Object.fromEntries(out.propertyNames.enum.map((key) => [key, out.additionalProperties]));
    delete out.propertyNames;
    out.additionalProperties = false;
  }
  return out;
}

function nullable(prop) {
  const p = { ...prop };
  const types = Array.isArray(p.type) ? p.type : p.type ? [p.type] : [];
  if (p.enum) p.enum = [...p.enum, null];
  p.type = [...types, 'null'];
  return p;
}

function describeDefault(key, value) {
  if (value === undefined) return '不使用此项';
  if (Array.isArray(value) && !value.length) return '不使用此项';
  if (key === 'tasks' && value && typeof value === 'object' && !Object.keys(value).length) return '按上级任务清单确定本级应承接的任务';
  if (value && typeof value === 'object' && !Object.keys(value).length) return '各规则按默认级别提示';
  return `默认为 \`${JSON.stringify(value)}\``;
}

function generate() {
  const { z } = require('zod');
  const { ConfigSchema, EditorSettingsSchema, FILE_KEYS, SuppressionsFileSchema } = loadSchemas();
  const fileSchema = tidy(z.toJSONSchema(ConfigSchema, { target: 'draft-7', io: 'input' }));
  const configSchema = {
    $schema: 'http://json-schema.org/draft-07/schema#',
    $id: 'https://xianjie.invalid/xianjie.config.schema.json',
    title: '衔接（Xianjie）配置文件 xianjie.config.json',
    description: '对照上级实施意见检查本地实施方案时使用的设置。路径相对于本配置文件。由 scripts/gen-package-config.js 从 zod 模式生成，请勿手工修改。',
    ...fileSchema,
  };

  const editorOutput = tidy(z.toJSONSchema(EditorSettingsSchema, { target: 'draft-7', io: 'input' }));
  const properties = {};
  let order = 0;
  for (const key of FILE_KEYS) {
    const prop = fileSchema.properties[key];
    const { default: def, description, ...shape } = prop;
    properties[`xianjie.${key}`] = {
      ...nullable(shape),
      default: null,
      markdownDescription:
        `${description}\n\n留空（\`null\`）时使用最近的 \`xianjie.config.json\` 中的设置；配置文件也未设置时${describeDefault(key, def)}。` +
        (key === 'units' || key === 'parents' || key === 'baseline' ? '在此处填写的相对路径相对于工作区文件夹。' : ''),
      scope: 'resource',
      order: order++,
    };
  }
  for (const [key, prop] of Object.entries(editorOutput.properties)) {
    const { description, ...shape } = prop;
    const windowScoped = key === 'enableForPlainText' || key === 'files';
    properties[`xianjie.${key}`] = { ...shape, markdownDescription: description, scope: windowScoped ? 'window' : 'resource', order: order++ };
  }
  properties['xianjie.trace.server'] = {
    type: 'string',
    enum: ['off', 'messages', 'verbose'],
    default: 'off',
    markdownDescription: '记录编辑器与衔接语言服务之间的通信（排查问题时使用），输出到“衔接”输出面板。',
    scope: 'window',
    order: order++,
  };
  const configuration = { title: '衔接', properties };
  const suppressionsSchema = {
    $schema: 'http://json-schema.org/draft-07/schema#',
    $id: 'https://xianjie.invalid/xianjie-suppressions.schema.json',
    title: '衔接（Xianjie）抑制文件 xianjie-suppressions.json',
    description: '已接受的检查问题，由 xianjie check --suppress-all / --suppress-rule 或编辑器的快速修复写入。由 scripts/gen-package-config.js 从 zod 模式生成，请勿手工修改。',
    ...tidy(z.toJSONSchema(SuppressionsFileSchema, { target: 'draft-7', io: 'input' })),
  };
  return { configuration, configSchema, suppressionsSchema };
}

function main() {
  const check = process.argv.includes('--check');
  const { configuration, configSchema, suppressionsSchema } = generate();
  const pkgText = fs.readFileSync(PACKAGE_JSON, 'utf8');
  const pkg = JSON.parse(pkgText);
  pkg.contributes = pkg.contributes || {};
  pkg.contributes.configuration = configuration;
  const nextPkg = `${JSON.stringify(pkg, null, 2)}\n`;
  const nextSchema = `${JSON.stringify(configSchema, null, 2)}\n`;
  const curSchema = fs.existsSync(SCHEMA_FILE) ? fs.readFileSync(SCHEMA_FILE, 'utf8') : '';
  const nextSuppressions = `${JSON.stringify(suppressionsSchema, null, 2)}\n`;
  const curSuppressions = fs.existsSync(SUPPRESSIONS_SCHEMA_FILE) ? fs.readFileSync(SUPPRESSIONS_SCHEMA_FILE, 'utf8') : '';
  const stale = [];
  if (nextPkg !== pkgText) stale.push('package.json (contributes.configuration)');
  if (nextSchema !== curSchema) stale.push(path.relative(ROOT, SCHEMA_FILE));
  if (nextSuppressions !== curSuppressions) stale.push(path.relative(ROOT, SUPPRESSIONS_SCHEMA_FILE));
  if (check) {
    if (stale.length) {
      console.error(`过期的生成文件：${stale.join('、')}。请运行 npm run gen:config 并提交结果。`);
      process.exit(1);
    }
    console.log('package.json、配置文件模式与抑制文件模式均为最新。');
    return;
  }
  if (nextPkg !== pkgText) fs.writeFileSync(PACKAGE_JSON, nextPkg);
  fs.mkdirSync(path.dirname(SCHEMA_FILE), { recursive: true });
  if (nextSchema !== curSchema) fs.writeFileSync(SCHEMA_FILE, nextSchema);
  if (nextSuppressions !== curSuppressions) fs.writeFileSync(SUPPRESSIONS_SCHEMA_FILE, nextSuppressions);
  console.log(stale.length ? `已更新：${stale.join('、')}` : '无需更新。');
}

main();
