#!/usr/bin/env python3
"""Scores a claimgraph binary on a round's transfer check, DIR/cases.tsv (actors20b, actors21b; the
Go side is loader/actor_transfer_test.go's transferScore): each sentence is loaded alone
as one article (a JSON line with its date) into a fresh store, and a case holds when an actor node mentioned in that
article is named ACTOR (name or alias, case-insensitive) with the expected kind and country.
usage: transfer_score.py DIR BIN [--verbose]   (DIR: e.g. loader/testdata/actors21b)"""
import json, os, subprocess, sys, tempfile
here, bin_, verbose = sys.argv[1], sys.argv[2], '--verbose' in sys.argv
name = os.path.basename(os.path.normpath(here))
cases = []
for l in open(os.path.join(here, 'cases.tsv')):
    if l.startswith('#') or not l.strip():
        continue
    date, text, actor, kind, country = (l.rstrip('\n').split('\t') + [''])[:5]
    cases.append((date, text.replace('\\n', '\n'), actor, kind, country))
def load(i, c):
    """Loads case i alone into a fresh store (no identity across cases) and returns its actors."""
    t = tempfile.mkdtemp()
    with open(os.path.join(t, 'in.jsonl'), 'w') as f:
        f.write(json.dumps({"title": "case%02d" % i, "text": c[1], "published": c[0]}) + "\n")
    subprocess.run([bin_, 'load', '--db', t + '/db', '--no-progress', t + '/in.jsonl'], check=True, capture_output=True)
    subprocess.run([bin_, 'export', '--db', t + '/db', '--format', 'jsonl', '-o', t + '/x.jsonl'], check=True, capture_output=True)
    rows = [json.loads(l) for l in open(t + '/x.jsonl')]
    return [r['node'] for r in rows if 'node' in r]
ok = 0
for i, (date, text, actor, kind, country) in enumerate(cases):
    got = load(i, (date, text))
    match = [n for n in got if actor.lower() in [x.lower() for x in [n.get('name', '')] + (n.get('aliases') or [])]]
    hit = any(n['kind'] == kind and (n.get('country') or '') == country for n in match)
    ok += hit
    if verbose and not hit:
        print('MISS %02d %s | want %s %s %s | got %s' % (i, text[:70], actor, kind, country or '-',
              '; '.join('%s %s %s' % (n['kind'], n.get('name'), n.get('country') or '-') for n in match) or 'no node of that name'))
print('%s: %d of %d' % (name, ok, len(cases)))
