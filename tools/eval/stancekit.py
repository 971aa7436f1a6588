#!/usr/bin/env python3
"""Stance-event recall kit on PolNeAR sentences (Newell, Margolin & Ruths 2018; research use: the
corpus is read from $POLNEAR, default /work/polnear/data, and never copied here). Sets, gold and
outputs live in $STANCEKIT (default /work/kit/sets), outside the repository.

Sampling: a split's texts are cut into sentences (paragraph lines, then a sentence-final
punctuation rule with a list of abbreviations); a sentence's id is FILE#INDEX; the set keeps those
whose sha1(SALT + id) mod MOD is one of RESIDUES, the N with the smallest hash. Same salt, same
set. Gold (gold*.jsonl in the set's folder, written by annotators to a guideline of types,
construction and source form): one line per item {"sid", "events": [{"type", "source",
"source_alts", "target", "cue", "construction", "source_form"}]}.

Matching: an output stance relation (OPPOSES SUPPORTS DEMANDS THREATENS SANCTIONS OFFERS) belongs
to an item when its evidence sentence contains the item's sentence or is contained in it (white
space and quotes normalized) or their word sets overlap by Jaccard >= 0.6; a gold event is found
by a line of its type whose source node name or alias shares a content word with the gold source
or one of its alternatives.


  kit.py mkset NAME SPLIT SALT MOD RESIDUES N    -> /work/kit/sets/NAME/items.jsonl (sentences to annotate)
  kit.py dump BIN NAME                           -> /work/kit/sets/NAME/out-TAG.tsv (stance lines in the set's sentences)
  kit.py score NAME TAG [--misses] [--lines]     -> counts (never prints blind content unless asked)

Gold: /work/kit/sets/NAME/gold.jsonl, one line per item: {"sid":..., "events":[{"type","source","source_alts":[..],"target"}]}
"""
import hashlib, json, os, re, subprocess, sys, tempfile, collections

PN = os.environ.get('POLNEAR', '/work/polnear/data')
KIT = os.environ.get('STANCEKIT', '/work/kit/sets')
STANCE = {'OPPOSES', 'SUPPORTS', 'DEMANDS', 'THREATENS', 'SANCTIONS', 'OFFERS'}
ABBR = set('mr mrs ms dr sen rep gov gen lt col sgt st jan feb mar apr aug sept sep oct nov dec jr sr inc corp co no vs prof rev u.s u.n d.c pres atty supt ft mt'.split())


def norm(s):
    s = s.replace('\u201c', '"').replace('\u201d', '"').replace('\u2019', "'").replace('\u2018', "'")
    return re.sub(r'\s+', ' ', s).strip()


def split_sents(text):
    out = []
    for para in re.split(r'\n+', text):
        para = para.strip()
        if not para:
            continue
        start = 0
        for m in re.finditer(r'[.!?]["\u201d\u2019)]*\s+(?=["\u201c\u2018(]?[A-Z0-9])', para):
            pre = para[start:m.start() + 1]
            w = re.findall(r'([A-Za-z.]+)\.$', pre)
            if w and (w[0].lower().rstrip('.') in ABBR or re.fullmatch(r'[A-Z]', w[0].rstrip('.').split('.')[-1] or 'x')):
                continue
            out.append(para[start:m.end()].strip())
            start = m.end()
        if para[start:].strip():
            out.append(para[start:].strip())
    return out


def mkset(name, split, salt, mod, residues, n):
    mod = int(mod); residues = {int(r) for r in residues.split(',')}; n = int(n)
    items = []
    tdir = f'{PN}/{split}/text'
    for fn in sorted(os.listdir(tdir)):
        sents = split_sents(open(f'{tdir}/{fn}', encoding='utf-8').read())
        for i, s in enumerate(sents):
            sid = f'{fn}#{i}'
            h = int(hashlib.sha1((salt + sid).encode()).hexdigest(), 16)
            if h % mod in residues and len(s.split()) >= 4:
                items.append({'sid': sid, 'article': fn, 'title': sents[0], 'before': sents[max(0, i - 3):i], 'sentence': s, 'after': sents[i + 1:i + 2], 'h': h})
    items.sort(key=lambda x: x['h'])
    items = items[:n]
    items.sort(key=lambda x: x['sid'])
    os.makedirs(f'{KIT}/{name}', exist_ok=True)
    with open(f'{KIT}/{name}/items.jsonl', 'w') as f:
        for it in items:
            it.pop('h')
            f.write(json.dumps(it, ensure_ascii=False) + '\n')
    json.dump({'split': split, 'salt': salt, 'mod': mod, 'residues': sorted(residues), 'n': n}, open(f'{KIT}/{name}/spec.json', 'w'))
    print(name, len(items), 'items from', len({i['article'] for i in items}), 'articles')


