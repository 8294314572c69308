#!/usr/bin/env bash
# The e2e stage of `npm test`: the packaged extension in a real VS Code (code-server) driven by Chromium.
#   1. scripts/setup-e2e.sh (chromium, ripgrep, code-server; cached)
#   2. npm run package, then install the .vsix into a fresh extensions dir, so a packaging mistake
#      (a file left out by .vscodeignore, a bad manifest) fails here rather than for users
#   3. test/e2e/main.ts: the integration suite inside the extension host, then the UI flows
# Extra arguments go to main.ts (e.g. --only explorer runs one flow).
# Ends with one "e2e: N passed, N failed" line. Every server it starts is in its own process group,
# recorded in $STATE/groups; the trap stops them whatever happens.
set -euo pipefail

ROOT="$(cd "$(dirname "$0")/../.." && pwd)"
cd "$ROOT"
STATE="$ROOT/test-output/e2e-state"
started=$(date +%s)
STEP="start"

stop_groups() {
  if [[ -f "$STATE/groups" ]]; then
    while read -r group; do
      [[ -n "$group" ]] && kill -KILL -- "-$group" 2>/dev/null || true
    done <"$STATE/groups"
  fi
}
fail() {
  echo "e2e: FAILED at step: $STEP" >&2
  echo "e2e: 0 passed, 1 failed"
  exit 1
}
trap stop_groups EXIT
trap 'stop_groups; exit 130' INT TERM

rm -rf "$STATE" test-output/screenshots
mkdir -p "$STATE" test-output/screenshots

STEP="setup (scripts/setup-e2e.sh)"
CODE_SERVER=$(bash scripts/setup-e2e.sh | tail -n 1) || fail

STEP="npm run package"
echo "e2e: packaging"
npm run --silent package >"$STATE/package.log" 2>&1 || { tail -n 30 "$STATE/package.log" >&2; fail; }
VERSION=$(node -p 'require("./package.json").version')
VSIX="$ROOT/onsite-$VERSION.vsix"
[[ -f "$VSIX" ]] || fail
echo "e2e: $(basename "$VSIX") is $(( $(stat -c %s "$VSIX") / 1024 )) KB, dist/extension.js $(( $(stat -c %s dist/extension.js) / 1024 )) KB"

STEP="installing the .vsix into a fresh extensions dir"
EXT_DIR="$STATE/extensions"
mkdir -p "$EXT_DIR"
XDG_CONFIG_HOME="$STATE/install/config" XDG_DATA_HOME="$STATE/install/data" "$CODE_SERVER" \
  --user-data-dir "$STATE/install/user" --extensions-dir "$EXT_DIR" \
  --install-extension "$VSIX" >"$STATE/install.log" 2>&1 || { cat "$STATE/install.log" >&2; fail; }
INSTALLED=$(find "$EXT_DIR" -maxdepth 1 -type d -name "onsite-dev.onsite-*" | head -n 1)
[[ -n "$INSTALLED" && -f "$INSTALLED/package.json" ]] || fail
echo "e2e: installed into $INSTALLED"

STEP="the e2e suite (test/e2e/main.ts)"
set +e
node --import tsx test/e2e/main.ts --code-server "$CODE_SERVER" --extension "$INSTALLED" --extensions-dir "$EXT_DIR" --state "$STATE" "$@"
status=$?
set -e
echo "e2e: stage took $(( $(date +%s) - started )) s"
exit $status
