#!/bin/sh
# Runs a command inside an unlocked gnome-keyring; call through `dbus-run-session -- sh with-keyring.sh CMD…`.
set -e
scratch="$(mktemp -d /tmp/vafa-keyring.XXXXXX)"; trap 'rm -rf "$scratch"' EXIT
export XDG_DATA_HOME="$scratch/data" XDG_RUNTIME_DIR="$scratch/run"
mkdir -p "$XDG_DATA_HOME" "$XDG_RUNTIME_DIR"; chmod 700 "$XDG_RUNTIME_DIR"
eval "$(printf '%s' 'vafa-ci-keyring' | gnome-keyring-daemon --unlock --components=secrets)"
export GNOME_KEYRING_CONTROL
"$@"
