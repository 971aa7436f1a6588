package speakers

import (
	"strconv"
	"strings"

	"github.com/claimgraph/claimgraph/actors"
	"github.com/claimgraph/claimgraph/discourse"
	"github.com/claimgraph/claimgraph/doc"
	"github.com/claimgraph/claimgraph/graph"
	"github.com/claimgraph/claimgraph/lexicon"
	"github.com/claimgraph/claimgraph/text"
)

// Furniture reports a sentence that only manages the talk (discourse.Furniture), after its
// paragraph's speaker label: "With that, I'll turn it back over to [senior administration
// official]." is no SUPPORTS, "Thank you." no claim.
func Furniture(d *doc.Doc, st *doc.Sent) bool {
	a := doc.BodyStart(st)
	if a >= len(st.Toks) {
		return false
	}
	if a == 0 && discourse.Furniture(st.S.Text) || a > 0 && discourse.Furniture(d.Text(st.Toks[a].Start, st.S.End)) {
		return true
	}
	// the exchange itself in a speaker's turn: "The CNN reporter analyses challenges in …" is no
	// stance of CNN (exchangeOnly)
	return Speaking(st.Unit) && ExchangeOnly(d.Lx, st, a, len(st.Toks), true)
}

// Speaking reports a unit whose words are its speaker's own: a named turn, an answer, a
// statement block, a quotation given to a lead-in or dash line, a titled document's voice.
func Speaking(u *discourse.Unit) bool {
	if u == nil {
		return false
	}
	switch u.Role {
	case discourse.Turn, discourse.Answer, discourse.Statement, discourse.Quoted, discourse.Titled:
		return true
	}
	return false
}

// UnitSpeaker resolves the speaker of u to an actor, or nil: the actor mentioned in the span that
// names it (a person first: "U.S. Secretary of the Treasury Steven Mnuchin" is Mnuchin, not the
// Treasury); else the person whose surname ends the label ("MS NAUERT"); else the group or body
// whose every name word is a word of the label ("SENIOR ADMINISTRATION OFFICIAL" → the
// administration officials); else, for a bare title ("Spokesperson:"), the transcript's voice; nil
// for an answer with no named answerer; else a recurring personal-name label of a transcript becomes
// a person (person:speaker-label).
func UnitSpeaker(d *doc.Doc, u *discourse.Unit) *doc.Entity {
	if !Speaking(u) {
		return nil
	}
	if u.Rule == "title:release" {
		return releaseIssuer(d, u) // a release's heading names no speaker: its issuer speaks (speaker_release.go)
	}
	if u.Speaker.Empty() {
		// an "A:" turn with no named answerer: its pronouns fall back to the transcript's voice
		// (resolvePronoun), but no claim is credited to a guess; at a briefing the office that
		// gives it answers (speaker_briefingoffice.go)
		return briefingOffice(d, u)
	}
	if d.Speakers == nil {
		d.Speakers = map[discourse.Span]*doc.Entity{}
	}
	if e, ok := d.Speakers[u.Speaker]; ok {
		if e == nil {
			return briefingOffice(d, u) // an "A:" turn under a title naming the office alone (speaker_briefingoffice.go)
		}
		return e.Final()
	}
	d.Speakers[u.Speaker] = nil // resolving: a resolution that comes back to this span finds nobody
	e := resolveSpeaker(d, u)
	if e == nil && u.InTitled {
		e = titleVoice(d) // "Economic Policy: We will …" under "Statement by the Prime Minister of X"
	}
	if e == nil {
		e = briefingOffice(d, u) // "ANSWER:" under "Spokesperson's press briefing" (speaker_briefingoffice.go)
	}
	if e == nil {
		e = spokesTitleOffice(d, u) // "… Briefing by the Spokesperson" and nothing names him (speakers/briefingoffice.go)
	}
	if e == nil {
		e = roleVoice(d, u) // "Press Briefing by the Deputy Spokesman" and nothing names him (speaker_rolenoun.go)
	}
	if p := behalfPrincipal(d, u); p != nil {
		e = p // "Statement by High Representative X on behalf of the EU" (speaker_behalf.go)
	}
	d.Speakers[u.Speaker] = e
	if u.Role == discourse.Turn {
		titleAppositiveRole(d, e)   // "Briefing by the Spokesperson of X, Name" over a "NAME:" turn
		briefingBodyRole(d, e, u)   // "SPOKESPERSON NAME:" under "Press Conference of X" (speaker_briefingbody.go)
		briefingHostMember(d, e, u) // "Gao Feng:" turns alone under "Regular Press Conference of the Ministry of Commerce"
	}
	if u.Role == discourse.Titled {
		publisherAuthorMember(d, e, u) // "Statement of Under Secretary X …" on the Treasury's page (speaker_publisherauthor.go)
	}
	if e != nil && e.Kind == graph.Person && (u.Role == discourse.Turn || u.Role == discourse.Quoted || u.Role == discourse.Statement) {
		ordinaryCase(e) // a label or lead-in line in capitals ("FROM SENATOR MARIA LOPEZ (D-VELD):")
	}
	if e != nil && e.Kind != graph.Person && u.Role == discourse.Titled {
		headingCase(d, e) // "KENYA DEFENCE FORCES" over "PRESS STATEMENT" (speaker_broadcast.go)
	}
	if e != nil && e.Kind != graph.Person && u.Role == discourse.Turn && !doc.SpokesNouns.Has(strings.ToLower(strings.TrimSpace(u.Label))) {
		// "[Senior administration official]:" is how the transcript names the group's member who
		// speaks: the label as written is a name of the speaker. A bare "SPOKESPERSON:" is not a
		// name of the office it speaks for: as an alias it would join every briefing's office.
		e.AddAlias(u.Label)
	}
	return e
}

