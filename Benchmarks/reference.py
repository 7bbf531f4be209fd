#!/usr/bin/env python3
"""The national-scale benchmark's reference implementation in plain Python 3 (standard library only).

It computes what cps computes, from the same files, so the Swift figures have something honest to be compared with:
loading and validating packs, coverage, comparing every pair, the similarity matrix, a report, reading DfE's tidy
CSV, and benchmarking every authority on every measure. It prints one JSON object of median timings (milliseconds)
and checksums that the Swift benchmark compares with its own.

Packs are schema 2 JSON (the document's outline, entries nested in sections, items and bodies); they are walked the
way cps's PackIndex walks them and profiled the way its PackProfile profiles them (items with their mappings or
their parent's, actions under items, metrics the strategy monitors; a metric quoted as context counts nowhere).

    python3 Benchmarks/reference.py FOLDER CSV NEIGHBOURS RUNS [--phases read,load,...] [--phase report]
    python3 Benchmarks/reference.py --findings PACK,PACK,... RUNS   (times reading and validating each pack alone)
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


class Walk:
    """A pack's tree (schema 2) walked once, as cps's PackIndex walks it: entries by kind in document order, each
    with the id of the nearest item above it."""

    def __init__(self, pack):
        self.sections, self.items, self.actions, self.evidence, self.bodies, self.scopes = [], [], [], [], [], []
        for section in pack.get("sections", []):
            self.visit_section(section, None)

    def visit_section(self, section, item):
        self.sections.append(section)
        self.visit(section.get("content", []), item)

    def visit(self, entries, item):
        for entry in entries:
            for key, value in entry.items():  # one key per entry
                if key == "section":
                    self.visit_section(value, item)
                elif key == "item":
                    self.items.append((value, item))
                    self.visit(value.get("content", []), value["id"])
                elif key == "body":
                    self.bodies.append(value)
                    self.visit(value.get("content", []), item)
                elif key == "action":
                    self.actions.append((value, item))
                elif key == "evidence":
                    self.evidence.append((value, item))
                elif key == "scope":
                    self.scopes.append(value)


def metrics_monitored(walk):
    return sum(1 for e, _ in walk.evidence if e.get("kind") == "metric" and e.get("purpose") == "monitor")


def validate(pack):
    """The error-level rules of cps validate; returns how many findings."""
    walk = Walk(pack)
    findings = 0
    ids = set()
    kinds = [("section", s["id"]) for s in walk.sections] + [("item", i["id"]) for i, _ in walk.items] + \
        [("body", b["id"]) for b in walk.bodies] + [("evidence", e["id"]) for e, _ in walk.evidence if e.get("id") is not None]
    for key in kinds:
        findings += key in ids
        ids.add(key)
        findings += not valid_id(key[1])
    findings += not valid_id(pack.get("id", ""))
    for item, parent in walk.items:
        mappings = item.get("mappings", [])
        if parent is None:
            findings += not any(m.get("principles") for m in mappings)
            findings += not any(m.get("domains") for m in mappings)
        findings += sum(1 for m in mappings for n in m.get("principles", []) if not 1 <= n <= 7)
        findings += sum(1 for m in mappings for d in m.get("domains", []) if d not in DOMAINS)
        findings += sum(1 for w in item.get("alternateTitles", []) if w.get("section") is not None and ("section", w["section"]) not in ids)
    for body in walk.bodies:
        findings += sum(("item", i) not in ids for i in body.get("serves", []))
        findings += body.get("partOf") is not None and ("body", body["partOf"]) not in ids
        findings += sum(1 for r in body.get("reportsTo", []) if r.get("body") is not None and ("body", r["body"]) not in ids)
        ages = body.get("ages")
        findings += bool(ages) and ages.get("min") is not None and ages.get("max") is not None and ages["min"] > ages["max"]
    for inconsistency in pack.get("inconsistencies", []):
        findings += sum(("section", e["section"]) not in ids for e in inconsistency.get("excerpts", []))
    figures = [f for s in walk.scopes for f in s.get("figures", [])]
    for evidence, _ in walk.evidence:
        findings += evidence.get("standardMeasure") is not None and evidence["standardMeasure"] not in MEASURE_DOMAIN
        target = evidence.get("target")
        findings += bool(target) and target.get("value") is None and target.get("direction") is None
        for figure in (target, evidence.get("baseline")):
            if figure and figure.get("unit") == "percent" and figure.get("value") is not None:
                findings += not (0 <= figure["value"] <= 100)
        figures += evidence.get("figures", [])
    for figure in figures:
        if figure.get("unit") == "percent":
            low = -100 if figure.get("kind") == "change" else 0
            findings += not (low <= figure["value"] <= 100)
    period = pack["document"].get("period", {})
    if period.get("start") and period.get("end"):
        findings += period["end"] < period["start"][:len(period["end"])]
    findings += pack.get("schemaVersion") != 2

    def texts(value, key=None):
        nonlocal findings
        if isinstance(value, dict):
            for k, v in value.items():
                texts(v, k)
        elif isinstance(value, list):
            for v in value:
                texts(v, key)
        elif isinstance(value, str) and key in ("heading", "name", "title", "text", "holder", "term", "wording", "topic"):
            findings += value.strip() == ""
    texts(pack)
    return findings


def valid_id(text):
    return text != "" and not text.startswith("-") and not text.endswith("-") and "--" not in text and \
        all("a" <= c <= "z" or "0" <= c <= "9" or c == "-" for c in text)


def profile(pack):
    """What cps's PackProfile works out: every item with the union of its mappings (or its parent's, when it has
    none), the actions set directly under it, and the metrics the strategy monitors with their domains and
    principles. A metric only quoted as context counts nowhere."""
    walk = Walk(pack)
    places, items = {}, []
    for item, parent in walk.items:
        principles, domains = set(), []
        for mapping in item.get("mappings", []):
            principles.update(mapping.get("principles", []))
            domains += [d for d in mapping.get("domains", []) if d not in domains]
        profiled = {"id": item["id"], "title": item["title"], "level": item["level"], "top": parent is None,
                    "principles": sorted(principles), "domains": domains, "parent": places.get(parent), "own": 0}
        if not principles and not domains and profiled["parent"] is not None:
            profiled["principles"] = items[profiled["parent"]]["principles"]
            profiled["domains"] = items[profiled["parent"]]["domains"]
        places.setdefault(item["id"], len(items))
        items.append(profiled)
    for _, item in walk.actions:
        if item is not None and item in places:
            items[places[item]]["own"] += 1
    measures = []
    for evidence, item_id in walk.evidence:
        if evidence.get("kind") != "metric" or evidence.get("purpose") != "monitor":
            continue
        place = places.get(item_id)
        item = items[place] if place is not None else None
        standard = evidence.get("standardMeasure")
        if standard in MEASURE_DOMAIN:
            domains = [MEASURE_DOMAIN[standard]]
        elif evidence.get("domain"):
            domains = [evidence["domain"]]
        else:
            domains = item["domains"] if item else []
        principles = item["principles"] if item else sorted({p for d in domains for p in DOMAIN_PRINCIPLES.get(d, [])})
        measures.append({"evidence": evidence, "item": place, "domains": domains, "principles": principles})
    return {"pack": pack, "walk": walk, "items": items, "measures": measures}


# The whole framework as `cps domains` and `cps measures` give it (coverage reads every standard measure, not only
# those the synthetic statistics file carries).
COVERAGE_DOMAIN_PRINCIPLES = dict(DOMAIN_PRINCIPLES, workforce=[1, 6])
COVERAGE_DOMAINS = DOMAINS + ["workforce"]
COVERAGE_MEASURE_DOMAIN = dict(MEASURE_DOMAIN, **{
    "new-placements-outside-over-20-miles": "homes", "new-placements-inside-over-20-miles": "homes",
    "care-leavers-activity-not-known-17-18": "adulthood", "care-leavers-activity-not-known-19-21": "adulthood",
    "school-moves-mid-year": "education", "ks2-reading-writing-maths": "education", "ks4-attainment-8": "education",
    "ks4-english-maths-grade-4": "education", "ks4-progress-8": "education", "three-or-more-social-workers": "relationships",
    "social-worker-turnover": "workforce", "agency-worker-rate": "workforce", "social-worker-vacancy-rate": "workforce",
    "social-worker-caseload": "workforce"})

LEVELS = {"topItem": 1, "subItem": 1, "localPrinciple": 1, "body": 1, "pledge": 2, "action": 2, "metric": 2,
          "assignedAction": 3, "targetedMetric": 4}


class CoverageWalk:
    """Every entry that may stand behind a coverage cell, walked as cps's PackIndex walks a pack (sections, then
    attached action plans; a draft as the entry it proposes), each with the item and body above it."""

    def __init__(self, pack):
        self.items, self.actions, self.bodies, self.principles, self.evidence = [], [], [], [], []
        for section in pack.get("sections", []):
            self.visit(section.get("content", []), None, None)
        for plan in pack.get("actionPlans", []):
            for section in plan.get("sections", []):
                self.visit(section.get("content", []), None, None)

    def visit(self, entries, item, body):
        for entry in entries:
            self.entry(entry, item, body)

    def entry(self, entry, item, body):
        for key, value in entry.items():  # one key per entry
            if key == "section":
                self.visit(value.get("content", []), item, body)
            elif key == "item":
                self.items.append((value, item))
                self.visit(value.get("content", []), value["id"], body)
            elif key == "body":
                self.bodies.append((value, item))
                self.visit(value.get("content", []), item, value["id"])
            elif key == "action":
                self.actions.append((value, item, body))
            elif key == "evidence":
                self.evidence.append((value, item))
            elif key == "localPrinciple":
                self.principles.append(value)
            elif key == "draft":
                self.entry(value["entry"], item, body)


def served(mappings):
    """The principles and domains of mappings stated or judged (suggested ones never count)."""
    principles, domains = set(), set()
    for mapping in mappings or []:
        if mapping.get("basis") in ("stated", "judged"):
            principles.update(mapping.get("principles", []))
            domains.update(mapping.get("domains", []))
    return principles, domains


def coverage_columns(pack):
    """Each row's level (0-4) for one pack, by principle, domain and standard measure, as cps's CoverageReader reads
    it: the strongest kind of entry serving the row, never how many."""
    walk = CoverageWalk(pack)
    levels = {"principle": {}, "domain": {}, "measure": {}}

    def add(kind, principles, domains):
        for dimension, keys in (("principle", principles), ("domain", domains)):
            for key in keys:
                levels[dimension][key] = max(levels[dimension].get(key, 0), LEVELS[kind])

    items = {}
    for item, parent in walk.items:
        mask = served(item.get("mappings"))
        if not mask[0] and not mask[1] and parent in items:
            mask = items[parent]
        items.setdefault(item["id"], mask)
        add("pledge" if item["level"] == "pledge" else "topItem" if parent is None else "subItem", *mask)
    bodies = {}
    for body, item in walk.bodies:
        mask = served(body.get("mappings"))
        if not mask[0] and not mask[1]:
            mask = (set().union(*[items.get(i, (set(), set()))[0] for i in body.get("serves", [])]),
                    set().union(*[items.get(i, (set(), set()))[1] for i in body.get("serves", [])]))
        if not mask[0] and not mask[1]:
            mask = items.get(item, (set(), set()))
        bodies.setdefault(body["id"], mask)
        add("body", *mask)
    for action, item, body in walk.actions:
        mask = served(action.get("mappings"))
        if not mask[0] and not mask[1]:
            mask = bodies.get(body, (set(), set()))
            if not mask[0] and not mask[1]:
                mask = items.get(item, (set(), set()))
        assigned = bool(action.get("owner")) or bool(action.get("timeline")) or action.get("due") is not None
        add("pledge" if action.get("kind") == "promise" else "assignedAction" if assigned else "action", *mask)
    for principle in walk.principles:
        add("localPrinciple", *served(principle.get("mappings")))
    for evidence, item in walk.evidence:
        if evidence.get("kind") != "metric" or evidence.get("purpose") != "monitor":
            continue
        kind = "targetedMetric" if evidence.get("target") is not None or evidence.get("baseline") is not None else "metric"
        principles, domains = items.get(item, (set(), set()))
        standard = evidence.get("standardMeasure")
        if standard in COVERAGE_MEASURE_DOMAIN:
            domains = {COVERAGE_MEASURE_DOMAIN[standard]}
            levels["measure"][standard] = max(levels["measure"].get(standard, 0), LEVELS[kind])
        elif evidence.get("domain"):
            domains = {evidence["domain"]}
        if not principles:
            principles = {p for d in domains for p in COVERAGE_DOMAIN_PRINCIPLES.get(d, [])}
        add(kind, principles, domains)
    return levels


def coverage(profiles):
    """The sum of the cells' levels (0 not covered to 4 measured) of each coverage matrix, as cps works them out."""
    columns = [coverage_columns(p["pack"]) for p in profiles]
    total = []
    for dimension, keys in (("principle", PRINCIPLES), ("domain", COVERAGE_DOMAINS), ("measure", list(COVERAGE_MEASURE_DOMAIN))):
        total.append(sum(column[dimension].get(key, 0) for column in columns for key in keys))
    return "/".join(map(str, total))


