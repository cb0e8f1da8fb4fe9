#!/usr/bin/env bash
# The Contests opening rush against the published server (Kestrel, Release).
# Usage: bench/contests-rush.sh [sqlite|postgres] [participants] [concurrency] [kill-after-acks]
#   dotnet publish src/TuyenGiao.Web -c Release -o /tmp/ct-pub && dotnet build bench/TuyenGiao.LoadGen -c Release
# With kill-after-acks, the server gets kill -9 once that many submissions were acknowledged (mid-rush), is restarted on
# the same database, and every acknowledged submission is looked up in the database.
set -euo pipefail
provider=${1:-sqlite}; n=${2:-20000}; c=${3:-64}; kill_after=${4:-}
pub=${PUB:-/tmp/ct-pub}
gen="dotnet $(dirname "$0")/TuyenGiao.LoadGen/bin/Release/net10.0/TuyenGiao.LoadGen.dll"
work=$(mktemp -d /tmp/ct-rush.XXXX); chmod 777 "$work"
port=${PORT:-5731}; url=http://127.0.0.1:$port
export ASPNETCORE_URLS=$url ASPNETCORE_ENVIRONMENT=Production Logging__LogLevel__Default=Warning
export Contests__PerIpPerMinute=1000000000 Contests__PerPhonePerMinute=100 Seed__AdminPassword=quan-tri-thu-nghiem-2026
if [ "$provider" = postgres ]; then
  pgbin=$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -1); pgport=55432
  chown postgres "$work"
  runuser -u postgres -- "$pgbin/initdb" -D "$work/pg" -U postgres --auth=trust -E UTF8 --no-locale >/dev/null
  # Durable settings (fsync and synchronous_commit on, the defaults): the kill -9 count must mean something.
  runuser -u postgres -- "$pgbin/pg_ctl" -D "$work/pg" -l "$work/pg/server.log" -o "-p $pgport -k $work/pg -c listen_addresses=127.0.0.1 -c max_connections=200" -w start >/dev/null
  export Database__Provider=Postgres ConnectionStrings__Postgres="Host=127.0.0.1;Port=$pgport;Username=postgres;Database=postgres;Maximum Pool Size=100"
  verify="--postgres Host=127.0.0.1;Port=$pgport;Username=postgres;Database=postgres"
else
  export Database__Provider=Sqlite ConnectionStrings__Sqlite="Data Source=$work/tuyengiao.db"
  verify="--sqlite $work/tuyengiao.db"
fi
start_server() {
  (cd "$pub" && exec dotnet TuyenGiao.Web.dll >>"$work/server.log" 2>&1) & server=$!
  for _ in $(seq 1 120); do curl -sf "$url/health/ready" >/dev/null && return 0; sleep 0.5; done
  echo "server did not start"; tail -20 "$work/server.log"; exit 1
}
start_server
contest=$(curl -s "$url/cuoc-thi/tim-hieu-luat-cong-doan-2024" | grep -o 'data-contest="[0-9]*"' | head -1 | grep -o '[0-9]*')
echo "== $provider, $n participants, concurrency $c, contest $contest, work dir $work"
if [ -n "$kill_after" ]; then
  $gen rush --url "$url" --contest "$contest" --participants "$n" --concurrency "$c" --acks "$work/acks.txt" --server-pid "$server" & gen_pid=$!
  touch "$work/acks.txt"; while [ "$(wc -l <"$work/acks.txt")" -lt "$kill_after" ]; do sleep 0.2; done
  echo "== kill -9 the server (pid $server) after $(wc -l <"$work/acks.txt") acknowledged submissions"; kill -9 "$server"
  wait "$gen_pid" || true
  start_server
  echo "== restarted on the same database"
  $gen verify --acks "$work/acks.txt" $verify
  kill "$server"
else
  $gen rush --url "$url" --contest "$contest" --participants "$n" --concurrency "$c" --acks "$work/acks.txt" --server-pid "$server"
  $gen verify --acks "$work/acks.txt" $verify
  kill "$server"
fi
wait "$server" 2>/dev/null || true
if [ "$provider" = postgres ]; then runuser -u postgres -- "$pgbin/pg_ctl" -D "$work/pg" -m fast -w stop >/dev/null; fi
