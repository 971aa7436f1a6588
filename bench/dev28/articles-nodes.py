#!/usr/bin/env python3
"""Print PERSON/ORGANIZATION/GOVERNMENT/GROUP nodes of a claimgraph JSON-lines export as TSV:
kind name aliases country code article mention_sentence (one mention, cut from the article text
by the mention offsets). Usage: articles-nodes.py EXPORT.jsonl"""
import json, re, sys
KINDS = ("PERSON", "ORGANIZATION", "GOVERNMENT", "GROUP")
arts, nodes, ments, evid = {}, {}, {}, {}
for line in open(sys.argv[1], encoding="utf-8"):
    o = json.loads(line)
    if "article" in o:
        a = o["article"]; arts[a["id"]] = a
    elif "node" in o:
        n = o["node"]
        if n.get("kind") in KINDS: nodes[n["id"]] = n
    elif "mention" in o:
        m = o["mention"]; ments.setdefault(m["node"], []).append(m)
    elif "relation" in o:
        r = o["relation"]
        for end in ("source", "target"):
            for ev in r.get("evidence", []):
                evid.setdefault(r[end], []).append(ev)

def sentence(text, s, e):
    # widen [s,e) to the enclosing sentence: stop at a newline or at ". " / "? " / "! " (not inside the span)
    a = s
    while a > 0 and text[a-1] != "\n" and not (text[a-1] == " " and a >= 2 and text[a-2] in ".?!" and not re.search(r"\b(?:[A-Z]|Mr|Ms|Dr|Hon|St|U\.S|Nov|Dec|Jan|Mrs|No)\.$", text[max(0,a-6):a-1])):
        a -= 1
    b = e
    while b < len(text) and text[b] != "\n" and not (text[b] in ".?!" and (b+1 == len(text) or text[b+1] in " \n") and not re.search(r"\b(?:[A-Z]|Mr|Ms|Dr|Hon|St|U\.S|Nov|Dec|Jan|Mrs|No)$", text[max(0,b-5):b])):
        b += 1
    return " ".join(text[a:min(b+1, len(text))].split())

def clean(x): return " ".join(str(x).split()).replace("\t", " ")
print("kind\tname\taliases\tcountry\tcode\tarticle\tsentence")
rows = []
for nid, n in nodes.items():
    ms = sorted(ments.get(nid, []), key=lambda m: (arts.get(m["article"], {}).get("source", ""), m["start"]))
    art, sent = "", ""
    if ms:
        m = ms[0]; a = arts.get(m["article"], {})
        art = a.get("source", "").rsplit("/", 1)[-1][:2]
        sent = sentence(a.get("text", ""), m["start"], m["end"])
        arts_all = sorted({arts.get(x["article"], {}).get("source", "").rsplit("/", 1)[-1][:2] for x in ms})
        art = ",".join(arts_all)
    if not ms and evid.get(nid):
        # no mention stored (e.g. a body known only as a speaker's organization): show one relation's evidence
        ev = sorted(evid[nid], key=lambda e: (arts.get(e["article"], {}).get("source", ""), e["start"]))[0]
        a = arts.get(ev["article"], {})
        art = a.get("source", "").rsplit("/", 1)[-1][:2]
        sent = "[no mention; relation evidence] " + ev.get("text", "")
    rows.append((n["kind"], clean(n["name"]), "|".join(clean(x) for x in n.get("aliases", [])),
                 n.get("country", ""), n.get("code", ""), art, clean(sent)))
order = {k: i for i, k in enumerate(KINDS)}
for r in sorted(rows, key=lambda r: (order[r[0]], r[1].lower(), r[2])):
    print("\t".join(r))
