#!/usr/bin/env python3
"""The national-scale benchmark's reference implementation in plain Python 3 (standard library only).

It computes what cps computes, from the same files, so the Swift figures have something honest to be compared with:
loading and validating packs, coverage, comparing every pair, the similarity matrix, a report, reading DfE's tidy
CSV, and benchmarking every authority on every measure. It prints one JSON object of median timings (milliseconds)
and checksums that the Swift benchmark compares with its own.

    python3 Benchmarks/reference.py FOLDER CSV NEIGHBOURS RUNS [--phases read,load,...] [--phase report]
"""
import csv, glob, json, os, statistics, sys, time

PRINCIPLES = list(range(1, 8))
DOMAINS = ["voice", "homes", "health", "education", "relationships", "safety", "adulthood", "governance"]
DOMAIN_TITLES = {"voice": "Voice and participation", "homes": "Homes and placements", "health": "Health and well-being",
                 "education": "Education and aspiration", "relationships": "Relationships and identity", "safety": "Safety and protection",
                 "adulthood": "Leaving care and adulthood", "governance": "Corporate parenting and governance"}
DOMAIN_PRINCIPLES = {"voice": [2, 3], "homes": [1, 6], "health": [1, 4], "education": [5, 6], "relationships": [1, 6],
                     "safety": [1, 6], "adulthood": [4, 7], "governance": [1, 4]}
MEASURES = [  # id, domain, polarity, binding (characteristic, breakdown, value column) for the synthetic file's layout
    ("cla-rate-per-10k", "homes", 0, None), ("cla-count", "homes", 0, None), ("placement-stability-short-term", "homes", -1, None),
    ("placement-stability-long-term", "homes", 1, None), ("placed-over-20-miles", "homes", -1, None),
    ("care-leavers-eet-17-18", "adulthood", 1, None), ("care-leavers-eet-19-21", "adulthood", 1, None),
    ("care-leavers-suitable-accommodation-17-18", "adulthood", 1, None), ("care-leavers-suitable-accommodation-19-21", "adulthood", 1, None),
    ("care-leavers-in-touch", "adulthood", 1, None), ("staying-put", "adulthood", 1, None),
    ("health-assessment", "health", 1, ("Health assessments: Children looked after all ages", "Had their annual health assessment", "children_percent")),
    ("dental-check", "health", 1, ("Health assessments: Children looked after all ages", "Had their teeth checked by a dentist", "children_percent")),
    ("immunisations", "health", 1, ("Health assessments: Children looked after all ages", "Had their immunisations up to date", "children_percent")),
    ("development-assessment", "health", 1, ("Development assessments: Children looked after ages 0 to 4 years", "Development assessments up to date", "children_percent")),
    ("sdq-average", "health", -1, ("Ages 5 to 16 years with SDQ score", "SDQ average score", "children_count")),
    ("sdq-completion", "health", 1, ("Ages 5 to 16 years with SDQ score", "SDQ score was received", "children_percent")),
    ("missing-incident", "safety", -1, None),
    ("convictions", "safety", -1, ("Convictions: Children looked after Ages 10 to 17 years", "Convicted or subject to youth cautions, or youth conditional cautions during the year", "children_percent")),
    ("pep-completion", "education", 1, None), ("persistent-absence", "education", -1, None), ("school-exclusion", "education", -1, None),
]
MEASURE_DOMAIN = {m[0]: m[1] for m in MEASURES}
MEASURE_IDS = [m[0] for m in MEASURES]
UNITS = {"percent", "count", "per-10k", "score", "days", "working-days", "weeks", "percentage-points", "points", "times"}


def median_ms(runs, body):
    times, result = [], None
    for _ in range(runs):
        result = None  # the last run's result is freed here, outside the timing
        start = time.perf_counter()
        result = body()
        times.append((time.perf_counter() - start) * 1000)
    return statistics.median(times), result


def items(pack):
    return [("priority", p) for p in pack.get("priorities", [])] + [("objective", o) for o in pack.get("objectives", [])]


def all_measures(pack):
    found = []
    for _, item in items(pack):
        for outcome in item.get("outcomes", []):
            found += [(item, m) for m in outcome.get("measures", [])]
        found += [(item, m) for m in item.get("measures", [])]
    found += [(None, m) for m in pack.get("measures", [])]
    return found


