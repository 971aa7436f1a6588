package actors

import (
	"strings"
	"unicode"

	"github.com/claimgraph/claimgraph/doc"
	"github.com/claimgraph/claimgraph/graph"
	"github.com/claimgraph/claimgraph/lexicon"
	"github.com/claimgraph/claimgraph/text"
)

// notPersonName reports a run of capitalized words [ts, te) that has no personal-name shape.
func notPersonName(d *doc.Doc, st *doc.Sent, ts, te int) bool {
	toks := st.Toks
	allCommon := true
	for i := ts; i < te; i++ {
		t := toks[i]
		if mixedScript(t.Text) {
			return true
		}
		parts := strings.FieldsFunc(t.Lower, func(r rune) bool { return r == '-' || r == '\u2011' })
		for _, p := range parts {
			if !d.Lx.Common[p] || !(d.LowerSeen[p] || d.LowerSeen[strings.TrimSuffix(p, "s")] || d.LowerSeen[p+"s"]) {
				allCommon = false
			}
		}
		if len(parts) > 1 {
			for _, p := range parts {
				if isPlaceWord(d.Lx, p) {
					return true // "China-Belarus"
				}
			}
		}

	}
	if allCommon {
		return true
	}
	return parentheticalGloss(st, ts)
}

// nationalName reports a run opening with a nationality or continent adjective: no personal name
// ("European Consumer Voice"). It returns whether it is one and whether it is long enough (three
// words or more) to name an organization by itself.
func nationalName(lx *lexicon.Lexicons, st *doc.Sent, ts, te int) (national, org bool) {
	if !isDemonymWord(lx, st.Toks[ts].Lower) {
		return false, false
	}
	return true, te-ts >= 3
}

// isDemonymWord reports a word the countries lexicon lists as a demonym, or a proper adjective of a
// continent (Asian, African, European …: demonyms of the continents, which no person bears as a
// name).
func isDemonymWord(lx *lexicon.Lexicons, w string) bool {
	return regionAdjectives.Has(w) || lx.DemonymWord(w)
}

// regionAdjectives are the proper adjectives of the continents, world regions and oceans (UN M49
// regions; the Arab League; the oceans).
var regionAdjectives = lexicon.WordClass("regionadjectives") // data/wordclasses/regionadjectives.txt

// parentheticalGloss reports a run opening a parenthesis that follows a capitalized word: "(The
// Americas Grow)" after "America Crece".
func parentheticalGloss(st *doc.Sent, ts int) bool {
	toks := st.Toks
	k := ts - 1
	if k >= 0 && toks[k].Lower == "the" {
		k--
	}
	return k >= 1 && toks[k].Text == "(" && toks[k-1].Kind == text.Word && toks[k-1].Cap
}

// mixedScript reports a word with both Latin letters and Han, Hiragana, Katakana or Hangul
// characters (mojibake of a typographic apostrophe read in the wrong charset).
func mixedScript(s string) bool {
	latin, cjk := false, false
	for _, r := range s {
		switch {
		case r < 0x80 && unicode.IsLetter(r):
			latin = true
		case unicode.In(r, unicode.Han, unicode.Hiragana, unicode.Katakana, unicode.Hangul):
			cjk = true
		}
	}
	return latin && cjk
}

// titleCaseLine reports a line whose content words (three or more; function words of up to four
// letters, which headline style keeps lower case, left out) are all capitalized: "Statement from the
// President Regarding Trade with China". text.IsHeadline misses such a line when it has many function
// words.
func titleCaseLine(lx *lexicon.Lexicons, st *doc.Sent) bool {
	if st.Headline {
		return true
	}
	content := 0
	for _, t := range st.Toks {
		if t.Kind != text.Word {
			continue
		}
		if !t.Cap && lx.Stop[t.Lower] && len(t.Lower) <= 4 {
			continue
		}
		if !t.Cap {
			return false
		}
		content++
	}
	return content >= 3
}

