package actors

import (
	"strings"

	"github.com/claimgraph/claimgraph/discourse"
	"github.com/claimgraph/claimgraph/doc"
	"github.com/claimgraph/claimgraph/graph"
	"github.com/claimgraph/claimgraph/lexicon"
)

// TitleUnit is the unit of the heading line that names the document's speaker (discourse rule
// title:speaker), or nil.
func TitleUnit(d *doc.Doc) *discourse.Unit {
	for _, st := range d.Sents {
		if u := st.Unit; u != nil && u.Rule == "title:speaker" {
			return u
		}
	}
	return nil
}

// IssuerVoice reports a sentence in the voice of the document's issuer, under the heading tu that
// names its speaker: the heading and the header lines, the titled statement's own text, an answer
// of the transcript, and a turn whose label holds the office the heading names ("Press Secretary
// Karen Blake:" under "Press Conference by the Press Secretary"). Questions, a moderator's turns,
// another speaker's turns and quoted statements are others' words.
func IssuerVoice(lx *lexicon.Lexicons, st *doc.Sent, tu *discourse.Unit) bool {
	u := st.Unit
	if u == nil || tu == nil {
		return false
	}
	if u.Rule == "title:speaker" || u.Rule == "title:release" {
		return true // the heading, a header line or the titled statement's (or release's) text
	}
	switch u.Role {
	case discourse.Answer:
		return true
	case discourse.Turn:
		office := strings.ToLower(strings.TrimPrefix(strings.TrimPrefix(tu.Label, "the "), "The "))
		label := strings.ToLower(u.Label)
		if office != "" && (strings.Contains(label, office) || strings.Contains(office, label)) {
			return true
		}
		t := leadTitle(lx, office)
		return t != "" && t == leadTitle(lx, label)
	}
	return false
}

// leadTitle is the longest title of titles.txt that opens words (lower case), or "": the office
// a heading or a turn label names before its holder's name or body ("press secretary" of "press
// secretary of the ministry of foreign affairs" and of "press secretary taro hoshino").
func leadTitle(lx *lexicon.Lexicons, words string) string {
	w := strings.Fields(strings.ReplaceAll(words, ",", " "))
	for k := len(w); k > 0; k-- {
		if t := strings.Join(w[:k], " "); lx.Titles[t] != nil {
			return t
		}
	}
	return ""
}

// SelfReference is the one state the issuer's own voice (issuerVoice) names as its speaker's own:
//
//   - "we <demonym plural>" ("we Japanese", "we Indians"): the first person with an appositive
//     noun phrase, the speaker among the people so named (Quirk et al. 1985, 17.65 on
//     apposition; CGEL ch. 5 §8, "we linguists");
//   - "our/my country (,) <Name>" ("our country Japan"): the speaker's possessive with the
//     country's name in apposition (Quirk et al. 1985, 17.65);
//   - a state's "we" bound in indirect speech (boundWeState);
//   - the subject of the speaker's positions and acts named "the <demonym> side" or by the state's
//     name (positionSubjectState; "the Chinese side has lodged representations with the Philippine
//     side": "side" is the party to a dispute or exchange, Merriam-Webster "side" 6a, the usage by
//     which foreign ministries name their own state as an actor), unless the speaker addresses a
//     directive to that state (directiveAddressee: "We urge the Philippine side to …").
//
// The appositive and bound forms come first; the subjects are read only when they name no
// state. Nil when none names a state or two states are named.
func SelfReference(d *doc.Doc, tu *discourse.Unit) *lexicon.Country {
	var bound, subj *lexicon.Country
	twoBound, twoSubj := false, false
	addressed := map[*lexicon.Country]bool{}
	note := func(c *lexicon.Country, at **lexicon.Country, two *bool) {
		if c == nil {
			return
		}
		if *at != nil && *at != c {
			*two = true
		}
		*at = c
	}
	for _, st := range d.Sents {
		if !IssuerVoice(d.Lx, st, tu) {
			continue
		}
		note(appositiveSelf(d, st), &bound, &twoBound)
		note(BoundWeState(d, st), &bound, &twoBound)
		if c := DirectiveAddressee(d, st); c != nil {
			addressed[c] = true
		}
		if c, k := subjectState(d, st); c != nil && k < len(st.Toks) && !deonticModals.Has(st.Toks[k].Lower) {
			if stateSubjectActs(d, st, k) {
				note(c, &subj, &twoSubj)
			}
		}
	}
	if bound != nil {
		if twoBound {
			return nil
		}
		return bound
	}
	if subj == nil || twoSubj || addressed[subj] {
		return nil
	}
	return subj
}

