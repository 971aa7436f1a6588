package loader

import (
	"github.com/claimgraph/claimgraph/actors"
	"github.com/claimgraph/claimgraph/frames"
	"github.com/claimgraph/claimgraph/graph"
	"github.com/claimgraph/claimgraph/speakers"
)

// ownGroupRule is appended to the rule of a stance announced by a speaker for the organization it
// speaks for or leads through a possessive ("his fighters would hit …", "its fighters would …",
// "his movement would never recognize …"): speakerGroup.
const ownGroupRule = "+speaker:own-group"

// speakerGroup is the non-state organization that speaker spk speaks for: spk itself when it is
// an organization (its "its fighters", "its members" are its own), else the one organization a
// person holds a role at (MEMBER_OF from a title: "Hezbollah leader Hassan Nasrallah", "Hamas
// political chief …"). A possessive determiner in the reported clause refers back to the
// reporting clause's subject (Quirk et al. 1985, 6.28; Halliday & Hasan 1976, 2.4), so "his
// fighters", "his movement" are the forces or body of the organization the speaker heads, and
// PLOVER codes an event for the actor it is reported of, the organization the leader speaks for
// (as CAMEO codes a rebel leader's forces by the group: Gerner et al. 2012, actor codebook). A
// state's speaker is speakers.SpeakerState's; nil when the person holds roles at several
// organizations (whose is not told) or at a state body or country (the state's, handled there).
func speakerGroup(spk *entity) *entity {
	switch spk.Kind {
	case graph.Organization:
		return spk
	case graph.Person:
	default:
		return nil
	}
	var org *entity
	for _, r := range spk.Roles {
		if r.Org == nil {
			continue
		}
		o := r.Org.Final()
		switch {
		case o.Kind == graph.Country || o.Kind == graph.Government:
			return nil
		case o.Kind != graph.Organization || o.Weak:
			continue
		case org != nil && org != o:
			return nil
		}
		org = o
	}
	return org
}

// possessedGroupForces reports a phrase headed by h, a possessive pronoun its only premodifier,
// whose head the Phoenix agents dictionary codes as armed men of any side: MIL (troops,
// soldiers), REB (rebels, guerrillas) or UAF, unidentified armed forces (fighters, gunmen,
// militiamen) — "his fighters", "its guerrillas". A non-state group's armed men are coded by the
// group (CAMEO actor codebook: REB, UAF as the group's sector), so said by its leader or by the
// group, their announced act is the group's (speakerGroup).
func possessedGroupForces(ex *Extractor, fs *frameSentence, h int) bool {
	return possessedArmed(ex, fs, h, "MIL", "REB", "UAF")
}

// bodyOfficeRule is appended to the rule of a speaker's own act when the speaker is a group of a
// state body's office-holders that only speakers.BodyOfficeGroup reads as the state's ("a Russian
// foreign ministry spokeswoman said Moscow would …").
const bodyOfficeRule = "+speaker:body-office-group"

// bodyOfficeSpeaker reports that the speaker of the verb of saying scoping m is such a group.
func (d *doc) bodyOfficeSpeaker(st *sent, fs *frameSentence, m frames.Match) bool {
	if m.Outer < 0 {
		return false
	}
	spk := d.claimSpeaker(st, attributionStart(fs, m.Outer))
	if spk == nil || spk.Final().Kind != graph.Group {
		return false
	}
	n := spk.Final().Name
	return speakers.BodyOfficeGroup(d.x.phx, n) && actors.Sector(d.x.phx, n, "") != "GOV" && !speakers.OfficeGroup(n)
}
