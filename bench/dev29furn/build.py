#!/usr/bin/env python3
"""Build bench/dev29furn/articles/*.json and expect.json from src/*.txt.

A source file is a header (url:, outlet:, title:, published:, must: NAME, mustnot: NAME, one a
line), a line "---", and the page text as a scraper leaves it. Lines of page furniture start with
"§ " (the mark is removed in the article; the line is recorded as furniture in expect.json)."""
import glob, json, os
DIR = os.path.dirname(os.path.abspath(__file__))
os.makedirs(os.path.join(DIR, "articles"), exist_ok=True)
# articles-spaced: the same pages with a blank line between all lines, the layout text extracted
# from HTML has (every <li>, <p> and heading its own paragraph)
os.makedirs(os.path.join(DIR, "articles-spaced"), exist_ok=True)
expect = {}
for path in sorted(glob.glob(os.path.join(DIR, "src", "*.txt"))):
    head, body = open(path, encoding="utf-8").read().split("\n---\n", 1)
    meta, must, mustnot = {}, [], []
    for line in head.splitlines():
        k, v = line.split(":", 1)
        v = v.strip()
        if k == "must":
            must.append(v)
        elif k == "mustnot":
            mustnot.append(v)
        else:
            meta[k] = v
    lines, furniture = [], []
    for line in body.splitlines():
        if line.startswith("§ "):
            line = line[2:]
            furniture.append(line)
        lines.append(line)
    name = os.path.basename(path)[:-4] + ".json"
    art = dict(meta, text="\n".join(lines) + "\n")
    with open(os.path.join(DIR, "articles", name), "w", encoding="utf-8") as f:
        json.dump(art, f, ensure_ascii=False, indent=1)
    spaced = dict(meta, text="\n\n".join(l for l in lines if l.strip()) + "\n")
    with open(os.path.join(DIR, "articles-spaced", name), "w", encoding="utf-8") as f:
        json.dump(spaced, f, ensure_ascii=False, indent=1)
    expect[name] = {"must": must, "mustnot": mustnot, "furniture": furniture}
with open(os.path.join(DIR, "expect.json"), "w", encoding="utf-8") as f:
    json.dump(expect, f, ensure_ascii=False, indent=1)
