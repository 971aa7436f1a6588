package actors

import (
	"strings"

	"github.com/claimgraph/claimgraph/doc"
	"github.com/claimgraph/claimgraph/text"
)

// titleOffice reads an office named by its holder's title in the genitive ("the Prime Minister's
// Office", "the President's Office", "the Ombudsman's Office", "the Attorney General's Office"):
// a capitalized title of an office of state (titles.txt, class state) right before token j, "'s"
// at j and the capitalized head "Office" after it, closing the name. The genitive names whose
// office it is (Quirk et al. 1985, 5.116) and the whole is the body's name, as "the Coastal
// Fishermen's Association" is (nameGenitive); without it the title was read as a person's
// and "Office" left as a body named "Office". It returns the end of the name (after "Office"), or
// j when the shape is not there. orgChunk makes the body a title-implied one (titleOfficeBody),
// whose country comes from the text or which stays local to its article, as every state's
// president has an office of that name.
func titleOffice(st *doc.Sent, units []unit, j int) int {
	toks := st.Toks
	last := len(units) - 1
	if last < 0 || units[last].kind != uTitle || units[last].te != j || toks[j].Lower != "'s" || j+1 >= len(toks) {
		return j
	}
	u := units[last]
	if !toks[u.ts].Cap || u.e.Title == nil || u.e.Title.Class != "state" {
		return j
	}
	o := toks[j+1]
	if o.Kind != text.Word || !o.Cap || o.Lower != "office" || j+2 < len(toks) && toks[j+2].Cap && toks[j+2].Kind == text.Word {
		return j
	}
	return j + 2
}

// titleOfficeBody reports a name [ts, te) of the shape titleOffice reads: "<Title>'s Office".
func titleOfficeBody(d *doc.Doc, st *doc.Sent, ts, te int) bool {
	if te-ts < 3 || st.Toks[te-2].Lower != "'s" || st.Toks[te-1].Lower != "office" {
		return false
	}
	t := d.Lx.Titles[strings.ToLower(d.SpanText(st, ts, te-2))]
	return t != nil && t.Class == "state"
}

// SpokesTitle reports a title of one who speaks for a body: one ending in a spokesTitles word
// ("Foreign Ministry Spokesperson"), or a press secretary (titles.txt: Merriam-Webster, "a person
// officially in charge of press relations for a prominent public figure or organization").
func SpokesTitle(title string) bool {
	ws := strings.Fields(strings.ToLower(title))
	n := len(ws)
	return n > 0 && SpokesTitles.Has(ws[n-1]) || n >= 2 && ws[n-2] == "press" && ws[n-1] == "secretary"
}
