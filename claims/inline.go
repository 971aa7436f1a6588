package claims

import (
	"github.com/claimgraph/claimgraph/actors"
	"github.com/claimgraph/claimgraph/doc"
	"github.com/claimgraph/claimgraph/lexicon"
	"github.com/claimgraph/claimgraph/speakers"
	"github.com/claimgraph/claimgraph/surface"
	"github.com/claimgraph/claimgraph/text"
)

// inlineLeadIn reads a lead-in that ends with a colon right before a quotation opening at t0 in
// the same sentence: "X released the following statement on Sunday: “…", "X issued a statement:
// “…": a document noun (documentNouns, "remarks", "comments") at most eight tokens before the
// colon, after the verb that issues it; the speaker is that verb's subject. It returns the
// speaker and the verb's index, or nil.
func inlineLeadIn(d *doc.Doc, st *doc.Sent, t0 int) (*doc.Entity, int) {
	toks := st.Toks
	if t0 < 3 || toks[t0-1].Text != ":" {
		return nil, 0
	}
	for j := t0 - 2; j > 0 && j >= t0-9; j-- {
		w := toks[j].Lower
		if !speakers.DocumentNouns.Has(w) && w != "remarks" && w != "comments" {
			continue
		}
		k := j - 1 // back over "the following joint", "a written"
		for k > 0 && (actors.Determiners.Has(toks[k].Lower) || toks[k].Lower == "following" || toks[k].Lower == "joint" || toks[k].Lower == "written" || toks[k].Lower == "short" || toks[k].Lower == "brief") {
			k--
		}
		if k <= 0 || k == j-1 || toks[k].Kind != text.Word || toks[k].Cap {
			return nil, 0
		}
		if src, _, how := surface.SubjectOf(d, st, k); src != nil && (how == "" || how == "subject") && doc.ActorKind(src) {
			return src.Final(), k
		}
		return nil, 0
	}
	return nil, 0
}

// inlineSaid reads a verb of speech before a quotation opening at t0 after a colon, its complement
// only adverbials up to the colon: "X said on Tuesday in a speech to the association: “…" (the
// quotation is what was said). It returns the verb's subject and the verb's index, or nil.
func inlineSaid(d *doc.Doc, st *doc.Sent, t0 int) (*doc.Entity, int) {
	toks := st.Toks
	if t0 >= 4 && toks[t0-1].Text == "," && toks[0].Lower == "according" && toks[1].Lower == "to" {
		// "According to Minister X, “…": the actor that heads the phrase after "to" and ends it
		// ("According to a source close to X, “…" names no speaker)
		k := 2
		for k < t0-1 && (toks[k].Kind != text.Word || st.Ment[k] < 0) && (actors.Determiners.Has(toks[k].Lower) || d.Lx.Titles[toks[k].Lower] != nil || toks[k].Cap) {
			k++
		}
		if m := actors.MentionAt(d, st, k); m != nil && doc.ActorKind(m.Ent) && m.Te == t0-1 {
			return m.Ent.Final(), 0
		}
		return nil, 0
	}
	if t0 < 3 || toks[t0-1].Text != ":" {
		return nil, 0
	}
	for k := t0 - 2; k > 0 && k >= t0-14; k-- {
		t := toks[k]
		if t.Text == "." || t.Text == ";" || t.Kind == text.Quote || t.Lower == "that" {
			return nil, 0
		}
		le, ok := doc.SpeechAt(d.Lx, st, k)
		if !ok || le.Form == "ing" {
			continue
		}
		if k+1 < t0-1 && !text.IsPrep(toks[k+1].Lower) && !timeWord(toks[k+1].Lower) {
			return nil, 0 // "said the talks were over:": a clause of its own
		}
		if src, _, how := surface.SubjectOf(d, st, k); src != nil && (how == "" || how == "subject") && doc.ActorKind(src) {
			return src.Final(), k
		}
		return nil, 0
	}
	return nil, 0
}

// timeWord reports a word that opens an adverbial of time after a verb ("said today:", "said
// Tuesday:").
func timeWord(w string) bool { return saidTimeWords.Has(w) }

// saidTimeWords are timeWord's words: adjuncts of time (Quirk et al. 1985, ch. 8), the days of
// the week, "again" and "also".
var saidTimeWords = lexicon.WordClass("saidtimewords") // data/wordclasses/saidtimewords.txt
