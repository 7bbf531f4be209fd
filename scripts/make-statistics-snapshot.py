#!/usr/bin/env python3
"""Writes Sources/Host/Engine/Statistics/StatisticsSnapshot+Data.swift: the built-in statistics snapshot.

For every standard measure with a DfE binding whose file is in FOLDER: the figures of England, every region (London,
Inner London and Outer London included) and every local authority, for every year in the file, copied as the file
writes them (numbers unchanged; DfE's symbols c, z, x, k kept). Plus DfE's 2025 statistical neighbour model
(sn_model_2025_wide.csv) for every authority. Run from the repository root, then rebuild:

    python3 scripts/make-statistics-snapshot.py ../shared/data/dfe [MEASURES.json]

The bindings (file, filters, value column and their older names) are read from the tool, `swift run cps measures
--format json`, or from MEASURES.json (that command's output), so they are written once, in the catalogue. This
script is an independent reader of DfE's tidy CSV: it selects the rows the way the binding says and copies them.
"""
import csv
import json
import os
import subprocess
import sys

DIRECTORY = "Sources/Host/Engine/Statistics/AuthorityDirectory+Data.swift"
OUTPUT = "Sources/Host/Engine/Statistics/StatisticsSnapshot+Data.swift"
LEVELS = {"National": "N", "Regional": "R", "Local authority": "L"}


def read(path):
    """The file's header (names trimmed) and rows (as lists), with any UTF-8 byte order mark dropped."""
    with open(path, encoding="utf-8-sig", newline="") as f:
        reader = csv.reader(f)
        header = [name.strip() for name in next(reader)]
        return header, list(reader)


def measures(argument):
    if argument:
        with open(argument, encoding="utf-8") as f:
            return json.load(f)
    text = subprocess.run(["swift", "run", "-q", "cps", "measures", "--format", "json"], check=True,
                          capture_output=True, text=True).stdout
    return json.loads(text)


def select(header, rows, binding):
    """The rows the binding selects, or None when the file lacks its columns (as DfETable.series(for:) decides):
    the value column or its first older name present; the filter columns by their current names, or else each by
    its first older name; a row matches when each filter column holds the value or one of its older labels."""
    index = {name: i for i, name in reversed(list(enumerate(header)))}
    value = next((c for c in [binding["valueColumn"]] + binding.get("valueColumnAliases", []) if c in index), None)
    if value is None:
        return None
    filters = binding.get("filters", [])
    current = [f["column"] for f in filters]
    older = [(f.get("columnAliases") or [f["column"]])[0] for f in filters]
    if all(c in index for c in current):
        columns = current
    elif all(c in index for c in older):
        columns = older
    else:
        return None
    wanted = [(index[c], {f["value"], *f.get("valueAliases", [])}) for c, f in zip(columns, filters)]
    cell = lambda row, name: row[index[name]] if name in index and index[name] < len(row) else ""
    chosen = []
    for row in rows:
        level = LEVELS.get(cell(row, "geographic_level"))
        if level is None or not all(row[i] in values for i, values in wanted):
            continue
        if level == "N":
            area = (level, "", cell(row, "country_code"), cell(row, "country_name") or "England", "")
        elif level == "R":
            area = (level, "", cell(row, "region_code"), cell(row, "region_name"), cell(row, "region_name"))
        else:
            area = (level, cell(row, "old_la_code"), cell(row, "new_la_code"), cell(row, "la_name"), cell(row, "region_name"))
        chosen.append((area, cell(row, "time_period"), row[index[value]].strip()))
    return chosen or None


