#!/bin/sh
# pgbouncer-throwaway.sh start|stop DIR [PG_ENV] — PgBouncer in transaction pooling mode in front
# of the throwaway PostgreSQL (pg-throwaway.sh; PG_ENV defaults to DIR/../pg-throwaway/env).
# `start` writes DIR/env (PGHOST=… lines, the bouncer's address) that tests read through
# VAFA_PGBOUNCER_ENV; `stop` removes everything. PgBouncer refuses to run as root, so as root it
# runs as the postgres user, like the cluster.
#
# Every database of the cluster is reachable under its own name (the tests make their own), and
# every role with a password: PgBouncer asks the cluster for the role's password hash
# (auth_query as postgres), so roles a test creates sign in through it too. Each database has a
# pool of just two server connections, so that clients in a test really share them
# (VAFA_PGBOUNCER_POOL=N gives the benchmarks a pool the size of a real one).
set -eu
action=$1; dir=$2
pgenv=${3:-$(dirname "$dir")/pg-throwaway/env}
pool=${VAFA_PGBOUNCER_POOL:-2}
if [ "$(id -u)" = 0 ]; then RUN="runuser -u postgres --"; else RUN=""; fi
case "$action" in
start)
    if [ -f "$dir/scratch" ] && [ -f "$dir/env" ]; then
        pid=$(cat "$(cat "$dir/scratch")/pgbouncer.pid" 2>/dev/null || true)
        [ -n "$pid" ] && kill -0 "$pid" 2>/dev/null && exit 0
    fi
    rm -rf "$dir"; mkdir -p "$dir"
    [ -f "$pgenv" ] || { echo "no $pgenv: the pg fixture did not start" >&2; exit 1; }
    pgport=$(sed -n 's/^PGPORT=//p' "$pgenv"); pgpass=$(sed -n 's/^PGPASSWORD=//p' "$pgenv")
    scratch=$(mktemp -d /tmp/vafa-pgbouncer.XXXXXX); chmod 755 "$scratch"
    port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])')
    printf '"postgres" "%s"\n' "$pgpass" > "$scratch/userlist.txt"
    cat > "$scratch/pgbouncer.ini" <<INI
[databases]
* = host=127.0.0.1 port=$pgport pool_size=$pool

[pgbouncer]
listen_addr = 127.0.0.1
listen_port = $port
unix_socket_dir =
pool_mode = transaction
auth_type = scram-sha-256
auth_file = $scratch/userlist.txt
auth_user = postgres
auth_query = SELECT usename, passwd FROM pg_shadow WHERE usename = \$1
max_client_conn = 500
default_pool_size = $pool
server_reset_query =
server_login_retry = 1
query_wait_timeout = 30
ignore_startup_parameters = extra_float_digits
pidfile = $scratch/pgbouncer.pid
logfile = $scratch/pgbouncer.log
INI
    [ -z "$RUN" ] || chown -R postgres:postgres "$scratch"
    chmod 600 "$scratch/userlist.txt"
    $RUN pgbouncer -d -q "$scratch/pgbouncer.ini"
    echo "$scratch" > "$dir/scratch"
    # ready when it accepts connections
    i=0
    until python3 -c "import socket,sys; socket.create_connection(('127.0.0.1',$port),0.2)" 2>/dev/null; do
        i=$((i+1)); [ $i -lt 100 ] || { cat "$scratch/pgbouncer.log" >&2; exit 1; }
        sleep 0.05
    done
    printf 'PGHOST=127.0.0.1\nPGPORT=%s\nPGUSER=postgres\nPGPASSWORD=%s\nPGDATABASE=postgres\n' "$port" "$pgpass" > "$dir/env"
    echo "throwaway PgBouncer (transaction pooling) on 127.0.0.1:$port in front of port $pgport"
    ;;
stop)
    [ -f "$dir/scratch" ] || exit 0
    scratch=$(cat "$dir/scratch")
    pid=$(cat "$scratch/pgbouncer.pid" 2>/dev/null || true)
    if [ -n "$pid" ]; then
        # a throwaway holds nothing to save, and SIGTERM takes PgBouncer over a second
        kill -KILL "$pid" 2>/dev/null || true
        # gone, or a zombie its parent (init) has yet to reap
        i=0
        while [ $i -lt 50 ] && [ -r "/proc/$pid/stat" ] && [ "$(cut -d' ' -f3 "/proc/$pid/stat" 2>/dev/null)" != Z ]; do
            i=$((i+1)); sleep 0.02
        done
    fi
    rm -rf "$scratch" "$dir"
    ;;
esac