func resolveSpeaker(d *doc.Doc, u *discourse.Unit) *doc.Entity {
	if u.Anaphoric {
		// "Full text:" after "X condemned the attack in a statement on Sunday.": the author is
		// the subject of the sentence before the lead-in
		for i := len(d.Sents) - 1; i >= 0; i-- {
			if st := d.Sents[i]; st.S.Start < u.Speaker.End && st.S.End >= u.Speaker.End-1 {
				// "The statement reads:" takes the sentence that last named the statement, if
				// one of the three before it did: a definite noun phrase refers back to the last
				// mention of its noun (Halliday & Hasan 1976, Cohesion in English, ch. 6 on
				// reiteration), not to whoever the sentence in between is about
				for j := i; j >= 0 && j >= i-2; j-- {
					if namesText(d.Sents[j]) {
						return speakerOf(d, d.Sents[j], subjectActor)
					}
				}
				return speakerOf(d, st, subjectActor)
			}
		}
		return nil
	}
	words := strings.FieldsFunc(strings.ToLower(u.Label), func(r rune) bool { return r == ' ' || r == '.' || r == '[' || r == ']' })
	if len(words) == 0 || interviewerOutlet(d.Phx, u) {
		return nil // "DER SPIEGEL:" asks the questions of a printed interview (speaker_broadcast.go)
	}
	if e := publisherOfficeLabel(d, u, words); e != nil {
		return e // "PRIME MINISTER:" on the Prime Minister's own page (speaker_publisheroffice.go)
	}
	// A label in capitals ("SENIOR STATE DEPARTMENT OFFICIAL ONE:", "MS. PSAKI:") is read by its
	// words: the actor layer finds no names in capitals by their shape.
	if strings.ToUpper(u.Label) == u.Label {
		if e := namedBeforeComma(d, u); e != nil {
			return e // "ROSA IBARRA, CHILEAN FOREIGN MINISTER:" is Rosa Ibarra
		}
		if e := wordSpeaker(d, u, words); e != nil {
			return e
		}
	}
	if e := labelledHolder(d, u, words); e != nil {
		return e // "Spokesperson:" after "Spokesperson Tomas Weller:" (speaker_broadcast.go)
	}
	sp := u.Speaker
	if len(words) == 1 && (text.PronounClass(words[0]) == "person" || text.PronounClass(words[0]) == "plural") {
		return pronounSpeaker(d, sp, words[0]) // "He said:" before a quotation
	}
	var person, other *doc.Entity
	for _, st := range d.Sents {
		if st.S.End <= sp.Start || st.S.Start >= sp.End {
			continue
		}
		for _, mi := range d.BySent[st.Idx] {
			m := d.Mentions[mi]
			if strings.HasPrefix(m.Rule, "coref") || !doc.ActorKind(m.Ent) {
				continue
			}
			if st.Toks[m.Ts].Start < sp.Start || st.Toks[m.Te-1].End > sp.End || numberWords[strings.ToLower(m.Ent.Final().Name)] {
				// (a number word ends a label of unnamed officials, "SENIOR OFFICIAL ONE": no name)
				continue
			}
			// the mention must be the phrase's head, which ends it: "CHINESE ACTIONS:" names a
			// section about China, not China speaking; or a person before a post-modifier
			// ("Spokesperson Tomas Varga of the Ministry of Foreign Affairs")
			if k := text.LastWordTok(st.Toks, sp.End); k < 0 || m.Te-1 != k && !(m.Ent.Final().Kind == graph.Person && m.Te < len(st.Toks) && (st.Toks[m.Te].Lower == "of" || st.Toks[m.Te].Text == "," || postNominal(d.Lx, st, m.Te, k))) {
				continue
			}
			if e := m.Ent.Final(); e.Kind == graph.Person {
				person = e
			} else {
				other = e
			}
		}
	}
	if person != nil {
		return person
	}
	if other != nil {
		if p := bodyOfficeHolder(d, u, words, other); p != nil {
			return p // "Statement of the Chairperson of the X Commission" over "The Chairperson …, Y, …" (speaker_bodyoffice.go)
		}
		return other
	}
	if e := spokesBody(d, u); e != nil {
		return e // "a Federal Foreign Office spokesperson" (speaker_header.go)
	}
	if e := wordSpeaker(d, u, words); e != nil {
		return e
	}
	if e := officeHolder(d, words); e != nil {
		return e
	}
	if e := presiding(d, words); e != nil {
		return e // "The CHAIR." of a printed hearing (speaker_presiding.go)
	}
	if e := headerOfficeHolder(d, words); e != nil {
		return e // "PRIME MINISTER:" under "THE HON X MP / PRIME MINISTER" (speaker_header.go)
	}
	if e := labelBody(d, words); e != nil {
		return e
	}
	if e := stateOffice(d, sp); e != nil {
		return e
	}
	if e := signature(d, u, words); e != nil {
		return e
	}
	if e := intlTitleOffice(d, u, words); e != nil {
		return e // "Remarks by the High Representative …": an office of one international body (speaker_titleoffice.go)
	}
	return titledOfficeVoice(d, u, words) // "Statement from the President …" under "The White House" (speaker_titleoffice.go)
}

