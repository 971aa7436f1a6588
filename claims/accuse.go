package claims

import (
	"strings"

	"github.com/claimgraph/claimgraph/doc"
	"github.com/claimgraph/claimgraph/lexicon"
	"github.com/claimgraph/claimgraph/surface"
	"github.com/claimgraph/claimgraph/text"
)

// accusationClaims makes the claim of an accuser: "Venezuela has accused Guyana of violating the
// 1966 Geneva Agreement" is Venezuela's claim that Guyana violated it. The verb of accusing takes
// its object and an "of"-complement, what the subject alleges of the object (Quirk et al. 1985,
// 16.50 on prepositional complements of complex-transitive verbs: "accuse someone of something");
// PARC 3.0 counts "accuse" among the attribution cues, its subject the source and the allegation
// the content. The accusation itself is the relations stage's (CAMEO 112 accuse, OPPOSES of the
// object); the claim carries what is alleged. The shape: the verb (accuseverbs.txt) in the active
// voice (not after a form of "be": "was accused of" names no accuser), an object of one to six
// words with no punctuation, "of", a gerund clause ("of violating …": a predicate to claim; "of
// war crimes" names none) of two words at least, to the next comma or the sentence's end; the
// content reads "OBJECT of COMPLEMENT" minus the "of" ("Guyana violating the 1966 Geneva
// Agreement"). The subject is the verb's (subjectOf), named in the clause. Rule speech:accusation.
func accusationClaims(d *doc.Doc, st *doc.Sent) {
	toks := st.Toks
	for k := 1; k+4 < len(toks); k++ {
		if !accuseVerbs.Has(toks[k].Lower) || st.InQuote[k] || d.Lx.BeForms[toks[k-1].Lower] {
			continue
		}
		of := -1
		for j := k + 2; j < len(toks) && j <= k+7; j++ {
			if toks[j].Lower == "of" {
				of = j
				break
			}
			if toks[j].Kind != text.Word {
				break
			}
		}
		if of < 0 || of+2 >= len(toks) || !strings.HasSuffix(toks[of+1].Lower, "ing") || toks[of+1].Cap {
			continue // "accused Iran of war crimes": no predicate to claim; the accusation is the relation
		}
		end := of + 1
		for end < len(toks) && toks[end].Text != "," && toks[end].Text != ";" && toks[end].Kind != text.Quote && !(toks[end].Kind == text.Punct && end == len(toks)-1) {
			end++ // to the end of the clause: "…, the agency said" attributes the sentence
		}
		if end-of-1 < 2 {
			continue
		}
		src, _, how := surface.SubjectOf(d, st, k)
		if src == nil || !doc.ActorKind(src) || how != "" && how != "subject" {
			// a pronoun or other indirect subject: the relations stage resolves the accuser of
			// the same verb from the parse, and a claims-stage reading of "It" may differ
			continue
		}
		rule := "speech:accusation"
		txt := strings.TrimSpace(d.SpanText(st, k+1, of) + " " + d.SpanText(st, of+1, end))
		t := toks[k]
		d.Claims = append(d.Claims, &doc.ClaimCand{Speaker: src, Text: txt, Sent: st.Idx, Cue: t.Text,
			CueStart: t.Start, CueEnd: t.End, Rule: rule, Score: 0.7, Negated: negatedBefore(d.Lx, st, k)})
	}
}

// negatedBefore reports a negation among the three words before k ("did not accuse").
func negatedBefore(lx *lexicon.Lexicons, st *doc.Sent, k int) bool {
	for j := k - 1; j >= 0 && j >= k-3; j-- {
		if lx.Negations[st.Toks[j].Lower] {
			return true
		}
	}
	return false
}

var accuseVerbs = lexicon.WordClass("accuseverbs") // data/wordclasses/accuseverbs.txt