YOUNG_WORDS = ["young people", "young person", "care leaver", "care experienced", "care-experienced", "children in care",
               "child in care", "cared for", "looked after children", "young representatives"]


def board(walk):
    """The board (the first in place, else the first) and the firmest status with which young people sit on it."""
    boards = [b for b in walk.bodies if b["kind"] == "board"]
    chosen = next((b for b in boards if b.get("status", "inPlace") == "inPlace"), boards[0] if boards else None)
    if chosen is None:
        return None, None
    names = [n.lower() for b in walk.bodies if b["kind"] == "youthGroup" for n in (b["name"], b["id"]) if len(n) >= 4]
    young = lambda text: any(w in text.lower() for w in YOUNG_WORDS) or any(n in text.lower() for n in names)
    firmness = ["unresolved", "proposed", "planned", "inPlace"]
    body_status = chosen.get("status", "inPlace")
    statuses = [min(r.get("status", "inPlace"), body_status, key=firmness.index) for r in chosen.get("roles", []) if young(r["holder"])]
    statuses += [body_status for m in chosen.get("members", []) if young(m)]
    return chosen, max(statuses, key=firmness.index) if statuses else None


def compare(a, b, as_of):
    """The facts of cps compare for two profiles; returns the standard measures both monitor."""
    pair = [a, b]
    periods = []
    for p in pair:
        end = p["pack"]["document"].get("period", {}).get("end")
        periods.append(end is not None and end < as_of[:len(end)])
    by_domain = [[[i["title"] for i in p["items"] if d in i["domains"]] for p in pair] for d in DOMAINS]
    principles = [[sum(1 for i in p["items"] if n in i["principles"]) for p in pair] for n in PRINCIPLES]
    tracked = [{m["evidence"].get("standardMeasure") for m in p["measures"]} - {None} for p in pair]
    in_common = [m for m in MEASURE_IDS if all(m in t for t in tracked)]
    only_one = [m for m in MEASURE_IDS if sum(m in t for t in tracked) == 1]
    boards = [board(p["walk"]) for p in pair]
    differences = []
    names = [p["pack"]["name"] for p in pair]

    def some(test, predicate):
        chosen = [i for i in range(2) if test(i)]
        if chosen and len(chosen) < 2:
            differences.append(" and ".join(names[i] for i in chosen) + " " + predicate + ".")
    some(lambda i: periods[i], "has a strategy whose period has ended")
    for n, row in zip(PRINCIPLES, principles):
        some(lambda i: row[i] == 0, "has no item serving principle %d" % n)
    for d, row in zip(DOMAINS, by_domain):
        some(lambda i: not row[i], "has no item in the %s domain" % DOMAIN_TITLES[d].lower())
    some(lambda i: boards[i][0] is None, "describes no corporate parenting board")
    some(lambda i: boards[i][1] == "inPlace", "has young people on its board")
    some(lambda i: boards[i][1] not in (None, "inPlace"), "gives young people on its board only as planned, proposed or unresolved")
    some(lambda i: not any(b["kind"] == "youthGroup" for b in pair[i]["walk"].bodies), "names no youth participation group")
    some(lambda i: not any(m["evidence"].get("target") for m in pair[i]["measures"]), "sets no targets")
    for m in only_one:
        differences.append("Only one monitors %s." % m)
    return len(in_common), differences


