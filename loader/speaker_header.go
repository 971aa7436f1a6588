package loader

import (
	"strings"

	"github.com/claimgraph/claimgraph/graph"
	"github.com/claimgraph/claimgraph/text"
)

// headerOfficeHolder resolves a label that names only an office ("PRIME MINISTER:", "TREASURER:")
// to the person the transcript's header names beside that office: a line that is the office
// alone, next to a name line with the parliamentary honorific ("THE HON DANIEL CORBETT MP" over
// "PRIME MINISTER", "SENATOR THE HON RUTH HOLT"), the header of every Australian ministerial
// transcript and media release (the Australian Government Style Manual, "Titles, honours, forms
// of address": "The Hon" before a minister's name, "MP" after it). The name is shown in ordinary
// case with the office as its role (rule person:speaker-label). nil when no header line matches.
func (d *doc) headerOfficeHolder(words []string) *entity {
	if len(words) == 0 || len(words) > 8 {
		return nil // (the header line that repeats the label and the name line beside it are the evidence)
	}
	office := strings.Join(words, " ")
	for i, st := range d.sents {
		if i > 12 {
			break // the header: the first lines of the transcript
		}
		if strings.ToLower(strings.Join(text.LowerWords(st.toks), " ")) != office || text.EndsSentence(st.toks) {
			continue
		}
		for _, j := range []int{i - 1, i + 1} {
			if j < 0 || j >= len(d.sents) {
				continue
			}
			if name := honName(d.sents[j]); name != "" {
				e := d.entity("person:"+graph.NormalizeName(name), graph.Person, name, "person:speaker-label")
				if len(e.nameToks) == 0 {
					e.nameToks = strings.Fields(name)
				}
				if len(e.roles) == 0 {
					e.addRole(text.TitleCase(office), nil)
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
func honName(st *sent) string {
	ts := st.toks
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
	if e > k && postNominals[ts[e-1].Lower] {
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
var postNominals = map[string]bool{"mp": true, "mla": true, "mhr": true, "mpp": true, "mhk": true, "kc": true, "qc": true}

// introPerson returns the one person named in the span of a transcript's opening line that
// discourse reads as naming who gives the briefing ("The following is a near-verbatim transcript
// of today's noon briefing by X, Spokesman for the Secretary-General.", discourse's introSpeaker)
// or in the byline under its heading ("X, Department Spokesperson"), when that line is not the
// first sentence: the transcript's voice over the body its heading names (rule
// coref:transcript-voice).
func (d *doc) introPerson() *entity {
	var p *entity
	for i := range d.units {
		u := &d.units[i]
		if u.Rule != "title:speaker" || !u.Furniture || u.Speaker.Empty() || len(d.sents) == 0 || u.Speaker.Start < d.sents[0].s.End {
			continue
		}
		for _, m := range d.mentions {
			st := d.sents[m.sent]
			if st.toks[m.ts].Start < u.Speaker.Start || st.toks[m.te-1].End > u.Speaker.End {
				continue
			}
			if e := m.ent.final(); e.kind == graph.Person {
				if p != nil && p != e {
					return nil
				}
				p = e
			}
		}
	}
	return p
}
