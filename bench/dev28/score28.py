#!/usr/bin/env python3
"""D28 scorer (also D29's, bench/dev29/score.sh, with --label D29): score_plover.py's figures plus per-form breakdown, source-found counts, controls and
(--verbose) every miss with what the program produced. Matching reuses score_plover.py's own
functions (words, actor_keys, node_words) over a `BIN export --format jsonl` of the same load."""
import argparse, collections, importlib.util, json, os, re, shutil, subprocess, sys, tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
SP = os.environ.get('SCORE_PLOVER') or os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', '..', '..', 'shared', 'eval', 'plover', 'score_plover.py')
spec = importlib.util.spec_from_file_location('score_plover', SP)
sp = importlib.util.module_from_spec(spec); spec.loader.exec_module(sp)


def load_export(bin_, recs, tmp, tag):
    inp = os.path.join(tmp, tag + '.jsonl')
    with open(inp, 'w') as f:
        for r in recs:
            f.write(json.dumps({"title": r['id'], "text": r['text'], "published": "2000-01-01"}) + "\n")
    db, out = os.path.join(tmp, tag + '-db'), os.path.join(tmp, tag + '-export.jsonl')
    for cmd in ([bin_, 'load', '--db', db, inp], [bin_, 'export', '--db', db, '--format', 'jsonl', '-o', out]):
        p = subprocess.run(cmd, capture_output=True, text=True)
        if p.returncode != 0:
            sys.exit('%s failed: %s' % (' '.join(cmd[:2]), (p.stdout + p.stderr)[-400:]))
    title, nodes = {}, {}
    ments = collections.defaultdict(list)   # title -> [node]
    rels = collections.defaultdict(list)    # title -> [(relation, evidence)]
    rows = [json.loads(l) for l in open(out)]
    for o in rows:
        if 'article' in o: title[o['article']['id']] = o['article']['title']
        elif 'node' in o: nodes[o['node']['id']] = o['node']
    for o in rows:
        if 'mention' in o:
            m = o['mention']; ments[title.get(m['article'])].append(m['node'])
        elif 'relation' in o:
            r = o['relation']
            for ev in r.get('evidence') or []:
                rels[title.get(ev['article'])].append((r, ev))
    return nodes, ments, rels


def lab(n):
    return (n or {}).get('name') or (n or {}).get('text') or '?'


def describe(nodes, r, ev):
    flags = (' NEGATED' if r.get('negated') else '') + (' HEDGED' if r.get('hedged') else '')
    return '%s(%s -> %s) rule=%s cue=%r%s' % (r['type'], lab(nodes.get(r['source']))[:40],
                                             lab(nodes.get(r['target']))[:50], ev.get('rule'), ev.get('cue'), flags)


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument('--bin', required=True)
    ap.add_argument('--records', default=os.path.join(HERE, 'records.jsonl'))
    ap.add_argument('--controls', default=os.path.join(HERE, 'controls.jsonl'))
    ap.add_argument('--verbose', action='store_true')
    ap.add_argument('--label', default='D28', help='the set\'s name in the output (D28, D29)')
    a = ap.parse_args()
    bin_ = os.path.abspath(a.bin)

    # 1. the official scorer, as is
    p = subprocess.run(['python3', SP, '--bin', bin_, '--records', a.records, '--verbose'],
                       capture_output=True, text=True)
    official = [l for l in p.stdout.splitlines() if l.startswith('by type') or l.startswith('plover records')]
    if p.returncode != 0 or not official:
        print(p.stdout[-800:], p.stderr[-800:]); sys.exit('score_plover.py failed')
    print('== score_plover.py (official)')
    for l in official: print('  ' + l)

    recs = [json.loads(l) for l in open(a.records)]
    ctrls = [json.loads(l) for l in open(a.controls)]
    tmp = tempfile.mkdtemp(prefix=a.label.lower() + '-')
    try:
        run(a, bin_, recs, ctrls, official, tmp)
    finally:
        shutil.rmtree(tmp, ignore_errors=True)


