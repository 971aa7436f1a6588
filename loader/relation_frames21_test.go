package loader

import (
	"slices"
	"strings"
	"testing"
)

// TestFrames21Set scores ../frames/testdata/frames21/constructions.tsv (issue 13, frames21): wire
// constructions that put a stance cue away from its actor — support verbs and verbs of attempt
// with a purpose infinitive, by-agents after inserted phrases, agents in appositions, inserted
// participial and absolute phrases, coordinated verbs, possessor nominal cues, relative clauses
// headed by the actor, descriptive actors. The floors are the figures at the end of branch
// frames21, so the test catches regressions; they are not targets.
func TestFrames21Set(t *testing.T) {
	// of 81 lines; base 99b6827: 64, 62
	constructionSetFloor(t, "frames21", "../frames/testdata/frames21/constructions.tsv", 75, 73)
}

// TestFrames21AgentAfterSupplement (issue 13, frames21): a by-phrase after a supplement set off
// by commas behind a passive cue verb is the verb's agent (frames/supplement.go), whatever the
// parser hung it on inside the supplement; an agent inside the supplement's own participle, or a
// by-phrase of a participle before the comma, stays where it is.
func TestFrames21AgentAfterSupplement(t *testing.T) {
	frames19Cases(t, []struct{ text, want string }{
		{"The ceasefire proposal was welcomed, after a long silence, by Morocco.", "SUPPORTS Morocco -> ceasefire proposal"},
		{"The nuclear deal was criticised, in a speech to parliament on Monday, by Israel's prime minister.", "OPPOSES prime minister|Israel -> nuclear deal"},
		{"Two foreign reporters were expelled, without any explanation, by Eritrea.", "SANCTIONS Eritrea -> reporters"},
		{"The plan, drafted by Egypt, was rejected, in a vote on Friday, by Ethiopia.", "OPPOSES Ethiopia -> plan"},
		{"Venezuela was accused, in a report published by the United Nations, by Colombia of sheltering rebels.", "OPPOSES Colombia -> Venezuela"},
	})
	frames21Forbidden(t, []struct{ text, not string }{
		{"The plan, drafted by Egypt, was rejected, in a vote on Friday, by Ethiopia.", "!OPPOSES Egypt"},
		{"Venezuela was accused, in a report published by the United Nations, by Colombia of sheltering rebels.", "!OPPOSES United Nations"},
	})
}

// TestFrames21AbsoluteClause (issue 13, frames21): an absolute clause (possessive determiner,
// noun, participle) set off by commas between the subject and its verb is left out of the parse
// (relation_wire.go absoluteSupplement, Quirk et al. 1985, 15.58), so the subject keeps its
// verb.
func TestFrames21AbsoluteClause(t *testing.T) {
	frames19Cases(t, []struct{ text, want string }{
		{"Greece, its coffers drained by the debt crisis, rejected the bailout terms.", "OPPOSES Greece -> bailout terms"},
		{"Israel, its reservists called up for a third time, threatened to widen the offensive.", "THREATENS Israel -> offensive"},
		{"Sri Lanka, its reserves running low, asked India for an emergency loan.", "DEMANDS Sri Lanka -> loan"},
		{"Algeria, its treasury swollen by gas revenue, offered Spain a new supply deal.", "OFFERS Algeria -> Spain"},
	})
}

// frames21Forbidden wants each "!TYPE Src" line to hold on its sentence (frames8Forbidden); a
// line may carry the mark "KNOWN parser: WHY | " (knownParserLine).
func frames21Forbidden(t *testing.T, cases []struct{ text, not string }) {
	t.Helper()
	for _, c := range cases {
		g := extractText(t, c.text)
		why, not, known := knownParserLine(t, c.not)
		ok := frames8Forbidden(g, view(g), not)
		if known {
			knownParserResult(t, why, c.text, not, ok, foundRelations(g, view(g)))
		} else if !ok {
			t.Errorf("%s: want %s; found %v", c.text, not, foundRelations(g, view(g)))
		}
	}
}

