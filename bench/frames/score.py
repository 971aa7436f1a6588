#!/usr/bin/env python3
"""Score frames-only predictions (bench/frames output) on the PLOVER records with the official
scorer's matching: a record counts for type+source when some asserted frame (own scope, a source,
not negated) has a type in the record's types and its source phrase shares a name word with the
gold source (score_plover.words and actor_keys, imported from beside the records file).
usage: score.py --records RECORDS.jsonl PREDICTIONS.jsonl [--verbose]
"""
import argparse, json, os, sys

ap = argparse.ArgumentParser()
ap.add_argument('--records', required=True)
ap.add_argument('--verbose', action='store_true')
ap.add_argument('pred')
a = ap.parse_args()
sys.path.insert(0, os.path.dirname(os.path.abspath(a.records)))
import score_plover as sp  # noqa: E402

recs = {}
for l in open(a.records):
    r = json.loads(l)
    recs[r['id']] = r
pred = {}
for l in open(a.pred):
    p = json.loads(l)
    pred[p['id']] = p
PRONOUNS = {'it', 'they', 'he', 'she', 'we', 'its', 'their', 'his', 'her', 'our', 'i'}
ts = ts_bound = 0
asserted = other = 0
pron = nosrc = 0
by = {}
for rid, r in recs.items():
    sk = sp.actor_keys(r['source'])
    ok = False
    for f in pred.get(rid, {}).get('frames', []):
        if f['asserts'] and f['type'] in r['types'] and sp.words(f['source']) & sk:
            ok = True
    ts += ok
    for f in pred.get(rid, {}).get('frames', []):
        if f['asserts']:
            asserted += 1
            other += f['type'] not in r['types']
    ts_bound += ok or any(f['asserts'] and f['type'] in r['types'] and sp.words(f.get('speaker', '')) & sk
                          for f in pred.get(rid, {}).get('frames', []))
    if not ok:
        fs = [f for f in pred.get(rid, {}).get('frames', []) if f['type'] in r['types'] and f['scope'] == 'own' and not f['negated']]
        if any(f['source'].lower() in PRONOUNS for f in fs):
            pron += 1
        elif fs and all(not f['source'] for f in fs):
            nosrc += 1
    t = by.setdefault(r['event'], [0, 0]); t[0] += ok; t[1] += 1
    if a.verbose and not ok:
        got = '; '.join('%s(%s -> %s)%s' % (f['type'], f['source'], f['target'], '' if f['asserts'] else '[' + f['scope'] + (',neg' if f['negated'] else '') + ']')
                        for f in pred.get(rid, {}).get('frames', [])) or '-'
        print('MISS %s %s: %s\n     got: %s' % (r['event'], rid, r['text'][:160], got))
n = len(recs)
print('by type: ' + ', '.join('%s %d/%d' % (k, v[0], v[1]) for k, v in sorted(by.items())))
print('frames-only plover records=%d type+source=%.2f' % (n, ts / n))
print('estimate with pronoun sources bound to the speaker of the enclosing attribution: %.2f' % (ts_bound / n))
print('asserted frames with a source %d, of a type the record does not code %d (not all wrong: a record codes one event)' % (asserted, other))
print('misses with the right type: pronoun source (coreference, not frames) %d, no source found (mostly parse errors) %d' % (pron, nosrc))
