#!/usr/bin/env python3
"""Score DEMANDS coverage on a hand-written sentence set (frames/testdata/demands-dev.txt).

Usage: python3 tools/eval/demands_set.py BIN SET

Loads every sentence of SET as its own article (JSON lines) into a fresh store with BIN
(claimgraph), queries all relations, and prints per row: OK (a DEMANDS relation of that sentence
whose source label contains one of the expected source names and whose target label contains one
of the expected target words, case-insensitive), SRC (DEMANDS from the right source, other
target), DEM (DEMANDS from another source), NO (none); then every relation of the sentence, and
TOTAL hits/rows. SET columns are tab-separated: id, source names (a|b), target words (a|b), shape,
sentence; '#' lines are comments.
"""
import json, subprocess, sys, tempfile, os, shutil
binp, setf = sys.argv[1], sys.argv[2]
rows = []
for line in open(setf):
    if line.startswith('#') or not line.strip(): continue
    i, src, tgt, shape, sent = line.rstrip('\n').split('\t')
    rows.append((i, src, tgt, shape, sent))
sents = []
for r in rows:
    if r[4] not in sents: sents.append(r[4])
d = tempfile.mkdtemp()
jl = os.path.join(d, 'in.jsonl')
with open(jl, 'w') as f:
    for k, s in enumerate(sents):
        f.write(json.dumps({"url": "http://example.org/d%02d" % k, "title": "", "published": "2026-01-05", "outlet": "test", "text": s}) + "\n")
db = os.path.join(d, 'db')
subprocess.run([binp, '--db', db, 'load', jl], check=True, capture_output=True)
q = '{ relations(first: 1000) { edges { node { type negated hedged source { label } target { label } evidence { text cue } } } } }'
out = subprocess.run([binp, '--db', db, 'query', q], check=True, capture_output=True, text=True).stdout
js = json.loads(out)
rels = [e['node'] for e in js['data']['relations']['edges']]
by = {}
for r in rels:
    for ev in r['evidence']:
        by.setdefault(ev['text'], []).append((r['type'], r['source']['label'], r['target']['label'], ev.get('cue'), r['negated'], r['hedged']))
ok = 0
for (i, src, tgt, shape, sent) in rows:
    got = by.get(sent, [])
    srcs = [s.lower() for s in src.split('|')]
    tgts = [t.lower() for t in tgt.split('|')]
    hit = [g for g in got if g[0] == 'DEMANDS' and any(s in g[1].lower() for s in srcs) and any(t in g[2].lower() for t in tgts)]
    st = 'OK ' if hit else ('SRC' if any(g[0]=='DEMANDS' and any(s in g[1].lower() for s in srcs) for g in got) else ('DEM' if any(g[0]=='DEMANDS' for g in got) else 'NO '))
    if hit: ok += 1
    print(f"{st} {i:5} [{shape}] {sent}")
    for g in got:
        print(f"        {g[0]} {g[1]!r} -> {g[2]!r} cue={g[3]!r}{' NEG' if g[4] else ''}{' HEDGE' if g[5] else ''}")
print(f"TOTAL {ok}/{len(rows)}")
shutil.rmtree(d)