// TestFrames21AttemptNoun (issue 13, frames21): a noun of attempt with a to-infinitive, the object
// of its support verb ("launched a bid to", "launched an effort to"), is no act of its own
// (frames/attempt.go): the dictionary's "LAUNCH * BID" [160] and "LAUNCH * EFFORT" [020] do not
// code it, the infinitive's act is the subject's. A verb acting on an attempt, or on another's,
// keeps its pattern.
func TestFrames21AttemptNoun(t *testing.T) {
	frames19Cases(t, []struct{ text, want string }{
		{"Pakistan launched a bid to revive peace talks with India.", "OFFERS Pakistan -> peace talks"},
		{"Germany backed Moldova's bid to join the European Union.", "SUPPORTS Germany -> bid"},
		{"Police foiled a bid to smuggle weapons into Gaza.", "OPPOSES police -> bid"},
	})
	frames21Forbidden(t, []struct{ text, not string }{
		{"Pakistan launched a bid to revive peace talks with India.", "!SANCTIONS Pakistan"},
		{"Egypt launched a fresh bid to broker a truce in Sudan.", "!SANCTIONS Egypt"},
		{"Ghana launched an effort to end the blockade of its ports.", "!DEMANDS Ghana"},
		{"Peru launched a new effort to attract foreign investors.", "!DEMANDS Peru"},
	})
}

// TestFrames21InfinitiveAfterAttempt (issue 13, frames21): after a noun of attempt or "moved",
// "to" before a CAMEO verb tagged NN with an object after it is the infinitive marker
// (wire_infinitive.go); a name, a determiner or a word no CAMEO verb after "to" stays as tagged.
func TestFrames21InfinitiveAfterAttempt(t *testing.T) {
	x := testExtractor(t)
	for _, c := range []struct {
		forms, upos, xpos string
		want              string // the tags of "to" and the next word after the rule
	}{
		{"Norway took steps to ease sanctions", "PROPN VERB NOUN ADP NOUN NOUN", "NNP VBD NNS IN NN NNS", "PART/TO VERB/VB"},
		{"Egypt launched a bid to broker a truce", "PROPN VERB DET NOUN ADP NOUN DET NOUN", "NNP VBD DT NN IN NN DT NN", "PART/TO VERB/VB"},
		{"Kenya moved to halt arms sales", "PROPN VERB ADP NOUN NOUN NOUN", "NNP VBD IN NN NNS NNS", "PART/TO VERB/VB"},
		{"Kenya moved to Nairobi last year", "PROPN VERB ADP PROPN ADJ NOUN", "NNP VBD IN NNP JJ NN", "ADP/IN PROPN/NNP"},
		{"a step to the talks", "DET NOUN ADP DET NOUN", "DT NN IN DT NNS", "ADP/IN DET/DT"},
		{"a move to peace talks", "DET NOUN ADP NOUN NOUN", "DT NN IN NN NNS", "ADP/IN NOUN/NN"},
		{"a return to ease restrictions", "DET NOUN ADP NOUN NOUN", "DT NN IN NN NNS", "ADP/IN NOUN/NN"},
	} {
		forms, upos, xpos := strings.Fields(c.forms), strings.Fields(c.upos), strings.Fields(c.xpos)
		infinitiveAfterAttempt(x.frames, x.lemma, forms, upos, xpos)
		to := slices.Index(forms, "to")
		if got := upos[to] + "/" + xpos[to] + " " + upos[to+1] + "/" + xpos[to+1]; got != c.want {
			t.Errorf("%s: got %s, want %s", c.forms, got, c.want)
		}
	}
	frames19Cases(t, []struct{ text, want string }{
		{"Norway took steps to ease sanctions on Iran.", "OFFERS Norway -> sanctions"},
	})
}

