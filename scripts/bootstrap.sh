#!/usr/bin/env bash
# scripts/bootstrap.sh demo|test|build — everything a fresh Debian 12 machine needs, then the job.
#   demo: install, build, open Vafa on its demo company
#   test: install, build, run every test (ctest starts its own throwaway PostgreSQL)
# Safe to run again: each step skips what is already in place.
set -euo pipefail
cd "$(dirname "$0")/.."
root=$PWD
build=${VAFA_BUILD_DIR:-$root/build}
job=${1:-build}

as_root() { if [ "$(id -u)" = 0 ]; then "$@"; else sudo "$@"; fi; }

packages=(cmake ninja-build g++ pkg-config
  qt6-base-dev libqt6sql6-sqlite libqt6sql6-psql libqt6svg6
  qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools qt6-translations-l10n
  qtkeychain-qt6-dev libsecret-1-0 libsodium-dev libsqlite3-dev sqlite3 libxkbcommon-dev libxlsxwriter-dev
  libkainjow-mustache-dev libminizip-dev libfontconfig-dev
  postgresql postgresql-plpython3-15 python3-argon2 pgbouncer openssl
  xvfb xauth dbus gnome-keyring libsecret-tools
  poppler-utils qpdf imagemagick python3 ca-certificates)

install_packages() {
  local missing=()
  for p in "${packages[@]}"; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'install ok installed' || missing+=("$p")
  done
  # npm fetches the font; machines with NodeSource's nodejs have it already and conflict with Debian's npm
  command -v npm >/dev/null || missing+=(npm)
  [ ${#missing[@]} -eq 0 ] && return
  echo "== installing: ${missing[*]}"
  as_root apt-get update -q
  as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -q "${missing[@]}"
}

# Vazirmatn (SIL OFL 1.1) is Vafa's UI and print font; Debian has no package for it, npm does.
install_font() {
  local fonts=$root/resources/fonts
  [ -f "$fonts/Vazirmatn-Regular.ttf" ] && [ -f "$fonts/Vazirmatn-Bold.ttf" ] && [ -f "$fonts/OFL.txt" ] && return
  echo "== fetching the Vazirmatn font"
  local tmp; tmp=$(mktemp -d)
  (cd "$tmp" && npm pack --silent vazirmatn@33.0.3 >/dev/null && tar xzf vazirmatn-33.0.3.tgz)
  mkdir -p "$fonts"
  cp "$tmp/package/fonts/ttf/Vazirmatn-Regular.ttf" "$tmp/package/fonts/ttf/Vazirmatn-Bold.ttf" "$tmp/package/OFL.txt" "$fonts/"
  rm -rf "$tmp"
}

build() {
  cmake -S "$root" -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo >/dev/null
  cmake --build "$build" -j "$(nproc)"
}

install_packages
install_font
build

case "$job" in
demo)
  if [ -n "${DISPLAY:-}${WAYLAND_DISPLAY:-}" ]; then
    exec "$build/app/vafa" --demo
  fi
  echo "== no display here: rendering the screenshot tour to $build/tour instead"
  "$build/app/vafa" --demo --screenshots "$build/tour" -platform offscreen
  ;;
test)
  export XDG_RUNTIME_DIR=${XDG_RUNTIME_DIR:-$build/xdg-runtime}
  mkdir -p "$XDG_RUNTIME_DIR"; chmod 700 "$XDG_RUNTIME_DIR"
  ctest --test-dir "$build" --output-on-failure -j "$(nproc)" -LE bench
  ;;
build) ;;
*) echo "usage: $0 demo|test|build" >&2; exit 2 ;;
esac
