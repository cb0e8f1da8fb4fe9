#!/usr/bin/env bash
# The portal and search benchmark against the published server (Kestrel, Release), over 100,000 generated posts.
# Usage: bench/portal-load.sh [sqlite|postgres]
#   env: PUB=/tmp/pub-portal (reused when it exists; REBUILD=1 publishes again), POSTS=100000, CONCURRENCY=32,
#        SECONDS_PER_PHASE=10, WARMUP=3, PORT=5741, KEEP=1 (keep the work dir),
#        REUSE=/tmp/portal-bench.XXXX (a kept SQLite work dir: skip creating and seeding, measure only)
# Steps: publish (once) and build the load generator; start the server on a throwaway database (migrations + demo seed);
# stop it; write the posts straight into the tables (seed-posts); start it again; measure (LoadGen portal).
set -euo pipefail
provider=${1:-sqlite}
root=$(cd "$(dirname "$0")/.." && pwd)
pub=${PUB:-/tmp/pub-portal}
posts=${POSTS:-100000}
concurrency=${CONCURRENCY:-32}
seconds=${SECONDS_PER_PHASE:-10}
warmup=${WARMUP:-3}
port=${PORT:-5741}; url=http://127.0.0.1:$port
t0=$(date +%s)

if [ ! -f "$pub/TuyenGiao.Web.dll" ] || [ -n "${REBUILD:-}" ]; then
  echo "== publishing the server to $pub"
  dotnet publish "$root/src/TuyenGiao.Web" -c Release -o "$pub" -v quiet -nologo >/dev/null
fi
echo "== building the load generator"
dotnet build "$root/bench/TuyenGiao.LoadGen" -c Release -v quiet -nologo >/dev/null
gen="dotnet $root/bench/TuyenGiao.LoadGen/bin/Release/net10.0/TuyenGiao.LoadGen.dll"

if [ -n "${REUSE:-}" ]; then work=$REUSE; KEEP=1; else work=$(mktemp -d /tmp/portal-bench.XXXX); chmod 777 "$work"; fi
export ASPNETCORE_URLS=$url ASPNETCORE_ENVIRONMENT=Production Logging__LogLevel__Default=Warning
export Seed__AdminPassword=quan-tri-thu-nghiem-2026
if [ "$provider" = postgres ]; then
  pgbin=$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -1); pgport=${PGPORT_BENCH:-55442}
  chown postgres "$work"
  runuser -u postgres -- "$pgbin/initdb" -D "$work/pg" -U postgres --auth=trust -E UTF8 --no-locale >/dev/null
  runuser -u postgres -- "$pgbin/pg_ctl" -D "$work/pg" -l "$work/pg/server.log" \
    -o "-p $pgport -k $work/pg -c listen_addresses=127.0.0.1 -c max_connections=200 -c shared_buffers=256MB" -w start >/dev/null
  cs="Host=127.0.0.1;Port=$pgport;Username=postgres;Database=postgres"
  export Database__Provider=Postgres ConnectionStrings__Postgres="$cs;Maximum Pool Size=100"
  seed_target=(--postgres "$cs")
else
  export Database__Provider=Sqlite ConnectionStrings__Sqlite="Data Source=$work/tuyengiao.db"
  seed_target=(--sqlite "$work/tuyengiao.db")
fi

server=
cleanup() {
  if [ -n "$server" ]; then kill "$server" 2>/dev/null || true; wait "$server" 2>/dev/null || true; fi
  if [ "$provider" = postgres ]; then runuser -u postgres -- "$pgbin/pg_ctl" -D "$work/pg" -m fast -w stop >/dev/null 2>&1 || true; fi
  if [ -z "${KEEP:-}" ]; then rm -rf "$work"; else echo "work dir kept: $work"; fi
}
trap cleanup EXIT
start_server() {
  (cd "$pub" && exec dotnet TuyenGiao.Web.dll >>"$work/server.log" 2>&1) & server=$!
  for _ in $(seq 1 240); do curl -sf "$url/health/ready" >/dev/null && return 0; sleep 0.5; done
  echo "server did not start"; tail -20 "$work/server.log"; exit 1
}
stop_server() { kill "$server"; wait "$server" 2>/dev/null || true; server=; }

if [ -z "${REUSE:-}" ]; then
  echo "== $provider: creating the database (migrations + demo seed) in $work"
  start_server
  stop_server
  echo "== generating $posts posts"
  $gen seed-posts "${seed_target[@]}" --count "$posts" --out "$work/posts.txt"
fi
if [ "$provider" = sqlite ]; then echo "   database file: $(du -h "$work/tuyengiao.db" | cut -f1)"; fi
start_server
echo "== measuring (load average before: $(cut -d' ' -f1-3 /proc/loadavg))"
status=0
$gen portal --url "$url" --server-pid "$server" --posts "$work/posts.txt" --concurrency "$concurrency" --seconds "$seconds" --warmup "$warmup" || status=$?
if [ -r "/proc/$server/status" ]; then echo "server peak working set: $(grep VmHWM "/proc/$server/status" | tr -s ' ' | cut -d' ' -f2-) (now: $(grep -E "RssAnon|RssFile" "/proc/$server/status" | tr -s ' ' | tr '\n' ' ') — RssFile is the database file mapped by SQLite, shared with the OS page cache)"; fi
echo "== done in $(( $(date +%s) - t0 )) s"
exit $status