// titleVoice is the speaker the document's title names ("Statement by the Prime Minister of
// X"), for a label inside the titled statement that names no actor (discourse Unit.InTitled):
// such a label heads a section of the statement, as labels.txt's section labels do.
func titleVoice(d *doc.Doc) *doc.Entity {
	for _, st := range d.Sents {
		if u := st.Unit; u != nil && u.Rule == "title:speaker" && u.Role != discourse.Titled {
			t := *u
			t.Role = discourse.Titled
			return UnitSpeaker(d, &t)
		}
	}
	return nil
}

// signature resolves a title's speaker named only by an office ("Statement from the President …")
// to the name that signs the document: its last paragraph, a line of two or three capitalized
// words with no punctuation ("AMARA VELEZ", "Amara Velez"), none a title or a word the article
// uses in lower case — the sign-off of a statement or letter. The office becomes the person's
// role. Rule person:speaker-label.
func signature(d *doc.Doc, u *discourse.Unit, words []string) *doc.Entity {
	if u.Rule != "title:speaker" || len(d.Sents) < 2 {
		return nil
	}
	if !OfficeOnly(d.Lx, words) {
		return nil // the title names more than an office
	}
	// the name line, under which only office lines may follow ("Miroslav Hanek" / "Minister of
	// Agriculture": the signature block of letters and statements, GPO Style Manual ch. 16)
	li := len(d.Sents) - 1
	for li > 1 && li >= len(d.Sents)-3 && officeLine(d.Lx, d.Sents[li]) {
		li--
	}
	last := d.Sents[li]
	if len(last.Toks) < 2 || len(last.Toks) > 3 || d.Sents[li-1].S.Paragraph == last.S.Paragraph {
		return nil
	}
	var ws []string
	for _, t := range last.Toks {
		if t.Kind != text.Word || !t.Cap || d.Lx.Titles[t.Lower] != nil || d.LowerSeen[t.Lower] {
			return nil
		}
		ws = append(ws, t.Text)
	}
	name := strings.Join(ws, " ")
	if strings.ToUpper(name) == name {
		name = text.TitleCase(name)
	}
	p := actors.Entity(d, "person:"+graph.NormalizeName(name), graph.Person, name, "person:speaker-label")
	if len(p.NameToks) == 0 {
		p.NameToks = strings.Fields(name)
	}
	if len(p.Roles) == 0 {
		var office []string
		for _, w := range words {
			switch {
			case w == "the":
			case w == "of" || w == "for" || w == "and":
				office = append(office, w)
			default:
				office = append(office, text.TitleCase(w))
			}
		}
		p.AddRole(strings.Join(office, " "), nil)
	}
	return p
}

// OfficeOnly reports words (lower case) that name an office only: titles, "the", "vice",
// "deputy", "under", and after a title a portfolio in "of"/"for" ("the minister of agriculture",
// "secretary for trade and industry": the office's post-modifier names its field, not a person).
func OfficeOnly(lx *lexicon.Lexicons, words []string) bool {
	title := false
	for i := 0; i < len(words); i++ {
		w := words[i]
		switch {
		case w == "the" || w == "vice" || w == "deputy" || w == "under":
		case titleWordsAt(lx, words, i) > 1:
			// a title of several words, none a title alone ("foreign minister", "chief cabinet
			// secretary": titles.txt), as officeHolder reads it
			title = true
			i += titleWordsAt(lx, words, i) - 1
		case lx.Titles[w] != nil:
			title = true
		case (w == "of" || w == "for") && title:
			return len(words)-i-1 >= 1 && len(words)-i-1 <= 5
		default:
			return false
		}
	}
	return title
}

// officeLine reports a sign-off line that states an office ("Minister of Agriculture", "Deputy
// Minister for Trade"): no final punctuation, its words an office (officeOnly) written with
// capitals except for the function words.
func officeLine(lx *lexicon.Lexicons, st *doc.Sent) bool {
	if len(st.Toks) == 0 || len(st.Toks) > 8 || text.EndsSentence(st.Toks) {
		return false
	}
	var ws []string
	for _, t := range st.Toks {
		if t.Kind != text.Word || !t.Cap && t.Lower != "of" && t.Lower != "for" && t.Lower != "the" && t.Lower != "and" {
			return false
		}
		ws = append(ws, t.Lower)
	}
	return OfficeOnly(lx, ws)
}

