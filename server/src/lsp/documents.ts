// Scheduling of checks: debounce per document, one analysis per version, stale results never
// published, closed documents cleared, and failures confined to the document that caused them.
import { performance } from 'perf_hooks';
import { DiagnosticSeverity, type Diagnostic, type TextDocuments } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { analyzeChainSteps, analyzeSteps, type AnalysisResult } from '../core/analyze';
import { makeRegistry, type LocalUnit, type PreparedBaseline, type UnitRegistry } from '../core/engine';
import { LineIndex } from '../core/positions';
import type { Steps } from '../core/steps';
import { DEFAULT_BASELINE, getPrepared, preparePlanFile } from '../node/baselines';
import { applySuppressions } from '../node/suppressions';
import { problemsDiagnostic, toDiagnostic, topDiagnostic } from './convert';
import type { Pending } from './early';
import { sourceFileOf, type Places } from './extracted';
import type { TimingResult } from './protocol';
import type { ResolvedSettings, SettingsStore } from './settings';

/** Everything the feature handlers need about one analysed version of a document. */
export interface Analysis {
  uri: string;
  version: number;
  text: string;
  lines: LineIndex;
  result: AnalysisResult;
  prepared: PreparedBaseline;
  registry: UnitRegistry;
  settings: ResolvedSettings;
  /** Set when the segmenter in use is not the one asked for, or is the built-in fallback: why, in Chinese. */
  segmenterNotice?: string;
  diagnostics: Diagnostic[];
  /** True when the document was not analysed (too large or the check failed). */
  skipped: boolean;
  timing: TimingResult;
  /** For the read-only view of a Word, PDF or Excel file: where offsets lie in the original. */
  places?: Places;
}

export interface SchedulerHost {
  documents: TextDocuments<TextDocument>;
  settings: SettingsStore;
  publish(uri: string, version: number | undefined, diagnostics: Diagnostic[]): void;
  onAnalyzed(analysis: Analysis): void;
  log(message: string): void;
  /** The pages and paragraphs of an extracted document's view (undefined for other documents). */
  places?(uri: string, text: string, maxBytes: number): Promise<Places | undefined>;
  /** False: no warm-up after the first check (see Scheduler.warmUp). */
  warmUp?: boolean;
  /** Hears that the warm-up ran to its end: how many checks it made, in how long. */
  warmedUp?(checks: number, ms: number): void;
}

/** How long a check runs before it lets queued messages (hover, completion, a newer edit) in. */
const SLICE_MS = 10;

/**
 * After the server's first check, while the user reads its diagnostics, the document is checked again with
 * this many synthetic one-character edits (and back), results discarded: V8 then compiles the keystroke path
 * (a check where one paragraph changed) before the first real keystroke, which otherwise runs it unoptimised
 * and two to three times slower. Any change to any document stops it; so does WARM_UP_BUDGET_MS of work.
 */
const WARM_UP_EDITS = 32;
const WARM_UP_BUDGET_MS = 1500;
/**
 * How long the document must stay unchanged after the first check before the warm-up starts: someone who types at
 * once is not kept waiting behind a warm-up check (its first steps run cold, 20–30 ms each); someone who reads first
 * gets the warm-up.
 */
const WARM_UP_DELAY_MS = 300;

/**
 * Runs analysis steps in slices of about SLICE_MS, letting the event loop serve other messages in
 * between. Undefined, with the rest of the steps dropped, when `current()` turns false (a newer
 * version of the document came in). A check that fits in one slice runs without a pause.
 */
async function runInSlices<T>(steps: Steps<T>, current: () => boolean): Promise<T | undefined> {
  for (;;) {
    const until = performance.now() + SLICE_MS;
    do {
      const r = steps.next();
      if (r.done) return r.value;
    } while (performance.now() < until);
    await new Promise<void>((resolve) => setImmediate(resolve));
    if (!current()) {
      steps.return(undefined as never);
      return undefined;
    }
  }
}

/** A check under way: its text and what it is checked with, known once its settings are read. */
export interface RunningCheck {
  version: number;
  text: string;
  lines: LineIndex;
  prepared: PreparedBaseline;
  registry: UnitRegistry;
  settings: ResolvedSettings;
}

export const EMPTY_RESULT: AnalysisResult = {
  outline: [], alignments: [], deadlines: [], units: [], citations: [], mojibake: [],
  coverage: { pillars: [], tasks: { applicable: [], covered: [], uncovered: [], takenUp: [], mentioned: [], notApplicable: [] } }, findings: [], problems: [],
};

