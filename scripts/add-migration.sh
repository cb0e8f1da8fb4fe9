#!/usr/bin/env bash
# Adds a migration named $1 to both providers (SQLite and PostgreSQL) from the one AppDbContext.
# Usage: scripts/add-migration.sh AddPosts
set -euo pipefail
name=${1:?usage: scripts/add-migration.sh MigrationName}
cd "$(dirname "$0")/.."
dotnet tool restore >/dev/null
for provider in Sqlite Postgres; do
  project=src/TuyenGiao.Migrations.$provider
  echo "== $provider"
  dotnet ef migrations add "$name" --project "$project" --startup-project "$project" --output-dir Migrations
done