// TestFrames21AttemptedObtaining (issue 13, frames21): a verb of obtaining (obtain, win, gain,
// get, secure) as the act of an attempt — a noun of attempt's infinitive, or the xcomp of try /
// seek / strive — seeks its object, coded by the dictionary's SEEK patterns ("SEEK *
// EXTRADITION" [0213], "SEEK * RELEASE"), with the trying's negation; the same verb outside an
// attempt reports what was obtained, no stance.
func TestFrames21AttemptedObtaining(t *testing.T) {
	frames19Cases(t, []struct{ text, want string }{
		{"Peru tried to obtain the extradition of the former president.", "DEMANDS Peru -> extradition"},
		{"Mexico sought to secure the release of its detained consul.", "DEMANDS Mexico -> release"},
		{"Belgium made renewed efforts to secure the extradition of the suspect from Morocco.", "DEMANDS Belgium -> extradition"},
		{"Mexico made efforts to secure the release of the kidnapped workers.", "DEMANDS Mexico -> release"},
	})
	frames21Forbidden(t, []struct{ text, not string }{
		{"Peru obtained the extradition of the former president.", "!DEMANDS Peru"},
		{"Peru did not try to obtain the extradition of the former president.", "!DEMANDS Peru"},
		{"Kenya launched a bid to win a seat on the Security Council.", "!DEMANDS Kenya"},
	})
}

// TestFrames21NamedAppositive (issue 13, frames21): a named organization in apposition to a
// descriptive agent noun phrase ("Sudan's main rebel movement, the SPLM-N,") is the actor, not the
// description's weak entity (relation_frames.go frameActorAt; Quirk et al. 1985, 17.65).
func TestFrames21NamedAppositive(t *testing.T) {
	frames19Cases(t, []struct{ text, want string }{
		{"Sudan's main rebel movement, the SPLM-N, rejected the truce.", "OPPOSES SPLM-N -> truce"},
		{"Myanmar's largest ethnic armed group, the UWSA, rejected the ceasefire talks.", "OPPOSES UWSA -> ceasefire talks"},
	})
	frames21Forbidden(t, []struct{ text, not string }{
		{"Sudan's main rebel movement, the SPLM-N, rejected the truce.", "!OPPOSES rebel movement"},
	})
}

// TestFrames21DemonymOnly (issue 13, frames21): a sentence whose only possible source is a
// national adjective on a noun cue ("Iranian demands for …") is parsed (relation_frames_gate.go
// mayHaveSource), so the noun-national frame names the state; a demonym on a noun that is no
// cue gives nothing.
func TestFrames21DemonymOnly(t *testing.T) {
	frames19Cases(t, []struct{ text, want string }{
		{"Chinese criticism of the visit intensified.", "OPPOSES China -> visit"},
		{"Iranian demands for compensation were ignored.", "DEMANDS Iran -> compensation"},
		{"Turkish opposition to the pipeline hardened.", "OPPOSES Turkey -> pipeline"},
	})
	frames19None(t, []string{"French wine exports to China fell sharply.", "Chinese tourists crowded the old harbour."})
}

// TestFrames21ConjoinedPassive (issue 13, frames21): a participle conjoined to a passive verb,
// with no subject, auxiliary or object of its own, shares the passive ("was praised by Egypt but
// rejected by Ethiopia", frames conjPassive; Quirk et al. 1985, 13.46–13.52): its by-phrase is
// its agent and the shared subject its patient. A conjunct with an auxiliary of its own is
// active.
func TestFrames21ConjoinedPassive(t *testing.T) {
	frames19Cases(t, []struct{ text, want string }{
		{"The deal was praised by Egypt but rejected by Ethiopia.", "OPPOSES Ethiopia -> deal"},
		{"The truce was welcomed by Qatar and endorsed by Turkey.", "SUPPORTS Turkey -> truce"},
		{"The new tariffs were criticised by China and condemned by Brazil.", "OPPOSES Brazil -> tariffs"},
	})
	frames21Forbidden(t, []struct{ text, not string }{
		{"The deal was praised by Egypt but rejected by Ethiopia.", "!OPPOSES deal"},
		{"The new tariffs were criticised by China and condemned by Brazil.", "!OPPOSES tariffs"},
	})
}