export class Scheduler {
  /** Pending scheduled checks: how to cancel each. */
  private readonly timers = new Map<string, () => void>();
  private readonly analyses = new Map<string, Analysis>();
  private readonly inflight = new Map<string, { version: number; promise: Promise<Analysis | undefined> }>();
  private readonly registries = new Map<string, { prepared: PreparedBaseline; units: LocalUnit[]; registry: UnitRegistry }>();
  private readonly running = new Map<string, RunningCheck>();
  private lastTiming: TimingResult | undefined;
  /** Whether the warm-up has been started (once per server). */
  private warmed = false;
  /** Changes scheduled so far: a warm-up stops when this moves. */
  private changes = 0;

  constructor(private readonly host: SchedulerHost) {}

  /** Schedules a check after the document's debounce delay (0 = at once). */
  schedule(uri: string, immediate = false): void {
    this.changes++;
    this.cancel(uri);
    void this.host.settings.forDocument(uri).then((s) => {
      if (!this.host.documents.get(uri)) return;
      this.cancel(uri);
      const delay = immediate ? 0 : s.debounceMs;
      const run = (): void => {
        this.timers.delete(uri);
        void this.run(uri);
      };
      // A zero delay still lets other queued messages (a further edit) in first, without a timer's 1 ms.
      if (delay === 0) {
        const handle = setImmediate(run);
        this.timers.set(uri, () => clearImmediate(handle));
      } else {
        const handle = setTimeout(run, delay);
        this.timers.set(uri, () => clearTimeout(handle));
      }
    });
  }

  scheduleAll(immediate = true): void {
    for (const doc of this.host.documents.all()) this.schedule(doc.uri, immediate);
  }

  closed(uri: string): void {
    this.cancel(uri);
    this.analyses.delete(uri);
    this.inflight.delete(uri);
    this.host.settings.invalidate(uri);
    this.host.publish(uri, undefined, []);
  }

  /** The check of the document under way, if any (the newest one when an older one is still winding down). */
  runningCheck(uri: string): RunningCheck | undefined {
    return this.running.get(uri);
  }

  /**
   * While the document's current version is still to be checked: the latest (older) analysis and the
   * check under way for the current version. Undefined when the latest analysis is current.
   */
  pending(uri: string): Pending | undefined {
    const doc = this.host.documents.get(uri);
    if (!doc) return undefined;
    const earlier = this.analyses.get(uri);
    if (earlier && earlier.version === doc.version) return undefined;
    const running = this.running.get(uri);
    return { doc, earlier, running: running?.version === doc.version ? running : undefined };
  }

  /** The latest analysis, whatever its version. */
  latest(uri: string): Analysis | undefined {
    return this.analyses.get(uri);
  }

  timing(uri?: string): TimingResult | undefined {
    return uri ? this.analyses.get(uri)?.timing : this.lastTiming;
  }

  /** The analysis of the document's current version, running the check now if needed. */
  async fresh(uri: string): Promise<Analysis | undefined> {
    for (let attempt = 0; attempt < 3; attempt++) {
      const doc = this.host.documents.get(uri);
      if (!doc) return undefined;
      const have = this.analyses.get(uri);
      if (have && have.version === doc.version) return have;
      const a = await this.run(uri);
      if (a && a.version === this.host.documents.get(uri)?.version) return a;
    }
    return this.analyses.get(uri);
  }

  private cancel(uri: string): void {
    this.timers.get(uri)?.();
    this.timers.delete(uri);
  }

  private run(uri: string): Promise<Analysis | undefined> {
    const doc = this.host.documents.get(uri);
    if (!doc) return Promise.resolve(undefined);
    const pending = this.inflight.get(uri);
    if (pending && pending.version === doc.version) return pending.promise;
    const promise = this.check(uri, doc.version).catch((e: unknown) => this.failed(uri, doc.version, e)).finally(() => {
      if (this.inflight.get(uri)?.promise === promise) this.inflight.delete(uri);
    });
    this.inflight.set(uri, { version: doc.version, promise });
    return promise;
  }

  /** Last resort when a check throws outside analyze(): log it and say so on this document only. */
  private failed(uri: string, version: number, e: unknown): undefined {
    this.host.log(`检查 ${uri} 时出错：${e instanceof Error ? e.stack ?? e.message : String(e)}`);
    const doc = this.host.documents.get(uri);
    if (doc && doc.version === version) {
      const lines = new LineIndex(doc.getText());
      this.host.publish(uri, version, [topDiagnostic(lines,
        `检查失败：${e instanceof Error ? e.message : String(e)}。其他文档的检查不受影响；详情见“衔接”输出面板。`,
        DiagnosticSeverity.Error, 'check-failed')]);
    }
    return undefined;
  }

