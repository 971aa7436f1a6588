#!/bin/bash
# score.sh BIN [-v]: load each probe of probes.tsv as its own article and score it.
# A must-fire row passes when a relation of the expected type has a source and a target whose names
# contain the given substrings (case-insensitive); a near-miss row ("-TYPE") passes when no relation
# of TYPE comes out of its sentence.
bin=$1; verbose=$2; here=$(dirname "$0"); d=$(mktemp -d); i=0
while IFS=$'\t' read -r typ src tgt sent; do
  case "$typ" in \#*|'') continue;; esac
  i=$((i+1)); printf 'Probe %d\n\nGENEVA (Reuters) - %s\n' $i "$sent" > $d/p$(printf %03d $i).txt
  printf '%s\t%s\t%s\t%s\n' "$typ" "$src" "$tgt" "$sent" >> $d/rows
done < "$here/probes.tsv"
$bin load --db $d/db --no-progress $d/*.txt >/dev/null 2>&1
$bin export --db $d/db --format jsonl -o $d/x.jsonl >/dev/null 2>&1
python3 - $d/x.jsonl $d/rows "$verbose" <<'PY'
import json,sys,re
nodes={};arts={};rels=[]
for l in open(sys.argv[1]):
    o=json.loads(l)
    if 'article' in o: arts[o['article']['id']]=o['article']
    elif 'node' in o: nodes[o['node']['id']]=o['node']
    elif 'relation' in o: rels.append(o['relation'])
lab=lambda i:(nodes.get(i,{}).get('name') or nodes.get(i,{}).get('text') or '?')
rows=[l.rstrip('\n').split('\t') for l in open(sys.argv[2])]
got={}
for r in rels:
    for e in r['evidence']:
        for k,row in enumerate(rows):
            if e['text'].strip() and (e['text'] in row[3] or row[3] in e['text']):
                got.setdefault(k,[]).append((r['type'] if not (r.get('negated') or r.get('hedged')) else r['type']+'~'+('NEG' if r.get('negated') else 'HEDGED'),lab(r['source']),lab(r['target']),e.get('cue'),e.get('rule')))
ok={'fire':[0,0],'miss':[0,0]}
for k,(typ,src,tgt,sent) in enumerate(rows):
    g=got.get(k,[])
    if typ.startswith('-'):
        p=not any(t==typ[1:] for t,*_ in g); ok['miss'][0]+=p; ok['miss'][1]+=1
    else:
        p=any(t==typ and src.lower() in s.lower() and tgt.lower() in o.lower() for t,s,o,*_ in g); ok['fire'][0]+=p; ok['fire'][1]+=1
    if sys.argv[3]=='-v' or not p:
        print(('PASS' if p else 'FAIL'),typ,'|',src,'->',tgt,'|',sent)
        for x in g: print('      ',x[0],x[1][:40],'->',x[2][:40],'|',x[3],'|',x[4])
print('must-fire %d/%d  near-miss silent %d/%d'%(ok['fire'][0],ok['fire'][1],ok['miss'][0],ok['miss'][1]))
PY
rm -rf $d