// stateSubjectActs reports the verb after a state subject ending at k of st as one of the state's
// own positions or acts: a stance verb (positionSubjectState's reading), and when the subject is
// "the X side" a commitment ("will") or a finite verb of the speaker's narration of his side's
// acts ("has lodged", "expressed"): a description ("is", "remains") says nothing of whose side it is.
func stateSubjectActs(d *doc.Doc, st *doc.Sent, k int) bool {
	k = skipAdverbs(st, k)
	if k >= len(st.Toks) || st.Toks[k].Cap {
		return false
	}
	w := st.Toks[k].Lower
	a := doc.BodyStart(st)
	for a < len(st.Toks) && (DiscourseMarkers.Has(st.Toks[a].Lower) || st.Toks[a].Text == ",") {
		a++
	}
	side, _ := stateSide(d, st, a)
	if PositionSubjectState(d, st) != nil && (side != nil || w != "will" && w != "shall" && w != "'ll") {
		// a stance ("Turkey strongly condemns …"); a state's "will" only of its side ("the
		// Chinese side will …"): a spokesperson announces other states' plans as well
		// ("Mexico will send a delegation")
		return true
	}
	if side == nil {
		return false
	}
	if w == "has" || w == "have" || w == "had" {
		k = skipAdverbs(st, k+1)
		return k < len(st.Toks) && strings.HasSuffix(st.Toks[k].Lower, "ed")
	}
	return strings.HasSuffix(w, "ed")
}

// appositiveSelf is the state of "we <demonym plural>" or "our/my country (,) <Name>" in st, or
// nil (selfReference).
func appositiveSelf(d *doc.Doc, st *doc.Sent) *lexicon.Country {
	toks := st.Toks
	for i := 0; i+1 < len(toks); i++ {
		if st.InQuote[i] {
			continue
		}
		switch toks[i].Lower {
		case "we":
			if c := d.Lx.DemonymPlural[toks[i+1].Lower]; c != nil && toks[i+1].Cap {
				return c
			}
			if ents, _ := d.MatchNames(st, i+1); toks[i+1].Cap {
				for _, e := range ents {
					if e.Kind == lexicon.EntryDemonym && e.Country != nil && strings.HasSuffix(toks[i+1].Lower, "ese") {
						return e.Country // "we Japanese": a demonym in -ese is its own plural
					}
				}
			}
		case "our", "my":
			j := i + 1
			if toks[j].Lower != "country" && toks[j].Lower != "nation" {
				continue
			}
			j++
			if j < len(toks) && toks[j].Text == "," {
				j++
			}
			if j < len(toks) && toks[j].Lower == "the" {
				j++
			}
			if j >= len(toks) || !toks[j].Cap {
				continue
			}
			ents, _ := d.MatchNames(st, j)
			for _, e := range ents {
				if e.Kind == lexicon.EntryCountry && e.Country != nil {
					return e.Country
				}
			}
		}
	}
	return nil
}

// HeaderPlace is the country of the header block's place line when it names a capital: the
// dateline or place-and-date line ("CANBERRA, 12 April 2031 –", "Washington, D.C., April 2,
// 2031"), else a line of its own among the header lines that is only a capital's name ("New
// Delhi" over the date line of a ministry's transcript). A government issues its statements from
// its seat, the capital (the capitals of data/lexicons/countries.txt, from the CIA World
// Factbook's "capital" field), and a release's place line says where it was issued (AP Stylebook,
// "news release" and "datelines"); a briefing given in another city ("Geneva, 4 May 2031", the
// seat of international meetings) says nothing of whose it is. Nil when none.
func HeaderPlace(d *doc.Doc) *lexicon.Country {
	capital := func(st *doc.Sent, j int) *lexicon.Country {
		for i := 0; i < j; i++ {
			if !st.Toks[i].Cap {
				continue
			}
			ents, _ := d.MatchNames(st, i)
			for _, e := range ents {
				if e.Country != nil && e.Kind == lexicon.EntryCapital {
					return e.Country
				}
			}
		}
		return nil
	}
	for _, st := range d.Sents {
		if j := Dateline(d, st, 0); j > 0 {
			return capital(st, j)
		}
	}
	for _, st := range d.Sents {
		if j := placeDateLine(d, st); j > 0 {
			return capital(st, j)
		}
	}
	for _, st := range d.Sents {
		if st.Idx > 5 || !headerBlockBefore(d, st) {
			break
		}
		if len(st.Toks) == 0 || st.Idx+1 < len(d.Sents) && d.Sents[st.Idx+1].S.Paragraph == st.S.Paragraph {
			continue
		}
		if _, end := d.MatchNames(st, 0); end == len(st.Toks) {
			if c := capital(st, end); c != nil {
				return c
			}
		}
		if c := commaCapital(d, st); c != nil {
			return c
		}
	}
	return nil
}

// commaCapital is the country of a line that is a capital's listed form of two or more words
// written with a comma between the city and its district ("Washington, D.C." for the listed
// "Washington D.C.": AP Stylebook, "comma", a comma between the city and the state or district
// name), or nil. Only the whole line, and only a capital of countries.txt.
func commaCapital(d *doc.Doc, st *doc.Sent) *lexicon.Country {
	var words []string
	commas := 0
	for _, t := range st.Toks {
		if t.Text == "," {
			commas++
			continue
		}
		words = append(words, t.Lower)
	}
	if commas != 1 || len(words) < 2 || st.Toks[0].Text == "," || st.Toks[len(st.Toks)-1].Text == "," {
		return nil
	}
	for _, e := range d.Lx.Names.Lookup(words) {
		if e.Kind == lexicon.EntryCapital && e.Country != nil {
			return e.Country
		}
	}
	return nil
}