  private registryFor(prepared: PreparedBaseline, units: LocalUnit[], key: string): UnitRegistry {
    const hit = this.registries.get(key);
    if (hit && hit.prepared === prepared && hit.units === units) return hit.registry;
    const registry = makeRegistry(prepared, units);
    this.registries.set(key, { prepared, units, registry });
    return registry;
  }

  private async check(uri: string, version: number): Promise<Analysis | undefined> {
    const t0 = performance.now();
    const settings = await this.host.settings.forDocument(uri);
    // After the await: a newer version or a close makes this run moot.
    const doc = this.host.documents.get(uri);
    if (!doc || doc.version !== version) return undefined;
    const text = doc.getText();
    const lines = new LineIndex(text);
    const top: Diagnostic[] = [];
    const errors = [...settings.errors];

    let prepared: PreparedBaseline;
    let segmenterNotice: string | undefined;
    try {
      ({ prepared, notice: segmenterNotice } = getPrepared(settings.config.baseline, settings.config.segmenter));
    } catch (e) {
      errors.push(`${e instanceof Error ? e.message : String(e)}（已改用默认基准 ${DEFAULT_BASELINE}。）`);
      ({ prepared, notice: segmenterNotice } = getPrepared(DEFAULT_BASELINE, settings.config.segmenter));
    }
    // Higher-level plans (a county draft's city plan): compiled once per file version.
    const parents: PreparedBaseline[] = [];
    for (const file of settings.config.parents) {
      try {
        parents.push(await preparePlanFile(file, settings.config.segmenter));
      } catch (e) {
        errors.push(`${e instanceof Error ? e.message : String(e)}（本次不对照该上级方案。）`);
      }
    }
    if (parents.length || settings.config.parents.length) {
      const now = this.host.documents.get(uri);
      if (!now || now.version !== version) return undefined;
    }
    // A view of a PDF or Word file: pages and paragraphs of the original, for messages and the report.
    const places = await this.host.places?.(uri, text, settings.config.maxFileSize);
    if (places) {
      const now = this.host.documents.get(uri);
      if (!now || now.version !== version) return undefined;
    }
    if (errors.length) top.push(topDiagnostic(lines, errors.join('\n'), DiagnosticSeverity.Error, 'config'));
    const registry = this.registryFor(prepared, settings.localUnits, `${settings.config.baseline}|${settings.config.units ?? ''}`);
    const running: RunningCheck = { version, text, lines, prepared, registry, settings };
    if ((this.running.get(uri)?.version ?? -Infinity) <= version) this.running.set(uri, running);
    try {
      return await this.analyseAndPublish(uri, t0, running, parents, top, segmenterNotice, places);
    } finally {
      if (this.running.get(uri) === running) this.running.delete(uri);
    }
  }

  /** The second half of a check: analysis (in slices), suppressions, conversion, publication. */
  private async analyseAndPublish(
    uri: string, t0: number, running: RunningCheck, parents: PreparedBaseline[], top: Diagnostic[], segmenterNotice: string | undefined,
    places: Places | undefined,
  ): Promise<Analysis | undefined> {
    const { version, text, lines, prepared, registry, settings } = running;

    let result = EMPTY_RESULT;
    let skipped = false;
    let analysisMs = 0;
    const bytes = Buffer.byteLength(text, 'utf8');
    if (bytes > settings.config.maxFileSize) {
      skipped = true;
      top.push(topDiagnostic(lines,
        `文档大小为 ${bytes} 字节，超过 ${settings.config.maxFileSize} 字节的检查上限，未作检查。可在设置 xianjie.maxFileSize 或配置文件中调大上限。`,
        DiagnosticSeverity.Information, 'limit'));
    } else {
      const a0 = performance.now();
      try {
        const steps = checkSteps(text, running, parents);
        // In slices: hover, completion and further edits are served while a large document is checked.
        const done = await runInSlices(steps, () => this.host.documents.get(uri)?.version === version);
        if (done === undefined) return undefined; // a newer version came in; its own check follows
        result = done;
      } catch (e) {
        skipped = true;
        this.host.log(`检查 ${uri} 时出错：${e instanceof Error ? e.stack ?? e.message : String(e)}`);
        top.push(topDiagnostic(lines, `检查失败：${e instanceof Error ? e.message : String(e)}。其他文档的检查不受影响；详情见“衔接”输出面板。`,
          DiagnosticSeverity.Error, 'check-failed'));
      }
      analysisMs = performance.now() - a0;
    }

    let diagnostics: Diagnostic[];
    try {
      // Findings accepted in the suppressions file: marked, then shown as hints or not at all.
      const source = sourceFileOf(uri);
      if (!skipped && settings.suppressions?.exists && source) {
        applySuppressions(settings.suppressions, source, result.findings, text, result.outline);
      }
      const p = problemsDiagnostic(lines, result.problems);
      if (p) top.push(p);
      const hide = settings.suppressedFindings === 'hide';
      diagnostics = [...top, ...result.findings.flatMap((f, i) => (f.suppressed && hide ? [] : [toDiagnostic(f, lines, uri, version, i, places?.labelAt)]))];
    } catch (e) {
      this.host.log(`转换 ${uri} 的检查结果时出错：${e instanceof Error ? e.stack ?? e.message : String(e)}`);
      skipped = true;
      result = EMPTY_RESULT;
      diagnostics = [...top, topDiagnostic(lines, `检查失败：${e instanceof Error ? e.message : String(e)}。`, DiagnosticSeverity.Error, 'check-failed')];
    }

    const timing: TimingResult = {
      uri, version, analysisMs: Math.round(analysisMs * 100) / 100,
      totalMs: Math.round((performance.now() - t0) * 100) / 100, findings: result.findings.length,
    };
    const analysis: Analysis = {
      uri, version, text, lines, result, prepared, registry, settings, segmenterNotice, diagnostics, skipped, timing,
      ...(places ? { places } : {}),
    };
    // Never publish over a newer version (a newer analysis may have landed meanwhile).
    const current = this.analyses.get(uri);
    if (current && current.version > version) return current;
    if (this.host.documents.get(uri)?.version !== version) return undefined;
    this.analyses.set(uri, analysis);
    this.lastTiming = timing;
    this.host.publish(uri, version, diagnostics);
    this.host.onAnalyzed(analysis);
    if (!skipped) this.warmUp(running, parents);
    return analysis;
  }

