"""Summary of an on/off benchmark whose runs alternated round by round (gateway.sh, audit.sh).

Usage: python3 src/bench/onoff.py RESULTS LABEL OPERATION...
RESULTS holds lines "<round> <on|off> <operation> requests=.. req_per_s=.. p50_ms=.. p99_ms=.. errors=..". For each
operation: the median of the rounds for each mode, and LABEL = 1 - on/off throughput of the two adjacent runs of a
round, median of the rounds (each pair compares runs next to each other, so a machine whose speed drifts moves both).
"""
import re
import statistics
import sys

path, label, operations = sys.argv[1], sys.argv[2], sys.argv[3:]
runs, rounds = {}, {}
for line in open(path):
    m = re.match(r'(\d+) (on|off) (\S+) (.*)', line.strip())
    if not m:
        continue
    f = dict(kv.split('=') for kv in m.group(4).split())
    runs.setdefault((m.group(3), m.group(2)), []).append(f)
    rounds.setdefault((m.group(3), int(m.group(1))), {})[m.group(2)] = float(f['req_per_s'])
med = lambda rs, k: statistics.median(float(r[k]) for r in rs)
print(f"\nmedian of the rounds {'on req/s':>9} {'off req/s':>9} {label:>9} {'on p50':>7} {'off p50':>7}"
      f" {'on p99':>7} {'off p99':>7}  errors  {label} per round (%)")
pairs = []
for op in operations:
    on, off = runs.get((op, 'on'), []), runs.get((op, 'off'), [])
    if not on or not off:
        continue
    shares = [100 * (1 - r['on'] / r['off']) for (o, _), r in sorted(rounds.items()) if o == op and len(r) == 2]
    pairs += shares
    errors = sum(int(r['errors']) for r in on + off)
    print(f"{op:20} {med(on, 'req_per_s'):9.1f} {med(off, 'req_per_s'):9.1f} {statistics.median(shares):8.1f}%"
          f" {med(on, 'p50_ms'):7.2f} {med(off, 'p50_ms'):7.2f} {med(on, 'p99_ms'):7.2f} {med(off, 'p99_ms'):7.2f}"
          f"  {errors:6}  {', '.join(f'{s:.0f}' for s in shares)}")
if pairs:
    print(f"{label} = 1 - on/off throughput of the two adjacent runs of a round, median of the rounds; over all "
          f"{len(pairs)} pairs: median {statistics.median(pairs):.1f} %, from {min(pairs):.0f} to {max(pairs):.0f} %")
