package speakers

import (
	"strings"

	"github.com/claimgraph/claimgraph/actors"
	"github.com/claimgraph/claimgraph/discourse"
	"github.com/claimgraph/claimgraph/doc"
	"github.com/claimgraph/claimgraph/graph"
	"github.com/claimgraph/claimgraph/text"
)

// roleVoice is the office that u's speaker names by role words alone (officeOnly: "the press
// secretary", "the deputy spokesman", "the cabinet secretary"), for a title's speaker
// (title:speaker) or for a turn label under it that names the same office ("SPOKESPERSON:" under
// "… Briefing by the Spokesperson": the label repeats the title's head noun). nil for any other
// unit or speaker, so that a label of a transcript with no such title ("CHAIRMAN:") stays unnamed.
func roleVoice(d *doc.Doc, u *discourse.Unit) *doc.Entity {
	if u == nil || u.Speaker.Empty() {
		return nil
	}
	words := roleWords(u.Label)
	if !roleOnly(d, words) {
		return nil
	}
	if !unnamedBriefing(d) {
		return nil
	}
	if u.Rule != "title:speaker" {
		if u.Role != discourse.Turn && u.Role != discourse.Answer {
			return nil
		}
		tw := titleRoleWords(d)
		if len(tw) == 0 || tw[len(tw)-1] != words[len(words)-1] {
			return nil // the label names another office than the title's
		}
		words = tw
	}
	var office []string
	for _, w := range words {
		if w != "the" && w != "a" && w != "an" {
			office = append(office, w)
		}
	}
	key := strings.Join(office, " ")
	name := text.TitleCase(key)
	name = strings.NewReplacer(" Of ", " of ", " For ", " for ", " And ", " and ").Replace(name)
	e := actors.Entity(d, "office:role:"+d.C.Article.ID+":"+key, graph.Government, name, "title:role-voice")
	e.LocalScope = "article:" + d.C.Article.ID
	return e
}

// unnamedBriefing reports a transcript of a briefing given by an office that names neither the
// office's holder nor its body or state: its title is a briefing heading (discourse.
// BriefingHeading: "Press Briefing by …", "Record of the Press Conference of …"), every named
// turn's label names an office alone ("SPOKESPERSON:", not "Press Secretary Karen Blake:", whose
// holder the person rules read), and the header lines above the body (the lines before the first
// turn that are no sentence: title, letterhead, date and place) mention no actor ("Ministry of
// External Affairs", "Washington, D.C., April 2, 2031" give the office's body or state, which
// the body and state rules read). A statement titled by an office alone ("Statement by the
// President on …") is no briefing: with no state it stays nobody's (titledOfficeVoice).
func unnamedBriefing(d *doc.Doc) bool {
	briefing, header := false, true
	for _, st := range d.Sents {
		u := st.Unit
		if u != nil && (u.Role == discourse.Turn || u.Role == discourse.Answer) && !u.Speaker.Empty() && !roleOnly(d, roleWords(u.Label)) {
			return false // a turn names its speaker
		}
		if u != nil && (u.Role == discourse.Turn || u.Role == discourse.Answer || u.Role == discourse.Question || u.Role == discourse.Moderator) || text.EndsSentence(st.Toks) {
			header = false
		}
		if !header {
			continue
		}
		briefing = briefing || discourse.BriefingHeading(st.S.Text)
		for _, mi := range d.BySent[st.Idx] {
			if e := d.Mentions[mi].Ent; e != nil && doc.ActorKind(e) {
				return false // the header names a body, a state or a person
			}
		}
	}
	return briefing
}

// titleRoleWords are the role words of the document's title speaker (roleWords of its label)
// when they name an office alone, else nil.
func titleRoleWords(d *doc.Doc) []string {
	for _, st := range d.Sents {
		if u := st.Unit; u != nil && u.Rule == "title:speaker" && !u.Speaker.Empty() {
			if w := roleWords(u.Label); roleOnly(d, w) {
				return w
			}
			return nil
		}
	}
	return nil
}

// roleOnly reports role words that name an office alone: officeOnly's titles with their
// portfolio ("the minister of agriculture"), or a title of several words in titles.txt ("the
// cabinet secretary", "the press secretary"), also after a deputy's rank word ("deputy press
// secretary").
func roleOnly(d *doc.Doc, words []string) bool {
	if len(words) == 0 {
		return false
	}
	if OfficeOnly(d.Lx, words) {
		return true
	}
	if words[0] == "the" {
		words = words[1:]
	}
	for len(words) > 2 && deputyWords.Has(words[0]) {
		words = words[1:] // "deputy press secretary": the deputy of the office (deputyWords)
	}
	return len(words) > 1 && d.Lx.Titles[strings.Join(words, " ")] != nil
}

// roleWords are the lower-case words of a speaker label, without its punctuation.
func roleWords(label string) []string {
	return strings.FieldsFunc(strings.ToLower(label), func(r rune) bool {
		return r == ' ' || r == '.' || r == ',' || r == ':' || r == '[' || r == ']'
	})
}
