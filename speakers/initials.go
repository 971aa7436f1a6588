package speakers

import (
	"strings"

	"github.com/claimgraph/claimgraph/actors"
	"github.com/claimgraph/claimgraph/discourse"
	"github.com/claimgraph/claimgraph/doc"
	"github.com/claimgraph/claimgraph/graph"
	"github.com/claimgraph/claimgraph/text"
)

// personInitials resolves a one-word turn label in capitals of two to four letters (w: the label
// word in lower case; "KM:",
// "AO:") to the one person of the document whose name words, in order, begin with those letters
// (Kwaku Mensah, Abena Osei): interview and oral-history transcripts identify their speakers by
// initials once the full name is given (Baylor University Institute for Oral History, Style
// Guide, "speaker identification"; an initialism is formed from initial letters, Chicago Manual
// of Style 17th ed. 10.2). The person's full name must appear in the document outside the
// label; two people with the same initials leave the label unresolved. The label's word, if the
// actor layer read it as an acronym or a one-word name, joins the person (joinLabelAcronym).
// nil otherwise.
func personInitials(d *doc.Doc, u *discourse.Unit, w string) *doc.Entity {
	n := len([]rune(w))
	if u.Role != discourse.Turn || n < 2 || n > 4 || strings.ToUpper(u.Label) != u.Label {
		return nil
	}
	var found *doc.Entity
	for _, e := range d.Ents {
		if e.Merged != nil || e.Dropped || e.Kind != graph.Person || len(e.NameToks) != n {
			continue
		}
		ini := ""
		for _, t := range e.NameToks {
			r := []rune(t)
			if len(r) == 0 || !text.UpperFirstWord(t) {
				ini = ""
				break
			}
			ini += strings.ToLower(string(r[0]))
		}
		if ini != strings.ToLower(w) {
			continue
		}
		if found != nil && found != e {
			return nil // two people share the initials: the label names neither for certain
		}
		found = e
	}
	if found != nil {
		joinLabelAcronym(d, u, found, w)
	}
	return found
}

// initialsLabel reports a one-word turn label (lw: the label in lower case) of two to four
// letters none of which is a vowel letter (a, e, i, o, u, y): "KL", "JM", "TV". An English
// word's every syllable has a vowel letter, so such a word is read letter by letter, an
// initialism formed from initial letters (Chicago Manual of Style 17th ed. 10.2), and as a turn
// label it is the speaker's initials (Baylor University Institute for Oral History, Style Guide,
// "speaker identification"), not a surname: when no person of the document carries those
// initials (personInitials), the label names nobody. A surname written in capitals ("WU:",
// "LEE:") has a vowel letter and is left to surnameLabel.
func initialsLabel(lw string) bool {
	n := len([]rune(lw))
	if n < 2 || n > 4 {
		return false
	}
	for _, r := range lw {
		if r < 'a' || r > 'z' || strings.ContainsRune("aeiouy", r) {
			return false
		}
	}
	return true
}

// dropInitialsAcronym drops the entity the actor layer made of an initials label's word w (rule
// org:acronym or name:single: "KL:" read as an organization) when no person carries those
// initials (wordSpeaker): the word is the speaker's label, not an organization's name, and the
// entity is dropped only when every mention of it lies inside a turn's speaker label.
func dropInitialsAcronym(d *doc.Doc, u *discourse.Unit, w string) {
	for _, m := range labelMentions(d, u) {
		e := m.Ent.Final()
		if e.Rule != "org:acronym" && e.Rule != "name:single" || !strings.EqualFold(e.Name, w) {
			continue
		}
		onlyLabels := true
		for _, o := range actors.MentionsOf(d, e) {
			st := d.Sents[o.Sent]
			if st.Unit == nil || st.Unit.Role != discourse.Turn || st.Toks[o.Ts].Start < st.Unit.Speaker.Start || st.Toks[o.Te-1].End > st.Unit.Speaker.End {
				onlyLabels = false
				break
			}
		}
		if onlyLabels {
			e.Dropped = true
		}
	}
}