// CommonNameWord reports a single-word name that is a common English noun used as one here: the
// article also writes it in lower case, or writes it elsewhere inside a longer capitalized name
// ("Belt" of "Belt and Road", "States" of "United States", "Defense" of "Defense Production
// Act"), or it is the plural of a person title ("Presidents"). Such a word becomes no
// organization by being a subject alone; a name the article never uses as a common word
// ("Kestrel", "Heather") stays possible, and so does an acronym of two or three capitals.
func CommonNameWord(d *doc.Doc, e *doc.Entity) bool {
	w := strings.ToLower(e.Name)
	if strings.Contains(w, " ") {
		return false
	}
	if r := []rune(e.Name); len(r) <= 3 && strings.ToUpper(e.Name) == e.Name {
		return false
	}
	sing := strings.TrimSuffix(w, "s")
	if !d.Lx.Common[w] && !d.Lx.Common[sing] {
		return false
	}
	if d.LowerSeen[w] || d.LowerSeen[sing] || d.LowerSeen[w+"s"] || d.Lx.Titles[sing] != nil {
		return true
	}
	return insideLongerName(d, e.Name) || CountryNameWord(d, w)
}

// CountryNameWord reports a word of the name of several words of a country the article names
// ("states" of "United States", "united" of "United Kingdom"): alone it is a fragment of that
// name, cut off by a line or column break of the source layout, not the short form of another
// actor ("United" stays free for "United Airlines" in an article naming no such country).
func CountryNameWord(d *doc.Doc, w string) bool {
	for _, c := range d.Lx.Countries {
		if c.NameWords == nil || !NamesCountry(d, c.Code) {
			continue
		}
		for _, p := range c.NameWords {
			if p == w {
				return true
			}
		}
	}
	return false
}

// insideLongerName reports whether the article writes word capitalized as the tail of a longer
// name (after another capitalized word outside a sentence start: "United States", "Korean
// Peninsula") or as a member of a coordinated name ("Belt and Road"): a fragment, not a short
// form. A company's short form is the head of its name ("Kestrel" of "Kestrel Social"), which
// this leaves alone.
func insideLongerName(d *doc.Doc, word string) bool {
	for _, st := range d.Sents {
		toks := st.Toks
		for i, t := range toks {
			if t.Text != word || st.Headline {
				continue
			}
			if i > 0 && toks[i-1].Kind == text.Word && toks[i-1].Cap && !d.Lx.Stop[toks[i-1].Lower] && (!SentInitial(st, i-1) || !d.LowerSeen[toks[i-1].Lower]) {
				return true
			}
			if i+2 < len(toks) && toks[i+1].Lower == "and" && toks[i+2].Kind == text.Word && toks[i+2].Cap && !d.Lx.Stop[toks[i+2].Lower] {
				return true
			}
		}
	}
	return false
}

// shortNameFolder drops hyphens and periods (knownByShortName); made once, since a Replacer
// builds its tables on first use (it was made per call, ~86 KB of garbage per article).
var shortNameFolder = strings.NewReplacer("-", "", ".", "")

// knownByShortName is a known actor written without its hyphens or periods ("G-20" → G20).
func knownByShortName(d *doc.Doc, s string) *lexicon.KnownActor {
	if !strings.ContainsAny(s, "-.") {
		return nil
	}
	return KnownByName(d, shortNameFolder.Replace(s))
}

// documentName reports a run of capitalized words ending in a document noun ("Foreign Exchange
// Report", "Business Climate Survey"): the name of a document (speech.txt "document" nouns and the
// heads of numbered instruments, docheads.txt), not of an actor; or headed by the head of a
// named legal instrument or product ("the Oslo Accords", "the Kyoto Protocol", "the Tomahawk
// Missiles"; instrumentheads.txt: OntoNotes 5.0 LAW and PRODUCT, not ORG or PERSON).
func documentName(lx *lexicon.Lexicons, st *doc.Sent, ts, te int) bool {
	if te-ts < 2 {
		return false
	}
	w := st.Toks[te-1].Lower
	sing := strings.TrimSuffix(w, "s")
	// the instrument's head is the name's head, before a postmodifying "of" phrase (Quirk et al.
	// 1985, 17.37): "the Treaty of Rome" is a treaty, "the Steering Committee of the Lake Basin
	// Water Accord" a committee
	return lx.DocNoun[w] || lx.DocNoun[sing] || lx.DocHeads[w] || lx.DocHeads[sing] || instrumentHeads.Has(st.Toks[headBeforeOf(st, ts, te)].Lower)
}

