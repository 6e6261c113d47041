#!/usr/bin/env bash
# Measures what README ("The index", "Beyond one machine") says of PostgreSQL: the stored graph of
# a docgraph index (graph_nodes, graph_edges: the same columns) loaded into a throwaway PostgreSQL
# cluster in /tmp, the same recursive impact query timed in SQLite and in PostgreSQL, and four
# writers at once against each. Not needed by the tests; needs PostgreSQL 15 (initdb, pg_ctl,
# psql) and sqlite3. Run as root it runs the server as the `postgres` user.
#
#   Scripts/index-postgres.sh .build-bench/index-10000-2026.sqlite
set -euo pipefail
index=${1:?usage: Scripts/index-postgres.sh INDEX.sqlite}
[ -f "$index" ] || { echo "$index: no such index" >&2; exit 2; }
index=$(cd "$(dirname "$index")" && pwd)/$(basename "$index")
dir=$(mktemp -d /tmp/docgraph-pg.XXXXXX)
port=54329
as_pg=()
if [ "$(id -u)" = 0 ]; then chown postgres "$dir"; as_pg=(runuser -u postgres --); fi
cleanup() { "${as_pg[@]}" pg_ctl -D "$dir/data" -m fast stop >/dev/null 2>&1 || true; rm -rf "$dir"; }
trap cleanup EXIT

"${as_pg[@]}" initdb -D "$dir/data" -A trust -U docgraph >/dev/null
"${as_pg[@]}" pg_ctl -D "$dir/data" -l "$dir/log" -o "-k $dir -p $port -c listen_addresses=''" -w start >/dev/null
pg() { psql -h "$dir" -p "$port" -U docgraph -d postgres -v ON_ERROR_STOP=1 -qAt "$@"; }
now() { date +%s.%N; }
seconds() { awk -v a="$1" -v b="$2" 'BEGIN { printf "%.3f", b - a }'; }

pg <<'SQL'
CREATE TABLE graph_nodes (node integer PRIMARY KEY, key text NOT NULL, lookup_key text, title_words text NOT NULL, name text NOT NULL,
  doc_id text, doc_key text, doc_form text, doc_number text, doc_type text, doc_issuer_code text, doc_year integer,
  type_code text, type_word text, issuer text, date text, term text, locality text, title text, in_corpus boolean NOT NULL,
  document integer, plan_date text);
CREATE TABLE graph_edges (edge integer PRIMARY KEY, citing_node integer NOT NULL, cited_node integer NOT NULL, relation text NOT NULL,
  modality text NOT NULL, deadline text, deadline_recurring boolean, deadline_text text, lead_unit text, file text NOT NULL, page integer,
  line integer NOT NULL, "column" integer NOT NULL, text text NOT NULL, nested boolean NOT NULL, demoted_from text, partial boolean NOT NULL);
SQL

start=$(now)
for table in graph_nodes graph_edges; do
  sqlite3 -csv "$index" "SELECT * FROM $table" | pg -c "\\copy $table FROM STDIN WITH (FORMAT csv)"
done
pg -c "CREATE INDEX ON graph_edges (cited_node); CREATE INDEX ON graph_nodes (lookup_key); ANALYZE"
loaded=$(now)
nodes=$(pg -c "SELECT count(*) FROM graph_nodes")
edges=$(pg -c "SELECT count(*) FROM graph_edges")
echo "loaded $nodes nodes and $edges edges into PostgreSQL in $(seconds "$start" "$loaded") s (COPY, two indexes, ANALYZE)"

# The same question in both: every document resting on the most cited one, by a recursive query
# over the edges (cited → citing), as a client without docgraph would ask it.
root=$(sqlite3 "$index" "SELECT cited_node FROM graph_edges GROUP BY cited_node ORDER BY count(*) DESC LIMIT 1")
impact="WITH RECURSIVE up(node) AS (SELECT $root UNION SELECT e.citing_node FROM graph_edges e JOIN up ON e.cited_node = up.node WHERE e.relation NOT IN ('references', 'respondsTo')) SELECT count(*) FROM up"
sqlite3 "$index" "CREATE INDEX IF NOT EXISTS bench_edges_by_cited ON graph_edges(cited_node)"
best() { # best of three wall times of a command, and its last output
  local b=999 out t0 t1
  for _ in 1 2 3; do t0=$(now); out=$("$@"); t1=$(now); b=$(awk -v b="$b" -v t="$(seconds "$t0" "$t1")" 'BEGIN { print (t < b ? t : b) }'); done
  echo "$b s ($out documents)"
}
echo "impact of node $root, recursive SQL, whole client process, best of 3:"
echo "  sqlite3:    $(best sqlite3 "$index" "$impact")"
echo "  PostgreSQL: $(best pg -c "$impact")"
sqlite3 "$index" "DROP INDEX bench_edges_by_cited"

# Four writers at once, each one transaction of 20,000 rows into its own table: PostgreSQL runs
# them side by side; SQLite lets one write at a time and the others wait (busy timeout 60 s).
work=$dir/writers.sqlite
cp "$index" "$work"
writer_sql() { echo "BEGIN; CREATE TABLE w$1 (edge integer, text text); INSERT INTO w$1 SELECT edge, text FROM graph_edges LIMIT 20000; SELECT pg_sleep(0.5); COMMIT;"; }
t0=$(now)
for w in 1 2 3 4; do pg -c "$(writer_sql "$w")" >/dev/null & done
wait
t1=$(now)
echo "4 writers at once (20,000 rows and 0.5 s each, one transaction): PostgreSQL $(seconds "$t0" "$t1") s wall"
t0=$(now)
for w in 1 2 3 4; do
  sqlite3 -cmd ".timeout 60000" "$work" "BEGIN IMMEDIATE; CREATE TABLE w$w (edge integer, text text); INSERT INTO w$w SELECT edge, text FROM graph_edges LIMIT 20000; SELECT count(*) FROM w$w WHERE 0 = (WITH RECURSIVE c(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM c WHERE x < 300000) SELECT count(*) FROM c) - 300000; COMMIT;" >/dev/null &
done
wait
t1=$(now)
echo "4 writers at once (20,000 rows each and some work inside the transaction): SQLite WAL $(seconds "$t0" "$t1") s wall"
t0=$(now)
sqlite3 -cmd ".timeout 60000" "$work" "BEGIN IMMEDIATE; CREATE TABLE w9 (edge integer, text text); INSERT INTO w9 SELECT edge, text FROM graph_edges LIMIT 20000; SELECT count(*) FROM w9 WHERE 0 = (WITH RECURSIVE c(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM c WHERE x < 300000) SELECT count(*) FROM c) - 300000; COMMIT;" >/dev/null
t1=$(now)
echo "  (one such SQLite writer alone: $(seconds "$t0" "$t1") s)"
ls -l "$index" | awk '{ printf "SQLite index file: %.0f MB; ", $5 / 1e6 }'
pg -c "SELECT 'PostgreSQL graph_nodes + graph_edges with indexes: ' || pg_size_pretty(pg_total_relation_size('graph_nodes') + pg_total_relation_size('graph_edges'))"
