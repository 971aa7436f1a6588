#!/usr/bin/env python3
"""Speaker check of bench/dev29tx (session 29): who is credited with each quotation or answer.

Loads docs/ with the manifest into a fresh store with BIN, exports JSON lines, and for each row of
speakers.tsv (file, opening words, gold speaker(s) separated by |, issuing body names separated by |)
finds the CLAIMS relations whose evidence sentence in that file's article contains the opening words.
A row is right when a source's name or alias is a gold speaker (same words, any order: "SUZUKI
Kenji" is "Kenji Suzuki"), issuing-body when none is but a source is one of the body names (the
state or ministry credited instead of its spokesperson), wrong when CLAIMS exist with other
sources, missing when there is none.
"""
import argparse, collections, json, os, subprocess, sys, tempfile

def words(s):
    return tuple(sorted(s.lower().replace(",", " ").split()))

def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--bin", required=True)
    ap.add_argument("--verbose", action="store_true")
    # --dir: another set in this format (bench/dev30tx reuses this scorer).
    ap.add_argument("--dir", default=os.path.dirname(os.path.abspath(__file__)))
    a = ap.parse_args()
    here = os.path.abspath(a.dir)
    with tempfile.TemporaryDirectory() as tmp:
        db, out = os.path.join(tmp, "db"), os.path.join(tmp, "x.jsonl")
        subprocess.run([a.bin, "load", "--db", db, "--manifest", os.path.join(here, "manifest.tsv"),
                        os.path.join(here, "docs")], check=True, capture_output=True)
        subprocess.run([a.bin, "export", "--db", db, "--format", "jsonl", "-o", out], check=True,
                       capture_output=True)
        nodes, arts, rels = {}, {}, []
        for line in open(out, encoding="utf-8"):
            o = json.loads(line)
            if "node" in o:
                nodes[o["node"]["id"]] = o["node"]
            elif "article" in o:
                arts[o["article"]["id"]] = os.path.basename(o["article"].get("source", ""))
            elif "relation" in o and o["relation"]["type"] == "CLAIMS":
                rels.append(o["relation"])
    counts = collections.Counter()
    rows = [l.rstrip("\n").split("\t") for l in open(os.path.join(here, "speakers.tsv"), encoding="utf-8")][1:]
    for f, opening, gold, body in rows:
        golds = {words(g) for g in gold.split("|") if g}
        bodies = {words(b) for b in body.split("|") if b}
        found = []
        for r in rels:
            for e in r["evidence"]:
                if arts.get(e["article"]) == f and " ".join(opening.split()) in " ".join(e["text"].split()):
                    n = nodes[r["source"]]
                    found.append((n, e.get("rule", "")))
        def names(n):
            return {words(n["name"])} | {words(x) for x in n.get("aliases", []) or []}
        if not found:
            cls = "missing"
        elif any(names(n) & golds for n, _ in found):
            cls = "right"
        elif any(names(n) & bodies for n, _ in found):
            cls = "issuing-body"
        else:
            cls = "wrong"
        counts[cls] += 1
        if a.verbose:
            got = "; ".join(sorted({"%s [%s]" % (n["name"], rule) for n, rule in found})) or "-"
            print("%-12s %s | %s | gold %s | got %s" % (cls, f, opening, gold, got))
    n = len(rows)
    print("%s speakers: %d rows: right %d, issuing-body %d, wrong %d, missing %d (right %.2f)" % (
        os.path.basename(here), n, counts["right"], counts["issuing-body"], counts["wrong"], counts["missing"], counts["right"] / n))

if __name__ == "__main__":
    main()