// officeHolder resolves a speaker named only by an office ("Statement from the President …",
// "THE SECRETARY:") to the one person of the article who holds it: a role whose title ends with
// the office's words ("President Amara Velez", role "President"). A person the document's own
// first-person voice names in the third person is not that voice (speaker_office.go). nil when
// no person or more than one does, or when a word of the phrase is not a title.
func officeHolder(d *doc.Doc, words []string) *doc.Entity {
	var office []string
	for i := 0; i < len(words); i++ {
		w := words[i]
		if i > 0 && (w == "for" || w == "of" || w == "to") {
			// the office's head before its post-modifier: "Spokesperson for the
			// Secretary-General" is held by the one spokesperson the document names outside
			// its own sentences (its sign-off)
			break
		}
		if w == "the" {
			continue
		}
		if n := titleWordsAt(d.Lx, words, i); n > 1 {
			// a title of several words, none a title alone: "prime minister", "press
			// secretary", "high representative" (titles.txt)
			office = append(office, words[i:i+n]...)
			i += n - 1
			continue
		}
		if d.Lx.Titles[w] == nil && w != "vice" && w != "deputy" && w != "under" {
			return nil
		}
		office = append(office, w)
	}
	if len(office) == 0 {
		return nil
	}
	suffix := strings.Join(office, " ")
	var found *doc.Entity
	for _, e := range d.Ents {
		if e.Merged != nil || e.Dropped || e.Kind != graph.Person {
			continue
		}
		if namedByFirstPerson(d, e) {
			continue
		}
		for _, r := range e.Roles {
			t := strings.ToLower(r.Title)
			if t == suffix || strings.HasSuffix(t, " "+suffix) && !strings.HasSuffix(t, "vice "+suffix) && !strings.HasSuffix(t, "deputy "+suffix) && !strings.HasSuffix(t, "under "+suffix) {
				if namedInOwnWords(d, e) {
					continue // "I have an excellent relationship with President Xi": not the speaker
				}
				if found != nil && found != e {
					return nil
				}
				found = e
			}
		}
	}
	return found
}

// titleWordsAt returns how many words from words[i] make the longest title of the title
// lexicon (up to four words, none of "of", "for", "to" that open an office's post-modifier), or 0.
func titleWordsAt(lx *lexicon.Lexicons, words []string, i int) int {
	best := 0
	for n := 1; n <= 4 && i+n <= len(words); n++ {
		if w := words[i+n-1]; w == "of" || w == "for" || w == "to" {
			break
		}
		if lx.Titles[strings.Join(words[i:i+n], " ")] != nil {
			best = n
		}
	}
	return best
}

// namedInOwnWords reports a person named in a sentence of a speaking unit (a titled document's
// voice, a statement, a turn), outside quotations: a speaker does not name himself in his own
// words, so the holder of the office such a document's title names ("Statement from the
// President") is not a person its body names ("I have an excellent relationship with President
// Xi"). A sign-off line ("President Amara Velez", no final punctuation) names the speaker.
func namedInOwnWords(d *doc.Doc, e *doc.Entity) bool {
	for _, m := range d.Mentions {
		if m.Ent.Final() != e || strings.HasPrefix(m.Rule, "coref") {
			continue
		}
		st := d.Sents[m.Sent]
		if Speaking(st.Unit) && !st.Unit.Furniture && !st.InQuote[m.Ts] && text.EndsSentence(st.Toks) {
			return true
		}
	}
	return false
}

// pronounSpeaker resolves a lead-in's subject pronoun at sp ("He said:", "They wrote:") to its
// antecedent by coreference (resolvePronoun); nil when nothing fits. A person only for "he" and
// "she", a group, body or country for "they".
func pronounSpeaker(d *doc.Doc, sp discourse.Span, w string) *doc.Entity {
	for _, st := range d.Sents {
		if st.S.End <= sp.Start || st.S.Start > sp.Start {
			continue
		}
		for k, t := range st.Toks {
			if t.Start == sp.Start {
				if e := d.Resolve.ResolvePronoun(st.Idx, k, w); e != nil && doc.ActorKind(e) {
					return e.Final()
				}
				return nil
			}
		}
	}
	return nil
}

// wordSpeaker resolves a label by its words (see unitSpeaker). A number ending the label
// ("SENIOR STATE DEPARTMENT OFFICIAL ONE", "OFFICIAL NUMBER TWO") tells unnamed officials apart;
// it is no surname.
func wordSpeaker(d *doc.Doc, u *discourse.Unit, words []string) *doc.Entity {
	for len(words) > 1 && (numberWords[words[len(words)-1]] || words[len(words)-1] == "number") {
		words = words[:len(words)-1]
	}
	lastW := words[len(words)-1]
	if len(words) == 1 {
		if e := titleInitials(d, u, lastW); e != nil {
			return e // "EAM:" under "Interview of External Affairs Minister X" (speaker_header.go)
		}
		if e := personInitials(d, u, lastW); e != nil {
			return e // "KM:" in an interview with Kwaku Mensah (speakers/initials.go)
		}
		if u.Role == discourse.Turn && initialsLabel(lastW) && strings.ToUpper(u.Label) == u.Label {
			dropInitialsAcronym(d, u, lastW) // "KL:" that nobody's initials match (speakers/initials.go)
		}
	}
	for _, e := range d.Ents {
		// accents folded: a label in capitals often drops them ("PEREZ:" for Ana María Pérez;
		// Chicago Manual of Style 11.5 keeps them, but wire and government transcripts do not)
		if e.Merged == nil && e.Kind == graph.Person && len(e.NameToks) > 0 && strings.EqualFold(actors.FoldAccents(e.NameToks[len(e.NameToks)-1]), actors.FoldAccents(lastW)) {
			joinLabelAcronym(d, u, e, lastW)
			return e
		}
	}
	if e := surnameLabel(d, u, words); e != nil {
		return e
	}
	if e := spokesLabelOffice(d, u, words); e != nil {
		return e // "SPOKESPERSON:" in a ministry's briefing (speakers/briefingoffice.go)
	}
	if e := titlePhraseLabel(d, u, words); e != nil {
		return e // "NATO Secretary General:" under "… by NATO Secretary General X" (speakers/titlephrase.go)
	}
	if g := labelGroup(d, words); g != nil {
		return g
	}
	if g := officialsLabelGroup(d, words); g != nil {
		return g // "SENIOR GOVERNMENT OFFICIAL:" on a call by senior administration officials (speaker_officialslabel.go)
	}
	if len(words) == 1 && d.Lx.Titles[lastW] != nil && d.Voice != nil {
		return d.Voice.Final() // "Spokesperson: …" in a briefing whose header names the spokesperson
	}
	if e := officeOfTitleSpeaker(d, words); e != nil {
		return e
	}
	return labelPerson(d, u, words)
}

