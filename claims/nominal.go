package claims

import (
	"strings"

	"github.com/claimgraph/claimgraph/actors"
	"github.com/claimgraph/claimgraph/doc"
	"github.com/claimgraph/claimgraph/lexicon"
	"github.com/claimgraph/claimgraph/surface"
	"github.com/claimgraph/claimgraph/text"
)

// deniedReportClaims makes the negated claim of a subject that rejects another's report by its
// content: "Beijing rejected claims that it supports the junta", "The Kremlin dismissed reports
// that Russia opposes the deal". The that-clause after a noun of report is that noun's appositive
// content (Quirk et al. 1985, 17.26; modality.txt class report-noun, PARC 3.0 nominal cues), and
// rejecting or dismissing the report so named says the content is false: CAMEO.2.0.txt codes
// REFUSE (reject) and DESPATCH (dismiss) over a claim, report or allegation as 016 "deny
// responsibility", a statement, as "denied that …" (speech.txt deny) is. The shape: the verb
// (denyreportverbs.txt), up to three words of determiner and modifier ("the media", "all such"),
// the noun, "that", a finite clause; the subject is the verb's (subjectOf). The claim is negated,
// as for "denied that". Rule speech:denied-report.
func deniedReportClaims(d *doc.Doc, st *doc.Sent) {
	toks := st.Toks
	for k := 1; k+3 < len(toks); k++ {
		if !denyReportVerbs.Has(toks[k].Lower) || st.InQuote[k] {
			continue
		}
		n := k + 1
		for n < len(toks) && n <= k+4 && toks[n].Kind == text.Word && !toks[n].Cap && !reportNoun(d.Frames, toks[n].Lower) {
			n++
		}
		if n+1 >= len(toks) || n > k+4 || !reportNoun(d.Frames, toks[n].Lower) || toks[n+1].Lower != "that" {
			continue
		}
		src, _, how := surface.SubjectOf(d, st, k)
		if src == nil || !doc.ActorKind(src) {
			continue
		}
		cs, ce := n+2, len(toks)
		if !contentClauseAt(d, st, cs, ce) {
			continue
		}
		rule := "speech:denied-report"
		if how != "" && how != "subject" {
			rule += "+" + how
		}
		at := len(d.Claims)
		addReported(d, st, src, k, cs, ce, rule, 0.7)
		if len(d.Claims) > at {
			d.Claims[at].Negated = !d.Claims[at].Negated // the report denied: its content is false
		}
	}
}

// reportNoun reports a noun of report, in the singular or the plural (modality.txt report-noun),
// asking the document's frames lexicon (doc.Frames, which newDoc always sets from the Extractor).
func reportNoun(fr doc.Frames, w string) bool {
	return fr.InClass("report-noun", w) || strings.HasSuffix(w, "s") && fr.InClass("report-noun", strings.TrimSuffix(w, "s"))
}

// positionClaims makes the claim of an actor whose stance is stated by a noun of position over
// a that-clause: "Egypt's position is that Ethiopia must stop filling the dam", "The view of the
// ministry is that …" is not read (only a genitive possessor names the holder here). A that-clause
// as subject complement of an abstract noun of saying or thinking is the noun's content (Quirk et
// al. 1985, 16.38, 17.26), and a stance noun's possessor is the one who holds it (PARC 3.0 nominal
// cues); the possessor claims it, as for "believes that". The shape: a named actor, "'s", up to
// two modifiers ("long-standing", "official"), the noun (positionnouns.txt), a form of "be" or
// "remains", "that", a finite clause. Rule speech:position.
func positionClaims(d *doc.Doc, st *doc.Sent) {
	toks := st.Toks
	for k := 2; k+3 < len(toks); k++ {
		if !PositionNouns.Has(toks[k].Lower) || st.InQuote[k] {
			continue
		}
		v := k + 1
		if !d.Lx.BeForms[toks[v].Lower] && !copulaLike.Has(toks[v].Lower) || toks[v+1].Lower != "that" {
			continue
		}
		g := k - 1
		for n := 0; n < 2 && g > 0 && toks[g].Kind == text.Word && !toks[g].Cap && toks[g].Lower != "'s" && toks[g].Lower != "’s"; n++ {
			g--
		}
		if toks[g].Lower != "'s" && toks[g].Lower != "’s" {
			continue
		}
		m := actors.MentionAt(d, st, g-1)
		if m == nil || m.Te != g || !doc.ActorKind(m.Ent) {
			continue
		}
		cs, ce := v+2, len(toks)
		if !contentClauseAt(d, st, cs, ce) {
			continue
		}
		addReported(d, st, m.Ent.Final(), k, cs, ce, "speech:position", 0.7)
	}
}

// contentClauseAt reports a content clause opening at cs, right after "that": three words at
// least, and not a verb or auxiliary first, which would make "that" a relative pronoun standing
// for the subject ("reports that criticised the ban": Quirk et al. 1985, 17.26 on appositive
// clauses, which are complete, against relative clauses, which have a gap).
func contentClauseAt(d *doc.Doc, st *doc.Sent, cs, ce int) bool {
	return ce-cs >= 3 && !actors.FiniteVerbAt(d, st, cs) && !doc.AuxWords.Has(st.Toks[cs].Lower)
}

var (
	denyReportVerbs = lexicon.WordClass("denyreportverbs") // data/wordclasses/denyreportverbs.txt
	PositionNouns   = lexicon.WordClass("positionnouns")   // data/wordclasses/positionnouns.txt
)
