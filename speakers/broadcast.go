package speakers

import (
	"strings"

	"github.com/claimgraph/claimgraph/actors"
	"github.com/claimgraph/claimgraph/discourse"
	"github.com/claimgraph/claimgraph/doc"
	"github.com/claimgraph/claimgraph/graph"
	"github.com/claimgraph/claimgraph/lexicon"
	"github.com/claimgraph/claimgraph/text"
)

// namedBeforeComma resolves a label in capitals that gives a name, a comma and a description
// ("ROSA IBARRA, CHILEAN FOREIGN MINISTER:", "DAVID OKAFOR, FORMER NIGERIAN AMBASSADOR:"): the
// convention of broadcast transcripts (CNN, NPR), which name a speaker in full with his
// description at his first turn and by surname after it ("IBARRA:"). The speaker is the name
// before the comma, two or three words none of them a title: the person of that surname the
// text names ("Rosa Ibarra" in the host's introduction, accents folded as wordSpeaker folds
// them), else, in a transcript, a person of that name (labelNamePerson). The description is
// the appositive (Quirk et al. 1985, §17.65) and no part of the name. nil when the label has no
// such shape.
func namedBeforeComma(d *doc.Doc, u *discourse.Unit) *doc.Entity {
	name, _, ok := strings.Cut(u.Label, ",")
	if !ok || u.Role != discourse.Turn {
		return nil
	}
	ws := strings.Fields(name)
	if n := len(ws); n > 2 && strings.HasPrefix(ws[n-1], "(") && strings.HasSuffix(ws[n-1], ")") {
		// "SEN. ROBERT HAYES (R)", "GEN. ALAN BRODY (RET.)": CNN's party initial or a retired
		// officer's "RET." after the name (AP Stylebook, "military titles") qualifies it
		ws = ws[:n-1]
	}
	if len(ws) > 2 && strings.HasSuffix(ws[0], ".") && d.Lx.Titles[strings.ToLower(ws[0])] != nil {
		// an abbreviated title before the name ("SEN.", "GEN.", "GOV.": titles.txt) is no
		// word of it
		ws = ws[1:]
	}
	if len(ws) < 2 || len(ws) > 3 {
		return nil
	}
	name = strings.Join(ws, " ")
	var lower []string
	for _, w := range ws {
		lw := strings.ToLower(w)
		if !text.UpperFirstWord(w) || d.Lx.Titles[lw] != nil || text.IsNameConnector(lw) {
			return nil
		}
		lower = append(lower, lw)
	}
	v := *u
	v.Label = strings.TrimSpace(name)
	v.Speaker.End = v.Speaker.Start + len([]rune(v.Label))
	last := lower[len(lower)-1]
	for _, e := range d.Ents {
		if e.Merged == nil && e.Kind == graph.Person && len(e.NameToks) > 0 && strings.EqualFold(actors.FoldAccents(e.NameToks[len(e.NameToks)-1]), actors.FoldAccents(last)) {
			return e
		}
	}
	if !transcriptTurn(d, u) {
		return nil
	}
	for _, w := range lower {
		if d.LowerSeen[w] {
			return nil // a word the article writes in lower case is no name's
		}
	}
	return labelNamePerson(d, v.Label)
}

// interviewerOutlet reports a turn label that is the name of a news outlet the Phoenix actors
// dictionary codes in the media sector ("DER SPIEGEL:", "REUTERS:"): the convention of printed
// interviews, which label the interviewer's turns with the publication's name. The outlet's
// journalist asks and challenges on the record but states no position of a party to the story
// (Clayman & Heritage 2002, ch. 5, on the interviewer's neutralism), so the turn has no speaker
// to claim it, as a questioner's has none, and the label makes no person.
func interviewerOutlet(phx *lexicon.Actors, u *discourse.Unit) bool {
	if u.Role != discourse.Turn || phx == nil || strings.Contains(u.Label, ",") {
		return false
	}
	a := phx.Unique(u.Label, "")
	if a == nil || a.Kind == graph.Person {
		return false
	}
	c := a.Code
	return strings.HasPrefix(c, "MED") || len(c) >= 6 && c[3:6] == "MED"
}

// labelledHolder resolves a turn label that names only an office ("Spokesperson:", "OFFICIAL
// SPOKESPERSON:") to the person an earlier turn label of the same transcript named with that office
// ("Spokesperson Tomas Weller:" at the first turn): a transcript names a speaker in full once and
// by his office after it, as it does by surname (the UN's and ministries' briefing transcripts),
// and the holder who has spoken outranks a body the title names. Every word of the office must
// be a word of the earlier label; the earlier label must resolve to a person. A label with "the"
// ("The President:" of a UN meeting record, where a head of state may speak as "President X:")
// names the presiding office and is left to presiding. nil otherwise.
func labelledHolder(d *doc.Doc, u *discourse.Unit, words []string) *doc.Entity {
	if u.Role != discourse.Turn && u.Role != discourse.Answer || !OfficeOnly(d.Lx, words) || words[0] == "the" {
		return nil // "The President:" of a UN record, "The CHAIR." of a hearing: the presiding office (presiding)
	}
	for i := range d.Units {
		v := &d.Units[i]
		if v.Speaker.Start >= u.Speaker.Start || v.Role != discourse.Turn || v.Label == u.Label || v.Speaker.Empty() {
			continue
		}
		in := map[string]bool{}
		for _, w := range strings.Fields(strings.ToLower(v.Label)) {
			in[strings.Trim(w, ".,:")] = true
		}
		all := true
		for _, w := range words {
			all = all && (w == "the" || in[w])
		}
		if !all || len(in) <= len(words) {
			continue
		}
		if p := UnitSpeaker(d, v); p != nil && p.Final().Kind == graph.Person {
			return p.Final()
		}
	}
	return nil
}

// headingCase writes the name of a body the actor layer read from a heading in capitals ("KENYA
// DEFENCE FORCES", "ASEAN SECRETARIAT" over "PRESS RELEASE") in ordinary case, each word as the
// text writes it outside its headings (an acronym it writes in capitals stays: "ASEAN
// Secretariat"), else with a capital initial, "of", "and", "for" and "the" in lower case after
// the first word (CMOS 8.67 and 8.159 on the names of organizations). The capitals stay an
// alias. A name not wholly in capitals, or a dictionary's, is left alone.
func headingCase(d *doc.Doc, e *doc.Entity) {
	e = e.Final()
	if e.IdName != "" || strings.ToUpper(e.Name) != e.Name || strings.ToLower(e.Name) == e.Name || !strings.Contains(e.Name, " ") {
		return
	}
	caps := map[string]bool{} // words the text writes in capitals outside its headings
	for _, st := range d.Sents {
		if !text.EndsSentence(st.Toks) {
			continue
		}
		for _, t := range st.Toks {
			if t.Kind == text.Word && t.AllCaps && len([]rune(t.Text)) > 1 {
				caps[t.Text] = true
			}
		}
	}
	ws := strings.Fields(e.Name)
	for i, w := range ws {
		switch lw := strings.ToLower(w); {
		case caps[w]:
		case i > 0 && (lw == "of" || lw == "and" || lw == "for" || lw == "the"):
			ws[i] = lw
		default:
			ws[i] = text.TitleCase(lw)
		}
	}
	e.AddAlias(e.Name)
	e.Name = strings.Join(ws, " ")
}
