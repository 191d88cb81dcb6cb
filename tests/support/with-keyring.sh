#!/bin/sh
# Runs a command inside an unlocked gnome-keyring; call through `dbus-run-session -- sh with-keyring.sh CMD…`.
set -e
scratch="$(mktemp -d /tmp/vafa-keyring.XXXXXX)"; trap 'rm -rf "$scratch"' EXIT
export XDG_DATA_HOME="$scratch/data" XDG_RUNTIME_DIR="$scratch/run"
mkdir -p "$XDG_DATA_HOME" "$XDG_RUNTIME_DIR"; chmod 700 "$XDG_RUNTIME_DIR"
eval "$(printf '%s' 'vafa-ci-keyring' | gnome-keyring-daemon --unlock --components=secrets)"
export GNOME_KEYRING_CONTROL
# The daemon writes the login keyring in the background; a keychain call that comes first (on a
# busy machine) finds no login collection. Wait, up to 5 s, until the file is whole.
i=0
while [ $i -lt 50 ] && { [ ! -f "$XDG_DATA_HOME/keyrings/login.keyring" ] || ls "$XDG_DATA_HOME/keyrings/" | grep -q '\.temp-'; }; do
    sleep 0.1; i=$((i + 1))
done
"$@"
