# Sourced by .ci/run: a PostgreSQL server for the team store's tests
# (tests/process/team-sync.test.ts), from Debian's `postgresql` package, as a throwaway cluster
# of our own (trust auth, socket in its directory, listening on 127.0.0.1 only). Idempotent: a
# cluster already running on the port is used as it is. Exports BGT_TEST_PG_URL, and CI=true
# so that the tests fail instead of skipping when PostgreSQL is missing.
pg_bin_dir() { ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -1; }
PG_BIN_DIR=$(pg_bin_dir)
if [ -z "$PG_BIN_DIR" ]; then
  apt-get update -qq && apt-get install -y -qq postgresql
  PG_BIN_DIR=$(pg_bin_dir)
fi
BGT_CI_PG_DIR=${BGT_CI_PG_DIR:-/tmp/bgtelemetry-ci-pg}
BGT_CI_PG_PORT=${BGT_CI_PG_PORT:-55432}
# initdb refuses to run as root: the cluster belongs to the postgres user the package created.
as_pg() { if [ "$(id -u)" = 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi; }
if ! "$PG_BIN_DIR/pg_isready" -q -h 127.0.0.1 -p "$BGT_CI_PG_PORT"; then
  mkdir -p "$BGT_CI_PG_DIR"
  [ "$(id -u)" = 0 ] && chown postgres "$BGT_CI_PG_DIR"
  if [ ! -f "$BGT_CI_PG_DIR/data/PG_VERSION" ]; then
    as_pg "$PG_BIN_DIR/initdb" -D "$BGT_CI_PG_DIR/data" -U postgres --auth=trust -E UTF8 --no-sync >/dev/null
  fi
  as_pg "$PG_BIN_DIR/pg_ctl" -D "$BGT_CI_PG_DIR/data" -w -l "$BGT_CI_PG_DIR/log" \
    -o "-p $BGT_CI_PG_PORT -k $BGT_CI_PG_DIR -c listen_addresses=127.0.0.1" start >/dev/null
fi
export BGT_TEST_PG_URL="postgresql://postgres@127.0.0.1:$BGT_CI_PG_PORT/postgres"
export BGT_TEST_PG_BIN="$PG_BIN_DIR"
export CI=true
echo "PostgreSQL $("$PG_BIN_DIR/postgres" --version | awk '{print $3}') at $BGT_TEST_PG_URL"
