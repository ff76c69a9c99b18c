// Loads a one-file bundle (the CLI's, the language server's) with a V8 code cache kept per user, so that
// later starts skip compiling what earlier ones compiled. Node 22's module.enableCompileCache keeps only what
// a module compiles while it loads; this keeps what a whole check compiled (the cache is made once the
// bundle has checked a document, signalled by process.emit('xianjie:checked')), which halves the time a
// check spends before its first result, on every Node version.
//
// The cache lives in the user's own cache folder (never the workspace), one file per bundle, Node version
// and architecture; V8 rejects a cache that does not fit the source, and then a new one is written. Any
// failure here only means no cache: the bundle is loaded as it would be without one.
// XIANJIE_CODE_CACHE names another folder, or turns the cache off (off, 0, false).
'use strict';
const fs = require('fs');
const os = require('os');
const path = require('path');
const vm = require('vm');
const crypto = require('crypto');
const Module = require('module');
const { pathToFileURL } = require('url');

/** The folder for the caches: XIANJIE_CODE_CACHE, else the platform's per-user cache folder; undefined when off. */
function cacheFolder() {
  const set = process.env.XIANJIE_CODE_CACHE;
  if (set !== undefined && /^(?:off|0|false|no)$/i.test(set.trim())) return undefined;
  if (set) return path.resolve(set);
  const home = os.homedir();
  if (process.platform === 'win32') return path.join(process.env.LOCALAPPDATA || path.join(home, 'AppData', 'Local'), 'xianjie', 'code-cache');
  if (process.platform === 'darwin') return path.join(home, 'Library', 'Caches', 'xianjie', 'code-cache');
  return path.join(process.env.XDG_CACHE_HOME || path.join(home, '.cache'), 'xianjie', 'code-cache');
}

/** Whether a folder is this user's own and closed to others (POSIX); on Windows the profile folder is. */
function ownFolder(dir) {
  if (process.platform === 'win32' || typeof process.getuid !== 'function') return true;
  const st = fs.statSync(dir);
  return st.isDirectory() && st.uid === process.getuid() && (st.mode & 0o022) === 0;
}

/** Caches of one bundle kept (for other versions of it, or of Node: the editor's and the command line's). */
const KEEP = 4;

/** Removes the oldest caches of a bundle beyond KEEP: each update of the bundle leaves one behind. */
function prune(dir, name) {
  const mine = fs.readdirSync(dir)
    .filter((f) => f.startsWith(`${name}-`) && f.endsWith('.v8cache'))
    .map((f) => ({ f, t: fs.statSync(path.join(dir, f)).mtimeMs }))
    .sort((a, b) => b.t - a.t);
  for (const { f } of mine.slice(KEEP)) fs.rmSync(path.join(dir, f), { force: true });
}

/**
 * Requires `file` (a CommonJS bundle) with a code cache. A new cache is written only when there was no usable
 * one, and only once the bundle has checked a document: as the process exits, or for `when` 'idle' (a server)
 * already a few seconds after that first check. Returns the bundle's exports.
 */
function requireWithCodeCache(file, when = 'exit') {
  let dir;
  let cacheFile;
  let source;
  try {
    dir = cacheFolder();
    if (dir) {
      const st = fs.statSync(file);
      const key = crypto.createHash('sha256').update(`${file}\0${st.size}\0${st.mtimeMs}\0${process.version}\0${process.arch}\0${process.execPath}`).digest('hex').slice(0, 24);
      cacheFile = path.join(dir, `${path.basename(file, '.js')}-${key}.v8cache`);
      source = fs.readFileSync(file, 'utf8');
    }
  } catch {
    dir = undefined;
  }
  if (!dir || source === undefined) return require(file);

  let cached;
  try {
    if (ownFolder(dir)) cached = fs.readFileSync(cacheFile);
  } catch {
    cached = undefined;
  }
  let script;
  let exports;
  try {
    script = new vm.Script(Module.wrap(source), { filename: file, cachedData: cached });
    const m = new Module(file, module);
    m.filename = file;
    m.paths = Module._nodeModulePaths(path.dirname(file));
    m.loaded = true;
    const req = Module.createRequire(file);
    // Code compiled through vm.Script cannot import() an ES module (pdf.js) once it comes from a code cache
    // (Node 20 loses the script's import callback): the bundle imports through this instead, from its own folder.
    globalThis[Symbol.for('xianjie.import')] = (specifier) => import(pathToFileURL(req.resolve(specifier)).href);
    script.runInThisContext().call(m.exports, m.exports, req, m, file, path.dirname(file));
    exports = m.exports;
  } catch (e) {
    // The bundle itself failed: the same error as a plain require would give.
    if (script) throw e;
    return require(file);
  }
  if (cached && !script.cachedDataRejected) return exports;

  let written = false;
  const write = () => {
    if (written) return;
    written = true;
    try {
      fs.mkdirSync(dir, { recursive: true, mode: 0o700 });
      if (!ownFolder(dir)) return;
      const data = script.createCachedData();
      const tmp = `${cacheFile}.${process.pid}.tmp`;
      fs.writeFileSync(tmp, data, { mode: 0o600 });
      fs.renameSync(tmp, cacheFile);
      prune(dir, path.basename(file, '.js'));
    } catch {
      // No cache this time.
    }
  };
  let checked = false;
  process.once('xianjie:checked', () => {
    checked = true;
    if (when === 'idle') setTimeout(write, 3000).unref();
  });
  process.once('exit', () => checked && write());
  return exports;
}

module.exports = { requireWithCodeCache, cacheFolder };
