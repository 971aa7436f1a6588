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

// headerOfficeHolder resolves a label that names only an office ("PRIME MINISTER:", "TREASURER:")
// to the person the transcript's header names beside that office: a line that is the office
// alone, next to a name line with the parliamentary honorific ("THE HON DANIEL CORBETT MP" over
// "PRIME MINISTER", "SENATOR THE HON RUTH HOLT"), the header of every Australian ministerial
// transcript and media release (the Australian Government Style Manual, "Titles, honours, forms
// of address": "The Hon" before a minister's name, "MP" after it). The name is shown in ordinary
// case with the office as its role (rule person:speaker-label). nil when no header line matches.
func headerOfficeHolder(d *doc.Doc, words []string) *doc.Entity {
	if len(words) == 0 || len(words) > 8 {
		return nil // (the header line that repeats the label and the name line beside it are the evidence)
	}
	office := strings.Join(words, " ")
	for i, st := range d.Sents {
		if i > 12 {
			break // the header: the first lines of the transcript
		}
		if strings.ToLower(strings.Join(text.LowerWords(st.Toks), " ")) != office || text.EndsSentence(st.Toks) {
			continue
		}
		for _, j := range []int{i - 1, i + 1} {
			if j < 0 || j >= len(d.Sents) {
				continue
			}
			if name := honName(d.Sents[j]); name != "" {
				e := actors.Entity(d, "person:"+graph.NormalizeName(name), graph.Person, name, "person:speaker-label")
				if len(e.NameToks) == 0 {
					e.NameToks = strings.Fields(name)
				}
				if len(e.Roles) == 0 {
					e.AddRole(text.TitleCase(office), nil)
				}
				return e
			}
		}
	}
	return nil
}

// honName reads a name line with the honorific "The Hon" ("THE HON DANIEL CORBETT MP", "Senator
// the Hon Ruth Holt", "Hon. Mark Ellison MP"): the two or three capitalized words after it, before
// a post-nominal (MP, MLA, MHR, MPP, KC, QC), in ordinary case; "" for any other line.
func honName(st *doc.Sent) string {
	ts := st.Toks
	k := 0
	if k < len(ts) && ts[k].Lower == "senator" {
		k++
	}
	if k < len(ts) && ts[k].Lower == "the" {
		k++
	}
	if k >= len(ts) || ts[k].Lower != "hon" && ts[k].Lower != "hon." && ts[k].Lower != "honourable" {
		return ""
	}
	k++
	if k < len(ts) && ts[k].Text == "." {
		k++
	}
	e := len(ts)
	if e > k && postNominals.Has(ts[e-1].Lower) {
		e--
	}
	if e-k < 2 || e-k > 3 {
		return ""
	}
	var ws []string
	for _, t := range ts[k:e] {
		if t.Kind != text.Word || !t.Cap {
			return ""
		}
		ws = append(ws, t.Text)
	}
	name := strings.Join(ws, " ")
	if strings.ToUpper(name) == name {
		name = text.TitleCase(name)
	}
	return name
}

// postNominals are the parliamentary and professional letters after a name in such a header.
var postNominals = lexicon.WordClass("postnominals") // data/wordclasses/postnominals.txt

// IntroPerson returns the one person named in the span of a transcript's opening line that
// discourse reads as naming who gives the briefing ("The following is a near-verbatim transcript
// of today's noon briefing by X, Spokesman for the Secretary-General.", discourse's introSpeaker)
// or in the byline under its heading ("X, Department Spokesperson"), when that line is not the
// first sentence: the transcript's voice over the body its heading names (rule
// coref:transcript-voice).
func IntroPerson(d *doc.Doc) *doc.Entity {
	var p *doc.Entity
	for i := range d.Units {
		u := &d.Units[i]
		if u.Rule != "title:speaker" || !u.Furniture || u.Speaker.Empty() || len(d.Sents) == 0 || u.Speaker.Start < d.Sents[0].S.End {
			continue
		}
		for _, m := range d.Mentions {
			st := d.Sents[m.Sent]
			if st.Toks[m.Ts].Start < u.Speaker.Start || st.Toks[m.Te-1].End > u.Speaker.End {
				continue
			}
			if e := m.Ent.Final(); e.Kind == graph.Person {
				if p != nil && p != e {
					return nil
				}
				p = e
			}
		}
	}
	return p
}

// titleInitials resolves a turn label that is the initials of the office the document's title
// gives its speaker ("EAM:" under "Transcript of the Interview of External Affairs Minister Dr. X",
// "PM:" under "Remarks by Prime Minister X"): the Indian Ministry of External Affairs' and many
// governments' transcripts label their principal by the office's initialism (an abbreviation
// formed from initial letters, Chicago Manual of Style 10.2). The letters must be the initials of
// consecutive capitalized words of the title's speaker, one of them a title; the label's word, if
// the actor layer read it as an acronym, joins the person. nil otherwise.
func titleInitials(d *doc.Doc, u *discourse.Unit, w string) *doc.Entity {
	lw := len([]rune(w))
	if u.Role != discourse.Turn || lw < 2 || lw > 5 || strings.ToUpper(u.Label) != u.Label {
		return nil
	}
	for i := range d.Units {
		t := &d.Units[i]
		if t.Rule != "title:speaker" || !t.Furniture || t.Speaker.Empty() {
			continue
		}
		ws := strings.Fields(t.Label)
		for s := 0; s+lw <= len(ws); s++ {
			ini, title := "", false
			for _, x := range ws[s : s+lw] {
				x = strings.Trim(x, ",.")
				if x == "" || !text.UpperFirstWord(x) {
					break
				}
				ini += strings.ToLower(x[:1])
				title = title || d.Lx.Titles[strings.ToLower(x)] != nil
			}
			if ini != strings.ToLower(w) || !title {
				continue
			}
			tu := *t
			tu.Role = discourse.Titled
			if e := UnitSpeaker(d, &tu); e != nil && e.Kind == graph.Person {
				joinLabelAcronym(d, u, e, w)
				return e
			}
			return nil
		}
	}
	return nil
}

// spokesBody resolves a speaker named only as a body's unnamed spokesperson ("Statement by a
// Federal Foreign Office spokesperson on …", "an FCDO spokesperson"): the body mentioned right
// before the final "spokesperson", "spokesman" or "spokeswoman" of u's speaker span. An unnamed
// spokesperson speaks for the body (as "…, a spokesperson said" after a body, rule
// quote:spokesperson-of). nil when the span ends otherwise.
func spokesBody(d *doc.Doc, u *discourse.Unit) *doc.Entity {
	sp := u.Speaker
	for _, st := range d.Sents {
		if st.S.End <= sp.Start || st.S.Start >= sp.End {
			continue
		}
		k := text.LastWordTok(st.Toks, sp.End)
		if k < 1 {
			return nil
		}
		switch st.Toks[k].Lower {
		case "spokesperson", "spokesman", "spokeswoman":
		default:
			return nil
		}
		for _, mi := range d.BySent[st.Idx] {
			m := d.Mentions[mi]
			if e := m.Ent.Final(); m.Te == k && st.Toks[m.Ts].Start >= sp.Start && (e.Kind == graph.Government || e.Kind == graph.Organization) {
				return e
			}
		}
		return nil
	}
	return nil
}
