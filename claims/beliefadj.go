package claims

import (
	"strings"

	"github.com/claimgraph/claimgraph/doc"
	"github.com/claimgraph/claimgraph/lexicon"
	"github.com/claimgraph/claimgraph/speakers"
	"github.com/claimgraph/claimgraph/surface"
	"github.com/claimgraph/claimgraph/text"
)

// beliefAdjectiveClaims makes the claims of a predicative adjective of certainty, hope or fear
// over a that-clause: "Greek officials are concerned that Turkey may demand …", "The ministry is
// confident that the talks will resume". Such an adjective takes a content clause whose
// proposition its subject holds, as a verb of belief does (Biber et al. 1999, 9.4.2; Quirk et al.
// 1985, 16.69; modality.txt class belief-adjective, which scopes the clause for the frames
// stage: frames Attributions, rule attribution-adjective); the holder claims it, as for "believes
// that" (speech.txt belief). The shape: a form of "be" (or become, remain, seem), up to two
// adverbs ("deeply", "increasingly"), the adjective, "that"; the subject is the verb's
// (subjectOf). Rule speech:belief-adjective.
func beliefAdjectiveClaims(d *doc.Doc, st *doc.Sent) {
	toks := st.Toks
	for k := 1; k+2 < len(toks); k++ {
		if toks[k+1].Lower != "that" || st.InQuote[k] || !d.Frames.InClass("belief-adjective", toks[k].Lower) {
			continue
		}
		b := k - 1
		for n := 0; n < 2 && b > 0 && strings.HasSuffix(toks[b].Lower, "ly") && toks[b].Kind == text.Word; n++ {
			b-- // "is deeply concerned"
		}
		if !d.Lx.BeForms[toks[b].Lower] && !copulaLike.Has(toks[b].Lower) {
			continue
		}
		if speakers.Speaking(st.Unit) && firstPersonBefore(st, b) {
			continue // "We are convinced that …" in a turn: the turn's claim (turnClaims), as for "We hope that …"
		}
		src, subjStart, how := surface.SubjectOf(d, st, b)
		if src == nil || !doc.ActorKind(src) || subjStart < 0 {
			continue
		}
		cs, ce := ClauseAfter(d.Lx, st, k)
		if ce-cs < 3 || !doc.FiniteIn(st, cs, ce) {
			continue
		}
		rule := "speech:belief-adjective"
		if how != "" && how != "subject" {
			rule += "+" + how
		}
		addReported(d, st, src, k, cs, ce, rule, 0.7)
	}
}

// copulaLike are the copular verbs of current or resulting state that take a predicative
// adjective (Quirk et al. 1985, 16.21–16.22), besides the forms of "be".
var copulaLike = lexicon.WordClass("copulalike") // data/wordclasses/copulalike.txt
