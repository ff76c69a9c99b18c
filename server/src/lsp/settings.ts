// Per-document settings: editor settings (section `xianjie`, per workspace folder) merged with the
// nearest xianjie.config.json, validated with the core's zod schema. Bad settings never stop checking.
//
// Precedence: an editor setting overrides the config file only when it is explicitly set (not null).
// package.json declares every file-backed setting with default null, so an untouched setting leaves
// the config file (or, without one, the built-in default) in charge. Rules merge key by key.
import * as path from 'path';
import * as z from 'zod/mini';
import { ConfigSchema, type Config } from '../core/config';
import type { LocalUnit } from '../core/engine';
import { defaultConfig, findConfig, loadConfig, loadLocalUnits } from '../node/project';
import { loadSuppressions, suppressionsPath, type SuppressionSet } from '../node/suppressions';
import { sourceFileOf } from './extracted';
import { EditorSettingsSchema, FILE_KEYS } from './settingsSchema';

export interface ResolvedSettings {
  /** The merged, validated configuration the document is checked with. */
  config: Config;
  /** The config file that applies, if any. */
  configFile?: string;
  localUnits: LocalUnit[];
  /** The workspace folder that holds the document, if any. */
  folder?: string;
  /**
   * The suppressions file for the document (beside the config file, else at the workspace folder's
   * root, else beside the document) and its entries; undefined for documents that are not files.
   */
  suppressions?: SuppressionSet;
  /** How accepted findings show: as hints or not at all. */
  suppressedFindings: 'hint' | 'hide';
  debounceMs: number;
  /** Problems with the settings, in Chinese; shown as one diagnostic at the top of the document. */
  errors: string[];
}

export interface SettingsHost {
  /** workspace/configuration for section `xianjie` scoped to the document (undefined if unsupported). */
  fetchEditorSettings(uri: string): Promise<unknown>;
  /** Workspace folder paths, to resolve relative paths in editor settings. */
  workspaceFolders(): string[];
}

const DEFAULT_DEBOUNCE = 250;

/** A file's path, or for the view of a PDF or Word file its original's: its config file and decisions are the original's. */
const filePathOf = sourceFileOf;

function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

function looksLikePath(s: string): boolean {
  return /[\\/]|\.json$/.test(s);
}

export class SettingsStore {
  private readonly cache = new Map<string, Promise<ResolvedSettings>>();
  /** Settings pushed by didChangeConfiguration, for clients without workspace/configuration. */
  private pushed: unknown;

  constructor(private readonly host: SettingsHost) {}

  setPushedSettings(settings: unknown): void {
    this.pushed = settings;
  }

  invalidate(uri?: string): void {
    if (uri) this.cache.delete(uri);
    else this.cache.clear();
  }

  forDocument(uri: string): Promise<ResolvedSettings> {
    let hit = this.cache.get(uri);
    if (!hit) {
      hit = this.resolve(uri);
      this.cache.set(uri, hit);
    }
    return hit;
  }

  private folderOf(file: string | undefined): string | undefined {
    if (!file) return this.host.workspaceFolders()[0];
    const folders = this.host.workspaceFolders().filter((f) => file === f || file.startsWith(f + path.sep));
    return folders.sort((a, b) => b.length - a.length)[0];
  }

  private async resolve(uri: string): Promise<ResolvedSettings> {
    const errors: string[] = [];
    let editorRaw: unknown;
    try {
      editorRaw = await this.host.fetchEditorSettings(uri);
    } catch {
      editorRaw = undefined;
    }
    if (editorRaw === undefined || editorRaw === null) editorRaw = isRecord(this.pushed) ? this.pushed.xianjie ?? this.pushed : undefined;
    const editor = isRecord(editorRaw) ? editorRaw : {};

    const file = filePathOf(uri);
    const folder = this.folderOf(file);

    // 1. The config file nearest to the document.
    let config: Config = defaultConfig();
    let configFile: string | undefined;
    if (file) {
      configFile = findConfig(path.dirname(file), folder);
      if (configFile) {
        try {
          config = loadConfig(configFile).config;
        } catch (e) {
          errors.push(`${e instanceof Error ? e.message : String(e)}（已改用默认设置继续检查。）`);
        }
      }
    }

    // 2. Editor settings that are explicitly set (non-null) override the file key by key.
    const explicit: Record<string, unknown> = {};
    for (const key of FILE_KEYS) {
      const v = editor[key];
      if (v === undefined || v === null || (key === 'baseline' && v === '') || (key === 'units' && v === '')) continue;
      explicit[key] = v;
    }
    if (Object.keys(explicit).length) {
      const parsed = ConfigSchema.safeParse(explicit);
      if (parsed.success) {
        const base = folder ?? (file ? path.dirname(file) : process.cwd());
        const resolvePath = (p: string): string => {
          const s = p.replace(/\$\{workspaceFolder\}/g, base);
          return path.isAbsolute(s) ? s : path.resolve(base, s);
        };
        const e = parsed.data;
        if ('baseline' in explicit) config.baseline = looksLikePath(e.baseline) ? resolvePath(e.baseline) : e.baseline;
        if ('units' in explicit && e.units) config.units = resolvePath(e.units);
        if ('parents' in explicit) config.parents = e.parents.map(resolvePath);
        if ('rules' in explicit) config.rules = { ...config.rules, ...e.rules };
        if ('tasks' in explicit) config.tasks = { ...config.tasks, ...e.tasks };
        if ('maxFileSize' in explicit) config.maxFileSize = e.maxFileSize;
        if ('segmenter' in explicit) config.segmenter = e.segmenter;
      } else {
        const issue = parsed.error.issues[0]!;
        const key = issue.path.join('.');
        errors.push(`编辑器设置 xianjie.${key} 不正确：${issue.message}。该设置已被忽略。`);
      }
    }

    // 3. Editor-only settings.
    let debounceMs = DEFAULT_DEBOUNCE;
    const editorOnly = z.partial(EditorSettingsSchema).safeParse({ debounceMs: editor.debounceMs ?? undefined });
    if (editorOnly.success) debounceMs = editorOnly.data.debounceMs ?? DEFAULT_DEBOUNCE;
    else errors.push(`编辑器设置 xianjie.debounceMs 不正确：${editorOnly.error.issues[0]!.message}。已改用 ${DEFAULT_DEBOUNCE} 毫秒。`);
    let suppressedFindings: 'hint' | 'hide' = 'hint';
    const shown = EditorSettingsSchema.shape.suppressedFindings.safeParse(editor.suppressedFindings ?? undefined);
    if (shown.success) suppressedFindings = shown.data;
    else errors.push(`编辑器设置 xianjie.suppressedFindings 不正确：${shown.error.issues[0]!.message}。已改用 hint。`);

    // 4. The local units file.
    let localUnits: LocalUnit[] = [];
    if (config.units) {
      try {
        localUnits = loadLocalUnits(config.units);
      } catch (e) {
        errors.push(`${e instanceof Error ? e.message : String(e)}（本次检查未使用本地单位名录。）`);
      }
    }
    // 5. The suppressions file (xianjie-suppressions.json).
    let suppressions: SuppressionSet | undefined;
    if (file) {
      const where = suppressionsPath(undefined, configFile, folder ?? path.dirname(file));
      try {
        suppressions = loadSuppressions(where);
      } catch (e) {
        errors.push(`${e instanceof Error ? e.message : String(e)}（本次检查未使用抑制文件。）`);
        suppressions = { file: where, entries: [], exists: false };
      }
    }
    return { config, configFile, localUnits, folder, suppressions, suppressedFindings, debounceMs, errors };
  }
}