def items(name):
    return [json.loads(l) for l in open(f'{KIT}/{name}/items.jsonl')]


def dump(binp, name, tag):
    spec = json.load(open(f'{KIT}/{name}/spec.json'))
    its = items(name)
    arts = sorted({i['article'] for i in its})
    with tempfile.TemporaryDirectory() as td:
        for a in arts:
            os.symlink(f"{PN}/{spec['split']}/text/{a}", f'{td}/{a}')
        db = f'{td}/db'
        subprocess.run([binp, 'load', '--db', db] + [f'{td}/{a}' for a in arts], check=True, capture_output=True)
        subprocess.run([binp, 'export', '--db', db, '--format', 'jsonl', '-o', f'{td}/out'], check=True, capture_output=True)
        nodes, arts_by_id, rels = {}, {}, []
        for l in open(f'{td}/out'):
            o = json.loads(l)
            if 'node' in o:
                nodes[o['node']['id']] = o['node']
            elif 'article' in o:
                arts_by_id[o['article']['id']] = o['article']['source']
            elif 'relation' in o:
                rels.append(o['relation'])
    byart = collections.defaultdict(list)
    for it in its:
        byart[it['article']].append(it)
    rows = []
    for r in rels:
        if r['type'] not in STANCE:
            continue
        src, tgt = nodes.get(r['source'], {}), nodes.get(r['target'], {})
        names = [src.get('name', '')] + src.get('aliases', [])
        for ev in r['evidence']:
            a = arts_by_id.get(ev['article'])
            for it in byart.get(a, []):
                if same_sentence(it['sentence'], ev['text']):
                    rows.append([it['sid'], r['type'], src.get('name', ''), '|'.join(sorted(set(names))), tgt.get('name', ''), ev.get('cue', ''), ev.get('rule', ''), src.get('kind', '')])
    out = f'{KIT}/{name}/out-{tag}.tsv'
    with open(out, 'w') as f:
        for row in sorted(set(map(tuple, rows))):
            f.write('\t'.join(x.replace('\t', ' ').replace('\n', ' ') for x in row) + '\n')
    print('wrote', out, len(set(map(tuple, rows))), 'stance lines')


def toks(s):
    return set(re.findall(r"[a-z0-9]+", norm(s).lower()))


def same_sentence(gold, ev):
    g, e = norm(gold), norm(ev)
    if g in e or e in g:
        return True
    a, b = toks(g), toks(e)
    return len(a) > 3 and len(a & b) / max(1, len(a | b)) >= 0.6


STOP = set('the a an of and mr mrs ms dr sen senator rep gov president former campaign s his her their its party u.s us'.split())


def headwords(s):
    s = re.sub(r"['\u2019]s\b", '', s.lower())
    return {w for w in re.findall(r'[a-z0-9]+', s) if w not in STOP and len(w) >= 2}


def src_match(ev, line):
    names = set()
    for n in line[3].split('|') + [line[2]]:
        names |= headwords(n)
    alts = [ev.get('source', '')] + ev.get('source_alts', [])
    return any(headwords(a) & names for a in alts if a)


def load_out(name, tag):
    out = collections.defaultdict(list)
    for l in open(f'{KIT}/{name}/out-{tag}.tsv'):
        p = l.rstrip('\n').split('\t')
        out[p[0]].append(p)
    return out


