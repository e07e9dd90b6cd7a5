"""Latency percentiles of a yuno-sim journal (JSON Lines, `latency_ms` per attempt line;
lines with a `record` key, such as the scenario header and end, are skipped).

    latency.py JOURNAL      prints `attempts=N ok=M p50_ms=X p99_ms=Y`
"""
import json
import sys


def percentile(sorted_values, fraction):
    index = min(len(sorted_values) - 1, max(0, round(fraction * len(sorted_values)) - 1))
    return sorted_values[index]


latencies = []
delivered = 0
with open(sys.argv[1]) as journal:
    for line in journal:
        record = json.loads(line)
        if "record" in record:
            continue
        latencies.append(record["latency_ms"])
        delivered += record["outcome"] == "delivered"
latencies.sort()
print(f"attempts={len(latencies)} ok={delivered} p50_ms={percentile(latencies, 0.50):.3f} p99_ms={percentile(latencies, 0.99):.3f}")
