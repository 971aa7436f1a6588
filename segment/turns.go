package segment

import (
	"github.com/claimgraph/claimgraph/discourse"
	"github.com/claimgraph/claimgraph/doc"
	"github.com/claimgraph/claimgraph/text"
)

// markTurns runs discourse.Analyze over the article's paragraphs and gives each sentence the
// unit of its paragraph. A question turn's first-person pronouns are the journalist's, and its
// sentences assert nothing of the answerer.
func markTurns(d *doc.Doc) {
	var paras []discourse.Para
	last := -1
	for _, st := range d.Sents {
		if st.S.Paragraph != last {
			last = st.S.Paragraph
			start := st.S.Start
			if start >= 2 && string(d.Runes[start-2:start]) == "- " && (start == 2 || d.Runes[start-3] == '\n') {
				// the caption's turn mark the splitter leaves out of the sentence ("- We believe
				// …", input/split.go) is the paragraph's: the discourse reader reads turns by it
				start -= 2
			}
			paras = append(paras, discourse.Para{Start: start, End: st.S.End})
		}
		paras[len(paras)-1].End = st.S.End
	}
	// paragraph texts as substrings of the article: code points → bytes in one pass, no copies
	article := d.C.Article.Text
	byteAt := make(map[int]int, 2*len(paras))
	for _, p := range paras {
		byteAt[p.Start], byteAt[p.End] = -1, -1
	}
	cp := 0
	for b := range article {
		if _, ok := byteAt[cp]; ok {
			byteAt[cp] = b
		}
		cp++
	}
	if _, ok := byteAt[cp]; ok {
		byteAt[cp] = len(article)
	}
	for i := range paras {
		paras[i].Text = article[byteAt[paras[i].Start]:byteAt[paras[i].End]]
	}
	d.Units = discourse.Analyze(paras)
	p := -1
	last = -1
	for _, st := range d.Sents {
		if st.S.Paragraph != last {
			last = st.S.Paragraph
			p++
		}
		st.Unit = &d.Units[p]
		st.Question = st.Unit.Role == discourse.Question
		if st.Headline && !st.Unit.Furniture && TurnRole(st.Unit.Role) && text.EndsSentence(st.Toks) {
			// a turn's sentence is speech, however many capitals its label and names give it
			// ("Chair (Alicia Kearns MP): Order, order."): no headline, its names read as prose
			st.Headline = false
		}
		if st.Headline && (bylineLine(st) || attendanceLine(st)) {
			st.Headline = false
		}
	}
}

// bylineLine reports the line under a document's heading that names its speaker and nothing
// else but his office ("Thomas Hale, Department Spokesperson" under "Department Press Briefing –
// November 24, 2026", the State Department's layout; discourse's bylineSpeaker): a byline names
// a person (Chicago Manual of Style 1.23, the author's name under the title), so its capitalized
// words are a name, not headline-style capitals of a run the article never writes again.
func bylineLine(st *doc.Sent) bool {
	u := st.Unit
	if u.Rule != "title:speaker" || !u.Furniture || u.Speaker.Start != st.S.Start || len(st.Toks) == 0 {
		return false
	}
	for k, t := range st.Toks {
		if t.End == u.Speaker.End {
			return k+1 == len(st.Toks) || st.Toks[k+1].Text == ","
		}
	}
	return false
}

// TurnRole reports the role of a labelled turn of a transcript.
func TurnRole(r discourse.Role) bool {
	return r == discourse.Turn || r == discourse.Question || r == discourse.Answer || r == discourse.Moderator
}

// attendanceLine reports the list of those present that heads the minutes or evidence of a
// committee ("Members present: Alicia Vance (Chair); Mr Tom Okafor; Dr Helen Brandt.", "Present:
// …"; the UK Parliament's select committee transcripts, Erskine May 25th ed. 38.43, and the minutes
// of meetings, Robert's Rules of Order §48): a list of names, not a headline whose capitals the
// article never repeats.
func attendanceLine(st *doc.Sent) bool {
	ts := st.Toks
	k := 0
	if len(ts) > 2 && ts[0].Lower == "members" && ts[1].Lower == "present" {
		k = 2
	} else if len(ts) > 1 && ts[0].Lower == "present" {
		k = 1
	}
	return k > 0 && ts[k].Text == ":"
}
