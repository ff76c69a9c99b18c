// SARIF 2.1.0 output for code-scanning tools, built from the JSON contract and the rule metadata.
import type * as Sarif from 'sarif';
import type { Rule } from '../core/rules/rule';
import type { JsonOutput } from './json';

const LEVEL: Record<string, Sarif.ReportingConfiguration.level> = {
  error: 'error',
  warning: 'warning',
  information: 'note',
  hint: 'note',
};

export function toSarif(out: JsonOutput, rules: Rule[], version: string): Sarif.Log {
  const ruleIndex = new Map(rules.map((r, i) => [r.id, i]));
  const results: Sarif.Result[] = [];
  for (const f of out.files) {
    for (const d of f.diagnostics) {
      results.push({
        ruleId: d.rule,
        ruleIndex: ruleIndex.get(d.rule),
        level: LEVEL[d.severity],
        message: { text: d.message + (d.related[0] ? `\n${d.related[0].quote}` : '') },
        locations: [
          {
            physicalLocation: {
              artifactLocation: { uri: f.path.split('\\').join('/') },
              // SARIF lines and columns are 1-based; columns count UTF-16 code units here.
              region: {
                startLine: d.range.start.line + 1,
                startColumn: d.range.start.character + 1,
                endLine: d.range.end.line + 1,
                endColumn: d.range.end.character + 1,
              },
            },
          },
        ],
        properties: { baseline: d.baseline },
        // Accepted in xianjie-suppressions.json: kept in the log, marked as suppressed outside the source.
        ...(d.suppressed
          ? { suppressions: [{ kind: 'external' as const, status: 'accepted' as const, justification: d.suppressionReason ?? '已记入抑制文件 xianjie-suppressions.json（未注明理由）' }] }
          : {}),
      });
    }
  }
  return {
    version: '2.1.0',
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    runs: [
      {
        tool: {
          driver: {
            name: 'xianjie',
            fullName: '衔接 · 数字政府实施方案对照检查',
            version,
            informationUri: 'https://github.com/xianjie/xianjie',
            rules: rules.map((r) => ({
              id: r.id,
              name: r.id,
              shortDescription: { text: r.shortDescription },
              fullDescription: { text: r.fullDescription },
              defaultConfiguration: { level: LEVEL[r.defaultSeverity] },
              help: { text: r.fullDescription },
            })),
          },
        },
        columnKind: 'utf16CodeUnits',
        results,
        properties: { baseline: out.baseline },
      },
    ],
  };
}