// jointSpeakers reports a heading's speaker that is two coordinated speakers ("President Haldane
// and President Moreau of France", "the Prime Minister and the Minister for Trade"): "and" before
// an office title (titles.txt), whose holder is a second speaker (coordination of noun phrases,
// Quirk et al. 1985, 13.x), as a joint statement's parties are two issuers. "Minister for Trade
// and Industry" coordinates portfolios, not speakers.
func jointSpeakers(lx *lexicon.Lexicons, label string) bool {
	w := strings.Fields(strings.ToLower(label))
	for i := 0; i+1 < len(w); i++ {
		if w[i] != "and" {
			continue
		}
		j := i + 1
		if w[j] == "the" && j+1 < len(w) {
			j++
		}
		for k := len(w); k > j; k-- {
			if lx.Titles[strings.Join(w[j:k], " ")] != nil {
				return true
			}
		}
	}
	return false
}

// OwnDocumentState is the state that issues a document whose heading names its speaker
// (titleUnit): the state of its speaker's self-reference (selfReference), else of its header's
// place line (headerPlace). Nil when the heading names no speaker, when the speaker is an
// international body's office or official (a statement of the UN Secretary-General issued in New
// York is no US document), or when neither evidence names a state.
func OwnDocumentState(d *doc.Doc) *lexicon.Country {
	tu := TitleUnit(d)
	if tu == nil || intlSpeaker(d, tu) || jointSpeakers(d.Lx, tu.Label) {
		return nil
	}
	if c := SelfReference(d, tu); c != nil {
		return c
	}
	return HeaderPlace(d)
}

// intlSpeaker reports a heading whose speaker is an international body or its office holder:
// an office of one body in the Phoenix International actors list (lexicon.IntlOffice: "the
// Secretary-General", "the High Representative"), or a person or organization mentioned in the
// heading that is, or holds a role at, an organization of no country.
func intlSpeaker(d *doc.Doc, tu *discourse.Unit) bool {
	words := strings.Fields(strings.ToLower(strings.TrimPrefix(tu.Label, "the ")))
	if d.Phx != nil && len(words) > 0 {
		if _, _, ok := d.Phx.IntlOffice(strings.Join(words, " ")); ok {
			return true
		}
	}
	for _, m := range d.Mentions {
		if m.Ent == nil || d.Sents[m.Sent].Unit != tu || m.Sent > 2 {
			continue
		}
		e := m.Ent.Final()
		if e.Kind == graph.Organization && e.Country == nil {
			return true
		}
		for _, r := range e.Roles {
			if r.Org != nil && r.Org.Final().Kind == graph.Organization && r.Org.Final().Country == nil {
				return true
			}
		}
	}
	return false
}

// OwnVoiceNamed reports a mention of e in the issuer's own voice (issuerVoice) of a document whose
// heading names its speaker: a bare body the issuer's speaker names is resolved in his own
// situation (Hawkins 1978, the "larger situation" use of the definite article).
func OwnVoiceNamed(d *doc.Doc, e *doc.Entity) bool {
	tu := TitleUnit(d)
	if tu == nil {
		return false
	}
	for _, m := range d.Mentions {
		if m.Ent != nil && m.Ent.Final() == e.Final() && IssuerVoice(d.Lx, d.Sents[m.Sent], tu) {
			return true
		}
	}
	return false
}

// HeaderAbroad reports a venue of the document's header in a place of another state than the
// issuer c: its dateline or place line ("Vilnius, Lithuania" under remarks of a US official,
// datelineCountry), or a header line that is a locative phrase ("At a Press Availability in
// Manila": a line opening with "at" or "in", the venue line of remarks): the speaker speaks
// abroad, where the host's officials are named by bare titles as his own are at home (the
// "larger situation" of a definite description is the place of the utterance, Hawkins 1978), so a
// bare title or body there may be the host's. A heading's topic ("Statement … on the situation
// in Myanmar") is no venue. The header lines are the document's opening paragraphs of one line
// each with no closing period (the header block of a release, AP Stylebook "news release";
// headerBlockBefore), at most eight.
func HeaderAbroad(d *doc.Doc, c *lexicon.Country) bool {
	if dc := DatelineCountry(d); dc != nil && dc != c {
		return true
	}
	for i, st := range d.Sents {
		if i >= 8 || st.S.Paragraph >= 8 || len(st.Toks) == 0 || len(st.Toks) > 16 || st.Toks[len(st.Toks)-1].Text == "." ||
			i+1 < len(d.Sents) && d.Sents[i+1].S.Paragraph == st.S.Paragraph {
			return false
		}
		if w := st.Toks[0].Lower; w != "at" && w != "in" {
			continue
		}
		for k := range st.Toks {
			ents, _ := d.MatchNames(st, k)
			for _, e := range ents {
				if e.Country != nil && e.Country != c && (e.Kind == lexicon.EntryCapital || e.Kind == lexicon.EntryCountry) && doc.CapsFit(st, k, e) && st.Toks[k].Cap {
					return true
				}
			}
		}
	}
	return false
}
