package loader

import (
	"strings"

	"github.com/claimgraph/claimgraph/coref"
	"github.com/claimgraph/claimgraph/frames"
	"github.com/claimgraph/claimgraph/graph"
	"github.com/claimgraph/claimgraph/lexicon"
	"github.com/claimgraph/claimgraph/speakers"
)

// The speaker's own side in reported speech (issue 13, frames25). An official's statement is
// coded as the state's (CAMEO codes the speaker by country and sector, Gerner et al. 2012,
// actor codebook; PLOVER codes the actor the spokesperson speaks for), and in the clause he
// reports, the state is named by a description whose reference is fixed by the speaker: "Kenya's
// foreign minister said his government rejects the proposal", "the ministry said its government
// condemns …", "the country strongly condemns the coup, the president said". A possessive
// determiner refers back to the reporting clause's subject (Quirk et al. 1985, 6.28; Halliday &
// Hasan 1976, 2.4), and a definite description with no antecedent is resolved in the situation
// of the utterance, the speaker's (Hawkins 1978, the "larger situation" use), as ownGovernment
// reads a spokesperson's turn. relation_ownspeech.go's ownPrediction does this for a predicted
// act; here it is any act the frames asserted (scope Own) whose source phrase resolves to no
// actor by itself.

// ownStateNoun reports a head of a description of one's own state: definites.txt's "country"
// class (government, country, cabinet), "nation" (AP Stylebook: "nation" for a country in a
// second reference) and "kingdom" (OED kingdom n. 3 "a state having a king or queen as its head";
// wire copy's second reference to a monarchy, "the kingdom"), which only a state whose official
// name holds the noun can be (officialFormHolds, as coref_stateforms.go reads it).
func ownStateNoun(lx *lexicon.Lexicons, w string) bool {
	return lx.Definite[w] == "country" || w == "nation" || w == "kingdom"
}

// reportedOwnState returns the state that the source phrase of match m names through the
// speaker of the verb of saying whose clause holds m, nil when it names none: the phrase is a
// head of ownStateNoun with a possessive pronoun or "the" and no other modifier ("his
// government", "its country", "the nation"; not "the Algerian government", which names its own),
// the verb of saying is found in the parse (reportingVerb) and the claims stage made a claim of
// it, and its speaker speaks for a state (speakerState). The same holds of the speaker's own
// organization (reportedOwnBody): "NATO's secretary general said the alliance would not accept
// …", "the AU chairperson said the pan-African body stood ready to host talks".
func (d *doc) reportedOwnState(st *sent, fs *frameSentence, m frames.Match) *entity {
	h := m.Source
	if h < 0 {
		return nil
	}
	w := strings.ToLower(fs.toks[h].Form)
	state := ownStateNoun(d.Lx, w)
	if !state && !ownBodyNoun(d.Lx, w) {
		return nil
	}
	det := false
	for _, k := range fs.kids[h] {
		switch t := fs.toks[k]; {
		case t.DepRel == "det" && strings.EqualFold(t.Form, "the"), t.DepRel == "nmod:poss" && t.XPOS == "PRP$":
			det = true
		case t.DepRel == "punct", t.DepRel == "case":
		case !state && t.DepRel == "amod" && t.UPOS == "ADJ" && k < h:
			// "the pan-African body", "the 32-member alliance": a describing adjective
		default:
			return nil // "the Algerian government", "the government of Chad", "his own government's …"
		}
	}
	if !det {
		return nil
	}
	v := reportingVerb(fs, m.Cue)
	if v < 0 {
		return nil
	}
	spk := d.claimSpeaker(st, fs.toks[v].Start)
	if spk == nil {
		return nil
	}
	if !state {
		return speakerBody(d.Lx, spk.Final(), w)
	}
	c := speakers.SpeakerState(d.Doc, spk.Final())
	if c != nil && coref.StateForms.Has(w) && !coref.OfficialFormHolds(c.Country, w) {
		return nil // "the kingdom" said by a French minister is no France (coref_stateforms.go)
	}
	return c
}

// genericBodies are heads that describe any organization ("the body", "the organization", "the
// alliance", "the bloc", "the group": OED body n. 14 "an organized group of people"), so any
// organization of the speaker's can be meant; a named head of definites.txt ("the union", "the
// commission") must be a word of the body's name (data/wordclasses/genericbodies.txt).
var genericBodies = lexicon.WordClass("genericbodies")

