#!/usr/bin/env bash
# Dashboard query benchmark through the real HTTP server with a real load generator (wrk).
#
#   scripts/bench-http.sh DATABASE_URL [SECONDS]
#
# DATABASE_URL holds benchmark data (`quotegraph bench-data --quotes 1000000 --database-url ...`).
# Starts `quotegraph serve` (release build) on a free local port, checks that every query answers
# without errors, then runs each at concurrency 1 and 32 and prints a Markdown table of
# p50/p99 latency and requests/s. Only loopback traffic; every run is bounded in time.
set -euo pipefail
cd "$(dirname "$0")/.."
DB_URL=${1:?usage: scripts/bench-http.sh DATABASE_URL [SECONDS]}
SECS=${2:-10}
PORT=${PORT:-18099}
command -v wrk >/dev/null || { apt-get install -y wrk >/dev/null 2>&1 || { apt-get update >/dev/null && apt-get install -y wrk >/dev/null; }; }
command -v jq >/dev/null || { apt-get install -y jq >/dev/null 2>&1 || { apt-get update >/dev/null && apt-get install -y jq >/dev/null; }; }
cargo build --release --quiet
BIN=target/release/quotegraph
TMP=$(mktemp -d)
"$BIN" serve --database-url "$DB_URL" --listen "127.0.0.1:$PORT" --seeds "$TMP/none" --log warn &
SERVER=$!
trap 'kill $SERVER 2>/dev/null; rm -rf "$TMP"' EXIT
for _ in $(seq 1 100); do curl -sf "http://127.0.0.1:$PORT/readyz" >/dev/null && break; sleep 0.2; done
URL="http://127.0.0.1:$PORT/graphql"

gql() { curl -sf "$URL" -H 'content-type: application/json' -d "$(jq -n --arg q "$1" '{query: $q}')"; }

# Data-dependent arguments, read from the data itself.
TOP=$(gql '{ speakers(first: 1) { edges { node { name } } } }' | jq -r '.data.speakers.edges[0].node.name')
SECOND=$(gql '{ speakers(first: 2) { edges { node { name } } } }' | jq -r '.data.speakers.edges[1].node.name')
OUTLET=$(gql '{ articles(first: 1) { edges { node { outlet { name } } } } }' | jq -r '.data.articles.edges[0].node.outlet.name')
CLAIM=$(gql '{ quotes(filter: {kind: DIRECT}, first: 50) { edges { node { text } } } }' \
  | jq -r '[.data.quotes.edges[].node.text | select((split(" ") | length) >= 14)][0]' \
  | awk '{ for (i = 1; i <= NF && i <= 20; i++) { w = $i; if (i == 4) w = "really"; printf "%s%s", w, (i < NF && i < 20 ? " " : "") } }')
RARE=${RARE_WORD:-Dalithmor}
COMMON=${COMMON_WORD:-budget}

declare -a NAMES QUERIES
add() { NAMES+=("$1"); QUERIES+=("$2"); }
add "speaker's latest 20 quotes" "{ quotes(filter: {speaker: \"$TOP\"}, first: 20) { edges { cursor node { text saidOn } } } }"
add "full-text search, common word ($COMMON)" "{ quotes(filter: {search: \"$COMMON\"}, first: 20) { edges { node { text saidOn } } } }"
add "full-text search, rare word ($RARE)" "{ quotes(filter: {search: \"$RARE\"}, first: 20) { edges { node { text saidOn } } } }"
add "date range + outlet" "{ quotes(filter: {outlet: \"$OUTLET\", saidFrom: \"2021-01-01\", saidTo: \"2021-03-31\"}, first: 20) { edges { node { text saidOn } } } }"
add "stats by month, one speaker" "{ stats(filter: {speaker: \"$SECOND\"}, interval: MONTH) { total byPeriod { start count } } }"
add "verifyQuote, 20-word claim" "{ verifyQuote(text: \"$CLAIM\") { verdict similarity quote { text speaker { name } } } }"
add "page of 100 with speaker + article" "{ quotes(first: 100) { edges { node { text speaker { name kind } article { title publishedOn } } } } }"

# Every query must answer without errors before it is measured.
for i in "${!QUERIES[@]}"; do
  out=$(gql "${QUERIES[$i]}") || { echo "query failed: ${NAMES[$i]}" >&2; exit 1; }
  if echo "$out" | jq -e '.errors' >/dev/null; then echo "${NAMES[$i]}: $out" >&2; exit 1; fi
done

cat > "$TMP/post.lua" <<'LUA'
wrk.method = "POST"
wrk.headers["Content-Type"] = "application/json"
local f = io.open(os.getenv("BODY_FILE"), "r")
wrk.body = f:read("*a")
f:close()
LUA

measure() { # name body-file-or-empty concurrency path
  local threads=$(( $3 < 2 ? 1 : 2 ))
  local out
  if [ -n "$2" ]; then
    out=$(BODY_FILE="$2" wrk -t"$threads" -c"$3" -d"${SECS}s" --latency -s "$TMP/post.lua" "http://127.0.0.1:$PORT$4")
  else
    out=$(wrk -t"$threads" -c"$3" -d"${SECS}s" --latency "http://127.0.0.1:$PORT$4")
  fi
  local p50 p99 rps errors
  p50=$(echo "$out" | awk '$1 == "50%" { print $2 }')
  p99=$(echo "$out" | awk '$1 == "99%" { print $2 }')
  rps=$(echo "$out" | awk '/Requests\/sec/ { print $2 }')
  errors=$(echo "$out" | awk '/Non-2xx/ { print $NF }')
  printf '| %s | %s | %s | %s | %s |\n' "$1" "$3" "$p50" "$p99" "$rps${errors:+ ($errors non-2xx)}"
}

echo "| query | concurrency | p50 | p99 | requests/s |"
echo "|---|---:|---:|---:|---:|"
for c in 1 32; do
  measure "/healthz (baseline)" "" "$c" /healthz
  for i in "${!QUERIES[@]}"; do
    jq -n --arg q "${QUERIES[$i]}" '{query: $q}' > "$TMP/body.json"
    measure "${NAMES[$i]}" "$TMP/body.json" "$c" /graphql
  done
done