def run(a, bin_, recs, ctrls, official, tmp):
    nodes, ments, rels = load_export(bin_, recs, tmp, 'records')

    res = []
    for r in recs:
        sk, tk = sp.actor_keys(r['source']), sp.actor_keys(r['target'])
        ts = full = False
        for rel, ev in rels[r['id']]:
            if rel['type'] not in r['types'] or not (sp.node_words(nodes.get(rel['source'], {})) & sk):
                continue
            ts = True
            if not tk or sp.node_words(nodes.get(rel['target'], {})) & tk:
                full = True
        found = any(sp.node_words(nodes.get(n, {})) & sk for n in ments[r['id']])
        in_rel = any(sp.node_words(nodes.get(rel['source'], {})) & sk for rel, _ in rels[r['id']])
        res.append(dict(r=r, ts=ts, full=full, found=found, in_rel=in_rel))

    def line(name, rs):
        n = len(rs) or 1
        return '  %-11s n=%3d  type+source=%.2f (%d)  full=%.2f (%d)  source-found=%d  source-in-any-relation=%d' % (
            name, len(rs), sum(x['ts'] for x in rs) / n, sum(x['ts'] for x in rs),
            sum(x['full'] for x in rs) / n, sum(x['full'] for x in rs),
            sum(x['found'] for x in rs), sum(x['in_rel'] for x in rs))
    print("== %s records (recomputed from export; should equal the official line)" % a.label)
    print(line('overall', res))
    print('-- per form')
    for f in ('plain', 'long', 'other'):
        print(line(f, [x for x in res if x['r']['form'] == f]))
    print('-- per event')
    for e in sorted(set(x['r']['event'] for x in res)):
        print(line(e, [x for x in res if x['r']['event'] == e]))
    m = re.search(r'type\+source=([\d.]+) full=([\d.]+)', official[-1])
    n = len(res)
    if m and (abs(float(m.group(1)) - sum(x['ts'] for x in res) / n) > 0.006 or
              abs(float(m.group(2)) - sum(x['full'] for x in res) / n) > 0.006):
        print('  WARNING: recomputed figures differ from score_plover.py (%s)' % official[-1])

    # 2. controls
    cn, cm, crels = load_export(bin_, ctrls, tmp, 'controls')
    viol, negs = [], 0
    for c in ctrls:
        keys = sp.words(c['control_source']) | set(sp.COUNTRY.get(c.get('control_code') or '', '').split())
        bad = []
        for rel, ev in crels[c['id']]:
            if rel['type'] in c['control_types'] and sp.node_words(cn.get(rel['source'], {})) & keys:
                if rel.get('negated'):
                    negs += 1
                else:
                    bad.append((rel, ev))
        if bad:
            viol.append((c, bad))
    print('== controls: violated %d/%d  (relations of a control_type from the control_source; '
          'negated ones not counted: %d seen)' % (len(viol), len(ctrls), negs))

    if a.verbose:
        print('== misses (type+source), %d' % sum(not x['ts'] for x in res))
        for x in res:
            if x['ts']: continue
            r = x['r']
            print('MISS %s [%s] gold %s %s src=%s tgt=%s  source-found=%s' % (
                r['id'], r['form'], r['event'], '/'.join(r['types']),
                ' + '.join(s['text'] for s in r['source']), ' + '.join(t['text'] for t in r['target']) or '-',
                'yes' if x['found'] else 'no'))
            print('     text: %s' % r['text'])
            got = rels[r['id']]
            if not got:
                acts = sorted(set(lab(nodes.get(nid)) for nid in ments[r['id']]))
                print('     got: no relation; nodes: %s' % ('; '.join(acts) or '-'))
            for rel, ev in got:
                print('     got: ' + describe(nodes, rel, ev))
        print('== target misses (type+source right, target not matched), %d' % sum(x['ts'] and not x['full'] for x in res))
        for x in res:
            if not x['ts'] or x['full']: continue
            r = x['r']
            print('TGT  %s [%s] gold %s tgt=%s' % (r['id'], r['form'], r['event'], ' + '.join(t['text'] for t in r['target'])))
            for rel, ev in rels[r['id']]:
                if rel['type'] in r['types']:
                    print('     got: ' + describe(nodes, rel, ev))
        print('== control violations, %d' % len(viol))
        for c, bad in viol:
            print('VIOL %s not %s from %s (%s): %s' % (c['id'], '/'.join(c['control_types']), c['control_source'], c['why'], c['text']))
            for rel, ev in bad:
                print('     got: ' + describe(cn, rel, ev))


if __name__ == '__main__':
    main()