// joinLabelAcronym merges into person p the entity the actor layer made of the surname word w of
// u's label by its capitals alone (rule org:acronym or name:single: "BROWN:" read as an
// organization): the label names p (wordSpeaker), so the word is his surname, not an acronym,
// and the graph keeps no ORGANIZATION node "BROWN" beside the person Brown.
func joinLabelAcronym(d *doc.Doc, u *discourse.Unit, p *doc.Entity, w string) {
	for _, m := range labelMentions(d, u) {
		if e := m.Ent.Final(); e != p && (e.Rule == "org:acronym" || e.Rule == "name:single") && strings.EqualFold(e.Name, w) {
			p.AddAlias(e.Name)
			e.MergeInto(p)
		}
	}
}

// labelMentions returns the mentions lying wholly inside the speaker label of unit u, in
// sentence and mention order.
func labelMentions(d *doc.Doc, u *discourse.Unit) []*doc.Mention {
	var out []*doc.Mention
	for _, st := range d.Sents {
		if st.S.End <= u.Speaker.Start || st.S.Start >= u.Speaker.End {
			continue
		}
		for _, mi := range d.BySent[st.Idx] {
			m := d.Mentions[mi]
			if st.Toks[m.Ts].Start < u.Speaker.Start || st.Toks[m.Te-1].End > u.Speaker.End {
				continue
			}
			out = append(out, m)
		}
	}
	return out
}

// deputyWords are the rank words of an office's deputy ("deputy", "vice", "assistant"): a deputy
// is "a person appointed to act for another" (Merriam-Webster, "deputy"), so a label "Deputy
// Spokesperson:" under a title that names a ministry's spokesperson office speaks for that office
// (officeOfTitleSpeaker); a person named by the title is not his own deputy.
var deputyWords = lexicon.WordClass("deputywords")

// officeOfTitleSpeaker resolves a label that names only an office ("THE VICE PRESIDENT:", "THE
// SECRETARY:") to the speaker the document's title names when that name holds the office
// ("Remarks by Vice President Pence on …"): every word of the label but "the" is a word of it.
func officeOfTitleSpeaker(d *doc.Doc, words []string) *doc.Entity {
	for i := range d.Units {
		t := &d.Units[i]
		if t.Rule != "title:speaker" || !t.Furniture || t.Speaker.Empty() {
			continue
		}
		in := map[string]bool{}
		for _, w := range strings.Fields(strings.ToLower(t.Label)) {
			in[strings.Trim(w, ".,")] = true
		}
		n := 0
		deputy := false // a rank word the title lacks ("Deputy Spokesperson:" under "… by the Spokesperson")
		for i := 0; i < len(words); i++ {
			w := words[i]
			if w == "the" {
				continue
			}
			if k := titleWordsAt(d.Lx, words, i); k > 1 {
				// a title of several words, none a title alone ("Prime Minister:" under "Press
				// Conference by the Prime Minister of Canada"), as officeHolder reads it
				for _, x := range words[i : i+k] {
					if !in[x] {
						return nil
					}
				}
				n, i = n+1, i+k-1
				continue
			}
			if !in[w] && deputyWords.Has(w) {
				deputy = true
				continue
			}
			if !in[w] || d.Lx.Titles[w] == nil && w != "vice" && w != "deputy" && w != "under" {
				return nil
			}
			n++
		}
		if n == 0 {
			return nil
		}
		tu := *t
		tu.Role = discourse.Titled
		e := UnitSpeaker(d, &tu)
		if deputy && e != nil && e.Final().Kind == graph.Person {
			return nil // the deputy of a person named by the title is another person
		}
		return e
	}
	return nil
}

// numberWords tell unnamed speakers of a transcript apart ("OFFICIAL ONE", "OFFICIAL 2").
// They stay in code: Quirk et al. 1985, ch. 5's cardinal numerals in words and figures, with the
// "#1" labels, which a data/wordclasses line cannot open ('#' starts a comment there).
var numberWords = map[string]bool{"one": true, "two": true, "three": true, "four": true, "five": true,
	"1": true, "2": true, "3": true, "4": true, "5": true, "#1": true, "#2": true, "#3": true}

