#!/bin/bash
# (threat18) usage: bash loader/testdata/threat18/score.sh BIN loader/testdata/threat18/probes.tsv
# threat18score.sh BIN TSV : load each probe as an article, score THREATENS found vs expected
bin=$1; tsv=$2; d=$(mktemp -d); i=0
grep -v '^#' $tsv | while IFS=$'\t' read -r s e; do i=$((i+1)); printf 'Probe %03d\n\nGENEVA (Reuters) - %s\n' $i "$s" > $d/p$(printf %03d $i).txt; done
$bin load --db $d/db --no-progress $d/*.txt >/dev/null 2>&1
$bin export --db $d/db --format jsonl -o $d/x.jsonl >/dev/null 2>&1
python3 - $d/x.jsonl $tsv <<'PY'
import json,sys
nodes={};rels=[];arts={}
for l in open(sys.argv[1]):
    o=json.loads(l)
    if 'article' in o: arts[o['article']['id']]=o['article']
    elif 'node' in o: nodes[o['node']['id']]=o['node']
    elif 'relation' in o: rels.append(o['relation'])
lab=lambda i:(nodes.get(i,{}).get('name') or nodes.get(i,{}).get('text') or '?')
probes=[l.rstrip('\n').split('\t') for l in open(sys.argv[2]) if not l.startswith('#') and l.strip()]
found={}
for r in rels:
  for e in r['evidence']:
    t=e['text']
    for k,(s,exp) in enumerate(probes):
      if s[:40] in t or t[:40] in s:
        found.setdefault(k,[]).append((r['type'],lab(r['source']),lab(r['target']),e.get('cue'),e.get('rule'),r.get('negated') or e.get('negated'),r.get('hedged') or e.get('hedged')))
tp=fn=fp=tn=0
for k,(s,exp) in enumerate(probes):
  th=[f for f in found.get(k,[]) if f[0]=='THREATENS' and not f[5]]
  if exp=='-':
    ok=not th; tn+=ok; fp+=not ok
  else:
    a,b=[x.strip().lower() for x in exp.split('>')]
    ok=any(a in f[1].lower() and any(x.strip() in f[2].lower() for x in b.split('|')) for f in th); tp+=ok; fn+=not ok
  print('%s %02d %s | want %s'%('OK ' if ok else 'BAD',k+1,s[:90],exp))
  for f in found.get(k,[]): print('      %s %s -> %s | %s | %s%s%s'%(f[0],f[1][:40],f[2][:40],f[3],f[4],' NEG' if f[5] else '',' HEDGED' if f[6] else ''))
print('positives found %d/%d, near misses silent %d/%d'%(tp,tp+fn,tn,tn+fp))
PY
rm -rf $d
