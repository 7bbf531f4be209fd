#!/usr/bin/env python3
"""The Python reference for `cps find` and text similarity, for the benchmark: reads a folder of authority packs
(JSON), gathers each strategy's documents as cps's TextIndex does (item titles, then actions, aims and the metrics
it monitors, each in document order, with their JSON paths), tokenises (ASCII letter runs lower-cased, digit runs,
apostrophes dropped), drops the same stop words and single letters, stems with Porter's 1980 algorithm, and then:

- find: Okapi BM25 (k1 1.2, b 0.75, idf ln(1 + (N - n + 0.5) / (n + 0.5))), documents holding the query's terms side
  by side first, then by score, then strategy id, then document order; the top 10 for each query;
- similarity: each strategy's commitments, pledges and aims as one TF-IDF vector ((1 + ln tf) * (ln((1 + N) /
  (1 + df)) + 1) over those documents), scaled to length 1; cosine of every pair (NumPy's matrix product when NumPy
  is there); the sum over pairs i < j and each strategy's nearest (ties by id).

Prints one JSON object: timings (ms, median of RUNS), documents, hits {query: [[id, path, score]]}, sum, nearest.

Usage: text_reference.py FOLDER RUNS QUERY...
"""
import json
import math
import os
import sys
import time

STOP = set("""a about after all also am an and any are as at be been being both but by can could did do does each for
from had has have he her him his how i if in into is it its may me more most my no not of on or our ours she should so
such than that the their them then there these they this those through to too us was we were what when where which
while who whom why will with would you your""".split())

# Porter (1980), as in PorterStemmer.swift.
STEP2 = sorted([("ational", "ate"), ("tional", "tion"), ("enci", "ence"), ("anci", "ance"), ("izer", "ize"),
                ("abli", "able"), ("alli", "al"), ("entli", "ent"), ("eli", "e"), ("ousli", "ous"), ("ization", "ize"),
                ("ation", "ate"), ("ator", "ate"), ("alism", "al"), ("iveness", "ive"), ("fulness", "ful"),
                ("ousness", "ous"), ("aliti", "al"), ("iviti", "ive"), ("biliti", "ble")], key=lambda r: -len(r[0]))
STEP3 = sorted([("icate", "ic"), ("ative", ""), ("alize", "al"), ("iciti", "ic"), ("ical", "ic"), ("ful", ""),
                ("ness", "")], key=lambda r: -len(r[0]))
STEP4 = sorted(["al", "ance", "ence", "er", "ic", "able", "ible", "ant", "ement", "ment", "ent", "ion", "ou", "ism",
                "ate", "iti", "ous", "ive", "ize"], key=lambda s: -len(s))


def consonant(word, i):
    c = word[i]
    if c in "aeiou":
        return False
    if c == "y":
        return True if i == 0 else not consonant(word, i - 1)
    return True


def measure(stem):
    n, i, length = 0, 0, len(stem)
    while i < length and consonant(stem, i):
        i += 1
    while i < length:
        while i < length and not consonant(stem, i):
            i += 1
        if i >= length:
            break
        n += 1
        while i < length and consonant(stem, i):
            i += 1
    return n


def has_vowel(stem):
    return any(not consonant(stem, i) for i in range(len(stem)))


def ends_double(stem):
    return len(stem) >= 2 and stem[-1] == stem[-2] and consonant(stem, len(stem) - 1)


def ends_cvc(stem):
    n = len(stem)
    if n < 3 or not consonant(stem, n - 3) or consonant(stem, n - 2) or not consonant(stem, n - 1):
        return False
    return stem[-1] not in "wxy"


def replace(word, rules, condition):
    for suffix, replacement in rules:
        if word.endswith(suffix):
            stem = word[:len(word) - len(suffix)]
            return stem + replacement if condition(measure(stem)) else word
    return word


