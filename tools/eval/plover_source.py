#!/usr/bin/env python3
"""Source-found count on the PLOVER dev records (issue 14's measure: "the source found, whatever
the type, for >= 95% of records").

It loads the records exactly as ../shared/eval/plover/score_plover.py does (one JSONL article per
record), serves the store, and for each record asks for the article's relations. A record counts
as source-found when some relation of ANY type (stance, CLAIMS, CITES, MEMBER_OF, PART_OF) has a
source whose name, label or aliases share a name word with the gold source, or its country's
name/demonym (score_plover.py's matching rule, imported from it, unchanged). It also reports how
many records have the gold source as an endpoint (source or target) of some relation, and how many
have it among the actor nodes mentioned in the article (the actor layer found it, related or not).

A second figure, "source-found (roles)", applies the same word rule to the source node's name
words together with the titles of the roles the graph records for it (Actor.roles[].title, e.g.
Kenzo Oshima's "United Nations Emergency Relief Coordinator" from "Kenzo Oshima, the United
Nations Emergency Relief Coordinator, demanded ..."). PLOVER's coders often write the source as
the office the sentence gives the person ("United Nations Emergency Relief Coordinator"); when the
source node holds that office in the graph, the node is that source. The word rule is unchanged
(score_plover.words, so its stop list still drops generic title words: president, minister,
secretary, spokesman, leader ...), and only roles that the graph stores on the relation's own
source node count, never the words of the sentence. Both figures are printed; issue 14's
measure is reported under both rules in docs/measures/issue14.md (round 11).

usage: tools/eval/plover_source.py --bin CLAIMGRAPH [--records FILE] [--verbose]
"""
import argparse, json, os, socket, subprocess, sys, tempfile, time, urllib.request

HERE = os.path.dirname(os.path.abspath(__file__))
SHARED = os.path.normpath(os.path.join(HERE, '..', '..', '..', 'shared', 'eval', 'plover'))
sys.path.insert(0, SHARED)
import score_plover as sp  # noqa: E402  (words, actor_keys, node_words, gql, queries)


# score_plover's RELS_Q with the source's role titles added (the rest of the query is the same).
RELS_ROLES_Q = sp.RELS_Q.replace("source { id label ... on Actor { name aliases } }",
                                 "source { id label ... on Actor { name aliases roles { title } } }")
assert RELS_ROLES_Q != sp.RELS_Q, "score_plover.RELS_Q changed shape"


def role_words(n):
    """The words (score_plover.words) of the titles of the roles the graph records for node n."""
    ws = set()
    for r in n.get('roles') or []:
        ws |= sp.words(r.get('title'))
    return ws


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument('--bin', required=True)
    ap.add_argument('--records', default=os.path.join(SHARED, 'records.jsonl'))
    ap.add_argument('--verbose', action='store_true')
    a = ap.parse_args()
    recs = [json.loads(l) for l in open(a.records)]
    tmp = tempfile.mkdtemp()
    inp = os.path.join(tmp, 'records.jsonl')
    with open(inp, 'w') as f:
        for r in recs:
            f.write(json.dumps({"title": r['id'], "text": r['text'], "published": "2000-01-01"}) + "\n")
    db = os.path.join(tmp, 'db')
    p = subprocess.run([a.bin, 'load', '--db', db, '--no-progress', inp], capture_output=True, text=True)
    if p.returncode != 0:
        print((p.stdout + p.stderr)[-500:]); sys.exit('load failed')
    s = socket.socket(); s.bind(('127.0.0.1', 0)); port = s.getsockname()[1]; s.close()
    srv = subprocess.Popen([a.bin, 'serve', '--db', db, '--addr', '127.0.0.1:%d' % port],
                           stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        ep = 'http://127.0.0.1:%d/graphql' % port
        for _ in range(100):
            try:
                urllib.request.urlopen('http://127.0.0.1:%d/healthz' % port, timeout=1); break
            except Exception:
                time.sleep(0.1)
        arts, after = {}, None
        while True:
            d = sp.gql(ep, sp.NODES_Q, {"after": after})['articles']
            for n in d['nodes']:
                arts[n['title']] = n['id']
            if not d['pageInfo']['hasNextPage']:
                break
            after = d['pageInfo']['endCursor']
        # every actor node with the articles that mention it
        ACT_Q = """query($after: String) { nodes(kinds: [PERSON, ORGANIZATION, GOVERNMENT, COUNTRY, GROUP], first: 200, after: $after) {
          pageInfo { hasNextPage endCursor } nodes { id label ... on Actor { name aliases mentions(first: 100) { nodes { article { id } } } } } } }"""
        by_art, after = {}, None
        while True:
            d = sp.gql(ep, ACT_Q, {"after": after})['nodes']
            for n in d['nodes']:
                for m in n['mentions']['nodes']:
                    by_art.setdefault(m['article']['id'], []).append(n)
            if not d['pageInfo']['hasNextPage']:
                break
            after = d['pageInfo']['endCursor']
        src = src_role = endpoint = actor = 0
        for r in recs:
            rels = sp.gql(ep, RELS_ROLES_Q, {"a": arts[r['id']]})['relations']['nodes'] if r['id'] in arts else []
            sk = sp.actor_keys(r['source'])
            ok_src = any(sp.node_words(x['source']) & sk for x in rels)
            ok_role = ok_src or any(role_words(x['source']) & sk for x in rels)
            src_role += ok_role
            ok_end = ok_src or any(sp.node_words(x['target']) & sk for x in rels)
            ok_act = any(sp.node_words(x) & sk for x in by_art.get(arts.get(r['id']), []))
            src += ok_src; endpoint += ok_end; actor += ok_act
            if a.verbose and ok_role and not ok_src:
                print('ROLE %s: source found by a role title of its node' % r['id'])
            if a.verbose and not ok_src:
                got = '; '.join('%s(%s -> %s)' % (x['type'], x['source']['label'][:30], x['target']['label'][:30]) for x in rels) or '-'
                print('NOSRC %s: %s\n      gold source: %s\n      got: %s' % (r['id'], r['text'][:140], ', '.join(x['text'] for x in r['source']), got))
        n = len(recs)
        print('plover records=%d source-found=%.2f (%d) source-as-endpoint=%.2f (%d) source-actor-in-article=%.2f (%d) source-found(roles)=%.2f (%d)' % (
            n, src / n, src, endpoint / n, endpoint, actor / n, actor, src_role / n, src_role))
    finally:
        srv.terminate()


if __name__ == '__main__':
    main()
