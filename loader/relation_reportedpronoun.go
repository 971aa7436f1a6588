package loader

import (
	"strings"

	"github.com/claimgraph/claimgraph/actors"
	docpkg "github.com/claimgraph/claimgraph/doc"
	"github.com/claimgraph/claimgraph/lexicon"
	"github.com/claimgraph/claimgraph/text"
)

// reportingSubjectPronoun returns the actor of the subject of the verb of saying whose reported
// clause has the third-person pronoun "they" or "it" (syntax token h) as its subject, outside
// quotation marks: "Commanders of the Jubaland Liberation Front said they would shell the port",
// "A border militia said it would seize the dam". Indirect speech shifts the reporter's own first
// person to the third ("we will shell" → "they would shell": Quirk et al. 1985, 14.31, the
// deictic shift of indirect speech), so a pronoun subject of the reported clause that agrees
// with the reporter in number is the reporter (as reportingSubjectWe reads the issuer's "we"):
// "it" a singular noun phrase, "they" a plural one or a body or group named in the singular
// (notional concord, Quirk et al. 1985, 10.35, "the committee … they"). The reporter must be a
// noun phrase naming an actor (frameActorAt), not a pronoun; nil otherwise, and the pronoun is
// left to coreference.
func (d *doc) reportingSubjectPronoun(st *sent, fs *frameSentence, h, cue int) *entity {
	r := reportingVerbOf(st, fs, h)
	if r < 0 {
		return nil
	}
	p := strings.ToLower(fs.toks[h].Form)
	if p != "they" && p != "it" || fs.toks[r].UPOS != "VERB" || !fs.fr.InClass("report", strings.ToLower(lemmaOf(fs.toks[r]))) {
		return nil
	}
	s := -1
	for _, k := range fs.kids[r] {
		if fs.toks[k].DepRel == "nsubj" {
			s = k
		}
	}
	if s < 0 || s > r || text.IsPronoun(st.Toks[fs.at[s]]) {
		return nil
	}
	switch x := fs.toks[s].XPOS; {
	case p == "it" && x != "NN" && x != "NNP":
		return nil
	case p == "they" && x != "NNS" && x != "NNPS" && !d.collectiveActor(st, fs, s):
		return nil
	}
	if e := d.reportedSpeechSource(st, fs.at[r]); e != nil {
		return e
	}
	if membershipNouns.Has(strings.ToLower(lemmaOf(fs.toks[s]))) {
		return nil // "a member of the African Union said it …": the relatum is not the reporter
	}
	e, _ := d.frameActorAt(st, fs, s, cue, nil)
	return e
}

// reportingVerbOf returns the head of the that-clause (ccomp) whose unquoted subject is syntax
// token h, the verb of saying for reportingSubjectPronoun and reportingSubjectWe; -1 when h is no
// such subject.
func reportingVerbOf(st *sent, fs *frameSentence, h int) int {
	if h < 0 || h >= len(fs.toks) || fs.toks[h].DepRel != "nsubj" || st.InQuote[fs.at[h]] {
		return -1
	}
	v := fs.toks[h].Head
	if v < 0 || fs.toks[v].DepRel != "ccomp" {
		return -1
	}
	return fs.toks[v].Head
}

// membershipNouns are the relational nouns of membership and alignment whose of-phrase, genitive
// or premodifier names the relatum, not the referent ("a member of the African Union" is not the
// Union; data/wordclasses/membershipnouns.txt: Barker 1995, ch. 3; WordNet 3.1).
var membershipNouns = lexicon.WordClass("membershipnouns")

// reportedSpeechSource returns the source the speech layer gave the verb of saying at sentence
// token k (a speech:reported claim of the same cue, claims/reported.go), nil when it gave none.
// The reporter of a reported clause is the speaker of its verb of saying: taking it from the
// claim keeps the stance and the CLAIMS of one "said" on one source, whatever the parser made the
// verb's nsubj (a sentence-initial name tagged as an interjection leaves the apposition's head
// "member" as the subject: "Haiti, a member of the African Union, said it would …").
func (d *doc) reportedSpeechSource(st *sent, k int) *entity {
	if k < 0 || k >= len(st.Toks) {
		return nil
	}
	for _, c := range d.Claims {
		if c.Sent == st.Idx && c.CueStart == st.Toks[k].Start && strings.HasPrefix(c.Rule, "speech:reported") && c.Speaker != nil && docpkg.ActorKind(c.Speaker) {
			return c.Speaker.Final()
		}
	}
	return nil
}

// collectiveActor reports a singular subject noun phrase that names a body or group (an
// organization, government, country or unnamed group: not a person), which may take "they"
// by notional concord (Quirk et al. 1985, 10.35).
func (d *doc) collectiveActor(st *sent, fs *frameSentence, s int) bool {
	m := actors.MentionAt(d.Doc, st, fs.at[s])
	return m != nil && m.Ent.Final().Kind != "PERSON"
}
