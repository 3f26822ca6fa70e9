"""Counts the simple cycles of at most K nodes with networkx, for bench/loops.bench.ts.

Usage: python3 bench/networkx_cycles.py FILE K
FILE holds one edge per line, "source target" (integers). Prints one JSON line:
{"count": C, "seconds": S, "networkx": VERSION}, where S times only the enumeration
(not reading the file). Self-loops are dropped first: networkx counts them as cycles
of length 1, halqa does not. A DiGraph collapses parallel edges, as halqa does.
"""

import json
import sys
import time

import networkx as nx


def main() -> None:
    path, bound = sys.argv[1], int(sys.argv[2])
    graph = nx.DiGraph()
    with open(path, encoding="utf-8") as handle:
        for line in handle:
            parts = line.split()
            if len(parts) >= 2 and parts[0] != parts[1]:
                graph.add_edge(int(parts[0]), int(parts[1]))
    start = time.perf_counter()
    count = sum(1 for _ in nx.simple_cycles(graph, length_bound=bound))
    seconds = time.perf_counter() - start
    print(json.dumps({"count": count, "seconds": seconds, "networkx": nx.__version__}))


if __name__ == "__main__":
    main()