// instrumentHeads are the heads of the names of legal instruments and products
// (data/wordclasses/instrumentheads.txt; OntoNotes 5.0 named-entity types LAW and PRODUCT).
var instrumentHeads = lexicon.WordClass("instrumentheads")

// productModifier reports a capitalized word or acronym at ts written as the noun modifier of a
// lower-case product or instrument head ("the HIMARS rocket launcher", "a Kinzhal missile", "the
// AUKUS agreement"): in such a noun phrase the modifier names the product or the instrument
// (OntoNotes 5.0 PRODUCT, LAW; the modifier of a compound noun classifies its head, Quirk et al.
// 1985, 17.108), not an actor. The head read is the word right after the name, which for a
// compound head is its first noun, itself of the class ("rocket" of "rocket launcher", "missile"
// of "missile system").
func productModifier(st *doc.Sent, ts int) bool {
	k := ts + 1
	return k < len(st.Toks) && st.Toks[k].Kind == text.Word && !st.Toks[k].Cap && instrumentHeads.Has(st.Toks[k].Lower)
}

// formalStateName reports a run followed by "of" and a country ("the Federative Republic of
// Brazil", "the Kingdom of Saudi Arabia"): the formal name of a state, whose first words are no
// person.
func formalStateName(d *doc.Doc, st *doc.Sent, te int) bool {
	toks := st.Toks
	if te+1 >= len(toks) || toks[te].Lower != "of" {
		return false
	}
	k := te + 1
	if toks[k].Lower == "the" && k+1 < len(toks) {
		k++
	}
	ents, _ := d.MatchNames(st, k)
	for _, e := range ents {
		if e.Kind == lexicon.EntryCountry {
			return true
		}
	}
	return false
}

// nameOpener reports a capitalized number or compass word inside a sentence right before another
// capitalized word: it opens a name ("China's Three Gorges Corporation", "the North American
// Development Bank"), though alone it is no name.
func nameOpener(st *doc.Sent, j int) bool {
	toks := st.Toks
	if j+1 >= len(toks) || !toks[j+1].Cap || toks[j+1].Kind != text.Word || SentInitial(st, j) || st.Headline {
		return false
	}
	switch toks[j].Lower {
	case "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "north", "south", "east", "west", "central":
		return true
	}
	return false
}

// capsHeadingWord reports a common English word in capitals next to another word in capitals
// ("AMERICAN PEOPLE"): a heading set in capitals, whose words are no acronyms.
func capsHeadingWord(lx *lexicon.Lexicons, st *doc.Sent, i int) bool {
	toks := st.Toks
	t := toks[i]
	if !t.AllCaps || !lx.Common[t.Lower] || len([]rune(t.Text)) < 4 {
		return false
	}
	return i > 0 && toks[i-1].AllCaps && toks[i-1].Kind == text.Word && len([]rune(toks[i-1].Text)) > 1 ||
		i+1 < len(toks) && toks[i+1].AllCaps && toks[i+1].Kind == text.Word && len([]rune(toks[i+1].Text)) > 1
}

// capsLine reports a sentence written wholly in capitals, four words or more, at least two of them
// common words of four letters or more ("STATEMENT BY THE AFRICAN UNION COMMISSION ON THE
// SITUATION IN THE SAHEL"): a heading set in capitals, whose words are no acronyms and whose runs
// are no names by their shape (issue 14: heading words are not actors); known names in it are
// still read from the lexicons.
func capsLine(lx *lexicon.Lexicons, st *doc.Sent) bool {
	words, common := 0, 0
	for _, t := range st.Toks {
		if t.Kind != text.Word {
			continue
		}
		if !t.AllCaps {
			return false
		}
		words++
		if len([]rune(t.Text)) >= 4 && lx.Common[t.Lower] {
			common++
		}
	}
	return words >= 4 && common >= 2
}