// labelGroup is the group or body of the article whose every name word (plurals made singular)
// is a word of the label, the longest such name.
func labelGroup(d *doc.Doc, words []string) *doc.Entity {
	in := map[string]bool{}
	for _, w := range words {
		in[strings.TrimSuffix(w, "s")] = true
	}
	var best *doc.Entity
	bestN := 0
	for _, e := range d.Ents {
		if e.Merged != nil || e.Dropped || !(e.Kind == graph.Group || e.Kind == graph.Government || e.Kind == graph.Organization) {
			continue
		}
		f := strings.Fields(strings.ToLower(e.Name))
		ok := len(f) > 0
		for _, w := range f {
			ok = ok && in[strings.TrimSuffix(w, "s")]
		}
		if ok && len(f) > bestN {
			best, bestN = e, len(f)
		}
	}
	return best
}

// labelPerson makes a person of a transcript label that is a personal name: two or three
// capitalized words, none of them a title or a word the article uses in lower case, opening a turn
// of a transcript that also has question or moderator turns ("Gao Feng:" in a ministry's press
// conference whose questioners are named by outlet; "MARIA DALCA:" after "HOST:"), or two turns
// of one where another named speaker takes turns too. Rule person:speaker-label.
func labelPerson(d *doc.Doc, u *discourse.Unit, words []string) *doc.Entity {
	if u.Role != discourse.Turn {
		return titledPerson(d, u)
	}
	if len(words) < 2 || len(words) > 3 {
		return nil
	}
	for _, w := range strings.Fields(u.Label) {
		if !text.UpperFirstWord(w) || d.Lx.Titles[strings.ToLower(w)] != nil || d.LowerSeen[strings.ToLower(w)] {
			return nil
		}
	}
	// a transcript: questions or a moderator's turns around the label's turn, or two speakers
	// taking turns with this one speaking at least twice
	if !transcriptTurn(d, u) {
		return nil
	}
	return labelNamePerson(d, u.Label)
}

// labelNamePerson makes the person a label names by a full name (rule person:speaker-label), in
// ordinary case when the label is in capitals, the capitals kept as an alias.
func labelNamePerson(d *doc.Doc, label string) *doc.Entity {
	name := label
	if strings.ToUpper(name) == name {
		name = text.TitleCase(name) // "MARIA DALCA" is written in capitals by the transcript's convention
	}
	e := actors.Entity(d, "person:"+graph.NormalizeName(name), graph.Person, name, "person:speaker-label")
	if len(e.NameToks) == 0 {
		e.NameToks = strings.Fields(name)
	}
	if name != label {
		e.AddAlias(label)
	}
	return e
}

// titledPerson makes a person of a title's, lead-in's or dash line's speaker that ends with a
// personal name after a title ("Statement of Under Secretary David Malpass Before …", "— Deputy
// Envoy Rina Solk"): the trailing two or three capitalized words, none a title or a word the
// article uses in lower case, after at least one title word; on a dash line, which names a person
// by convention, the last two such words after any or no title. The title becomes the person's
// role. Rule person:speaker-label.
func titledPerson(d *doc.Doc, u *discourse.Unit) *doc.Entity {
	ws := strings.Fields(strings.Trim(u.Label, " ,.;:"))
	e := len(ws)
	s := e
	for s > 0 && e-s < 3 {
		w := strings.Trim(ws[s-1], ",.")
		lw := strings.ToLower(w)
		if !text.UpperFirstWord(w) || d.Lx.Titles[lw] != nil || d.LowerSeen[lw] || text.IsNameConnector(lw) {
			break
		}
		s--
	}
	if s > 0 && e-s == 3 && s+1 < e && officeComplement(d, ws, s+1) {
		// "Minister for Africa Tom Reid": the first of the three words completes the office
		// ("Minister for Africa", a title and its "for"/"of" phrase), the name is the last two
		s++
	}
	if s == 0 && e >= 2 && u.Rule == "quote:dash-line" {
		// a dash line names a person, titled by a word of no lexicon or by none ("— Councillor
		// Ana Brest", "— Ana Brest"): the name is its last two capitalized words
		s = e - 2
	} else if e-s < 2 || s == 0 || d.Lx.Titles[strings.ToLower(strings.Trim(ws[s-1], ",."))] == nil && !officeComplement(d, ws, s) {
		return nil
	}
	name := strings.Join(ws[s:e], " ")
	p := actors.Entity(d, "person:"+graph.NormalizeName(name), graph.Person, name, "person:speaker-label")
	if len(p.NameToks) == 0 {
		p.NameToks = strings.Fields(name)
	}
	if len(p.Roles) == 0 {
		p.AddRole(strings.Join(ws[:s], " "), nil)
	}
	return p
}

// officeComplement reports the word before ws[s] as the one-word complement of an office's
// "for"/"of" phrase after a title ("Minister for Africa", "Secretary of State"): a title, then
// "for" or "of", then that word, so the name starts at s.
//
// The complement may be a name of up to three capitalized words ("Deputy Minister for Public
// Relations Park Seo-yeon", the Korean foreign ministry's header line): a portfolio is named as a
// proper noun phrase after "for" (Quirk et al. 1985, 17.96 on postmodifying prepositional
// phrases), so the capitalized words back to "for" or "of" after a title are the office's.
func officeComplement(d *doc.Doc, ws []string, s int) bool {
	for k := s - 2; k >= 1 && k >= s-4; k-- {
		p := strings.ToLower(ws[k])
		if p == "for" || p == "of" {
			return d.Lx.Titles[strings.ToLower(strings.Trim(ws[k-1], ",."))] != nil
		}
		if !text.UpperFirstWord(ws[k]) {
			return false
		}
	}
	return false
}

