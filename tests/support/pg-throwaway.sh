#!/bin/sh
# pg-throwaway.sh start|stop DIR [SSLDIR] — a private PostgreSQL cluster for the test run.
# `start` writes DIR/env (PGHOST=… lines) that PG tests read; `stop` removes everything.
# With SSLDIR (holding server.crt and server.key, and any other *.crt/*.key), the cluster also
# speaks TLS with that certificate; the files are copied to PGSSLDIR (in DIR/env), where a test
# may swap them and reload. The ctest fixture starts a plain one.
# initdb refuses to run as root, so as root the server runs as the postgres user.
set -eu
action=$1; dir=$2; ssldir=${3:-}
PGBIN=$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -1)
if [ "$(id -u)" = 0 ]; then PGRUN="runuser -u postgres --"; else PGRUN=""; fi
case "$action" in
start)
    [ -f "$dir/env" ] && $PGRUN "$PGBIN/pg_ctl" -D "$dir/data" status >/dev/null 2>&1 && exit 0
    rm -rf "$dir"; mkdir -p "$dir"
    # every parent must be traversable by postgres; the build dir may be anywhere, so the
    # cluster lives in a world-traversable scratch dir and DIR only points at it
    scratch=$(mktemp -d /tmp/vafa-pg.XXXXXX); chmod 755 "$scratch"
    printf '%s\n' 'vafa-test-secret' > "$scratch/pwfile"
    if [ -n "$ssldir" ]; then
        mkdir "$scratch/ssl"; cp "$ssldir"/*.crt "$ssldir"/*.key "$scratch/ssl/"; chmod 600 "$scratch/ssl"/*.key
    fi
    [ -z "$PGRUN" ] || chown -R postgres:postgres "$scratch"
    $PGRUN "$PGBIN/initdb" -D "$scratch/data" -U postgres --pwfile="$scratch/pwfile" \
        --auth-local=trust --auth-host=scram-sha-256 -E UTF8 --locale=C.UTF-8 >"$scratch/initdb.log"
    if [ -n "$ssldir" ]; then
        # in the configuration file, not on the command line, so that a reload can change them
        printf "ssl = on\nssl_cert_file = '%s'\nssl_key_file = '%s'\n" \
            "$scratch/ssl/server.crt" "$scratch/ssl/server.key" >> "$scratch/data/postgresql.conf"
    fi
    port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])')
    $PGRUN "$PGBIN/pg_ctl" -D "$scratch/data" -l "$scratch/server.log" -w -t 30 \
        -o "-c listen_addresses=127.0.0.1 -p $port -k $scratch -c fsync=off -c synchronous_commit=off -c full_page_writes=off" start >/dev/null
    ln -s "$scratch/data" "$dir/data"
    echo "$scratch" > "$dir/scratch"
    printf 'PGHOST=127.0.0.1\nPGPORT=%s\nPGUSER=postgres\nPGPASSWORD=vafa-test-secret\nPGDATABASE=postgres\n' "$port" > "$dir/env"
    [ -z "$ssldir" ] || printf 'PGSSLDIR=%s\n' "$scratch/ssl" >> "$dir/env"
    echo "throwaway PostgreSQL on 127.0.0.1:$port"
    ;;
stop)
    [ -f "$dir/scratch" ] || exit 0
    scratch=$(cat "$dir/scratch")
    $PGRUN "$PGBIN/pg_ctl" -D "$scratch/data" -m immediate stop >/dev/null 2>&1 || true
    rm -rf "$scratch" "$dir"
    ;;
esac