def main():
    folder = sys.argv[1] if len(sys.argv) > 1 else "../shared/data/dfe"
    if not os.path.isfile(os.path.join(folder, "sn_model_2025_wide.csv")):
        sys.exit(f"make-statistics-snapshot.py: {folder} is not a folder of DfE's files: it has no sn_model_2025_wide.csv (DfE's 2025 statistical neighbour model).")
    if len(sys.argv) > 2 and not os.path.isfile(sys.argv[2]):
        sys.exit(f"make-statistics-snapshot.py: {sys.argv[2]} is not a file; give the output of `cps measures --format json`, or nothing to run it.")
    catalogue = measures(sys.argv[2] if len(sys.argv) > 2 else None)
    tables = {}
    literals = []
    for measure in catalogue:
        binding = measure.get("dfe")
        if not binding or not os.path.exists(os.path.join(folder, binding["file"])):
            continue
        if binding["file"] not in tables:
            tables[binding["file"]] = read(os.path.join(folder, binding["file"]))
        chosen = select(*tables[binding["file"]], binding)
        if chosen is None:
            print(f"{measure['id']}: {binding['file']} holds no rows for its binding", file=sys.stderr)
            continue
        series = {}
        for area, period, value in chosen:
            years = series.setdefault(area, {})
            if period in years:
                sys.exit(f"{measure['id']}: {binding['file']} has two rows for {area[3]} in {period}")
            years[period] = value
        lines = []
        for area in sorted(series, key=lambda a: ("NRL".index(a[0]), a[1], a[2], a[3])):
            years = series[area]
            lines.append("|".join(area + (",".join(f"{y}={years[y]}" for y in sorted(years)),)))
        literals.append((measure["id"], binding["file"], lines))

    header, rows = read(os.path.join(folder, "sn_model_2025_wide.csv"))
    code = header.index("old_la_code")
    columns = [header.index(f"SN_{i}") for i in range(1, 11) if f"SN_{i}" in header]
    neighbours = {}
    for row in rows:
        if len(row) > code and row[code].strip():
            neighbours[row[code].strip()] = [row[i].strip() for i in columns if i < len(row) and row[i].strip()]

    out = ["// Generated by scripts/make-statistics-snapshot.py from DfE's published files. Do not edit.", "",
           "extension StatisticsSnapshot {",
           "    /// Each measure's figures, one literal per measure (so no one literal is huge), one line per area:",
           "    /// level (N, R, L)|DfE code|ONS code|name|region|period=value,...",
           "    static let tables: [(measure: String, table: String)] = ["]
    for measure, name, lines in literals:
        out.append(f"        // {name}")
        out.append(f'        ("{measure}", """')
        out.extend("        " + line for line in lines)
        out.append('        """),')
    out.append("    ]")
    out.append("")
    out.append("    /// Every authority's statistical neighbours in DfE's 2025 model, closest first: code|codes.")
    out.append('    static let neighbourTable = """')
    out.extend(f"    {c}|{','.join(codes)}" for c, codes in sorted(neighbours.items()))
    out.append('    """')
    out.append("}")
    with open(OUTPUT, "w", encoding="utf-8") as f:
        f.write("\n".join(out) + "\n")

    # DfE's list of authorities: code, ONS code (and any other the files use for it), name, region, years present.
    header, rows = read(os.path.join(folder, "la_codes_old_new_region__derived_from_cla_number_and_rate.csv"))
    index = {name: header.index(name) for name in ("old_la_code", "la_name", "new_la_code", "region_name", "years_present_in_cla_file")}
    other_ons = {}
    for _, _, lines in literals:
        for line in lines:
            level, dfe, ons = line.split("|")[:3]
            if level == "L" and dfe and ons:
                other_ons.setdefault(dfe, set()).add(ons)
    # The years an authority existed: those where DfE's count of children looked after is not "not applicable" (z).
    existed = {}
    for measure, _, lines in literals:
        if measure != "cla-count":
            continue
        for line in lines:
            fields = line.split("|")
            if fields[0] == "L":
                existed[fields[1]] = [pair.split("=")[0] for pair in fields[5].split(",") if pair.split("=")[1] != "z"]
    entries = []
    for row in rows:
        dfe, name, ons, region, years = (row[index[k]].strip() for k in ("old_la_code", "la_name", "new_la_code", "region_name", "years_present_in_cla_file"))
        others = ",".join(sorted(other_ons.get(dfe, set()) - {ons}))
        entries.append("|".join((dfe, ons, others, name, region, ",".join(existed.get(dfe, years.split(";"))))))
    directory = ["// Generated by scripts/make-statistics-snapshot.py from DfE's published files. Do not edit.", "",
                 "extension AuthorityDirectory {",
                 "    /// DfE's local authorities, one a line: DfE code|ONS code|other ONS codes DfE's files use for it|name|region",
                 "    /// (DfE's label: Inner London and Outer London for London's boroughs)|years it existed (its count of children looked after is not z).",
                 '    static let table = """']
    directory.extend("    " + entry for entry in sorted(entries))
    directory.append('    """')
    directory.append("}")
    with open(DIRECTORY, "w", encoding="utf-8") as f:
        f.write("\n".join(directory) + "\n")
    print(f"wrote {DIRECTORY}: {len(entries)} authorities")
    areas = sum(len(lines) for _, _, lines in literals)
    print(f"wrote {OUTPUT}: {len(literals)} measures, {areas} series, {len(neighbours)} neighbour lists")


main()