  /**
   * Once per server, when its first check is followed by WARM_UP_DELAY_MS without a change: the same document
   * checked with WARM_UP_EDITS synthetic one-character edits, each followed by the text as it is, in slices like
   * any check, the results discarded (nothing is published or kept but what the caches keep). Stops at any change
   * to any document, and after WARM_UP_BUDGET_MS of work.
   */
  private warmUp(running: RunningCheck, parents: PreparedBaseline[]): void {
    if (this.warmed || this.host.warmUp === false) return;
    this.warmed = true;
    const since = this.changes;
    const quiet = () => this.changes === since;
    const points = editPoints(running.text, WARM_UP_EDITS);
    const timer = setTimeout(async () => {
      const t0 = performance.now();
      let checks = 0;
      for (const at of points) {
        for (const text of [running.text.slice(0, at) + '的' + running.text.slice(at), running.text]) {
          if (!quiet() || performance.now() - t0 > WARM_UP_BUDGET_MS) return;
          try {
            if ((await runInSlices(checkSteps(text, running, parents), quiet)) === undefined) return;
          } catch {
            return;
          }
          checks++;
          await new Promise<void>((resolve) => setImmediate(resolve));
        }
      }
      this.host.warmedUp?.(checks, performance.now() - t0);
    }, WARM_UP_DELAY_MS);
    // The warm-up never keeps the process alive.
    timer.unref();
  }
}

/** The steps of a check of `text` with a running check's baseline, units and settings. */
function checkSteps(text: string, running: RunningCheck, parents: PreparedBaseline[]): Steps<AnalysisResult> {
  const { prepared, registry, settings } = running;
  return parents.length
    ? analyzeChainSteps(text, prepared, parents, { localUnits: settings.localUnits, rules: settings.config.rules, maxChars: settings.config.maxFileSize, tasks: settings.config.tasks })
    : analyzeSteps(text, prepared, { registry, rules: settings.config.rules, maxChars: settings.config.maxFileSize, tasks: settings.config.tasks });
}

/**
 * Up to `n` places, spread over the text, where a warm-up edit goes: just before a sentence's 。 in a line of
 * sixty characters or more (a paragraph of the plan, where people type).
 */
function editPoints(text: string, n: number): number[] {
  const all: number[] = [];
  let from = 0;
  while (from < text.length) {
    let to = text.indexOf('\n', from);
    if (to < 0) to = text.length;
    if (to - from >= 60) {
      // Within the line: a draft without 。 is not searched to its end for every line.
      const stop = text.slice(from + 20, to).indexOf('。');
      if (stop >= 0) all.push(from + 20 + stop);
    }
    from = to + 1;
  }
  if (all.length <= n) return all;
  return Array.from({ length: n }, (_, k) => all[Math.floor((k * all.length) / n)]!);
}
