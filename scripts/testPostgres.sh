#!/usr/bin/env bash
# A throwaway PostgreSQL cluster for the store's tests: `start DIR PORT` makes and starts one in DIR
# (initdb refuses root, so it runs as the postgres user), `stop DIR` stops it. Prints nothing else.
set -euo pipefail
BIN="$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -1)"
as_postgres() { if [ "$(id -u)" -eq 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi; }
case "$1" in
start)
	dir="$2" port="$3"
	mkdir -p "$dir"
	[ "$(id -u)" -eq 0 ] && chown postgres "$dir"
	as_postgres "$BIN/initdb" -D "$dir/data" -U postgres --auth=trust -E UTF8 --locale=C.UTF-8 >"$dir/initdb.log"
	as_postgres "$BIN/pg_ctl" -D "$dir/data" -l "$dir/server.log" -w \
		-o "-p $port -k $dir -c listen_addresses=127.0.0.1 -c fsync=off" start >/dev/null
	;;
stop)
	as_postgres "$BIN/pg_ctl" -D "$2/data" -m fast -w stop >/dev/null
	;;
esac