// skipTitleWords returns the first token of a person's name after any title words the run
// [ts, te) opens with ("State Councilor Zhao Kezhi" → Zhao Kezhi), keeping at least one word.
func skipTitleWords(d *doc.Doc, st *doc.Sent, ts, te int) int {
	for ts < te-1 {
		ents, end := d.MatchNames(st, ts)
		isTitle := false
		for _, e := range ents {
			isTitle = isTitle || e.Kind == lexicon.EntryTitle && e.Title.Class != "honorific"
		}
		if !isTitle || end >= te {
			return ts
		}
		ts = end
	}
	return ts
}

// agentTitleWord reports the first word of a personal-name run [ts, te) that is a title the
// titles lexicon lacks: a formal title is capitalized immediately before a name (AP Stylebook,
// "titles"), and an office is named by an agent noun (Quirk et al. 1985, App. I.34-I.35: -er, -or,
// -ar, -ist, -ee, -eer, -man/-woman/-person; -ian, a person of a field or craft: "comedian",
// "historian", "physician", App. I). So a word that is lower case in English (SCOWL,
// commonwords.txt), ends in an agent suffix and opens no personal name of the Phoenix
// dictionaries (as a first word or a family name), followed by a given name (a word of three
// letters or more, no common word, no initial) and at least one more name word, is a title:
// "Treasurer", "Ombudsman", "Comptroller", "Registrar". "Heather Nauert Smith", "Walker Stone Harris" (Phoenix given names), "Baker"
// (a Phoenix family name), "Hunter Biden" (two words) and "Homer J. Simpson" (an initial after
// it) keep their first word; an occupational given name no Phoenix person bears, before two more
// names ("Chandler Morgan Ellis"), is read as a title (a known limit).
func agentTitleWord(phx *lexicon.Actors, lx *lexicon.Lexicons, st *doc.Sent, ts, te int) bool {
	if te-ts < 3 || !lx.Common[st.Toks[ts].Lower] {
		return false
	}
	w := st.Toks[ts].Lower
	agent := partyMembers.Has(w) // "Democrat Zephyr Teachout": a party member's noun before the name (AP Stylebook, "party affiliation"; usstates.go)
	for _, suf := range []string{"er", "or", "ar", "ist", "ee", "ian", "man", "woman", "person"} {
		agent = agent || strings.HasSuffix(w, suf) && len(w) > len(suf)+2
	}
	if !agent || phx != nil && (phx.PersonFirstWord(w) || len(phx.ByFamilyName(w, "")) > 0) {
		return false
	}
	next := st.Toks[ts+1]
	return next.Kind == text.Word && next.Cap && len([]rune(next.Text)) >= 3 && !strings.HasSuffix(next.Text, ".") && !lx.Common[next.Lower]
}

// personOfPhrase reports a run starting at token ts that is the complement of an of-phrase
// postmodifying a person's name ("Diego Schalper of National Renewal", "Governor Wilson Lima of
// Amazonas state", "Senator Ana Reyes of the Green Left"): such an of-phrase gives the person's
// affiliation or home, a body or a place (Quirk et al. 1985, 17.38-17.39, the of-genitive of
// origin and membership), never another person, so the run is no personal name by its shape.
func personOfPhrase(d *doc.Doc, st *doc.Sent, ts int) bool {
	k := ts - 1
	if k >= 0 && st.Toks[k].Lower == "the" {
		k--
	}
	if k < 1 || st.Toks[k].Text != "of" {
		return false
	}
	m := MentionAt(d, st, k-1)
	return m != nil && m.Te == k && m.Ent.Final().Kind == graph.Person
}

