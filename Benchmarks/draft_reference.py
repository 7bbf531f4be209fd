#!/usr/bin/env python3
"""The Python reference for `cps draft`'s splitting, for the benchmark: reads a strategy's plain text (as extracted
from a PDF), drops page numbers and running headers, finds the contents page and the outline (contents entries,
numbered and labelled headings, ALL-CAPS headings, short title lines standing alone), and splits the body into
blocks under each heading. Prints "HEADINGS BLOCKS" on one line, the checksum `cps draft` is compared on.

Usage: draft_reference.py FILE
"""
import re
import sys

BULLETS = set("\u2022\u25e6\u25aa\u25a0\u25cf\u25cb-*\u2013\u2014\u27a2\u2713\u00b7\uf0b7\uf0a7o+\u25ba\u2043")
LEADS = ["how will this be achieved", "how we will achieve", "what we will do", "what will we do", "what more can we do",
         "actions", "key actions", "how we will do this", "what are we going to do", "we will do this by", "our pledge",
         "we promise", "our promise", "pledge", "promise", "what we need to improve", "areas for improvement", "we need to",
         "what this means in practice", "in practice", "we will", "we are committed to", "our commitment", "we commit to",
         "we want to", "we aim to", "corporate parents will", "we must"]
BARE = {"we will", "our vision is", "we want", "we are committed to", "this means", "we promise", "we aim to", "our aim is"}
LABEL = re.compile(r"^(priority|outcome|pledge|promise|objective|theme|ambition) (\d{1,2})(?=$|[:.\-) \u2013])", re.I)


def clean(text):
    return " ".join(text.replace("\u00a0", " ").replace("\u200b", " ").replace("\ufeff", " ").split())


def norm(text):
    text = text.translate(str.maketrans({"\u2018": "'", "\u2019": "'", "\u201c": '"', "\u201d": '"', "\u2013": "-", "\u2014": "-"}))
    text = " ".join(text.split()).lower()
    return text.rstrip(".:?;, ")


def marker(text):
    first = text[0]
    if first in BULLETS:
        rest = text[1:]
        if first in "o-*+" and not rest.startswith(" "):
            return None
        rest = rest.lstrip(" ")
        return ("bullet", rest) if rest else None
    m = re.match(r"^\(?(\d{1,3}|[a-z])[.)][ \t]+(.+)$", text)
    return ("numbered", m.group(2)) if m else None


def page_number(text):
    low = text.lower()
    if len(low) <= 3 and low.isdigit() and not (len(low) == 2 and low.startswith("0")):
        return True
    return bool(re.fullmatch(r"page \d+( of \d+)?|\d+ \| page", low))


def read(raw_text):
    lines = []
    for number, raw in enumerate(re.split(r"\r\n|\n|\r|\f", raw_text), start=1):
        text = clean(raw)
        if not text or page_number(text):
            lines.append({"n": number, "text": "", "shape": "blank", "raw": raw})
            continue
        m = marker(text)
        lines.append({"n": number, "text": m[1] if m else text, "shape": m[0] if m else "text", "raw": raw})
    if lines and lines[-1]["raw"] == "" and raw_text.endswith("\n"):
        lines.pop()
    lines = column_tables(lines)
    counts = {}
    for line in lines:
        if line["shape"] == "text" and len(line["text"].split()) <= 10:
            counts[norm(line["text"])] = counts.get(norm(line["text"]), 0) + 1
    seen = set()
    for line in lines:
        key = norm(line["text"])
        if line["shape"] == "text" and counts.get(key, 0) >= 3 and ("strategy" in key or "page" in key):
            if key in seen:
                line.update(text="", shape="blank")
            seen.add(key)
    out = []
    for line in lines:
        prev = out[-1] if out else None
        if (line["shape"] == "text" and prev and prev["shape"] not in ("blank", "row") and not prev["text"][-1:] in '.!?;\u201d"'
                and line["text"][:1].islower() and "\t" not in prev["raw"]):
            prev["text"] += " " + line["text"]
            continue
        out.append(line)
    return out


def cells(raw):
    return [clean(c) for c in raw.split("\t") if clean(c)] if "\t" in raw else []