// kindBodies are heads that name one kind of organization, not any ("the fund": OED fund n. 3, a
// sum of money set apart and the body that administers it; AP Stylebook's "the Fund" for the
// IMF): like a named head, the body's name must hold the word — analysts of a brokerage saying
// "the fund is expected to accept" mean the IMF named in the story, not their brokerage
// (data/wordclasses/kindbodies.txt).
var kindBodies = lexicon.WordClass("kindbodies")

// ownBodyNoun reports a head of a description of an organization: genericBodies or a head of
// definites.txt's org, named or igo classes.
func ownBodyNoun(lx *lexicon.Lexicons, w string) bool {
	if genericBodies.Has(w) || kindBodies.Has(w) {
		return true
	}
	c, ok := lx.Definite[w]
	return ok && c != "country"
}

// speakerBody is the organization a speaker speaks for that a description headed by w names:
// the speaker itself when it is an organization, else the one organization (not a state body) at
// which the speaker holds a role; for a named head, only a body whose name holds w. Nil otherwise.
func speakerBody(lx *lexicon.Lexicons, spk *entity, w string) *entity {
	fits := func(o *entity) bool {
		if o.Kind != graph.Organization {
			return false
		}
		if !genericBodies.Has(w) && (kindBodies.Has(w) || lx.Definite[w] == "named") {
			return strings.Contains(strings.ToLower(o.Name), w)
		}
		return true
	}
	if fits(spk) {
		return spk
	}
	if spk.Kind != graph.Person {
		return nil
	}
	var found *entity
	for _, r := range spk.Roles {
		if r.Org == nil {
			continue
		}
		if o := r.Org.Final(); fits(o) {
			if found != nil && found != o {
				return nil // two organizations: which one is meant is not shown
			}
			found = o
		}
	}
	return found
}

// reportingVerb returns the verb of saying whose clause holds token i, -1 when the parse shows
// none: climbing from i through coordinated, catenative and adjunct clauses (conj, xcomp, advcl,
// acl) to a clause that is a verb's complement (ccomp: "said his government rejects …"), or that
// has a verb of saying after it in parataxis ("His government rejects …, the minister said":
// UD's analysis of a reporting clause after its report) or an "according to" phrase (the case
// word "according" is returned, where the claims stage starts its claim).
func reportingVerb(fs *frameSentence, i int) int {
	c := i
	for depth := 0; depth < 8 && c >= 0; depth++ {
		for _, k := range fs.kids[c] {
			t := fs.toks[k]
			if t.DepRel == "parataxis" && k > i && t.UPOS == "VERB" && fs.fr.InClass("report", t.Lemma) {
				return k
			}
			if t.DepRel == "obl" {
				for _, a := range fs.kids[k] {
					if fs.toks[a].DepRel == "case" && strings.EqualFold(fs.toks[a].Form, "according") {
						return a
					}
				}
			}
		}
		h := fs.toks[c].Head
		switch r := fs.toks[c].DepRel; {
		case r == "ccomp" && h >= 0:
			return h
		case r == "conj", r == "xcomp", r == "advcl", r == "acl":
			c = h
		default:
			return -1
		}
	}
	return -1
}

// firstPersonPossessed reports a noun phrase headed at h whose determiner is a first-person
// possessive ("our people", "my country": nmod:poss of speakers.FirstPersonWords). The
// possessive's reference is fixed by the speaker (Quirk et al. 1985, 6.28; deixis, Levinson
// 1983, ch. 2): the phrase names the speaker's own side, never a thing called "our people".
func firstPersonPossessed(fs *frameSentence, h int) bool {
	for _, k := range fs.kids[h] {
		if fs.toks[k].DepRel == "nmod:poss" && speakers.FirstPersonWords.Has(strings.ToLower(fs.toks[k].Form)) {
			return true
		}
	}
	return false
}

// speakersOwnSide is the target a first-person possessed phrase names (firstPersonPossessed):
// the state of the speaker of the verb of saying whose clause holds match m (reportingVerb, the
// claims stage's claim, speakers.SpeakerState), or, in a speaker's own turn, the state of the
// turn's speaker; nil when no speaker's state is known (the caller then keeps the phrase as
// written).
func (d *doc) speakersOwnSide(st *sent, fs *frameSentence, m frames.Match) *entity {
	var spk *entity
	if v := reportingVerb(fs, m.Cue); v >= 0 {
		spk = d.claimSpeaker(st, fs.toks[v].Start)
	}
	if spk == nil && speakers.Speaking(st.Unit) {
		spk = speakers.UnitSpeaker(d.Doc, st.Unit)
	}
	if spk == nil {
		return nil
	}
	return speakers.SpeakerState(d.Doc, spk.Final())
}
