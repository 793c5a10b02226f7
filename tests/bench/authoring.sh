#!/usr/bin/env bash
# Measures showcase-cli on large inputs (issue #13): import of a 100,000-row CSV, and check of
# a large JSON catalogue, with wall time and peak RSS from /usr/bin/time -v. Prints a table;
# timings are not assertions.
#
# Usage: bash tests/bench/authoring.sh   (the benchmark's generated 100,000 exhibits, ~54 MB)
set -euo pipefail
cd "$(dirname "$0")/../.."
export CARGO_TARGET_DIR="${CARGO_TARGET_DIR:-$HOME/.cache/showcase/target}"
cargo build --release --bin showcase-cli >&2
cli="$CARGO_TARGET_DIR/release/showcase-cli"
out="$CARGO_TARGET_DIR/bench/authoring"
mkdir -p "$out"
node tests/bench/generate.mjs "$out" 100000 >&2

measure() { # label, command...
  local label="$1"; shift
  /usr/bin/time -v "$@" >/dev/null 2>"$out/time.txt" || true
  local wall rss
  wall=$(grep 'Elapsed (wall clock)' "$out/time.txt" | awk '{print $NF}')
  rss=$(grep 'Maximum resident set size' "$out/time.txt" | awk '{print $NF}')
  printf '%-44s %10s %12s KB\n' "$label" "$wall" "$rss"
}

big="$out/bench-100000.json"
rows="$big"
"$cli" export "$rows" --csv "$out/rows.csv" 2>/dev/null
printf '%-44s %10s %12s\n' "what" "wall" "peak RSS"
printf '%-44s %10s %12s B\n' "size of $(basename "$big")" "" "$(stat -c %s "$big")"
printf '%-44s %10s %12s B\n' "size of rows.csv (100,000 exhibit rows)" "" "$(stat -c %s "$out/rows.csv")"
measure "check $(basename "$big")" "$cli" check "$big"
measure "check --format json $(basename "$big")" "$cli" check --format json "$big"
measure "export bench-100000.json --csv" "$cli" export "$rows" --csv "$out/again.csv"
measure "import rows.csv (100,000 rows + siblings)" "$cli" import "$out/rows.csv" -o "$out/imported.json"
measure "stats bench-100000.json" "$cli" stats "$rows"