def validate(pack):
    """The error-level rules of cps validate; returns how many findings."""
    findings = 0
    ids = {}
    for kind, item in items(pack):
        findings += not item.get("principles") or any(not (1 <= p <= 7) for p in item["principles"])
        findings += not item.get("domains") or any(d not in DOMAINS for d in item["domains"])
        key = ("item", item["id"])
        findings += key in ids
        ids[key] = True
        for outcome in item.get("outcomes", []):
            findings += ("outcome", outcome["id"]) in ids
            ids[("outcome", outcome["id"])] = True
    for item, measure in all_measures(pack):
        findings += ("measure", measure["id"]) in ids
        ids[("measure", measure["id"])] = True
        findings += measure.get("standardMeasure") is not None and measure["standardMeasure"] not in MEASURE_DOMAIN
        for figure in [measure.get("target"), measure.get("baseline")] + measure.get("observations", []):
            if figure and figure.get("unit") == "percent" and figure.get("value") is not None:
                findings += not (0 <= figure["value"] <= 100)
        target = measure.get("target")
        findings += bool(target) and target.get("value") is None and target.get("direction") is None
    item_ids = {i["id"] for _, i in items(pack)}
    for group in pack.get("workingGroups", []):
        findings += sum(p not in item_ids for p in group.get("priorities", []))
    period = pack["strategy"].get("period", {})
    if period.get("start") and period.get("end"):
        findings += period["end"] < period["start"][:len(period["end"])]
    findings += pack.get("schemaVersion") != 1

    def walk(value, key=None):
        nonlocal findings
        if isinstance(value, dict):
            for k, v in value.items():
                walk(v, k)
        elif isinstance(value, list):
            for v in value:
                walk(v, key)
        elif isinstance(value, str) and key in ("source", "name", "title", "text", "statement", "wording", "group", "topic"):
            findings += value.strip() == ""
    walk(pack)
    return findings


def profile(pack):
    item_list = items(pack)
    by_id = {i["id"]: i for _, i in item_list}
    measures = []
    for item, measure in all_measures(pack):
        standard = measure.get("standardMeasure")
        if standard in MEASURE_DOMAIN:
            domains = [MEASURE_DOMAIN[standard]]
        elif measure.get("domain"):
            domains = [measure["domain"]]
        else:
            domains = item["domains"] if item else []
        principles = item["principles"] if item else sorted({p for d in domains for p in DOMAIN_PRINCIPLES.get(d, [])})
        measures.append((measure, item["id"] if item else None, domains, principles))
    return {"pack": pack, "items": item_list, "measures": measures}


def coverage(profiles):
    total = []
    for dimension in ("principle", "domain", "measure"):
        weight = 0
        keys = PRINCIPLES if dimension == "principle" else DOMAINS if dimension == "domain" else MEASURE_IDS
        for key in keys:
            for p in profiles:
                if dimension == "measure":
                    ms = [m for m in p["measures"] if m[0].get("standardMeasure") == key]
                    ids = {m[1] for m in ms if m[1]}
                    its = [i for _, i in p["items"] if i["id"] in ids]
                    weight += len(its) + len(ms)
                else:
                    field = "principles" if dimension == "principle" else "domains"
                    its = [i for _, i in p["items"] if key in i.get(field, [])]
                    ms = [m for m in p["measures"] if key in (m[3] if dimension == "principle" else m[2])]
                    weight += len(its) + sum(len(i.get("commitments", [])) for i in its) + len(ms)
        total.append(weight)
    return "/".join(map(str, total))


def compare(a, b, as_of):
    """The facts of cps compare for two profiles; returns the standard measures both track."""
    pair = [a, b]
    periods = []
    for p in pair:
        end = p["pack"]["strategy"].get("period", {}).get("end")
        periods.append(end is not None and end < as_of[:len(end)])
    by_domain = [[[i["title"] for _, i in p["items"] if d in i["domains"]] for p in pair] for d in DOMAINS]
    principles = [[sum(1 for _, i in p["items"] if n in i["principles"]) for p in pair] for n in PRINCIPLES]
    tracked = [{m[0].get("standardMeasure") for m in p["measures"]} - {None} for p in pair]
    in_common = [m for m in MEASURE_IDS if all(m in t for t in tracked)]
    only_one = [m for m in MEASURE_IDS if sum(m in t for t in tracked) == 1]
    boards = [p["pack"].get("governance", {}).get("board") for p in pair]
    differences = []
    names = [p["pack"]["name"] for p in pair]

    def some(test, predicate):
        chosen = [i for i in range(2) if test(i)]
        if chosen and len(chosen) < 2:
            differences.append(" and ".join(names[i] for i in chosen) + " " + predicate + ".")
    some(lambda i: periods[i], "has a strategy whose period has ended")
    for n, row in zip(PRINCIPLES, principles):
        some(lambda i: row[i] == 0, "has no priority serving principle %d" % n)
    for d, row in zip(DOMAINS, by_domain):
        some(lambda i: not row[i], "has no priority in the %s domain" % DOMAIN_TITLES[d].lower())
    some(lambda i: boards[i] is None, "describes no corporate parenting board")
    some(lambda i: bool(boards[i]) and boards[i].get("youngPeopleOnBoard") is True, "has young people on its board")
    some(lambda i: not pair[i]["pack"].get("governance", {}).get("participation"), "names no youth participation group")
    some(lambda i: not any(m[0].get("target") for m in pair[i]["measures"]), "sets no targets")
    for m in only_one:
        differences.append("Only one tracks %s." % m)
    return len(in_common), differences