// TestFrames21ReceivedAct (issue 13, frames21): a noun cue as the object of a verb of receiving
// or eliciting (face, receive, draw, attract, prompt …: modality.txt undergo) is the act of its
// from-phrase's actor aimed at the verb's subject (frames noun-received; CAMEO.2.0.txt "FACE *
// CRITICISM" [:111], "GET * SUPPORT (FROM)" [:051]), with the verb's modality; a verb of seeking
// keeps the noun as what it asks for.
func TestFrames21ReceivedAct(t *testing.T) {
	frames19Cases(t, []struct{ text, want string }{
		{"The merger faced opposition from Brazil.", "OPPOSES Brazil -> merger"},
		{"The execution prompted condemnation from Norway.", "OPPOSES Norway -> execution"},
		{"Ukraine received military support from Germany.", "SUPPORTS Germany -> Ukraine"},
		{"The visit attracted criticism from China.", "OPPOSES China -> visit"},
		{"Kosovo gained recognition from Kenya.", "SUPPORTS Kenya -> Kosovo"},
		{"The new law drew strong criticism from the European Union.", "OPPOSES European Union -> new law"},
		{"The tax plan drew criticism from Germany.", "OPPOSES Germany -> tax plan"},
		{"Kenya came under criticism from Uganda.", "OPPOSES Uganda -> Kenya"},
		{"The minister, facing criticism from France, withdrew the pension reform.", "OPPOSES France -> minister"},
		{"Japan, which faced criticism from China, defended the release of the water.", "OPPOSES China -> Japan"},
	})
	g := extractText(t, "The merger faced opposition from Brazil.")
	for _, r := range g.Relations {
		if l := view(g).label(r.Target); strings.Contains(l, "opposition") {
			t.Errorf("The merger faced opposition from Brazil.: target %q holds the cue", l)
		}
	}
	frames21Forbidden(t, []struct{ text, not string }{
		{"The treaty did not draw criticism from Chile.", "!OPPOSES Chile"},
		{"Argentina sought support from Brazil.", "!SUPPORTS Brazil"},
		{"Peru tried to win support from Chile.", "!SUPPORTS Chile"},
		{"The funds came from Qatar.", "!OFFERS Qatar"},
	})
	frames19None(t, []string{"The artist drew a map of the border."})
}

// TestFrames21SupplementedSubject (issue 13, frames21): an unnamed agent noun whose verb follows
// a supplement set off by commas (a participle clause, a non-restrictive relative clause) is an
// actor as before the verb (actor_unnamed.go commaSupplementEnd), named without the supplement;
// so is one with a place postmodifier, which the parse keeps inside the subject (wire_split.go
// insertions).
func TestFrames21SupplementedSubject(t *testing.T) {
	cases := []struct{ text, want string }{
		{"Farmers, angered by the new tariffs, rejected the deal.", "OPPOSES farmers -> deal"},
		{"Teachers, who have been on strike for weeks, rejected the pay offer.", "OPPOSES teachers -> pay offer"},
		{"Fishermen, citing falling catches, demanded new quotas.", "DEMANDS fishermen -> quotas"},
		{"Protesters in Tbilisi, waving EU flags, denounced the foreign agents law.", "OPPOSES protesters -> law"},
	}
	frames19Cases(t, cases)
	for _, c := range cases {
		g := extractText(t, c.text)
		v := view(g)
		for _, r := range g.Relations {
			if l := v.label(r.Source); strings.Contains(l, ",") {
				t.Errorf("%s: source %q holds the supplement", c.text, l)
			}
		}
	}
}