// subheadLine reports a short heading inside an article ("Kyiv Responds", "Brussels Weighs In"):
// a paragraph of one line after the first, of two to six words with every word of three letters
// or more capitalized and no sentence-final punctuation — a subhead, set in title case between a
// story's paragraphs (CMOS 1.55, subheads; AP Stylebook, "headlines"), which text.IsHeadline
// leaves to prose when it has fewer than three long words. Its runs are then read as a headline's
// (headlineOnlyRun): "Kyiv Responds" is the capital and its predicate, no "org:place-name".
func subheadLine(d *doc.Doc, st *doc.Sent) bool {
	if st.Idx == 0 || st.Idx > 0 && d.Sents[st.Idx-1].S.Paragraph == st.S.Paragraph ||
		st.Idx+1 < len(d.Sents) && d.Sents[st.Idx+1].S.Paragraph == st.S.Paragraph || text.EndsSentence(st.Toks) {
		return false
	}
	words := 0
	for _, t := range st.Toks {
		if t.Kind != text.Word {
			return false
		}
		words++
		if len([]rune(t.Text)) >= 3 && !t.Cap {
			return false
		}
	}
	return words >= 2 && words <= 6
}

// classAcronym reports an acronym the article also writes with a plural s ("IFI topics" where it
// speaks of "the IFIs", "MDB financing" beside "MDBs"): a count noun naming a class of bodies,
// not one actor.
func classAcronym(d *doc.Doc, w string) bool {
	if d.PluralAcr == nil {
		d.PluralAcr = map[string]bool{}
		for _, st := range d.Sents {
			for _, t := range st.Toks {
				if pluralAcronym(t.Text) {
					d.PluralAcr[strings.TrimSuffix(t.Text, "s")] = true
				}
			}
		}
	}
	return d.PluralAcr[w]
}

// lowerHead reports a hyphenated word whose first part is lower case ("non-Paris", "pro-Beijing",
// "ex-President"): an adjective or a prefixed noun, not a name word.
func lowerHead(s string) bool {
	i := strings.IndexAny(s, "-\u2011")
	if i <= 0 {
		return false
	}
	r := []rune(s[:i])
	if arabicArticle.Has(string(r)) {
		return false // "al-Bashir", "el-Sisi", "ash-Sharaa": the Arabic article is part of the name
	}
	return unicode.IsLower(r[0])
}

// arabicArticle are the romanized forms of the Arabic definite article that open a surname joined
// by a hyphen: al- and its colloquial el-, and the forms assimilated to a following "sun letter"
// (ad-, adh-, an-, ar-, as-, ash-, at-, ath-, az-), as romanized in news and in the ALA-LC Arabic
// romanization table (Library of Congress, note on the article). None is an English prefix.
var arabicArticle = lexicon.WordClass("arabicarticle") // data/wordclasses/arabicarticle.txt

// PlaceCompound reports a hyphenated word of place names ("china-brazil", "u.s.-eu"): the
// bilateral modifier that opens names like "the China-Brazil High Level Coordination and
// Cooperation Committee".
func PlaceCompound(d *doc.Doc, w string) bool {
	parts := strings.Split(w, "-")
	if len(parts) < 2 {
		return false
	}
	for _, p := range parts {
		if !isPlaceWord(d.Lx, p) && KnownByName(d, p) == nil {
			return false
		}
	}
	return true
}

// labelLine reports a chunk [ts, te) that is a whole line by itself (nothing but punctuation
// around it) of two or three common English words and no name connector ("Corporate Communications", "Media
// Relations", "Investor Relations" under "For more information, contact:"): a department or
// function label of a contact block or a page's furniture, no actor's name. A body named in prose
// ("the Electoral Commission said") or with a proper word ("Kenya Revenue Authority") is kept;
// the line's words are a label as in a table header (issue 14: labels and headers are not actors).
func labelLine(lx *lexicon.Lexicons, st *doc.Sent, ts, te int) bool {
	for k, t := range st.Toks {
		if (k < ts || k >= te) && t.Kind == text.Word {
			return false
		}
	}
	for k := ts; k < te; k++ {
		w := st.Toks[k].Lower
		if st.Toks[k].Kind != text.Word || !lx.Common[w] || isPlaceWord(lx, w) || dictConnectors.Has(w) {
			return false // "Office of the Vice President" on its own line is the issuer's name
		}
	}
	return te-ts >= 2 && te-ts <= 3
}

