#!/usr/bin/env bash
# The 640-channel fan-out against the published server (Kestrel, Release), goal: settled in <= 30 s.
# Usage: bench/channels-fanout.sh [sqlite|postgres] [latency-ms]
# Builds what it needs (set SKIP_BUILD=1 to reuse $PUB and the LoadGen build), starts the server on a fresh
# database with the demo seeded and its Channels:* base URLs pointing at the fake Graph/Zalo servers that
# `TuyenGiao.LoadGen channels-fanout` runs (every call answered after latency-ms, default 50); registers a
# Facebook Page or Zalo OA for each of the 640 grassroots unions, publishes one post to all of them and
# reports the settle time, deliveries/s, per-delivery p50/p95 and the server's peak memory.
# The outbox runs with its default settings (Channels:Outbox:*). KEEP=1 keeps the work dir (server.log, database).
set -euo pipefail
provider=${1:-sqlite}; latency=${2:-50}
root=$(cd "$(dirname "$0")/.." && pwd)
pub=${PUB:-/tmp/cf-pub}
if [ "${SKIP_BUILD:-}" != 1 ]; then
  dotnet publish "$root/src/TuyenGiao.Web" -c Release -o "$pub" --nologo -v q
  dotnet build "$root/bench/TuyenGiao.LoadGen" -c Release --nologo -v q
fi
gen="dotnet $root/bench/TuyenGiao.LoadGen/bin/Release/net10.0/TuyenGiao.LoadGen.dll"
work=$(mktemp -d /tmp/cf-fanout.XXXX); chmod 777 "$work"
port=${PORT:-5741}; fake_port=${FAKE_PORT:-5742}; url=http://127.0.0.1:$port; fakes=http://127.0.0.1:$fake_port
export ASPNETCORE_URLS=$url ASPNETCORE_ENVIRONMENT=Production Logging__LogLevel__Default=Warning
export Seed__AdminPassword=quan-tri-thu-nghiem-2026 Site__PublicBaseUrl=https://congdoan.test
export Channels__Facebook__GraphBaseUrl=$fakes Channels__Zalo__OpenApiBaseUrl=$fakes Channels__Zalo__OAuthBaseUrl=$fakes
export Channels__Zalo__AppId=123 Channels__Zalo__SecretKey=secret
if [ "$provider" = postgres ]; then
  pgbin=$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -1); pgport=${PGPORT_BENCH:-55442}
  chown postgres "$work"
  runuser -u postgres -- "$pgbin/initdb" -D "$work/pg" -U postgres --auth=trust -E UTF8 --no-locale >/dev/null
  # Durable settings (fsync and synchronous_commit on, the defaults).
  runuser -u postgres -- "$pgbin/pg_ctl" -D "$work/pg" -l "$work/pg/server.log" -o "-p $pgport -k $work/pg -c listen_addresses=127.0.0.1 -c max_connections=200" -w start >/dev/null
  export Database__Provider=Postgres ConnectionStrings__Postgres="Host=127.0.0.1;Port=$pgport;Username=postgres;Database=postgres;Maximum Pool Size=100"
else
  export Database__Provider=Sqlite ConnectionStrings__Sqlite="Data Source=$work/tuyengiao.db"
fi
cleanup() {
  [ -n "${server:-}" ] && kill "$server" 2>/dev/null && wait "$server" 2>/dev/null || true
  if [ "$provider" = postgres ]; then runuser -u postgres -- "$pgbin/pg_ctl" -D "$work/pg" -m fast -w stop >/dev/null || true; fi
  if [ "${KEEP:-}" != 1 ]; then rm -rf "$work"; fi
}
trap cleanup EXIT
(cd "$pub" && exec dotnet TuyenGiao.Web.dll >>"$work/server.log" 2>&1) & server=$!
for _ in $(seq 1 240); do curl -sf "$url/health/ready" >/dev/null && break; sleep 0.5; done
curl -sf "$url/health/ready" >/dev/null || { echo "server did not start"; tail -20 "$work/server.log"; exit 1; }
echo "== $provider, fakes answering in $latency ms, work dir $work; load average: $(cut -d' ' -f1-3 /proc/loadavg) on $(nproc) cores"
$gen channels-fanout --url "$url" --fake-port "$fake_port" --latency "$latency" --server-pid "$server"
echo "== load average after: $(cut -d' ' -f1-3 /proc/loadavg)"