// TestFrames21SupportOper (issue 13, frames21): lend and throw are support verbs of the noun
// support (Oper1, Mel'čuk 1996), whose target is its to- or behind-phrase ("lent its support to",
// "threw its support behind"; CAMEO.2.0.txt "THREW * WEIGHT (BEHIND)" [051]).
func TestFrames21SupportOper(t *testing.T) {
	frames19Cases(t, []struct{ text, want string }{
		{"Spain lent its support to Morocco's autonomy plan.", "SUPPORTS Spain -> autonomy plan"},
		{"Germany threw its support behind the Dutch candidate.", "SUPPORTS Germany -> Dutch candidate"},
		{"Ireland lent its full support to the peace initiative.", "SUPPORTS Ireland -> peace initiative"},
	})
	frames19None(t, []string{"The farmers threw stones at the police station."})
}

// TestFrames21ParticipleSupplement (issue 13, frames21): a past participle clause set off by
// commas after the subject is passive, with the subject its patient and its by-phrase its agent
// (frames participlePatient; Quirk et al. 1985, 15.58, 17.22), not an act of the subject; a
// restrictive reduced relative ("the quotas criticised by Norway") presents its act as given and
// asserts nothing.
func TestFrames21ParticipleSupplement(t *testing.T) {
	frames19Cases(t, []struct{ text, want string }{
		{"Azerbaijan, accused by Armenia of blocking the corridor, denied the charges.", "OPPOSES Armenia -> Azerbaijan"},
		{"The proposal, backed by France, was adopted on Friday.", "SUPPORTS France -> proposal"},
		{"Hungary, condemned by the EU for its media law, defended the measure.", "OPPOSES European Union -> Hungary"},
		{"Serbia, praised by Germany for its reforms, opened new accession talks.", "SUPPORTS Germany -> Serbia"},
	})
	frames21Forbidden(t, []struct{ text, not string }{
		{"Hungary, condemned by the EU for its media law, defended the measure.", "!OPPOSES Hungary"},
		{"The quotas criticised by Norway were changed last year.", "!OPPOSES Norway"},
	})
}

// TestFrames21Cleft (issue 13, frames21): in a cleft sentence the relative pronoun of the cleft
// clause (UD advcl:relcl) stands for the focus, which acts (Quirk et al. 1985, 18.25-18.28).
func TestFrames21Cleft(t *testing.T) {
	frames19Cases(t, []struct{ text, want string }{
		{"It was Hungary that vetoed the declaration.", "OPPOSES Hungary -> declaration"},
		{"It was Germany that first demanded an inquiry.", "DEMANDS Germany -> inquiry"},
	})
}

// TestFrames21QuasiCoordination (issue 13, frames21): a noun added to the subject by along with,
// together with or as well as acts too (frames quasiCoordinated; Quirk et al. 1985,
// 13.102-13.106); one excluded by rather than does not.
func TestFrames21QuasiCoordination(t *testing.T) {
	frames19Cases(t, []struct{ text, want string }{
		{"Chile, along with Peru, condemned the coup in Bolivia.", "OPPOSES Peru -> coup"},
		{"Chile, along with Peru, condemned the coup in Bolivia.", "OPPOSES Chile -> coup"},
		{"Denmark, together with Sweden, rejected the proposal.", "OPPOSES Sweden -> proposal"},
	})
	frames21Forbidden(t, []struct{ text, not string }{
		{"Chile, rather than Peru, condemned the coup.", "!OPPOSES Peru"},
	})
}

// TestFrames21SlashPattern (issue 13, frames21): CAMEO.2.0.txt's "HIT * (BY/WITH SANCTIONS)"
// [163], now generated as two patterns (cmd/claimgraph-cues slashAlternatives), codes those hit
// by sanctions as their target; the slot that names its noun outranks the block's bare "* WITH"
// [190] (frames patternScore).
func TestFrames21SlashPattern(t *testing.T) {
	frames19Cases(t, []struct{ text, want string }{
		{"Russian banks were hit by US sanctions.", "SANCTIONS United States -> Russian banks"},
		{"Canada hit Venezuela with new sanctions.", "SANCTIONS Canada -> Venezuela"},
	})
}