def stem(word):
    if len(word) <= 2 or not all("a" <= c <= "z" for c in word):
        return word
    # 1a
    if word.endswith("sses") or word.endswith("ies"):
        word = word[:-2]
    elif word.endswith("ss"):
        pass
    elif word.endswith("s"):
        word = word[:-1]
    # 1b
    if word.endswith("eed"):
        if measure(word[:-3]) > 0:
            word = word[:-1]
    else:
        removed = False
        for suffix in ("ed", "ing"):
            if word.endswith(suffix) and has_vowel(word[:-len(suffix)]):
                word = word[:-len(suffix)]
                removed = True
                break
        if removed:
            if word.endswith("at") or word.endswith("bl") or word.endswith("iz"):
                word += "e"
            elif ends_double(word) and word[-1] not in "lsz":
                word = word[:-1]
            elif measure(word) == 1 and ends_cvc(word):
                word += "e"
    # 1c
    if word.endswith("y") and has_vowel(word[:-1]):
        word = word[:-1] + "i"
    word = replace(word, STEP2, lambda m: m > 0)
    word = replace(word, STEP3, lambda m: m > 0)
    # 4
    for suffix in STEP4:
        if word.endswith(suffix):
            s = word[:-len(suffix)]
            if measure(s) > 1 and (suffix != "ion" or (s and s[-1] in "st")):
                word = s
            break
    # 5
    if word.endswith("e"):
        s = word[:-1]
        m = measure(s)
        if m > 1 or (m == 1 and not ends_cvc(s)):
            word = s
    if len(word) >= 2 and word.endswith("l") and ends_double(word) and measure(word) > 1:
        word = word[:-1]
    return word


def tokens(text):
    out, current, digits = [], bytearray(), False
    data = text.encode("utf-8")
    i = 0
    while i < len(data):
        b = data[i]
        i += 1
        if 65 <= b <= 90 or 97 <= b <= 122:
            if digits and current:
                out.append(current.decode())
                current = bytearray()
            digits = False
            current.append(b | 0x20)
        elif 48 <= b <= 57:
            if not digits and current:
                out.append(current.decode())
                current = bytearray()
            digits = True
            current.append(b)
        elif b == 39:
            continue
        elif b == 0xE2 and data[i:i + 2] == b"\x80\x99":
            i += 2
        else:
            if current:
                out.append(current.decode())
            current = bytearray()
    if current:
        out.append(current.decode())
    return out


_CACHE = {}


def term(token):
    if token in _CACHE:
        return _CACHE[token]
    if token in STOP:
        result = None
    elif token.isdigit():
        result = token
    elif len(token) <= 1:
        result = None
    else:
        result = stem(token)
    _CACHE[token] = result
    return result


def terms(text):
    return [t for t in (term(x) for x in tokens(text)) if t is not None]


def documents(pack):
    """(kind, path, text) of a pack, as TextIndex.documents(of:): items, actions, aims, monitored metrics."""
    items, actions, aims, measures = [], [], [], []

    def visit_entries(entries, path):
        for offset, entry in enumerate(entries):
            (key, value), = entry.items()
            here = f"{path}[{offset}].{key}"
            visit(key, value, here)

    def visit(key, value, here):
        if key == "section":
            visit_entries(value.get("content", []), here + ".content")
        elif key == "item":
            items.append(("pledge" if value["level"] == "pledge" else "item", here, value["title"]))
            visit_entries(value.get("content", []), here + ".content")
        elif key == "body":
            visit_entries(value.get("content", []), here + ".content")
        elif key == "action":
            actions.append(("pledge" if value.get("kind", "commitment") == "promise" else "commitment", here, value["text"]))
        elif key == "narrative" and value.get("kind") == "aim":
            aims.append(("aim", here, value["text"]))
        elif key == "evidence" and value.get("kind") == "metric" and value.get("purpose") == "monitor":
            measures.append(("measure", here, value["text"]))
        elif key == "draft":
            (inner, entry), = value["entry"].items()
            visit(inner, entry, f"{here}.entry.{inner}")

    for offset, section in enumerate(pack.get("sections", [])):
        visit_entries(section.get("content", []), f"sections[{offset}].content")
    for number, plan in enumerate(pack.get("actionPlans", [])):
        for offset, section in enumerate(plan.get("sections", [])):
            visit_entries(section.get("content", []), f"actionPlans[{number}].sections[{offset}].content")
    return items + actions + aims + measures


