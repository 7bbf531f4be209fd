#!/usr/bin/env python3
"""Writes Sources/Host/CPSKit/Statistics/StatisticsSnapshot+Data.swift: the built-in statistics snapshot.

Figures from DfE's "Children looked after in England including adoptions" release (reporting year 2025, years
2021-2025, Explore Education Statistics tidy CSV) for the standard measures whose files are in ../shared/data/dfe:
England, the regions of the five built-in councils, the five councils, and their statistical neighbours in DfE's 2025
model (so neighbour averages work without a download). Run from the repository root:

    python3 scripts/make-statistics-snapshot.py ../shared/data/dfe
"""
import csv, sys, os

folder = sys.argv[1] if len(sys.argv) > 1 else "../shared/data/dfe"
councils = {"888": "Lancashire", "855": "Leicestershire", "806": "Middlesbrough", "812": "North East Lincolnshire", "343": "Sefton"}

def rows(name):
    with open(os.path.join(folder, name), encoding="utf-8-sig", newline="") as f:
        yield from csv.DictReader(f)

neighbours = {}
for row in rows("sn_model_2025_wide.csv"):
    if row["old_la_code"] in councils:
        neighbours[row["old_la_code"]] = [row[f"SN_{i}"].strip() for i in range(1, 11)]
keep = set(councils) | {code for codes in neighbours.values() for code in codes}

# measure id, file, filters, value column (as the framework's bindings name them).
health = "la_conviction_health_outcome_cla__subset_targets_SNs_regions_national.csv"
leavers = "la_care_leavers_activity__subset_targets_SNs_regions_national.csv"
measures = [
    ("cla-rate-per-10k", "cla_number_and_rate_per_10k_children.csv", {"population_type": "Children looked after on 31 March each year"}, "rate_per_10000"),
    ("cla-count", "cla_number_and_rate_per_10k_children.csv", {"population_type": "Children looked after on 31 March each year"}, "children_count"),
    ("placement-stability-short-term", "la_cla_placement_stability.csv", {"cla_group": "CLA on 31 March", "placement_stability": "With 3 or more placements during the year"}, "children_percent"),
    ("placement-stability-long-term", "la_cla_placement_stability.csv", {"cla_group": "Children looked after continuously for at least 2.5 years on 31 March aged under 16 years", "placement_stability": "Living with the same carer for at least 2 years"}, "children_percent"),
    ("care-leavers-eet-17-18", leavers, {"care_leaver_age": "17 to 18 years", "breakdown": "Total in education, employment or training"}, "care_leaver_percent"),
    ("care-leavers-eet-19-21", leavers, {"care_leaver_age": "19 to 21 years", "breakdown": "Total in education, employment or training"}, "care_leaver_percent"),
    ("health-assessment", health, {"characteristic": "Health assessments: Children looked after all ages", "breakdown": "Had their annual health assessment"}, "children_percent"),
    ("dental-check", health, {"characteristic": "Health assessments: Children looked after all ages", "breakdown": "Had their teeth checked by a dentist"}, "children_percent"),
    ("immunisations", health, {"characteristic": "Health assessments: Children looked after all ages", "breakdown": "Had their immunisations up to date"}, "children_percent"),
    ("development-assessment", health, {"characteristic": "Development assessments: Children looked after ages 0 to 4 years", "breakdown": "Development assessments up to date"}, "children_percent"),
    ("sdq-average", health, {"characteristic": "Ages 5 to 16 years with SDQ score", "breakdown": "SDQ average score"}, "children_count"),
    ("sdq-completion", health, {"characteristic": "Ages 5 to 16 years with SDQ score", "breakdown": "SDQ score was received"}, "children_percent"),
    ("convictions", health, {"characteristic": "Convictions: Children looked after Ages 10 to 17 years", "breakdown": "Convicted or subject to youth cautions, or youth conditional cautions during the year"}, "children_percent"),
]

regions = set()
for row in rows("la_codes_old_new_region__derived_from_cla_number_and_rate.csv"):
    if row["old_la_code"] in councils:
        regions.add(row["region_name"])

lines = []
for measure, name, filters, value in measures:
    series = {}
    for row in rows(name):
        if any(row[k] != v for k, v in filters.items()):
            continue
        level = row["geographic_level"]
        if level == "National":
            key = ("N", "", row["country_code"], row["country_name"], "")
        elif level == "Regional":
            if row["region_name"] not in regions:
                continue
            key = ("R", "", row["region_code"], row["region_name"], "")
        else:
            if row["old_la_code"] not in keep:
                continue
            key = ("L", row["old_la_code"], row["new_la_code"], row["la_name"], row["region_name"])
        series.setdefault(key, {})[row["time_period"]] = row[value].strip()
    for key in sorted(series, key=lambda k: ("NRL".index(k[0]), k[1], k[3])):
        years = series[key]
        values = ",".join(f"{year}={years[year]}" for year in sorted(years))
        lines.append("|".join((measure,) + key + (values,)))

out = []
out.append("// Generated by scripts/make-statistics-snapshot.py from DfE's published files. Do not edit.")
out.append("")
out.append("extension StatisticsSnapshot {")
out.append("    /// One line per measure and area: measure|level (N, R, L)|DfE code|ONS code|name|region|year=value,...")
out.append('    static let table = """')
out.extend("    " + line for line in lines)
out.append('    """')
out.append("")
out.append("    /// The five built-in councils' statistical neighbours in DfE's 2025 model, closest first: code|codes.")
out.append('    static let neighbourTable = """')
out.extend(f"    {code}|{','.join(codes)}" for code, codes in sorted(neighbours.items()))
out.append('    """')
out.append("}")
path = "Sources/Host/CPSKit/Statistics/StatisticsSnapshot+Data.swift"
with open(path, "w") as f:
    f.write("\n".join(out) + "\n")
print(f"wrote {path}: {len(lines)} series, {len(neighbours)} neighbour lists")
