#!/usr/bin/env python3
"""The Python reference for `cps region`: the same table from the same built-in figures, as a process.

    python3 Benchmarks/region_reference.py SNAPSHOT.swift MEASURES.json REGION OUT.csv

SNAPSHOT.swift is Sources/Host/Engine/Statistics/StatisticsSnapshot+Data.swift (its literals are read as text);
MEASURES.json is `cps measures --format json` (for each measure's polarity). For every measure, in its latest year with a figure,
every authority of the region (those with an entry other than `z` in the year on some measure; London takes Inner and
Outer London) gets its figure, its rank in England and in the region (rank 1 best by polarity, ties share the better
rank, only where 100 or more authorities have a figure), its quartile, its neighbours' mean and median, and its trend.
Writes one CSV row per measure and authority and prints "AUTHORITIES REGION_RANK_SUM", the checksum cps-benchmark
compares with cps's own output.
"""
import csv, json, re, statistics, sys


def read_snapshot(path):
    text = open(path, encoding="utf-8").read()
    tables = {}
    for measure, body in re.findall(r'\("([a-z0-9-]+)", """\n(.*?)"""\)', text, re.S):
        rows = []
        for line in body.splitlines():
            fields = line.strip().split("|")
            if len(fields) != 6:
                continue
            level, dfe, ons, name, region, pairs = fields
            years = {}
            for pair in pairs.split(","):
                period, _, value = pair.partition("=")
                try:
                    years[period] = float(value)
                except ValueError:
                    years[period] = value
            rows.append((level, dfe, ons, name, region, years))
        tables[measure] = rows
    neighbours = {}
    block = re.search(r'neighbourTable = """\n(.*?)"""', text, re.S).group(1)
    for line in block.splitlines():
        code, _, codes = line.strip().partition("|")
        if codes:
            neighbours[code] = codes.split(",")
    return tables, neighbours


def ranks(values, polarity):
    order = sorted(values, key=lambda kv: -kv[1] if polarity > 0 else kv[1])
    result = {}
    for position, (code, value) in enumerate(order):
        result[code] = result[order[position - 1][0]] if position and order[position - 1][1] == value else position + 1
    return result


def main():
    snapshot, measures_path, wanted, out = sys.argv[1:5]
    tables, neighbours = read_snapshot(snapshot)
    polarity = {m["id"]: {"higherIsBetter": 1, "lowerIsBetter": -1}.get(m["polarity"], 0) for m in json.load(open(measures_path))}
    labels = {"london": {"London", "Inner London", "Outer London"}}.get(wanted.lower(), {wanted})
    members = {}
    # Each measure's latest period with a figure (a period held only as "not available" is not the latest figures).
    latest = {measure: max(p for row in rows for p, v in row[5].items() if isinstance(v, float)) for measure, rows in tables.items() if rows}
    for measure, rows in tables.items():
        for level, dfe, ons, name, region, years in rows:
            value = years.get(latest[measure])
            if level == "L" and region in labels and value is not None and value != "z":
                members[dfe] = name
    order = sorted(members, key=lambda code: members[code])
    rank_sum = 0
    with open(out, "w", newline="") as f:
        writer = csv.writer(f)
        writer.writerow(["measure", "dfeCode", "name", "year", "value", "regionRank", "regionOf", "rank", "of", "quartile", "neighboursMean", "neighboursMedian", "trend"])
        for measure, rows in tables.items():
            period = latest[measure]
            # An authority can have two lines (a new ONS code): the figure is the one on the line holding the year.
            figures = {row[1]: row[5][period] for row in rows if row[0] == "L" and period in row[5]}
            numeric = [(code, v) for code, v in figures.items() if isinstance(v, float)]
            national = ranks(numeric, polarity[measure]) if polarity.get(measure) and len(numeric) >= 100 else {}
            regional = ranks([(c, v) for c, v in numeric if c in members], polarity[measure]) if national else {}
            trends = {}
            for row in rows:
                if row[0] == "L":
                    trends.setdefault(row[1], {}).update(row[5])
            for code in order:
                near = [figures[c] for c in neighbours.get(code, []) if isinstance(figures.get(c), float)]
                rank = national.get(code)
                quartile = "ABCD"[min(3, -(-rank * 4 // len(numeric)) - 1)] if rank else ""
                region_rank = regional.get(code)
                rank_sum += region_rank or 0
                writer.writerow([measure, code, members[code], period, figures.get(code, ""), region_rank or "", len(regional) if region_rank else "",
                                 rank or "", len(numeric) if rank else "", quartile,
                                 round(sum(near) / len(near), 2) if near else "", round(statistics.median(near), 2) if near else "",
                                 " ".join("%s=%s" % kv for kv in sorted(trends.get(code, {}).items()))])
    print(len(order), rank_sum)


main()