def column_tables(lines):
    out, i = [], 0
    while i < len(lines):
        labels = cells(lines[i]["raw"])
        if len(labels) < 2 or not all(LABEL.match(l) for l in labels):
            out.append(lines[i]); i += 1; continue
        end, rows = i + 1, []
        while end < len(lines) and (lines[end]["shape"] == "blank" or "\t" in lines[end]["raw"]):
            if lines[end]["shape"] != "blank":
                rows.append(lines[end])
            end += 1
        for column, label in enumerate(labels):
            n = lines[i]["n"]
            out += [{"n": n, "text": "", "shape": "blank", "raw": ""}, {"n": n, "text": label, "shape": "text", "raw": label},
                    {"n": n, "text": "", "shape": "blank", "raw": ""}]
            for row in rows:
                values = [clean(v) for v in row["raw"].split("\t")]
                if column < len(values) and values[column]:
                    out.append({"n": row["n"], "text": values[column], "shape": "row", "raw": values[column]})
        i = end
    return out


def title(text):
    return text.rstrip(". \u2026_")


def numbered_entries(raw):
    cs = [clean(c) for c in raw.split("\t") if clean(c)]
    entries, pending = [], None
    for cell in cs:
        if len(cell) <= 3 and " " not in cell and (pending is not None or cell.isdigit()):
            if pending is None:
                return []
            entries.append(title(pending)); pending = None
        elif re.search(r"[ .\u2026]\d{1,3}$", cell) and len(re.sub(r"[ .\u2026]*\d{1,3}$", "", cell)) > 1:
            if pending is not None:
                return []
            entries.append(title(re.sub(r"\d{1,3}$", "", cell).strip()))
        else:
            if pending is not None:
                return []
            pending = cell
    if pending is not None and "\t" in raw and not entries and len(cs) == 1 and raw.endswith("\t"):
        return [title(pending)]
    return entries if pending is None else []


