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

if [ "$(id -u)" = 0 ]; then SUDO=; else SUDO=sudo; fi
missing=""
if [ "${SAFEPOST_NO_BROWSER:-}" != 1 ]; then
  command -v chromium >/dev/null 2>&1 || missing="$missing chromium chromium-driver"
  command -v firefox-esr >/dev/null 2>&1 || missing="$missing firefox-esr"
fi
command -v openssl >/dev/null 2>&1 || missing="$missing openssl"
if [ -n "$missing" ]; then
  echo "setup: installing Debian's$missing"
  $SUDO apt-get update -qq
  $SUDO apt-get install -y -qq $missing >/dev/null
fi

# geckodriver drives Firefox ESR in the end-to-end tests (crates.io; about 3 minutes once).
if [ "${SAFEPOST_NO_BROWSER:-}" != 1 ] && ! command -v geckodriver >/dev/null 2>&1; then
  echo "setup: installing geckodriver"
  cargo install geckodriver --version 0.37.1
fi

if [ -f package-lock.json ]; then
  if [ ! -f node_modules/.package-lock.json ] || [ package-lock.json -nt node_modules/.package-lock.json ]; then
    npm ci --no-audit --no-fund
  fi
fi