class Index:
    def __init__(self, packs):
        self.docs = []  # (strategy, id, kind, path, terms)
        self.ids = [pack["id"] for pack in packs]
        for number, pack in enumerate(packs):
            for kind, path, text in documents(pack):
                self.docs.append((number, pack["id"], kind, path, terms(text)))
        self.postings = {}
        for d, doc in enumerate(self.docs):
            counts = {}
            for t in doc[4]:
                counts[t] = counts.get(t, 0) + 1
            for t, c in counts.items():
                self.postings.setdefault(t, []).append((d, c))
        self.total = sum(len(doc[4]) for doc in self.docs)

    def search(self, query, limit=10):
        asked, seen = [], set()
        for t in terms(query):
            if t not in seen:
                seen.add(t)
                asked.append(t)
        wanted = [t for t in asked if t in self.postings]
        phrases = len(wanted) > 1 and len(wanted) == len(asked)
        n = float(len(self.docs))
        average = self.total / n
        scores, matched = {}, {}
        for t in wanted:
            postings = self.postings[t]
            idf = math.log(1 + (n - len(postings) + 0.5) / (len(postings) + 0.5))
            for d, c in postings:
                f = float(c)
                norm = 1.2 * (1 - 0.75 + 0.75 * len(self.docs[d][4]) / average)
                scores[d] = scores.get(d, 0.0) + idf * f * 2.2 / (f + norm)
                matched[d] = matched.get(d, 0) + 1

        def phrase(d):
            seq = self.docs[d][4]
            k = len(wanted)
            return any(seq[s:s + k] == wanted for s in range(len(seq) - k + 1))

        ranked = sorted(scores, key=lambda d: (not (phrases and matched[d] == len(wanted) and phrase(d)), -scores[d], self.docs[d][1], d))
        return [[self.docs[d][1], self.docs[d][3], scores[d]] for d in ranked[:limit]]

    def similarity(self):
        kinds = {"commitment", "pledge", "aim"}
        counts = [dict() for _ in self.ids]
        df, n = {}, 0
        for doc in self.docs:
            if doc[2] not in kinds:
                continue
            n += 1
            for t in doc[4]:
                counts[doc[0]][t] = counts[doc[0]][t] + 1 if t in counts[doc[0]] else 1
            for t in set(doc[4]):
                df[t] = df.get(t, 0) + 1
        idf = {t: math.log((1 + n) / (1 + f)) + 1 for t, f in df.items()}
        vectors = []
        for strategy in counts:
            keys = sorted(strategy)
            values = [(1 + math.log(strategy[t])) * idf[t] for t in keys]
            norm = math.sqrt(sum(v * v for v in values))
            vectors.append({t: v / norm for t, v in zip(keys, values)} if norm > 0 else {})
        size = len(vectors)
        try:
            import numpy
            vocabulary = {t: i for i, t in enumerate(sorted(df))}
            dense = numpy.zeros((size, len(vocabulary)))
            for row, vector in enumerate(vectors):
                for t, v in vector.items():
                    dense[row, vocabulary[t]] = v
            return (dense @ dense.T).tolist()
        except ImportError:
            return [[sum(v * b.get(t, 0.0) for t, v in a.items()) for b in vectors] for a in vectors]

    def pairs(self, matrix):
        size = len(matrix)
        total = 0.0
        for i in range(size):
            row = matrix[i]
            for j in range(i + 1, size):
                total += row[j]
        nearest = []
        for i in range(size):
            best = min((j for j in range(size) if j != i), key=lambda j: (-matrix[i][j], self.ids[j]))
            nearest.append(self.ids[best])
        return total, nearest


def median(times):
    times = sorted(times)
    middle = len(times) // 2
    return times[middle] if len(times) % 2 else (times[middle - 1] + times[middle]) / 2


def main():
    folder, runs, queries = sys.argv[1], int(sys.argv[2]), sys.argv[3:]
    files = sorted(f for f in os.listdir(folder) if f.endswith(".json"))
    packs = []
    for name in files:
        with open(os.path.join(folder, name), encoding="utf-8") as handle:
            packs.append(json.load(handle))
    timings, result = {}, {}
    build = []
    for _ in range(runs):
        _CACHE.clear()
        start = time.perf_counter()
        index = Index(packs)
        build.append((time.perf_counter() - start) * 1000)
    timings["text-index"] = median(build)
    hits, finds = {}, []
    for query in queries:
        times = []
        for _ in range(max(runs, 21)):
            start = time.perf_counter()
            hits[query] = index.search(query)
            times.append((time.perf_counter() - start) * 1000)
        finds.append(median(times))
    timings["find"] = median(finds)
    pairs = []
    for _ in range(runs):
        _CACHE.clear()
        start = time.perf_counter()
        fresh = Index(packs)
        matrix = fresh.similarity()
        pairs.append((time.perf_counter() - start) * 1000)
    total, nearest = fresh.pairs(matrix)
    timings["text-similarity"] = median(pairs)
    result = {"timings": timings, "documents": len(index.docs), "hits": hits, "sum": total, "nearest": nearest}
    print(json.dumps(result))


if __name__ == "__main__":
    main()