def similarity(profiles):
    sets = []
    for p in profiles:
        domains = {d for _, i in p["items"] for d in i["domains"]}
        principles = {n for _, i in p["items"] for n in i["principles"]}
        measures = {m[0].get("standardMeasure") for m in p["measures"]} - {None}
        sets.append((domains, principles, measures))
    total = 0
    n = len(sets)
    for i in range(n):
        total += 1000
        for j in range(i + 1, n):
            parts = []
            for a, b in zip(sets[i], sets[j]):
                union = len(a | b)
                if union:
                    parts.append(len(a & b) / union)
            total += 2 * int(sum(parts) / len(parts) * 1000 + 0.5) if parts else 0  # half away from zero, as cps rounds
    return "%d thousandths in all" % total


def read_csv(path):
    columns = {}
    with open(path, encoding="utf-8-sig", newline="") as f:
        reader = csv.reader(f)
        header = next(reader)
        for name in header:
            columns[name] = []
        lists = [columns[name] for name in header]
        for row in reader:
            if len(row) != len(header):
                raise ValueError("ragged row")
            for column, value in zip(lists, row):
                column.append(value)
    for name in ("children_count", "children_percent"):
        typed = []
        for value in columns[name]:
            try:
                typed.append(float(value))
            except ValueError:
                typed.append(value)
        columns[name] = typed
    return columns