// contactItem reports a chunk [ts, te) of two or three common English words ("Press Office",
// "Media Unit", "Communications Department") that is one comma-separated item of a press
// release's contact line ("Press contact: Press Office, Ministry of Foreign Affairs, +47 …",
// "Media enquiries: Media Unit, …"): the contact block lists a desk or function to call, no
// actor's name, as labelLine's lines do. The line opens with a contact label (press or media
// + contact(s), inquiries or enquiries, or "contact", before a colon), the closing matter of a
// news release (AP Stylebook, "news release"; headline, dateline, body, boilerplate, contact, end
// mark). The label may also be the sentence "For more information(,) (please) contact:" that
// opens the same block. A proper word or a place word keeps the chunk (labelLine's test of the
// words), except one acronym opening the item ("NLC Information Department"): a desk of the
// releasing organization, named by its initials as its own release does.
func contactItem(lx *lexicon.Lexicons, st *doc.Sent, ts, te int) bool {
	if ts < 2 || st.Toks[ts-1].Kind != text.Punct || st.Toks[ts-1].Text != ":" && st.Toks[ts-1].Text != "," {
		return false
	}
	ws := ts
	if st.Toks[ws].AllCaps && len([]rune(st.Toks[ws].Text)) >= 2 && te-ts >= 3 {
		ws++ // "NLC Information Department": the organization's initials before its desk
	}
	if te-ws < 2 || te-ws > 3 {
		return false
	}
	if te < len(st.Toks) && (st.Toks[te].Kind != text.Punct || st.Toks[te].Text != "," && st.Toks[te].Text != ".") {
		return false
	}
	var label []string
	colon := false
	for k := 0; k < ts; k++ {
		t := st.Toks[k]
		if t.Kind == text.Punct && t.Text == ":" {
			colon = true
			break
		}
		if t.Kind == text.Word {
			label = append(label, t.Lower)
		}
	}
	if !colon || len(label) == 0 || len(label) > 6 {
		return false
	}
	last := label[len(label)-1]
	if !(last == "contact" || last == "contacts" || last == "inquiries" || last == "enquiries") ||
		len(label) == 2 && label[0] != "media" && label[0] != "press" || len(label) > 2 && !forInformation(label) {
		return false
	}
	for k := ws; k < te; k++ {
		w := st.Toks[k].Lower
		if st.Toks[k].Kind != text.Word || !lx.Common[w] || isPlaceWord(lx, w) || dictConnectors.Has(w) {
			return false
		}
	}
	return true
}

// forInformation reports a contact label written as a sentence: "for more information contact",
// "for further information, please contact", "for media inquiries contact" (the label's words,
// lower case, punctuation dropped).
func forInformation(label []string) bool {
	if label[0] != "for" || label[len(label)-1] != "contact" {
		return false
	}
	for _, w := range label[1 : len(label)-1] {
		if !contactLabelWords.Has(w) {
			return false
		}
	}
	return true
}

// contactLabelWords are the words of a press release's contact label between "for" and
// "contact" (page furniture).
var contactLabelWords = lexicon.WordClass("contactlabelwords") // data/wordclasses/contactlabelwords.txt

// capsWordLine reports token i of st as a common English word of four letters or more written
// in capitals alone on its line ("SIGNED" over a signature block, "ENDS", "CONTACT"): a
// document's label or end mark (AP Stylebook, "news release": the closing matter), no acronym.
// An acronym that spells no common word ("NATO", "KNUT") is unaffected.
func capsWordLine(lx *lexicon.Lexicons, runes []rune, st *doc.Sent, i int) bool {
	t := st.Toks[i]
	if !t.AllCaps || !lx.Common[t.Lower] || len([]rune(t.Text)) < 4 {
		return false
	}
	for k := t.Start - 1; k >= 0; k-- {
		if r := runes[k]; r == '\n' {
			break
		} else if !unicode.IsSpace(r) {
			return false
		}
	}
	for k := t.End; k < len(runes); k++ {
		if r := runes[k]; r == '\n' {
			break
		} else if !unicode.IsSpace(r) && !unicode.IsPunct(r) {
			return false
		}
	}
	return true
}
