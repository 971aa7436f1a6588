package speakers

import (
	"github.com/claimgraph/claimgraph/actors"
	"github.com/claimgraph/claimgraph/discourse"
	"github.com/claimgraph/claimgraph/doc"
	"github.com/claimgraph/claimgraph/graph"
	"github.com/claimgraph/claimgraph/lexicon"
	"github.com/claimgraph/claimgraph/text"
)

// introMaxToks bounds a self-introduction: greeting, a name of up to four words, a connector,
// an outlet of up to five words and the punctuation between them.
const introMaxToks = 16

// introWords are the lower-case words a self-introduction may hold: the greeting's "you", the
// connectors before the outlet ("from", "with", "for", "at"), the particles and function words
// of names ("of", "the", "and", "de", "al") and of the introduction ("this is", "my name is").
// "Hi, this is Jane Roe from CNN.", "My name is Jane Roe, with Al-Monitor."
// (data/wordclasses/introwords.txt).
var introWords = lexicon.WordClass("introwords")

// floorWords are the lower-case words with which a moderator gives the floor to the next asker:
// "First, Jane Roe of Kyodo News.", "Next question, please, Omar Haddad from Anadolu Agency."
// (data/wordclasses/floorwords.txt).
var floorWords = lexicon.WordClass("floorwords")

// questionerIntro reports whether sentence st, the n-th (from 0) of its question turn, is the
// asker's self-introduction: among the turn's first two sentences, after the label (bodyStart),
// only capitalized words, introWords and the punctuation of names (",", "-", "&", "'", "’"),
// closed by a full stop; at least two capitalized words and a comma or connector between the
// name and the outlet. A question ("…?") or any other lower-case word is the question itself.
// The moderator's sentence that gives the floor to the asker by name and outlet ("First, Jane
// Roe of Kyodo News.", anywhere in the moderator's turn, floorWords allowed) is the same credit.
func questionerIntro(st *doc.Sent, n int) bool {
	u := st.Unit
	if u == nil || !(u.Role == discourse.Question && n <= 1 || u.Role == discourse.Moderator) {
		return false
	}
	toks := st.Toks[doc.BodyStart(st):]
	if len(toks) < 3 || len(toks) > introMaxToks || toks[len(toks)-1].Text != "." {
		return false
	}
	caps, joins := 0, 0
	for _, t := range toks[:len(toks)-1] {
		switch {
		case t.Kind == text.Word && t.Cap:
			caps++
		case t.Kind == text.Word && (introWords.Has(t.Lower) || u.Role == discourse.Moderator && floorWords.Has(t.Lower)):
			if t.Lower == "from" || t.Lower == "with" || t.Lower == "for" || t.Lower == "at" {
				joins++
			}
		case t.Text == ",":
			joins++
		case t.Text == "-" || t.Text == "&" || t.Text == "'" || t.Text == "’":
		default:
			return false
		}
	}
	return caps >= 2 && joins > 0
}

// outletMaxWords bounds a questioner's outlet named alone: the longest outlet names of the
// briefing transcripts are five words ("Hong Kong Phoenix TV Station", "Agence France-Presse").
const outletMaxWords = 6

// questionerOutlet reports the first sentence of a question turn that is only the asker's
// outlet ("Q: Bloomberg. The U.S. State Department …", "Q: Kyodo News. …"): after the label
// (bodyStart), one to outletMaxWords words, each capitalized or a particle of names
// (introWords: "of", "the"), closed by a full stop, whose mentions are all organizations. It is
// questionerIntro without the asker's name — the PRC Foreign Ministry's transcripts credit
// some askers by outlet alone — and a name alone in the label's position is no clause, so it
// names no actor of the talk (Clayman & Heritage 2002, ch. 4, on the questioner's footing).
func questionerOutlet(d *doc.Doc, st *doc.Sent, n int) bool {
	if u := st.Unit; u == nil || u.Role != discourse.Question || n != 0 {
		return false
	}
	toks := st.Toks[doc.BodyStart(st):]
	if len(toks) < 2 || toks[len(toks)-1].Text != "." {
		return false
	}
	words := 0
	for _, t := range toks[:len(toks)-1] {
		switch {
		case t.Kind == text.Word && (t.Cap || introWords.Has(t.Lower)):
			words++
		case t.Text == "-" || t.Text == "&" || t.Text == "'" || t.Text == "’":
		default:
			return false
		}
	}
	if words == 0 || words > outletMaxWords {
		return false
	}
	orgs := 0
	for _, mi := range d.BySent[st.Idx] {
		m := d.Mentions[mi]
		if m.Ent == nil {
			continue
		}
		if e := m.Ent.Final(); e.Kind != graph.Organization && !actors.NewsOutlet(d.Phx, e) {
			return false
		}
		orgs++
	}
	return orgs > 0
}

