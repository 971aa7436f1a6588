package frames

import (
	"fmt"
	"slices"
	"strings"
	"testing"
)

// TestAttachmentIndependent: the same sentence under the attachments different parsers give it
// (testdata/constructions.conllu: the embedded parser's, UD's, and the errors of parsers trained
// on more data, NOTES-syntax.md third and sixth passes) must yield the same relations — type,
// source, target, content, mode, scope, polarity, hedging; the rule that names the reading may differ.
func TestAttachmentIndependent(t *testing.T) {
	lx, sents := constructionTrees(t)
	byID := map[string][]Token{}
	for _, s := range sents {
		for _, c := range s.Comments {
			if id, ok := strings.CutPrefix(c, "# id = "); ok {
				byID[id] = FromCoNLLU(s)
			}
		}
	}
	relations := func(id string) []string {
		toks, ok := byID[id]
		if !ok {
			t.Fatalf("no tree %s", id)
		}
		var out []string
		for _, m := range lx.Match(toks) {
			out = append(out, fmt.Sprintf("%s %s→%s (%s) %s %s neg=%v hedged=%v", m.Type, form(toks, m.Source), form(toks, m.Target), form(toks, m.Content), m.Mode, m.Scope, m.Negated, m.Hedged))
		}
		slices.Sort(out)
		return out
	}
	for _, group := range [][]string{
		// "The ministry, citing a report, warned …": conj of the noun (embedded parser), advcl
		// of the verb (UD), csubj of the verb (sixth-pass parser)
		{"supplement-participle", "supplement-participle-advcl", "supplement-participle-csubj"},
		// adjective + to-infinitive / prepositional complement after a linking verb, the phrase
		// on the adjective (UD) or on the verb (Quirk et al. 1985, 16.69, 16.75)
		{"adj-linking-infinitive-on-adjective", "adj-linking-infinitive-on-verb"},
		{"adj-linking-pp-on-adjective", "adj-linking-pp-on-verb"},
		// a participle complementing a linking verb, tagged JJ or VBN ("remains committed to";
		// Quirk et al. 1985, 16.21, 7.15): the parse26b pair reads VBN
		{"adj-linking-participle-jj", "adj-linking-participle-vbn"},
		// the relative pronoun of an object relative clause left unattached (obl:unmarked,
		// embedded parser) or the verb's obj (UD): the antecedent is the target (Quirk et al.
		// 1985, 17.10)
		{"object-relative-that-unmarked", "object-relative-that-obj"},
		// a headline's to-infinitive on the root proper noun, xcomp (embedded EWT-only pair) or
		// advcl (parse26b pair): the name is its subject (headline.go)
		{"headline-infinitive-xcomp", "headline-infinitive-advcl"},
		// "call once more on Ethiopia to …": the on-phrase hung on the last adverb of the run
		// (EWT-only pair) or the first (parse26b pair); adverbOblique gives it to the verb
		{"call-on-adverb-run-old", "call-on-adverb-run-new"},
		// "is gravely worried by the pollution": JJ + cop (EWT-only pair) or VBN + aux:pass +
		// obl:agent (parse26b pair), the adjective of affect's line either way (affect.go)
		{"affect-participle-old", "affect-participle-new"},
		// not yet paired either: "The right response from Latvia should be to expel …" gives
		// the same DEMANDS under nsubj:outer and nsubj, but the expelling is sourceless under
		// the first and the response's under the second (NOTES-syntax, seventh pass)
		// not yet paired: "Jerusalem was called on by Paris to halt …" gives the same DEMANDS
		// and content under advcl and xcomp, but the demanded act differs (advcl: OFFERS by
		// Paris, future; xcomp: OFFERS by Jerusalem, asserted) — NOTES-syntax, seventh pass
	} {
		want := relations(group[0])
		if len(want) == 0 {
			t.Errorf("%s: no relations", group[0])
		}
		for _, id := range group[1:] {
			if got := relations(id); !slices.Equal(got, want) {
				t.Errorf("%s: %q, but %s gives %q", id, got, group[0], want)
			}
		}
	}
}