def benchmark(columns, neighbours):
    rows, rank_sum = 0, 0
    n = len(columns["time_period"])
    for measure, domain, polarity, binding in MEASURES:
        if not binding:
            continue
        characteristic, breakdown, value_column = binding
        series = [i for i in range(n) if columns["characteristic"][i] == characteristic and columns["breakdown"][i] == breakdown]
        if not series:
            continue
        latest = max(columns["time_period"][i] for i in series)
        current = [i for i in series if columns["time_period"][i] == latest]
        values = columns[value_column]
        la = {columns["old_la_code"][i]: values[i] for i in current if columns["geographic_level"][i] == "Local authority"}
        numeric = {code: v for code, v in la.items() if isinstance(v, float)}
        england = next((values[i] for i in current if columns["geographic_level"][i] == "National"), None)
        regions = {columns["region_name"][i]: values[i] for i in current if columns["geographic_level"][i] == "Regional"}
        ranks = {}
        if len(numeric) >= 100 and polarity:
            ordered = sorted(numeric.items(), key=lambda kv: -kv[1] if polarity > 0 else kv[1])
            for position, (code, value) in enumerate(ordered):
                if position and ordered[position - 1][1] == value:
                    ranks[code] = ranks[ordered[position - 1][0]]
                else:
                    ranks[code] = position + 1
        trends = {}
        for i in series:
            if columns["geographic_level"][i] == "Local authority":
                trends.setdefault(columns["old_la_code"][i], []).append((columns["time_period"][i], values[i]))
        region_of = {columns["old_la_code"][i]: columns["region_name"][i] for i in current}
        for code in sorted(la):
            near = [numeric[c] for c in neighbours.get(code, []) if c in numeric]
            mean = round(sum(near) / len(near), 2) if near else None
            median = round(statistics.median(near), 2) if near else None
            rank = ranks.get(code)
            quartile = "ABCD"[min(3, -(-rank * 4 // len(numeric)) - 1)] if rank else None
            trend = sorted(trends.get(code, []))
            region = regions.get(region_of.get(code))
            rows += 1
            rank_sum += rank or 0
    return rows, rank_sum


def report(folder, as_of):
    """A report of the same sections as cps report, from the packs in a folder, written as HTML."""
    import html
    packs = [json.load(open(path)) for path in sorted(glob.glob(folder + "/*.json"))]
    profiles = [profile(p) for p in packs]
    out = ["<!DOCTYPE html><html><head><title>Report</title></head><body><h1>Corporate parenting strategies compared</h1>"]
    out.append("<table><tr><th>Id</th><th>Council</th><th>Region</th><th>Priorities</th><th>Measures</th></tr>")
    for p in packs:
        out.append("<tr><td>%s</td><td>%s</td><td>%s</td><td>%d</td><td>%d</td></tr>" % (html.escape(p["id"]), html.escape(p["name"]), html.escape(p.get("region") or ""), len(p["priorities"]), len(all_measures(p))))
    out.append("</table>")
    for dimension, keys, field in (("principle", PRINCIPLES, "principles"), ("domain", DOMAINS, "domains")):
        out.append("<table><tr><th>Council</th>" + "".join("<th>%s</th>" % k for k in keys) + "</tr>")
        for p in profiles:
            cells = []
            for key in keys:
                its = [i for _, i in p["items"] if key in i[field]]
                cells.append("%d · %d" % (len(its), sum(len(i.get("commitments", [])) for i in its)))
            out.append("<tr><th>%s</th>%s</tr>" % (html.escape(p["pack"]["name"]), "".join("<td>%s</td>" % c for c in cells)))
        out.append("</table>")
    sets = [({d for _, i in p["items"] for d in i["domains"]}, {m[0].get("standardMeasure") for m in p["measures"]} - {None}) for p in profiles]
    out.append("<table>")
    for i, p in enumerate(profiles):
        scores = []
        for j in range(len(profiles)):
            if i != j:
                parts = [len(a & b) / len(a | b) for a, b in zip(sets[i], sets[j]) if a | b]
                scores.append((sum(parts) / len(parts) if parts else 0, j))
        nearest = sorted(scores, reverse=True)[:3]
        out.append("<tr><th>%s</th><td>%s</td></tr>" % (html.escape(p["pack"]["name"]), ", ".join(html.escape(profiles[j]["pack"]["name"]) for _, j in nearest)))
    out.append("</table></body></html>")
    return "".join(out)


def main():
    folder, csv_path, neighbours_path, runs = sys.argv[1], sys.argv[2], sys.argv[3], int(sys.argv[4])
    options = dict(zip(sys.argv[5::2], sys.argv[6::2]))
    as_of = "2026-11-23"
    if options.get("--phase") == "report":
        text = report(folder, as_of)
        with open(os.path.join(os.path.dirname(csv_path), "python-report.html"), "w") as f:
            f.write(text)
        return
    phases = set(options.get("--phases", "read,load,coverage,compare,similarity,csv,benchmark").split(","))
    files = sorted(glob.glob(folder + "/*.json"))
    result = {}
    t, size = median_ms(runs, lambda: sum(len(open(path, "rb").read()) for path in files))
    result["read"] = (t, "%d bytes" % size)
    t, packs = median_ms(runs, lambda: [json.load(open(path)) for path in files])
    if "load" in phases:
        t2, findings = median_ms(runs, lambda: sum(validate(p) for p in packs))
        result["load"] = (t + t2, "%d packs, %d priorities, %d commitments, %d measures" % (
            len(packs), sum(len(p["priorities"]) for p in packs),
            sum(len(i.get("commitments", [])) for p in packs for _, i in items(p)), sum(len(all_measures(p)) for p in packs)))
    if "coverage" in phases:
        t, checksum = median_ms(runs, lambda: coverage([profile(p) for p in packs]))
        result["coverage"] = (t, checksum)
    profiles = [profile(p) for p in packs]
    if "compare" in phases:
        def all_pairs():
            total = 0
            for i in range(len(profiles)):
                for j in range(i + 1, len(profiles)):
                    total += compare(profiles[i], profiles[j], as_of)[0]
            return total
        t, common = median_ms(max(1, runs // 2), all_pairs)
        result["compare"] = (t, "%d measures in common" % common)
    if "similarity" in phases:
        t, checksum = median_ms(runs, lambda: similarity(profiles))
        result["similarity"] = (t, checksum)
    if "csv" in phases or "benchmark" in phases:
        with open(neighbours_path, encoding="utf-8-sig", newline="") as f:
            neighbours = {row["old_la_code"]: [row["SN_%d" % k].strip() for k in range(1, 11)] for row in csv.DictReader(f)}
        t, columns = median_ms(runs, lambda: read_csv(csv_path))
        result["csv"] = (t, "%d rows" % len(columns["time_period"]))
        if "benchmark" in phases:
            t, (rows, rank_sum) = median_ms(runs, lambda: benchmark(columns, neighbours))
            result["benchmark"] = (t, "rank sum %d" % rank_sum)
    print(json.dumps(result))


main()