// outletLine reports a paragraph that is only a news service's name (newsOutlet: a Phoenix
// actor with the MED code; "AFP", "Reuters" on a line of their own, as scraped pages leave an
// agency's sign-off or a picture credit): a name alone is no clause and names no actor of the
// story, so it counts as a credit, as the questioner's label does (dropQuestionerLabels).
func outletLine(d *doc.Doc, st *doc.Sent) bool {
	if st.Idx > 0 && d.Sents[st.Idx-1].S.Paragraph == st.S.Paragraph ||
		st.Idx+1 < len(d.Sents) && d.Sents[st.Idx+1].S.Paragraph == st.S.Paragraph {
		return false
	}
	var m *doc.Mention
	for _, mi := range d.BySent[st.Idx] {
		if m != nil {
			return false // two mentions
		}
		m = d.Mentions[mi]
	}
	if m == nil || m.Ent == nil || !actors.NewsOutlet(d.Phx, m.Ent.Final()) {
		return false
	}
	for k, t := range st.Toks {
		if (k < m.Ts || k >= m.Te) && t.Kind == text.Word {
			return false
		}
	}
	return true
}

// floorVerbs are the words of a short sentence with which whoever chairs a briefing gives the
// floor to an outlet ("We go to Reuters.", "Over to AFP.", "Let's take Kyodo next."), besides
// floorWords and introWords (data/wordclasses/floorverbs.txt).
var floorVerbs = lexicon.WordClass("floorverbs")

// floorGiving reports a sentence of a speaker's, moderator's or answerer's turn that only gives
// the floor: at most eight tokens after the label, every lower-case word of floorVerbs,
// floorWords or introWords, one of them of floorGive. A spokesperson who chairs the briefing does the moderator's part ("Oana
// Lindgren [NATO Spokesperson]: We go to Reuters."), so an organization or person named there
// is the next asker, named as a label names it (dropQuestionerLabels).
func floorGiving(st *doc.Sent) bool {
	u := st.Unit
	if u == nil || u.Role != discourse.Turn && u.Role != discourse.Moderator && u.Role != discourse.Answer {
		return false
	}
	toks := st.Toks[doc.BodyStart(st):]
	if len(toks) == 0 || len(toks) > 8 {
		return false
	}
	floor := false
	for _, t := range toks {
		if t.Kind != text.Word {
			continue
		}
		floor = floor || floorGive.Has(t.Lower) // "Over to AFP."
		if !t.Cap && !floorVerbs.Has(t.Lower) && !floorWords.Has(t.Lower) && !introWords.Has(t.Lower) {
			return false
		}
	}
	return floor
}

// floorGive are the words that make a short sentence a floor-giving one: a name alone ("Miroslav
// Hanek" signing a statement) gives no floor (data/wordclasses/floorgive.txt).
var floorGive = lexicon.WordClass("floorgive")

// journalistNouns are the journalist nouns an outlet's name premodifies to say whose journalist
// is meant: "the CNN reporter", "the Yonhap News Agency correspondent"; Phoenix's [~MED] agents
// (data/wordclasses/journalistnouns.txt).
var journalistNouns = lexicon.WordClass("journalistnouns")

// journalistAfter reports a journalist noun right after token k ("the [CNN] reporter has
// already asked"): the outlet's name is the classifier of a noun-noun compound whose head is the
// journalist (CGEL 5.14.3, composite nominals), who asks at the briefing; the outlet does
// nothing there, as in a questioner's label (dropQuestionerLabels).
func journalistAfter(st *doc.Sent, k int) bool {
	return k < len(st.Toks) && journalistNouns.Has(st.Toks[k].Lower)
}