def similarity(profiles):
    sets = []
    for p in profiles:
        domains = {d for i in p["items"] for d in i["domains"]}
        principles = {n for i in p["items"] for n in i["principles"] if n >= 0}
        measures = {m["evidence"].get("standardMeasure") for m in p["measures"]} - {None}
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
    out.append("<table><tr><th>Id</th><th>Council</th><th>Region</th><th>Items</th><th>Measures</th></tr>")
    for p in profiles:
        pack = p["pack"]
        out.append("<tr><td>%s</td><td>%s</td><td>%s</td><td>%d</td><td>%d</td></tr>" % (html.escape(pack["id"]), html.escape(pack["name"]), html.escape(pack.get("region") or ""), sum(i["top"] for i in p["items"]), len(p["measures"])))
    out.append("</table>")
    for keys, field in ((PRINCIPLES, "principles"), (DOMAINS, "domains")):
        out.append("<table><tr><th>Council</th>" + "".join("<th>%s</th>" % k for k in keys) + "</tr>")
        for p in profiles:
            cells = []
            for key in keys:
                under, count, actions = [], 0, 0
                for item in p["items"]:
                    covered = key in item[field]
                    under.append(covered or (item["parent"] is not None and under[item["parent"]]))
                    count += covered
                    actions += item["own"] if under[-1] else 0
                cells.append("%d · %d" % (count, actions))
            out.append("<tr><th>%s</th>%s</tr>" % (html.escape(p["pack"]["name"]), "".join("<td>%s</td>" % c for c in cells)))
        out.append("</table>")
    sets = [({d for i in p["items"] for d in i["domains"]}, {m["evidence"].get("standardMeasure") for m in p["measures"]} - {None}) for p in profiles]
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


def validate_files(paths, runs):
    """Each pack read and checked against the error-level rules: the median milliseconds and how many errors."""
    result = {}
    for path in paths:
        t, errors = median_ms(runs, lambda: validate(json.load(open(path))))
        result[path] = (t, "%d errors" % errors)
    print(json.dumps(result))


def main():
    if sys.argv[1] == "--findings":
        validate_files(sys.argv[2].split(","), int(sys.argv[3]))
        return
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
        walks = [Walk(p) for p in packs]
        result["load"] = (t + t2, "%d packs, %d items (%d top-level), %d actions, %d metrics monitored" % (
            len(packs), sum(len(w.items) for w in walks), sum(1 for w in walks for _, parent in w.items if parent is None),
            sum(len(w.actions) for w in walks), sum(metrics_monitored(w) for w in walks)))
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