// MinTurnWords is the fewest words of a turn's sentence that make a claim. A threshold, not a rule
// of grammar: shorter sentences of a turn are mostly responses and fragments ("Yes, absolutely.",
// "Not at this time."), while a clause with a subject, a verb and a complement ("Investors need
// predictable rules.") has four; a bare "Prices rose." is lost. (The first version asked for six
// words and a named actor or policy, which left most assertions of briefings unclaimed.)
const MinTurnWords = 4

// TalkAboutTalk reports a sentence of a turn about the talk itself or addressed to the audience,
// not an assertion about the world:
//   - a second-person pronoun or "please" anywhere outside quotations ("you have seen the
//     announcement", "I would refer you to the ministry", "Please keep following the visit");
//   - a first-person pronoun among its first four words, after discourse markers, that is not the
//     sentence's subject ("What we are doing is …", "As I said, …"), unless it owns a stance noun
//     ("Our position is clear");
//   - a subject that points into the talk — a personal pronoun "I" or "we", or a demonstrative or
//     "it" standing alone as the subject ("That is an additional step", "It's been a while") — in
//     a sentence that names no actor or policy (named false: "I am not aware of the situation",
//     "We can come back to that"). Such a subject has its content in the talk around it; with a
//     name the sentence carries its own ("We reject the quota set by Peru").
//
// A possessive opening a noun phrase subject is no pronoun subject: "Our exporters have complied
// with every rule", "My government supports the resolution" are claims. The speaker's stances are
// also coded by the relation layer, their pronouns resolved by turnVoice.
func TalkAboutTalk(d *doc.Doc, st *doc.Sent, a, e int, named bool) bool {
	if AddressesAudience(st, a, e) {
		return true
	}
	n := 0
	for k := a; k < e; k++ {
		t := st.Toks[k]
		if t.Kind != text.Word || st.InQuote[k] {
			continue
		}
		if n == 0 && actors.DiscourseMarkers.Has(t.Lower) {
			continue
		}
		if n == 0 && k+1 < e && frontedTimeDet[t.Lower] && doc.TimeNouns.Has(st.Toks[k+1].Lower) {
			// a fronted adjunct of time, comma or none, before the subject: "Last year our
			// officers visited …", "This week we designated …" (Quirk et al. 1985, 8.55)
			k++
			continue
		}
		if n == 0 && !named && deicticSubject(st, k, e) {
			return true
		}
		if n < 4 && text.PronounClass(t.Lower) == "first" && !(t.AllCaps && actors.MentionAt(d, st, k) != nil) {
			// ("The US arms sale violates …": "US" in capitals that the actor layer reads as a
			// name is the country's abbreviation, AP Stylebook "U.S.", no pronoun "us")
			if n > 0 && (t.Lower == "our" || t.Lower == "my") && k > a && possessiveOpener[st.Toks[k-1].Lower] {
				// a possessive inside the subject noun phrase ("Two of our officers were
				// wounded", "The closure of our port") or opening it after a fronted adverbial
				// ("Therefore, our primary focus will be …"); not "And as my colleague will
				// talk about, …"
				n++
				continue
			}
			if n > 1 && (t.Lower == "our" || t.Lower == "my") && !clauseOpenedBefore(st, a, k) {
				// a possessive in the object of the main clause ("The tariffs hurt our
				// exporters"): a determiner of a noun phrase, no pronoun subject of a clause of
				// talk; "What our government is doing …" and "As my colleague said, …" open with
				// a wh-word or subordinator and stay talk (Quirk et al. 1985, 6.28 on possessive
				// determiners)
				n++
				continue
			}
			if n > 0 && st.Toks[k-1].Text != "," {
				// not the subject: "What we are doing is …", "As I said, …"; a pronoun right
				// after the comma that closes a fronted adjunct is the subject of the main clause
				// ("If confirmed, I will make …", "In the coming weeks, we will …": Quirk et al.
				// 1985, 8.16 on initial adjuncts), the first-person pronoun before it having
				// returned already
				return true
			}
			switch t.Lower {
			case "our", "my":
				// a noun phrase subject: "Our exporters have complied …"; but a stance noun
				// with nothing named ("Our position is very clear") announces a position whose
				// content the next sentence gives
				return !named && k+1 < e && stanceNouns.Has(st.Toks[k+1].Lower)
			case "we":
				// the speaker's body acting: "We will take proportionate measures to protect our
				// interests"; but "We can come back to that", "We have a graphic here" point
				// into the talk
				return !named && (pointsIntoTalk(st, k, e) || positionOnly(st, k, e))
			}
			// "I have directed the envoy to raise the dispute at the United Nations"; "I am
			// deeply concerned by the arrests" states an attitude (affectStance)
			return !named && !affectStance(st, k, e)
		}
		n++
	}
	return false
}

// clauseOpenedBefore reports a wh-word or subordinator among tokens [a, k) of st: the words
// before k open a subordinate or wh-clause ("What our …", "As my …", "If our …").
func clauseOpenedBefore(st *doc.Sent, a, k int) bool {
	for j := a; j < k; j++ {
		switch w := st.Toks[j].Lower; {
		case actors.Subordinators.Has(w), w == "what", w == "how", w == "why", w == "where", w == "who", w == "which", w == "that":
			return true
		}
	}
	return false
}

