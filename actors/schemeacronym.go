package actors

import (
	"github.com/claimgraph/claimgraph/doc"
	"github.com/claimgraph/claimgraph/lexicon"
	"github.com/claimgraph/claimgraph/text"
)

// schemeHeads are the head nouns of schemes, labels and standards (data/wordclasses/schemeheads.txt).
var schemeHeads = lexicon.WordClass("schemeheads")

// SchemeAcronym reports an acronym that the article writes only as the name of a scheme, label,
// standard or legal instrument: every mention is in apposition to a noun phrase headed by such a
// noun (schemeHeads, instrumentHeads, the policy heads of policywords.txt) — after it, as a member
// of the list it introduces ("two labels, the GCL and the WTS"; "three standards: GPC, WTS and
// ISO"), or before it ("the GPC, a national quality standard,") — or is an instrument mention as
// DocumentAcronym reads one ("under the SFMC", "the NRTP agreement"), and at least one mention is
// such an apposition. Apposition is coreference of the two noun phrases (Quirk et al. 1985,
// 17.65-17.72; CGEL ch. 15 §5 supplementary appositives), so the acronym names what the head
// noun names, a thing no actor is (OntoNotes 5.0 LAW, distinct from ORG; issue 14, analysis26
// J1). An acronym of a body named in full in the article is merged before this is asked.
func SchemeAcronym(d *doc.Doc, e *doc.Entity) bool {
	n, appos := 0, 0
	for _, m := range d.Mentions {
		if m.Ent != e {
			continue
		}
		n++
		toks := d.Sents[m.Sent].Toks
		switch {
		case schemeListBefore(d.Lx, toks, m.Ts) || schemeAppositiveAfter(d.Lx, toks, m.Te):
			appos++
		case instrumentMention(d.Lx, toks, m.Ts, m.Te):
		default:
			return false
		}
	}
	return n > 0 && appos > 0
}

// schemeHead reports a lower-case head noun of a scheme, label, standard or instrument.
func schemeHead(lx *lexicon.Lexicons, t text.Token) bool {
	return t.Kind == text.Word && !t.Cap && (schemeHeads.Has(t.Lower) || instrumentHeads.Has(t.Lower) || lx.PolicyHead[t.Lower])
}

// schemeListBefore reports the acronym at token ts as a member of a list in apposition after a
// scheme head and its comma or colon: "two labels, the GCL and the WTS" (for either acronym).
// Between the head's punctuation and ts stand only "the", commas, "and"/"or" and other acronyms.
func schemeListBefore(lx *lexicon.Lexicons, toks []text.Token, ts int) bool {
	k := ts - 1
	for ; k >= 0; k-- {
		t := toks[k]
		if t.Lower == "the" || t.Lower == "and" || t.Lower == "or" || t.Text == "," || t.Kind == text.Word && t.AllCaps {
			continue
		}
		break
	}
	if k < 1 || k+1 >= ts {
		return false
	}
	if toks[k].Text == ":" {
		return schemeHead(lx, toks[k-1])
	}
	return toks[k+1].Text == "," && schemeHead(lx, toks[k])
}

// schemeAppositiveAfter reports a supplementary appositive after the acronym ending at te whose
// head is a scheme head: ", a national quality standard," / ", an export label." — a comma, a
// determiner, at most three premodifiers, the head, then a comma, a period or the sentence's end.
func schemeAppositiveAfter(lx *lexicon.Lexicons, toks []text.Token, te int) bool {
	if te+2 >= len(toks) || toks[te].Text != "," {
		return false
	}
	switch toks[te+1].Lower {
	case "a", "an", "the":
	default:
		return false
	}
	for k := te + 2; k < len(toks) && k <= te+5; k++ {
		if schemeHead(lx, toks[k]) {
			return k+1 == len(toks) || toks[k+1].Text == "," || toks[k+1].Text == "." || toks[k+1].Text == ";"
		}
		if toks[k].Kind != text.Word {
			return false
		}
	}
	return false
}
