#!/usr/bin/env python3
"""Build data/lexicons/phoenix/titleforms.txt: which countries' offices the PETRARCH2/Phoenix
dictionary writes with which title head noun, and until when.

Source: data/lexicons/phoenix/actors.txt (converted from Phoenix.Countries.actors.txt and the
other Phoenix actor files by cmd/claimgraph-dict; MIT, see data/lexicons/phoenix/LICENSE), whose
names and aliases carry the titles the dictionary writes ("Defense Secretary Chuck Hagel",
"Foreign Minister Sergey V. Lavrov", "Chancellor Angela Merkel", "Premier Wen Jiabao"); the title
phrases are the state-class rows of data/lexicons/titles.txt. For every name or alias of an actor
with a country, the first state title in it (longest match, leftmost) gives the head noun of the
title (the noun before an "of"/"for"/"to" complement, else the last word: the head of an English
compound noun is its last element, CGEL 19.2; "secretary of state" -> secretary, "defense
secretary" -> secretary, "prime minister" -> minister). Each row: head | country | until, where
until is the latest end date (YYYYMMDD) of the actor's dated codes, empty when one is open-ended
or the actor has none (a form still in use). A form whose holders all left office more than ten
years before the dictionary was compiled (CountryInfo.140130: 2014-01-30; so before 2004-01-30) is
a form of the country's past ("Secretary Khrushchev", the Soviet party secretary) and is left out.
Only actors of kind PERSON or GOVERNMENT count, only a title that opens the name (after "the",
"former", "acting" or a country's name, demonym or short name of ../countries.txt: "U.S. Defense
Secretary …", "Russian Foreign Minister …"), and only when it is a state title ("United Nations
Secretary General Ban Ki-Moon" opens with a role title: no state form).

Rows of data/lexicons/titleforms-extra.txt (head | country | official source) are added: national
offices the dictionary does not record (British, Philippine, Mexican and Indian secretaries).

Usage: python3 tools/titleforms/titleforms.py  (from the repository root; rewrites the file)
"""
import collections
import os

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
ACTORS = os.path.join(ROOT, "data/lexicons/phoenix/actors.txt")
COUNTRIES = os.path.join(ROOT, "data/lexicons/countries.txt")
TITLES = os.path.join(ROOT, "data/lexicons/titles.txt")
PAST = "20040130"  # ten years before the dictionary's compilation (CountryInfo.140130)
OUT = os.path.join(ROOT, "data/lexicons/phoenix/titleforms.txt")
# forms the dictionary does not record, each with its official source (hand-kept, see the file)
EXTRA = os.path.join(ROOT, "data/lexicons/titleforms-extra.txt")


def rows(path):
    for line in open(path, encoding="utf-8"):
        line = line.split("#", 1)[0].strip()
        if line:
            yield [f.strip() for f in line.split("|")]


def head(title):
    w = title.split()
    for i, x in enumerate(w):
        if x in ("of", "for", "to") and i > 0:
            return w[i - 1]
    return w[-1]


def main():
    titles = {tuple(r[0].lower().split()): r[2] for r in rows(TITLES) if len(r) > 2}
    lead = [("the",), ("former",), ("acting",)]
    for r in rows(COUNTRIES):
        for f in [r[0], r[2] if len(r) > 2 else ""] + (r[4].split(",") if len(r) > 4 else []):
            if f.strip():
                lead.append(tuple(f.strip().lower().split()))
    maxlen = max(len(t) for t in titles)
    until = {}  # (head, country) -> latest end ("" open)
    for r in rows(ACTORS):
        country = r[2]
        if not country or r[1] not in ("PERSON", "GOVERNMENT"):
            continue
        ends = [d.split(":", 1)[1].split("-", 1)[1] if "-" in d else "" for d in r[4].split(",") if d]
        end = "" if not ends or "" in ends else max(ends)
        names = [r[0]] + [a.strip() for a in r[5].split(",") if a.strip()] if len(r) > 5 else [r[0]]
        for n in names:
            w = n.lower().replace(",", " ").split()
            found = None
            starts, i = [0], 0
            while True:  # the words a title may follow: "the", "former", a country
                nxt = [i + len(p) for p in lead if tuple(w[i:i + len(p)]) == p]
                if not nxt:
                    break
                i = max(nxt)
                starts.append(i)
            for i in starts:
                for k in range(min(maxlen, len(w) - i), 0, -1):
                    if tuple(w[i:i + k]) in titles:
                        found = " ".join(w[i:i + k]) if titles[tuple(w[i:i + k])] == "state" else "-"
                        break
                if found:
                    break
            if not found or found == "-":
                continue
            key = (head(found), country)
            if key not in until:
                until[key] = end
            elif until[key] != "" and (end == "" or end > until[key]):
                until[key] = end
    for r in rows(EXTRA):
        until[(r[0].lower(), r[1])] = ""
    with open(OUT, "w", encoding="utf-8") as f:
        f.write("# Title head nouns the PETRARCH2/Phoenix country actor dictionary uses for each country's\n"
                "# offices (MIT, see LICENSE in this folder), generated by tools/titleforms/titleforms.py from\n"
                "# actors.txt and the state titles of ../titles.txt. Do not edit by hand: rerun the tool.\n"
                "# Fields: head noun | country (CAMEO/ISO3) | until (YYYYMMDD: latest end of the holders'\n"
                "#         dated codes; empty: still in use or undated). Rows of ../titleforms-extra.txt\n"
                "#         (offices the dictionary does not record, each with its official source) are added.\n")
        for (h, c), e in sorted(until.items()):
            if e == "" or e >= PAST:
                f.write(f"{h} | {c} | {e}\n")


if __name__ == "__main__":
    main()