def score(name, tag, show_misses=False, show_lines=False):
    gold = {}
    gfiles = [f'{KIT}/{name}/{g}' for g in sorted(os.listdir(f'{KIT}/{name}')) if g.startswith('gold') and g.endswith('.jsonl')]
    for l in (l for g in gfiles for l in open(g)):
        o = json.loads(l)
        gold[o['sid']] = o.get('events', [])
    out = load_out(name, tag)
    tot = found = typ_only = 0
    bytype = collections.Counter(); fbytype = collections.Counter()
    used = set(); misses = []
    for sid, evs in gold.items():
        for ev in evs:
            t = ev.get('type', '').upper()
            if t not in STANCE:
                continue
            tot += 1; bytype[t] += 1
            hit = None
            for i, line in enumerate(out.get(sid, [])):
                if line[1] == t and src_match(ev, line):
                    hit = i; break
            if hit is not None:
                found += 1; fbytype[t] += 1; used.add((sid, hit))
            else:
                misses.append((sid, ev))
                if any(src_match(ev, line) for line in out.get(sid, [])):
                    typ_only += 1
    lines = sum(len(v) for k, v in out.items() if k in gold)
    extra = [(sid, i, line) for sid, v in out.items() if sid in gold for i, line in enumerate(v) if (sid, i) not in used]
    print(f'{name} {tag}: recall {found}/{tot} ({100*found/max(1,tot):.1f}%); stance lines {lines}, matched {len(used)}, unmatched {len(extra)}; source right but type differs {typ_only}; by type ' +
          ' '.join(f'{t} {fbytype[t]}/{bytype[t]}' for t in sorted(bytype)))
    cg = collections.Counter(); cm = collections.Counter()
    for sid, evs in gold.items():
        for ev in evs:
            if ev.get('type','').upper() in STANCE:
                cg[(ev.get('construction','?'), ev.get('source_form','?'))] += 1
    for sid, ev in misses:
        cm[(ev.get('construction','?'), ev.get('source_form','?'))] += 1
    if '--classes' in sys.argv:
        byc = collections.Counter(); bycm = collections.Counter(); byf = collections.Counter(); byfm = collections.Counter()
        for (c, f), v in cg.items(): byc[c] += v; byf[f] += v
        for (c, f), v in cm.items(): bycm[c] += v; byfm[f] += v
        print('  construction found/gold:', ', '.join(f'{c} {byc[c]-bycm[c]}/{byc[c]}' for c, _ in byc.most_common()))
        print('  source_form found/gold: ', ', '.join(f'{c} {byf[c]-byfm[c]}/{byf[c]}' for c, _ in byf.most_common()))
    if show_misses:
        its = {i['sid']: i for i in items(name)}
        for sid, ev in misses:
            print('MISS', sid, json.dumps(ev, ensure_ascii=False), '||', its[sid]['sentence'], '|| out:', [x[1:3] + x[5:7] for x in out.get(sid, [])])
    if show_lines:
        its = {i['sid']: i for i in items(name)}
        for sid, i, line in extra:
            print('EXTRA', '\t'.join(line), '||', its[sid]['sentence'])


if __name__ == '__main__':
    a = sys.argv[1:]
    if a[0] == 'mkset':
        mkset(*a[1:7])
    elif a[0] == 'dump':
        dump(a[1], a[2], a[3])
    elif a[0] == 'score':
        score(a[1], a[2], '--misses' in a, '--lines' in a)


def nodes(binp, split, tag):
    """All actor nodes of a whole-split load: kind, name, country, code, context of first mention.
    split 'corpus' = ../shared/corpus (.txt, and .html with no .txt twin) + the eval dev articles."""
    if split == 'corpus':
        c = '/work/shared/corpus'
        fs = sorted(os.listdir(c))
        arts = [f'{c}/{f}' for f in fs if f.endswith('.txt') or (f.endswith('.html') and f[:-5] + '.txt' not in fs)]
        arts += [f'/work/shared/eval/articles/{f}' for f in sorted(os.listdir('/work/shared/eval/articles'))]
        tdir = ''
    else:
        tdir = f'{PN}/{split}/text'
        arts = [f'{tdir}/{a}' for a in sorted(os.listdir(tdir))]
    with tempfile.TemporaryDirectory() as td:
        db = f'{td}/db'
        subprocess.run([binp, 'load', '--db', db] + arts, check=True, capture_output=True)
        subprocess.run([binp, 'export', '--db', db, '--format', 'jsonl', '-o', f'{td}/out'], check=True, capture_output=True)
        ns, texts, first = {}, {}, {}
        for l in open(f'{td}/out'):
            o = json.loads(l)
            if 'node' in o and o['node']['kind'] in ('PERSON', 'ORGANIZATION', 'GOVERNMENT', 'GROUP', 'COUNTRY'):
                ns[o['node']['id']] = o['node']
            elif 'article' in o:
                texts[o['article']['id']] = o['article']['text']
            elif 'mention' in o:
                m = o['mention']
                first.setdefault(m['node'], m)
    out = f'/work/kit/nodes/{split}-{tag}.tsv'
    os.makedirs('/work/kit/nodes', exist_ok=True)
    with open(out, 'w') as f:
        for nid, n in sorted(ns.items(), key=lambda x: (x[1]['kind'], x[1]['name'])):
            m = first.get(nid)
            ctx = ''
            if m:
                t = texts.get(m['article'], '')
                ctx = t[max(0, m['start'] - 150):m['start']] + '[[' + t[m['start']:m['end']] + ']]' + t[m['end']:m['end'] + 150]
            f.write('\t'.join([n['kind'], n['name'], n.get('country', ''), n.get('code', ''), re.sub(r'\s+', ' ', ctx)]) + '\n')
    print('wrote', out, len(ns))


if __name__ == '__main__' and sys.argv[1] == 'nodes':
    nodes(sys.argv[2], sys.argv[3], sys.argv[4])
