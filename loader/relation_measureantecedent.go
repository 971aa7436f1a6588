package loader

import (
	"github.com/claimgraph/claimgraph/text"
)

// measureNounAntecedent reports a loader token that heads a noun phrase naming a measure by its
// sanction noun ("Peru's new copper export levy", "the rice export ban", "the steel tariffs"):
// a noun whose cue class in cue-classes.txt is a sanction (frames IsSanctionNoun: tariff, duty,
// levy, embargo, ban, curb …; PLOVER SANCTION, CAMEO 16x). Such a noun names a thing an actor can
// reject or welcome, as a policy noun does (policywords.txt), so it is a candidate antecedent of
// an object pronoun of a stance verb ("Peru's new export levy hurts smelters. Chile rejects it.":
// the levy; Hobbs 1978, Lappin & Leass 1994: the nearest agreeing noun phrase, as thingAntecedent
// searches). The noun is lemmatized as a common noun, singular or plural by its -s.
func (d *doc) measureNounAntecedent(t text.Token, plural bool) bool {
	if d.x == nil || d.x.frames == nil || d.x.lemma == nil || t.Kind != text.Word || t.Cap {
		return false
	}
	xpos := "NN"
	if plural {
		xpos = "NNS"
	}
	return d.x.frames.IsSanctionNoun(d.x.lemma.Lemma(t.Lower, "NOUN", xpos))
}

// reportNounAntecedent reports whether the lower-case common noun t (plural when plural is set)
// is a noun of what is said or held, a PARC 3.0 nominal attribution cue (modality.txt class
// report-noun: "allegation", "claim", "report"; Pareti 2016), which a stance cue takes as its
// object as it takes a policy ("rejected the allegations", "denied the reports"); a pronoun
// object of such a cue may refer to it ("Q: What about the allegations? / A: We reject them").
func (d *doc) reportNounAntecedent(t text.Token, plural bool) bool {
	if d.x == nil || d.x.frames == nil || d.x.lemma == nil || t.Kind != text.Word || t.Cap {
		return false
	}
	xpos := "NN"
	if plural {
		xpos = "NNS"
	}
	return d.x.frames.InClass("report-noun", d.x.lemma.Lemma(t.Lower, "NOUN", xpos))
}
