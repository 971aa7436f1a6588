#!/usr/bin/env python3
"""Score a claimgraph JSON-lines export of bench/dev29furn/articles against expect.json.

Counts, over the PERSON/ORGANIZATION/GOVERNMENT/GROUP nodes:
  junk      a node named (name or alias, case-insensitive) like a mustnot name of an article it
            is mentioned in, or whose every mention lies in page furniture;
  furniture relations: relations with an evidence sentence that lies in page furniture;
  missing   must names (a node of any kind whose name or alias contains it, case-insensitive) not found.
A span lies in furniture when the cleaned-text paragraph holding it is part of a furniture line
of the source, or is made of furniture lines (fewer than 20 other characters left). Usage: score.py EXPORT.jsonl [--verbose]"""
import json, os, sys
DIR = os.path.dirname(os.path.abspath(__file__))
KINDS = ("PERSON", "ORGANIZATION", "GOVERNMENT", "GROUP")
expect = json.load(open(os.path.join(DIR, "expect.json"), encoding="utf-8"))
verbose = "--verbose" in sys.argv
arts, nodes, ments, rels, every = {}, {}, {}, [], []
for line in open(sys.argv[1], encoding="utf-8"):
    o = json.loads(line)
    if "article" in o:
        arts[o["article"]["id"]] = o["article"]
    elif "node" in o:
        every.append(o["node"])
        if o["node"].get("kind") in KINDS:
            nodes[o["node"]["id"]] = o["node"]
    elif "mention" in o:
        ments.setdefault(o["mention"]["node"], []).append(o["mention"])
    elif "relation" in o:
        rels.append(o["relation"])
fold = lambda s: " ".join(s.split()).lower()

def para(art, start, end):
    t = art["text"]
    a = t.rfind("\n\n", 0, start)
    b = t.find("\n\n", end)
    return t[a + 2 if a >= 0 else 0: b if b >= 0 else len(t)]

def in_furniture(art_id, start, end):
    art = arts[art_id]
    exp = expect.get(os.path.basename(art["source"]), {})
    p = fold(para(art, start, end))
    if art.get("title") and p == fold(art["title"]):
        return False
    rest = p
    for f in sorted((fold(f) for f in exp.get("furniture", [])), key=len, reverse=True):
        if p in f:
            return True
        rest = rest.replace(f, "")
    return len(rest.replace(" ", "")) < 20

junk, node_n = [], 0
for nid, n in nodes.items():
    ms = ments.get(nid, [])
    if not ms:
        continue
    node_n += 1
    names = {fold(n["name"])} | {fold(a) for a in n.get("aliases", [])}
    why = ""
    for m in ms:
        exp = expect.get(os.path.basename(arts[m["article"]]["source"]), {})
        if names & {fold(x) for x in exp.get("mustnot", [])}:
            why = "mustnot"
    if not why and all(in_furniture(m["article"], m["start"], m["end"]) for m in ms):
        why = "furniture"
    if why:
        m = ms[0]
        junk.append((why, n["kind"], n["name"], os.path.basename(arts[m["article"]]["source"])[:2], para(arts[m["article"]], m["start"], m["end"])[:100]))
frel = []
for r in rels:
    for ev in r.get("evidence", []):
        if in_furniture(ev["article"], ev["start"], ev["end"]):
            frel.append((r["type"], nodes.get(r["source"], {}).get("name", r["source"]), nodes.get(r["target"], {}).get("name", r["target"]), os.path.basename(arts[ev["article"]]["source"])[:2], ev["text"][:100]))
            break
missing = []
for name, exp in expect.items():
    for want in exp["must"]:
        w = fold(want)
        if not any(w in fold(x) for n in every for x in [n["name"]] + n.get("aliases", [])):
            missing.append((name[:2], want))
print(f"actor nodes {node_n}  junk {len(junk)}  relations {len(rels)}  furniture relations {len(frel)}  must missing {len(missing)}")
if verbose:
    for j in sorted(junk, key=lambda x: x[3]):
        print("JUNK", *j, sep="\t")
    for r in sorted(frel, key=lambda x: x[3]):
        print("FREL", *r, sep="\t")
    for m in missing:
        print("MISSING", *m, sep="\t")