def contents(lines):
    limit = max(80, len(lines) // 3)
    start = next((i for i, l in enumerate(lines[:limit]) if norm(l["text"]) in ("contents", "table of contents", "content", "contents page")), None)
    if start is None:
        return None
    numbered, plain, blanks, first, i = [], [], 0, None, start + 1
    while i < len(lines):
        line = lines[i]
        if line["shape"] == "blank":
            blanks += 1
            if blanks > 4 and (numbered or plain) and len(numbered) < 3:
                break
            i += 1; continue
        blanks = 0
        entries = numbered_entries(line["raw"])
        if entries:
            numbered += [(e, i) for e in entries]; i += 1; continue
        if numbered:
            if len(line["text"].split()) <= 12 and line["text"][-1:] not in '.!?;\u201d"' and i + 1 < len(lines) and numbered_entries(lines[i + 1]["raw"]):
                numbered.append((title(line["text"]), i)); i += 1; continue
            break
        text = title(line["text"])
        if first is not None and norm(text) == norm(first) and len(plain) >= 2:
            break
        words = len(text.split())
        if words > 14 or (text[-1:] in '.!?;\u201d"' and not text.endswith(":") and words > 8):
            break
        first = first or text
        plain.append((text, i)); i += 1
    entries = numbered if len(numbered) >= 3 else plain
    if len(entries) < 3:
        return None
    return {"titles": [e for e, _ in entries if e], "start": start, "end": entries[-1][1] + 1}


def label_lines(lines, titles):
    out, i = [], 0
    while i < len(lines):
        line = lines[i]
        words = line["text"].split()
        is_label = (len(words) == 1 and len(words[0]) == 2 and words[0].startswith("0") and words[0].isdigit()) or \
                   (len(words) == 2 and words[0].lower() == "appendix" and len(words[1]) <= 2)
        nxt = next((j for j in range(i + 1, len(lines)) if lines[j]["shape"] != "blank"), None)
        if (line["shape"] == "text" and is_label and (i == 0 or lines[i - 1]["shape"] == "blank") and nxt is not None and nxt - i <= 3
                and lines[nxt]["shape"] == "text" and len(lines[nxt]["text"].split()) <= 16 and lines[nxt]["text"][:1].isupper()
                and norm(lines[nxt]["text"]) not in titles):
            out.append(dict(line, text=line["text"] + " " + lines[nxt]["text"]))
            out += lines[i + 1:nxt]
            out.append(dict(lines[nxt], text="", shape="blank"))
            i = nxt + 1; continue
        out.append(line); i += 1
    return out


def lead_in(text):
    key = norm(text)
    for phrase in LEADS:
        if key == phrase or key.endswith(" " + phrase) or key.endswith("." + phrase):
            return True
    if text.endswith(":"):
        key = key.split(".")[-1].strip()
        return any(key.startswith(p) or (" " + p) in key for p in LEADS) or " will " in key
    return False


def heading_lead(text):
    key = norm(text)
    return any(len(p) > 6 and (key == p or key.startswith(p + " ") or key.startswith(p + "/") or key.startswith(p + ":")) for p in LEADS)


def title_like(text):
    words = len(text.split())
    limit = 30 if LABEL.match(text) else 16
    if not (1 <= words <= limit and len(text) <= 240 and (text[0].isupper() or text[0].isdigit())):
        return False
    if norm(text) in BARE or text.endswith(",") or (text[-1] in ";:" and words > 10) or (text.endswith(".") and words > 5):
        return False
    if text.endswith("!") or text[0] in "\"\u201c'\u2018" or "http" in text or "www." in text or "@" in text:
        return False
    if not any(c.isalpha() for c in text) or (text.count(".") >= 3 and not text.endswith(".")):
        return False
    return True


def outline(lines, page):
    keys = {norm(t) for t in (page["titles"] if page else [])}
    def alone(i):
        if not ((i == 0 or lines[i - 1]["shape"] == "blank") and (i + 1 >= len(lines) or lines[i + 1]["shape"] == "blank")):
            return False
        nxt = next((l for l in lines[i + 1:] if l["shape"] != "blank"), None)
        return not (nxt and nxt["text"][:1].islower())
    def pattern(t):
        m = re.search(r" - ([^:]+):", norm(t))
        return m.group(1) if m and len(m.group(1).split()) >= 2 else None
    patterns = [pattern(t) for t in (page["titles"] if page else [])]
    found = []
    for i, line in enumerate(lines):
        if page and page["start"] <= i < page["end"]:
            if i == page["start"]:
                found.append((i, line["text"]))
            continue
        if not line["text"] or line["shape"] not in ("text", "bullet", "numbered"):
            continue
        text = line["text"] if line["shape"] == "text" else clean(line["raw"])
        if norm(text) in keys and len(text.split()) <= 25:
            found.append((i, text)); continue
        if line["shape"] == "text" and alone(i) and page and len(text.split()) <= 30 and pattern(text) and patterns.count(pattern(text)) >= 2:
            found.append((i, text)); continue
        if line["shape"] not in ("text", "numbered") or not alone(i) or not title_like(text):
            continue
        if LABEL.match(text) or re.match(r"^(\d{1,2}[.)])+(\d{1,2})? ", text) or sum(1 for c in text if c.isalpha()) >= 4 and not any(c.islower() for c in text):
            found.append((i, text)); continue
        if found:
            last_i, last_t = found[-1]
            if last_t[-1:] in ":;" and (heading_lead(last_t) or lead_in(last_t)) and text[-1:] not in ":;" and \
                    all(l["shape"] == "blank" or (l["shape"] == "text" and len(l["text"].split()) <= 25) for l in lines[last_i + 1:i]):
                continue
        found.append((i, text))
    return found


def main():
    raw = open(sys.argv[1], encoding="utf-8").read()
    lines = read(raw)
    page = contents(lines)
    lines = label_lines(lines, {norm(t) for t in (page["titles"] if page else [])})
    headings = outline(lines, page)
    first_heading = headings[0][0] if headings else len(lines)
    named = next((i for i, l in enumerate(lines[:60]) if l["text"] and "strategy" in l["text"].lower() and len(l["text"].split()) <= 14), None)
    if named is None:
        named = next((i for i, l in enumerate(lines[:60]) if l["text"]), None)
    if named is not None and named < first_heading and any(l["text"] and l["n"] != lines[named]["n"] for l in lines[:first_heading]):
        headings.insert(0, (named, lines[named]["text"]))
    blocks = 0
    for position, (index, _) in enumerate(headings):
        end = headings[position + 1][0] if position + 1 < len(headings) else len(lines)
        previous = None
        for line in lines[index + 1:end]:
            shape = line["shape"]
            if shape == "blank":
                continue
            kind = "list" if shape in ("bullet", "numbered") else "rows" if shape == "row" else "paragraph"
            if kind == "paragraph" or kind != previous:
                blocks += 1
            previous = kind
    print(len(headings), blocks)


if __name__ == "__main__":
    main()