// frontedTimeDet are the determiners of a noun phrase of time used as an adjunct ("last year",
// "this week", "every month"; Quirk et al. 1985, 8.55).
var frontedTimeDet = map[string]bool{"last": true, "this": true, "next": true, "every": true, "each": true}

// addresseeWords are the second-person pronouns and "please" (data/wordclasses/addresseewords.txt;
// a switch until restruct13).
var addresseeWords = lexicon.WordClass("addresseewords")

// AddressesAudience reports a second-person pronoun or "please" in tokens a..e outside quotations:
// the sentence is addressed to the audience of the talk (talkAboutTalk's first class). The words
// are addresseeWords.
func AddressesAudience(st *doc.Sent, a, e int) bool {
	for k := a; k < e; k++ {
		if t := st.Toks[k]; t.Kind == text.Word && !st.InQuote[k] {
			if addresseeWords.Has(t.Lower) {
				return true
			}
		}
	}
	return false
}

// possessiveOpener are the words before a first-person possessive that put it inside or at the
// head of a noun phrase: "of" and the quantifiers of partitives ("two of our officers", "all our
// exporters"), and the comma after a fronted adverbial.
var possessiveOpener = map[string]bool{"of": true, ",": true, "all": true, "both": true, "many": true, "most": true,
	"some": true, "several": true}

// pointsIntoTalk reports a demonstrative or "it" standing alone as an object ("come back to that",
// "to do that", "the likelihood of this"), the place adverb "here" or the talk's own questions in
// tokens k..e: the sentence
// takes its content from the talk around it (Halliday and Hasan 1976, Cohesion in English,
// ch. 2: demonstrative reference to the text and to the situation).
func pointsIntoTalk(st *doc.Sent, k, e int) bool {
	for j := k; j < e; j++ {
		switch st.Toks[j].Lower {
		case "here", "question", "questions":
			// the place of the talk, or its questions: "We have responded to similar
			// questions before"
			return true
		case "that", "this", "it", "these", "those":
			if j+1 >= e || st.Toks[j+1].Kind == text.Punct {
				return true
			}
		}
	}
	return false
}

// deicticSubject reports a sentence whose subject at token k is a demonstrative or "it" standing
// alone ("That is an additional step", "This is just after the beginning", "It's been a while",
// "that's exactly what we've been doing"): the pronoun is followed by a verb form of be, have, do,
// a modal, or carries a contracted one. "That option is on the table" has a noun after it.
func deicticSubject(st *doc.Sent, k, e int) bool {
	w := st.Toks[k].Lower
	for _, c := range []string{"'s", "'ll", "'d", "'ve", "'re"} {
		if b, ok := strings.CutSuffix(w, c); ok {
			w = b
			if w == "that" || w == "this" || w == "it" || w == "these" || w == "those" {
				return true
			}
		}
	}
	switch w {
	case "that", "this", "it", "these", "those":
	default:
		return false
	}
	if k+1 >= e {
		return false
	}
	switch st.Toks[k+1].Lower {
	case "is", "was", "are", "were", "has", "had", "have", "will", "would", "can", "could", "may", "might",
		"should", "does", "did", "means", "meant", "'s", "'ll", "’s":
		return true
	}
	return false
}

// stanceNouns name a position held (Biber et al. 1999, Longman Grammar of Spoken and Written
// English, §8.6, stance nouns of attitude and epistemic status): "our position", "our view".
var stanceNouns = lexicon.WordClass("stancenouns") // data/wordclasses/stancenouns.txt

// BlockQuoteSpeaker gives a quotation with no attribution of its own the speaker of the block or
// turn it stands in ("issued the following statement:" then “…”; a label alone on its line, then
// “…”; “…” closed by a dash line), with the unit's rule.
func BlockQuoteSpeaker(d *doc.Doc, q *doc.Quote) {
	if q.Speaker != nil {
		return
	}
	st := d.Sents[q.S0]
	if !Speaking(st.Unit) || !st.Unit.Quoting {
		return // a quotation inside a spoken turn or a titled document quotes someone else
	}
	if q.T0 > doc.BodyStart(st) {
		// a quotation opening inside a sentence of the block after a speech verb ("As the
		// council's chair, X, said on Monday, “…”") is the author quoting someone else: the
		// reported-speech reading gives it to its sayer
		for k := doc.BodyStart(st); k < q.T0; k++ {
			if le, ok := d.Lx.Speech[st.Toks[k].Lower]; ok && le.Kind == lexicon.EntrySpeechVerb && le.Speech == "speech" {
				return
			}
		}
	}
	if sp := UnitSpeaker(d, st.Unit); sp != nil {
		q.Speaker, q.Rule, q.CueSent, q.CueTok = sp, st.Unit.Rule, q.S0, q.T0
	}
}

// TurnOf names the discourse unit of sentence s for a claim node: "answer:3", "statement:0";
// "" outside speaking units.
func TurnOf(d *doc.Doc, s int) string {
	if s < 0 || s >= len(d.Sents) {
		return ""
	}
	u := d.Sents[s].Unit
	if u == nil || u.Role == discourse.Narrative || u.Index < 0 {
		return ""
	}
	return string(u.Role) + ":" + strconv.Itoa(u.Index)
}
