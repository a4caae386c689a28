#!/usr/bin/env bash
# Installs what building and testing SafePost needs, skipping what is already there:
# the wasm32 Rust target, the wasm-bindgen CLI at the version Cargo.lock pins, Debian's
# Chromium (browser tests) and the npm packages of package-lock.json.
set -euo pipefail
cd "$(dirname "$0")/.."

if ! rustup target list --installed | grep -qx wasm32-unknown-unknown; then
  rustup target add wasm32-unknown-unknown
fi

want=$(awk '/^name = "wasm-bindgen"$/ { getline; gsub(/version = |"/, ""); print; exit }' Cargo.lock)
have=$(wasm-bindgen --version 2>/dev/null | awk '{ print $2 }' || true)
if [ "$have" != "$want" ]; then
  echo "setup: installing wasm-bindgen-cli $want (found: ${have:-none})"
  # --locked fails against this registry snapshot; the version itself is pinned.
  cargo install wasm-bindgen-cli --version "$want"
fi

if [ "${SAFEPOST_NO_BROWSER:-}" != 1 ] && ! command -v chromium >/dev/null 2>&1; then
  echo "setup: installing Debian's chromium"
  if [ "$(id -u)" = 0 ]; then SUDO=; else SUDO=sudo; fi
  $SUDO apt-get update -qq
  $SUDO apt-get install -y -qq chromium chromium-driver >/dev/null
fi

if [ -f package-lock.json ]; then
  if [ ! -f node_modules/.package-lock.json ] || [ package-lock.json -nt node_modules/.package-lock.json ]; then
    npm ci --no-audit --no-fund
  fi
fi
