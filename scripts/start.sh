#!/usr/bin/env bash
# `npm start`: the first command on a fresh machine. Builds and packages the extension, installs it
# into a browser-based VS Code (code-server) kept under .tools/, and serves it on 127.0.0.1.
# Open the printed URL in your own browser; Ctrl+C stops the server.
# State (settings, interview history) persists in .tools/start between runs; ONSITE_FRESH=1 wipes it.
# ONSITE_PORT picks the port (default 8080, or a free one when 8080 is taken).
set -euo pipefail

ROOT="$(cd "$(dirname "$0")/.." && pwd)"
cd "$ROOT"
STEP="start"
trap 'echo "npm start: FAILED at step: $STEP" >&2' ERR
step() { STEP="$1"; echo "==> $1"; }

if [[ ! -d node_modules ]]; then
  step "npm install"
  npm install --no-audit --no-fund
fi

step "building and packaging the extension"
npm run --silent package >/dev/null
VERSION=$(node -p 'require("./package.json").version')
VSIX="$ROOT/onsite-$VERSION.vsix"
[[ -f "$VSIX" ]]

step "setting up code-server"
CODE_SERVER=$(bash scripts/setup-e2e.sh --no-browser | tail -n 1)

STATE="$ROOT/.tools/start"
if [[ "${ONSITE_FRESH:-0}" == 1 ]]; then rm -rf "$STATE"; fi
WORKSPACE="$STATE/workspace"
mkdir -p "$STATE/user/User" "$STATE/ext" "$STATE/config" "$STATE/data" "$WORKSPACE"
if [[ ! -f "$STATE/user/User/settings.json" ]]; then
  # Without this the Welcome walkthrough opens over the editor area on every start.
  echo '{ "workbench.startupEditor": "none" }' > "$STATE/user/User/settings.json"
fi
if [[ ! -f "$WORKSPACE/README.md" ]]; then
  printf '# Onsite practice workspace\n\nRun **Onsite: Start Interview** from the command palette (F1) to begin.\n' > "$WORKSPACE/README.md"
fi

step "installing onsite-$VERSION.vsix"
XDG_CONFIG_HOME="$STATE/config" XDG_DATA_HOME="$STATE/data" "$CODE_SERVER" \
  --user-data-dir "$STATE/user" --extensions-dir "$STATE/ext" \
  --install-extension "$VSIX" --force >/dev/null

PORT=$(node -e '
  const net = require("net");
  const want = Number(process.env.ONSITE_PORT || 8080);
  const probe = (port) => new Promise((ok) => {
    const s = net.createServer().once("error", () => ok(null));
    s.listen(port, "127.0.0.1", () => { const p = s.address().port; s.close(() => ok(p)); });
  });
  probe(want).then((p) => p ?? probe(0)).then((p) => console.log(p));
')

step "starting code-server on 127.0.0.1:$PORT"
# Its own process group, so stopping it also stops the extension host and file watchers it spawned.
XDG_CONFIG_HOME="$STATE/config" XDG_DATA_HOME="$STATE/data" setsid "$CODE_SERVER" --auth none \
  --bind-addr "127.0.0.1:$PORT" --disable-telemetry --disable-update-check --disable-workspace-trust \
  --user-data-dir "$STATE/user" --extensions-dir "$STATE/ext" "$WORKSPACE" >"$STATE/code-server.log" 2>&1 &
SERVER_PID=$!
stop() {
  trap - INT TERM EXIT ERR
  echo
  echo "==> stopping code-server"
  kill -TERM -- "-$SERVER_PID" 2>/dev/null || true
  wait "$SERVER_PID" 2>/dev/null || true
}
trap 'stop; exit 0' INT TERM
trap stop EXIT

for _ in $(seq 1 300); do
  if curl -fs "http://127.0.0.1:$PORT/healthz" >/dev/null 2>&1; then break; fi
  if ! kill -0 "$SERVER_PID" 2>/dev/null; then
    STEP="code-server exited; see $STATE/code-server.log"; tail -n 20 "$STATE/code-server.log" >&2; false
  fi
  sleep 0.1
done
curl -fs "http://127.0.0.1:$PORT/healthz" >/dev/null

echo
echo "Onsite is ready. Open this in your browser:"
echo
echo "    http://127.0.0.1:$PORT/?folder=$WORKSPACE"
echo
echo "Then press F1 and run \"Onsite: Start Interview\". Press Ctrl+C here to stop."
wait "$SERVER_PID"
