#!/usr/bin/env python3
"""Builds records.jsonl and controls.jsonl of a dev set of this shape from its rows.tsv and
controls.tsv: `build.py` for D29 (this folder), `build.py DIR PREFIX` for another (bench/dev30w:
`bench/dev29/build.py bench/dev30w D30W`); IDs are PREFIX-NNN and PREFIX-CNN.
Every text is reworded (not verbatim) from one sentence of a real news report, whose page is
model_url. rows.tsv: event, form, text, sources 'text|CODE; ...', targets 'text|CODE; ...', model_url.
controls.tsv: text, control_source, control_code, control_types (comma-separated), why, model_url.
Codes in score_plover.py's COUNTRY table add that country's names to the match keys; other codes
(IGO, NGO, LAB, REB, PTY, HMS, VAT, ...) do not, so the actor is matched by its own words only."""
import json, os, sys
TYPES = {'AGREE': ['OFFERS', 'SUPPORTS'], 'SUPPORT': ['SUPPORTS'], 'CONCEDE': ['OFFERS'],
         'DEMAND': ['DEMANDS'], 'DISAPPROVE': ['OPPOSES'], 'REJECT': ['OPPOSES'],
         'THREATEN': ['THREATENS'], 'SANCTION': ['SANCTIONS', 'OPPOSES']}
here = os.path.abspath(sys.argv[1]) if len(sys.argv) > 1 else os.path.dirname(os.path.abspath(__file__))
prefix = sys.argv[2] if len(sys.argv) > 2 else 'D29'


def spec(s):
    out = []
    for part in [p.strip() for p in s.split(';') if p.strip()]:
        t, _, c = part.partition('|')
        out.append({"text": t.strip(), "code": c.strip()})
    return out


def rows(name):
    for line in open(os.path.join(here, name), encoding='utf-8'):
        line = line.rstrip('\n')
        if line.strip():
            yield line.split('\t')


R = list(rows('rows.tsv'))
C = list(rows('controls.tsv'))
with open(os.path.join(here, 'records.jsonl'), 'w') as f:
    for i, (ev, form, text, s, t, url) in enumerate(R, 1):
        assert ev in TYPES and form in ('plain', 'long', 'other'), (i, ev, form)
        f.write(json.dumps({"id": "%s-%03d" % (prefix, i), "text": text, "event": ev, "types": TYPES[ev],
                            "source": spec(s), "target": spec(t), "form": form, "model_url": url}) + "\n")
with open(os.path.join(here, 'controls.jsonl'), 'w') as f:
    for i, (text, cs, cc, ct, why, url) in enumerate(C, 1):
        f.write(json.dumps({"id": "%s-C%02d" % (prefix, i), "text": text, "types": [], "source": [], "target": [],
                            "form": "control", "control_source": cs, "control_code": cc,
                            "control_types": ct.split(','), "why": why, "model_url": url}) + "\n")
print(len(R), len(C))
