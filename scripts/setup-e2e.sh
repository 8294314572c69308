#!/usr/bin/env bash
# Installs what the real-editor tests need on a fresh Debian machine, and nothing twice:
#   - Debian packages: chromium (the browser the e2e flows drive), libkrb5-dev (lets code-server's
#     native kerberos module build), ripgrep (code-server's postinstall would otherwise download it).
#   - code-server 4.100.3 into .tools/code-server, kept out of node_modules so `npm install` of the
#     extension never pays for it. The newest code-server that still runs on Node 20.
# Usage: scripts/setup-e2e.sh [--no-browser]   (npm start passes --no-browser: people bring their own)
# Prints the path of the code-server binary on its last line.
set -euo pipefail

ROOT="$(cd "$(dirname "$0")/.." && pwd)"
CODE_SERVER_VERSION="4.100.3"
TOOLS="$ROOT/.tools/code-server"
CODE_SERVER_BIN="$TOOLS/node_modules/.bin/code-server"
WANT_BROWSER=1
[[ "${1:-}" == "--no-browser" ]] && WANT_BROWSER=0

STEP="start"
on_error() { echo "setup-e2e: FAILED at step: $STEP" >&2; }
trap on_error ERR
started=$(date +%s)
step() { STEP="$1"; echo "setup-e2e: $1" >&2; }
elapsed() { echo $(( $(date +%s) - started )); }

# --- Debian packages -------------------------------------------------------------------------
step "checking Debian packages"
missing=()
dpkg -s libkrb5-dev >/dev/null 2>&1 || missing+=(libkrb5-dev)
command -v rg >/dev/null 2>&1 || missing+=(ripgrep)
if [[ $WANT_BROWSER == 1 ]] && [[ ! -x /usr/bin/chromium ]]; then missing+=(chromium); fi
if (( ${#missing[@]} > 0 )); then
  SUDO=""
  if [[ $(id -u) != 0 ]]; then SUDO="sudo"; fi
  step "apt-get update (missing: ${missing[*]})"
  $SUDO apt-get update -qq
  step "apt-get install ${missing[*]}"
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq "${missing[@]}" >/dev/null
else
  echo "setup-e2e: Debian packages present" >&2
fi

# --- code-server -----------------------------------------------------------------------------
# A .tools that is a dangling or looping symbolic link (e.g. one copied from another checkout)
# would make every step below fail with "Too many levels of symbolic links": start afresh.
if [[ -L "$ROOT/.tools" ]] && ! [[ -d "$ROOT/.tools/" ]]; then
  echo "setup-e2e: removing the unusable .tools link ($(readlink "$ROOT/.tools"))" >&2
  rm -f "$ROOT/.tools"
fi
installed_version() {
  node -p "require('$TOOLS/node_modules/code-server/package.json').version" 2>/dev/null || true
}
if [[ -x "$CODE_SERVER_BIN" && "$(installed_version)" == "$CODE_SERVER_VERSION" ]]; then
  echo "setup-e2e: code-server $CODE_SERVER_VERSION already in .tools" >&2
else
  step "pre-seeding the ripgrep cache from $(command -v rg)"
  # code-server's @vscode/ripgrep postinstall looks here before trying to download.
  TMP_DIR=$(node -p 'require("os").tmpdir()')
  CACHE="$TMP_DIR/vscode-ripgrep-cache-1.15.11"
  SEED=$(mktemp -d)
  cp "$(command -v rg)" "$SEED/rg"
  mkdir -p "$CACHE"
  tar czf "$CACHE/ripgrep-v13.0.0-10-x86_64-unknown-linux-musl.tar.gz" -C "$SEED" rg
  rm -rf "$SEED"

  step "npm install code-server@$CODE_SERVER_VERSION into .tools/code-server (about a minute)"
  rm -rf "$TOOLS"
  mkdir -p "$TOOLS"
  echo '{"name":"onsite-tools","private":true}' > "$TOOLS/package.json"
  # Install scripts must run: --ignore-scripts leaves code-server without its native modules.
  (cd "$TOOLS" && npm_config_yes=true npm install "code-server@$CODE_SERVER_VERSION" \
     --unsafe-perm --no-audit --no-fund --loglevel=error >"$TOOLS/install.log" 2>&1) \
    || { tail -n 30 "$TOOLS/install.log" >&2; false; }
  step "checking the installed code-server"
  [[ "$(installed_version)" == "$CODE_SERVER_VERSION" ]]
  "$CODE_SERVER_BIN" --version >/dev/null
fi

echo "setup-e2e: ready in $(elapsed) s" >&2
echo "$CODE_SERVER_BIN"
