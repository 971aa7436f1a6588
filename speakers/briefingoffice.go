package speakers

import (
	"github.com/claimgraph/claimgraph/discourse"
	"github.com/claimgraph/claimgraph/doc"
	"github.com/claimgraph/claimgraph/graph"
	"github.com/claimgraph/claimgraph/text"
)

// briefingOffice is the speaker of an answer turn ("A:", "ANSWER:", "A.") that no label names, in
// a transcript whose header lines name a briefing (discourse.BriefingHeading: "Regular Press
// Conference of the Ministry of Foreign Affairs", "Spokesperson's press briefing, 4 February
// 2025") and no briefer: the foreign ministries' regular press conference transcripts print
// their questions as "Q:" and the spokesperson's answers as "A:", unnamed, because every answer
// is given for the office (Merriam-Webster, "spokesperson": a person who speaks as the
// representative of another or others). The office is the government body or organization a
// header line names at its end (the letterhead "Ministry of Foreign Affairs of Ghana", "… media
// briefing by the Ministry of Foreign Affairs of Kenya"), else the issuer's state, as a release's
// (releaseIssuer: the publisher's, the gov domain's, the state the text names as itself, the place
// line's). A question is never the office's; nil outside a briefing (an interview's "A:" is the
// interviewee's, whom it names) or when nothing names the office or its state. An "A:" turn
// that carries the title's speaker ("Press Briefing by the Press Secretary" over "Helsinki, 4
// March 2023") is asked here too when that title names an office no rule resolves (unitSpeaker):
// the office answers for the issuer's state, not for nobody.
func briefingOffice(d *doc.Doc, u *discourse.Unit) *doc.Entity {
	if u == nil || u.Role != discourse.Answer {
		return nil
	}
	briefing := false
	var body *doc.Entity
	for _, st := range d.Sents {
		if su := st.Unit; su != nil && (su.Role == discourse.Question || su.Role == discourse.Answer ||
			su.Role == discourse.Turn || su.Role == discourse.Moderator) {
			break // the header lines end at the first turn
		}
		if su := st.Unit; su != nil && su.Role == discourse.Titled && !su.Furniture && text.EndsSentence(st.Toks) {
			// the header lines end at the titled speaker's first sentence too ("Let me begin with
			// the visit of the Foreign Minister to the meeting of the Council of Ministers of
			// X."): an opening statement's words are the briefing, not its letterhead, and the
			// body they end with is one the spokesperson talks about
			break
		}
		briefing = briefing || briefingHeading(d, st)
		if body == nil {
			body = lineEndBody(d, st)
		}
	}
	if !briefing {
		return nil
	}
	if body != nil {
		return body
	}
	return releaseIssuer(d, u)
}

// lineEndBody is the government body or organization whose mention ends a header line (its last
// word), the line's head or the agent of its title ("… of the Ministry of Foreign Affairs of
// Thailand", "… by the Ministry of Foreign Affairs of Kenya"), or nil.
// spokesTitleOffice is briefingOffice's office for a unit whose speaker is a title naming a
// spokesperson's office alone ("Transcript of the Weekly Media Briefing by the Spokesperson on
// …", Pakistan's foreign ministry), the opening statement's and the answers' alike: the
// spokesperson speaks as the office's representative, as an unnamed "A:" does. nil for any other
// speaker.
func spokesTitleOffice(d *doc.Doc, u *discourse.Unit) *doc.Entity {
	if u == nil || u.Rule != "title:speaker" && u.Rule != "turn:answer" || u.Role != discourse.Titled && u.Role != discourse.Answer {
		return nil
	}
	words := roleWords(u.Label)
	if len(words) == 0 || !doc.SpokesNouns.Has(words[len(words)-1]) {
		return nil
	}
	for _, w := range words[:len(words)-1] {
		if w != "the" {
			return nil
		}
	}
	a := *u
	a.Role = discourse.Answer
	return briefingOffice(d, &a)
}

// briefingHeading is discourse.BriefingHeading of st's text, computed once per sentence
// (d.BriefingHead): briefingOffice reads every header line again for each unnamed answer turn,
// and the heading test lowercases and rejoins the line each time (issue 13, speed).
func briefingHeading(d *doc.Doc, st *doc.Sent) bool {
	if st.Idx < 0 || st.Idx >= len(d.Sents) || d.Sents[st.Idx] != st {
		return discourse.BriefingHeading(st.S.Text)
	}
	if len(d.BriefingHead) != len(d.Sents) {
		d.BriefingHead = make([]int8, len(d.Sents))
	}
	if v := d.BriefingHead[st.Idx]; v != 0 {
		return v == 2
	}
	b := discourse.BriefingHeading(st.S.Text)
	d.BriefingHead[st.Idx] = 1
	if b {
		d.BriefingHead[st.Idx] = 2
	}
	return b
}

func lineEndBody(d *doc.Doc, st *doc.Sent) *doc.Entity {
	k := text.LastWordTok(st.Toks, st.S.End)
	if k < 0 {
		return nil
	}
	for _, mi := range d.BySent[st.Idx] {
		m := d.Mentions[mi]
		if m.Ent == nil || m.Te-1 != k {
			continue
		}
		if e := m.Ent.Final(); e.Kind == graph.Government || e.Kind == graph.Organization {
			return e
		}
	}
	return nil
}

// spokesLabelOffice resolves a turn label that is only a spokesperson noun ("SPOKESPERSON:",
// "Spokesman:"; data/wordclasses/spokesnouns.txt) in a briefing transcript to the office that
// gives the briefing, as briefingOffice does for an unnamed "A:" turn: the spokesperson speaks as
// the representative of the office (Merriam-Webster, "spokesperson"). The unnamed-agent entity
// the actor layer made of the label's word ("spokesperson", rule agent:unnamed) is that office's
// voice, no group of its own: it joins the office. nil outside a briefing, when the document's
// header names the spokesperson (a person as d.Voice: "Marco Delatte, Spokesperson for …" speaks
// himself), or when nothing names the office or its state.
func spokesLabelOffice(d *doc.Doc, u *discourse.Unit, words []string) *doc.Entity {
	if u.Role != discourse.Turn || len(words) != 1 || !doc.SpokesNouns.Has(words[0]) || d.Voice != nil && d.Voice.Final().Kind == graph.Person {
		return nil // a header that names the spokesperson makes the label his (wordSpeaker's d.Voice)
	}
	a := *u
	a.Role = discourse.Answer
	office := briefingOffice(d, &a)
	if office == nil {
		return nil
	}
	for _, m := range labelMentions(d, u) {
		if e := m.Ent.Final(); e != office && e.Rule == "agent:unnamed" {
			e.MergeInto(office)
		}
	}
	return office
}
