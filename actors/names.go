package actors

import (
	"regexp"
	"strings"

	"github.com/claimgraph/claimgraph/doc"
	"github.com/claimgraph/claimgraph/graph"
	"github.com/claimgraph/claimgraph/lexicon"
	"github.com/claimgraph/claimgraph/text"
)

// orgConnector reports whether the connector at token j continues the organization name being read
// in the last unit of units:
//   - "and" between capitalized words of one name, when the phrase follows "the", every word before
//     "and" is a common English word and the capitalized run after it ends in an organization head:
//     "the Securities and Exchange Commission", "the Fish and Wildlife Service" (two companies,
//     "Ford and General Motors", take no "the" and open with a name);
//   - the apostrophe of a plural possessive inside a name, when the run after it holds an
//     organization head: "the Rail Workers' Union", "the Teachers' Federation".
func orgConnector(d *doc.Doc, st *doc.Sent, units []unit, j int) bool {
	toks := st.Toks
	last := len(units) - 1
	if last < 0 || units[last].kind != uChunk || units[last].te != j || j+1 >= len(toks) {
		return false
	}
	t := toks[j]
	switch {
	case t.Lower == "and":
		// "the" opens the phrase, possibly with up to two lower-case modifiers between ("the
		// second Belt and Road Forum", "the Beijing-based Asian Infrastructure and Investment Bank")
		k := units[0].ts - 1
		for n := 0; n < 2 && k >= 0 && toks[k].Kind == text.Word && (!toks[k].Cap || lowerTail(toks[k].Text)) && !text.IsPrep(toks[k].Lower) && !Determiners.Has(toks[k].Lower) && toks[k].Lower != "and" && toks[k].Lower != "or"; n++ {
			k--
		}
		if k < 0 || toks[k].Lower != "the" {
			return false
		}
		for k := units[last].ts; k < j; k++ {
			if toks[k].Text == "," {
				continue // "the Kelo Nurses, Midwives and Porters Union": conjuncts before it (listConjuncts)
			}
			if !d.Lx.Common[toks[k].Lower] && !isDemonymWord(d.Lx, toks[k].Lower) && !PlaceCompound(d, toks[k].Lower) {
				return false
			}
		}
		end, head := capRun(d, st, j+1)
		return end > j+1 && head == end-1
	case t.Text == ",":
		return listConjuncts(d, st, units, j)
	case t.Lower == "for":
		return causeTail(d, st, units, j)
	case t.Kind == text.Quote && !t.Space && (t.Text == "'" || t.Text == "\u2019") && toks[j+1].Space:
		if !strings.HasSuffix(toks[j-1].Text, "s") || toks[j-1].AllCaps {
			return false
		}
		end, head := capRun(d, st, j+1)
		if end > j+1 && head < 0 {
			// "Workers' Unions": the plural of an organization head heads a body of bodies (a
			// confederation of unions) as the singular heads one
			if _, ok := d.Lx.OrgWords[strings.TrimSuffix(toks[end-1].Lower, "s")]; ok && strings.HasSuffix(toks[end-1].Lower, "s") {
				head = end - 1
			}
		}
		return end > j+1 && head >= 0
	}
	return false
}

// nameGenitive (the method descriptiveGenitive until restruct13; actor_unnamed.go's
// descriptiveGenitive reads a common plural's genitive) reports the "'s" at token j as the
// descriptive genitive inside an organization's name: the chunk before it ends in a capitalized plural noun of persons that takes
// "'s" (CMOS 17th ed. 7.25: "a children's hospital"; the irregular plurals in -men, "children" and
// "people" form the genitive with "'s", Quirk et al. 1985, §5.83-5.86 — the regular plurals in -s
// take the bare apostrophe that orgConnector reads), and a capitalized run with an organization
// head follows at once: "the Coastal Fishermen's Association", "the Women's Rights League", "the
// Working Men's Club", "the Children's Defense Fund". Such a genitive classifies the head
// ("an association of fishermen") rather than naming its owner, so the whole is one name. A
// possessor that is a name ("China's Foreign Ministry", "Ruto's Party") or lower case ("the
// women's team") is a specifying genitive and stays a possessor.
func nameGenitive(lx *lexicon.Lexicons, st *doc.Sent, units []unit, j int) bool {
	toks := st.Toks
	last := len(units) - 1
	if last < 0 || units[last].kind != uChunk || units[last].te != j || toks[j].Lower != "'s" || j+1 >= len(toks) {
		return false
	}
	p := toks[j-1]
	if p.Kind != text.Word || !p.Cap || p.AllCaps || !PersonPlural(lx, p.Lower) {
		return false
	}
	// the run after may hold a title word ("the Women's Justice Alliance"): a name that opens
	// with a classifying genitive is a body's name, and its head word decides
	for k := j + 1; k < len(toks) && k-j <= 4 && toks[k].Kind == text.Word && toks[k].Cap && st.Ment[k] < 0; k++ {
		if _, ok := lx.OrgWords[strings.TrimSuffix(toks[k].Lower, ".")]; ok {
			return true
		}
	}
	return false
}

// PersonPlural reports an irregular plural noun of persons: "children", "people", and the plurals
// in -men whose singular in -man is an English word ("men", "women", "fishermen", "businessmen";
// commonwords.txt, SCOWL), which keeps names that merely end in the letters ("Yemen") out.
func PersonPlural(lx *lexicon.Lexicons, w string) bool {
	switch w {
	case "children", "people", "men":
		return true
	}
	return strings.HasSuffix(w, "men") && lx.Common[strings.TrimSuffix(w, "men")+"man"]
}

// capRun reads at most four capitalized words from token i that are not yet mentions and start no
// title; it returns the run's end and the index of the last organization head word in it (or -1).
func capRun(d *doc.Doc, st *doc.Sent, i int) (end, head int) {
	head = -1
	k := i
	for k < len(st.Toks) && k-i < 4 && st.Toks[k].Kind == text.Word && st.Toks[k].Cap && st.Ment[k] < 0 && TitleAt(d, st, k) == nil {
		if _, ok := d.Lx.OrgWords[strings.TrimSuffix(st.Toks[k].Lower, ".")]; ok {
			head = k
		}
		k++
	}
	return k, head
}

// markOrgTails makes a chunk of two or more capitalized words that ends in a company-name tail word
// an organization ("Atlantic Pelagic Fisheries", "Northern Prairie Rail"): rule org:head-word with
// the tail flag, which lets a state title after it read the words as a portfolio instead
// ("Fisheries Minister …"). A chunk made only of common English words ("Critical Minerals" in a
// title-case list of goods) needs what nameChunk asks of such a person name: a verb or an
// appositive comma after it, or the same name recognized earlier in the article.
func markOrgTails(d *doc.Doc, st *doc.Sent, units []unit) {
	for i := range units {
		u := &units[i]
		if u.kind != uChunk || u.org != "" || u.te-u.ts < 2 || st.Headline {
			continue
		}
		lt := st.Toks[u.te-1]
		if !lt.Cap || !d.Lx.OrgTail[lt.Lower] {
			continue
		}
		allCommon := true
		for k := u.ts; k < u.te; k++ {
			allCommon = allCommon && d.Lx.Common[st.Toks[k].Lower]
		}
		if allCommon && doc.VerbAfter(d.Lx, st, u.te) < 0 && !(u.te < len(st.Toks) && st.Toks[u.te].Text == ",") {
			if _, seen := d.ByKey["org:"+graph.NormalizeName(d.SpanText(st, u.ts, u.te))]; !seen {
				continue
			}
		}
		u.org, u.tail = graph.Organization, true
	}
}

// portfolioChunk reports whether the chunk units[k] is the portfolio of the state title after it:
// one to three capitalized words with no organization head (a company-name tail word is allowed:
// "Fisheries Minister"), right before a state title that a name follows ("Federal Labour Minister
// Ana Ruiz"). The one-word case without a tail word is the older rule of interpret.
func portfolioChunk(d *doc.Doc, st *doc.Sent, units []unit, k int) bool {
	u := units[k]
	if u.kind != uChunk || contentWords(st, u.ts, u.te) > 3+(u.te-u.ts-contentWords(st, u.ts, u.te)) || (u.org != "" && !u.tail) || k+2 >= len(units) {
		return false
	}
	nx := units[k+1]
	n := k + 2
	for n+1 < len(units) && (units[n].kind == uTitle || units[n].kind == uHon) && units[n].ts == units[n-1].te {
		n++ // a rank or honorific between the portfolio title and the name: "Energy Minister Prince Abdulaziz", "Defence Minister General …"
	}
	if nx.kind != uTitle || nx.ts != u.te || nx.e.Title == nil || nx.e.Title.Class != "state" || units[n].kind != uChunk || units[n].org != "" {
		return false
	}
	if d.Lx.Portfolio[st.Toks[nx.te-1].Lower] == "" {
		return false
	}
	for i := u.ts; i < u.te; i++ {
		t := st.Toks[i]
		if i > u.ts && isPortfolioConnector(t) {
			continue // "Energy and Mineral Resources" (premodPortfolioEnd)
		}
		if t.Kind != text.Word || t.AllCaps || d.Lx.NonActor[t.Lower] != "" || isStopCap(d, st, i) && !d.Lx.PortfolioMod[t.Lower] {
			return false
		}
	}
	return areaPortfolio(d.Lx, st, u.ts, u.te, st.Toks[nx.te-1].Lower)
}

// areaPortfolio reports the words [ts, te) before title head h as a portfolio that head takes:
// any capitalized words before "Minister" (a minister's portfolio is named freely: "Fisheries
// Minister"), but before any other head ("secretary") only area words of portfolios.txt or its
// modifiers: a Secretary heads a department named by its area ("Foreign Affairs Secretary",
// "Trade Secretary"; OED "secretary" n. 3), while "Party Secretary" or "Executive Secretary"
// name no department (portfolios.txt).
func areaPortfolio(lx *lexicon.Lexicons, st *doc.Sent, ts, te int, h string) bool {
	if h == "minister" {
		return true
	}
	for i := ts; i < te; i++ {
		if w := st.Toks[i].Lower; !lx.PortfolioArea[w] && !lx.PortfolioMod[w] && !(i > ts && isPortfolioConnector(st.Toks[i])) {
			return false
		}
	}
	return true
}

// portfolioBody is the body a portfolio title implies ("Federal Labour Minister" → "Labour
// Ministry"; portfolios.txt), or "" when the last title has no portfolio words before its head.
func portfolioBody(lx *lexicon.Lexicons, st *doc.Sent, titles []unit) string {
	var t *unit
	for i := range titles {
		if titles[i].kind == uTitle && (t == nil || titles[i].te-titles[i].ts >= 2 || t.te-t.ts < 2) {
			// the last title of two words or more: "Energy Minister Prince Abdulaziz" holds its
			// portfolio in "Energy Minister"; a one-word rank after it (a prince's, a general's)
			// names no portfolio of its own
			t = &titles[i]
		}
	}
	if t == nil || t.te-t.ts < 2 {
		return ""
	}
	if b := postmodifiedPortfolio(lx, st, t); b != "" {
		return b
	}
	bh := lx.Portfolio[st.Toks[t.te-1].Lower]
	if bh == "" || t.e.Title == nil || t.e.Title.Title != st.Toks[t.te-1].Lower {
		return "" // "Prime Minister": the title's own words are no portfolio
	}
	i := t.ts
	for i < t.te-1 && lx.PortfolioMod[st.Toks[i].Lower] {
		i++
	}
	if i == t.te-1 {
		return ""
	}
	var words []string
	for k := i; k < t.te-1; k++ {
		tk := st.Toks[k]
		if k > i && isPortfolioConnector(tk) {
			if tk.Text == "," {
				words[len(words)-1] += ","
			} else {
				words = append(words, tk.Text)
			}
			continue // a coordinated portfolio (actor_titlecoord.go)
		}
		if !tk.Cap || tk.Kind != text.Word || lx.Titles[tk.Lower] != nil {
			return "" // "Prime Minister", "Deputy Prime Minister": a title of its own, no portfolio
		}
		words = append(words, tk.Text)
	}
	if !areaPortfolio(lx, st, i, t.te-1, st.Toks[t.te-1].Lower) {
		return "" // "Party Secretary": no department (areaPortfolio)
	}
	return strings.Join(words, " ") + " " + bh
}

// postmodifiedPortfolio is the body a title with its portfolio after "of" or "for" implies
// ("Minister for Agriculture" → "Agriculture Ministry", "Minister of Industry and Trade" →
// "Industry and Trade Ministry"): the of/for-phrase is the paraphrase of the premodified title
// (Quirk et al. 1985, 17.38: "Minister for Agriculture" = "Agriculture Minister"), so it names
// the same body as portfolioBody does for the premodified one. The head before "of"/"for" must be
// the title's head with a portfolios.txt body, and every word after it a capitalized portfolio
// word (portfolios.txt "area") or "and"/"&"; "" otherwise.
func postmodifiedPortfolio(lx *lexicon.Lexicons, st *doc.Sent, t *unit) string {
	p := -1
	for k := t.ts + 1; k < t.te; k++ {
		if w := st.Toks[k].Lower; w == "of" || w == "for" {
			p = k
			break
		}
	}
	if p < 0 || p+1 >= t.te || t.e.Title == nil || t.e.Title.Title != st.Toks[p-1].Lower {
		return ""
	}
	bh := lx.Portfolio[st.Toks[p-1].Lower]
	if bh == "" {
		return ""
	}
	var words []string
	for k := p + 1; k < t.te; k++ {
		tk := st.Toks[k]
		if !(tk.Cap && lx.PortfolioArea[tk.Lower] || k > p+1 && k < t.te-1 && (tk.Lower == "and" || tk.Text == "&")) {
			return ""
		}
		words = append(words, tk.Text)
	}
	return strings.Join(words, " ") + " " + bh
}

// portfolioEntity is the body named by a portfolio title: the body of that name already in the
// article, else a body of the country named with the title (mod, modC), else of the one country the
// article names, else of no country.
func portfolioEntity(d *doc.Doc, st *doc.Sent, body string, mod *doc.Entity, modC *lexicon.Country) *doc.Entity {
	if e, ok := d.ByKey["org:"+graph.NormalizeName(body)]; ok && (e.Final().Kind == graph.Government || e.Final().Kind == graph.Organization) {
		return e.Final()
	}
	c := modC
	if mod != nil && mod.Country != nil {
		c = mod.Country
	}
	if c == nil {
		return guessedBody(d, body, soleCountry(d), true)
	}
	return BodyEntity(d, body, c)
}

// soleCountry is the one country the article names (by name, short form, demonym or capital,
// capitalized), or nil when it names none or several.
func soleCountry(d *doc.Doc) *lexicon.Country {
	if d.SoleC != nil {
		return d.SoleC.C
	}
	d.SoleC = &doc.SoleCountryMemo{}
	var found *lexicon.Country
	several := false
	d.EachCapitalMatch(func(st *doc.Sent, i int, ents []lexicon.Entry) bool {
		for _, e := range ents {
			if e.Country == nil || (e.Kind != lexicon.EntryCountry && e.Kind != lexicon.EntryDemonym && e.Kind != lexicon.EntryCapital) {
				continue
			}
			if !doc.CapsFit(st, i, e) {
				continue // "Us" is no US (doc_words.go)
			}
			if found != nil && found != e.Country {
				several = true
				return false
			}
			found = e.Country
		}
		return true
	})
	if several {
		return nil
	}
	d.SoleC.C = found
	return found
}

// peopleHead trims a plural group head from the end of an organization chunk ("Senior
// Administration Officials", "Party Leaders" in a title-case line): the words name people of the
// body, not the body. The chunk keeps the words before the head and their organization kind, or
// none when no organization word is left ("Senior Administration" keeps "Administration").
// It reports whether the chunk changed.
func peopleHead(lx *lexicon.Lexicons, st *doc.Sent, u *unit) bool {
	last := st.Toks[u.te-1]
	pl, ok := lx.GroupHeads[last.Lower]
	if !ok || pl != last.Lower || lx.GroupWeak[last.Lower] || u.te-u.ts < 2 {
		return false
	}
	u.te--
	u.org = ""
	for k := u.ts; k < u.te; k++ {
		if kind, ok := lx.OrgWords[strings.TrimSuffix(st.Toks[k].Lower, ".")]; ok {
			u.org = strongerKind(u.org, kind)
		}
	}
	if u.org == "" {
		u.te = u.ts // no organization left: the whole chunk names people
	}
	return true
}

// romanSyllable matches one syllable of a romanized Korean or Chinese name: an initial of up to
// three consonant letters, a final of one to three vowel letters (w and y as glides, h as in the
// McCune-Reischauer "Ahn", "Oh") and an
// optional nasal or stop coda — the syllable structure of the Revised Romanization of Korean
// (Ministry of Culture and Tourism, 2000; with the McCune-Reischauer spellings news still uses)
// and of Hanyu Pinyin and Wade-Giles (initial + final). English participle tails of hyphenated
// modifiers ("-based", "-led", "-made", "-owned", "-backed") do not have this shape.
var romanSyllable = regexp.MustCompile(`^[bcdfghjklmnpqrstvwxyz]{0,3}[aeiouyw][aeiouywh]{0,2}(ng|n|ck|k|l|m|p|t|b|g)?$`)

// englishSurnameSyllable matches a Korean surname in the English-style spelling its holders use
// instead of the romanization: a vowel and "rk", as in "Park" (박, Revised Romanization "Bak"; the
// Revised Romanization of 2000 lets a personal name keep the spelling its holder uses, and English
// news writes "Park Geun-hye", "Park Chung-hee"). Only a surname before a hyphenated given name is
// read with it.
var englishSurnameSyllable = regexp.MustCompile(`^[bcdfghjklmnpqrstvwxyz]{0,3}[aeiou]rk$`)

// hyphenatedGivenName reports token j of st as the hyphenated given name of a surname-first name
// ("Ahn Duk-geun", "Choi Sang-mok", "Lai Ching-te"): two romanized syllables joined by a hyphen,
// the first capitalized, after a capitalized one-syllable surname (CMOS 17th ed. 8.15-8.16; AP
// Stylebook, "Korean names": the given name's two syllables are hyphenated, the second in lower
// case). Such a word continues the name instead of ending it as a lower-case tail would. The
// surname may be written in capitals ("CHO Tae-yul", "KIM Hong-kyun": the capitals-surname
// convention of official readouts, capsurname.go) when it is the only capitals word before the
// given name, not a word of a heading in capitals.
func hyphenatedGivenName(st *doc.Sent, j int) bool {
	if j == 0 {
		return false
	}
	prev, t := st.Toks[j-1], st.Toks[j]
	if prev.AllCaps && j >= 2 && st.Toks[j-2].AllCaps {
		return false
	}
	if prev.Kind != text.Word || !prev.Cap || !romanSyllable.MatchString(prev.Lower) && !englishSurnameSyllable.MatchString(prev.Lower) {
		return false
	}
	parts := strings.Split(t.Lower, "-")
	if len(parts) != 2 || !t.Cap || t.AllCaps {
		return false
	}
	return romanSyllable.MatchString(parts[0]) && romanSyllable.MatchString(parts[1])
}

// titleWordSurname reports the capitalized one-word title at token j ("Bishop", "General",
// "Judge", "Marshal": titles.txt) as the surname that ends a personal name after the given name
// in chunk u: "Julie Bishop said", "Thomas Judge told reporters". A title stands before the name
// it is given to (Quirk et al. 1985, §17.90; AP Stylebook, "titles"), never after it, so a title
// word that closes a name run after a given name is the bearer's surname — English surnames of
// occupational origin (Bishop, Judge, Marshal; P. H. Reaney & R. M. Wilson, A Dictionary of
// English Surnames, 3rd ed. 1997). The given name is the evidence: the chunk with the word is a
// PERSON of the Phoenix actor lexicon, or the chunk is one or two capitalized words, none a
// title or a common English word (commonwords.txt), the first opening a Phoenix person's name
// (PersonFirstWord). A title before a further capitalized word ("Julie Bishop Fund") or after a
// common word ("Catholic Bishop", "Attorney General") is left to the title rules.
func titleWordSurname(d *doc.Doc, st *doc.Sent, u unit, j int) bool {
	toks := st.Toks
	if d.Phx == nil || u.kind != uChunk || u.te != j || u.org != "" || j-u.ts > 2 || !toks[j].Cap || toks[j].AllCaps {
		return false
	}
	if j+1 < len(toks) && (toks[j+1].Cap || toks[j+1].Lower == "'s" && j+2 < len(toks) && toks[j+2].Cap) {
		return false
	}
	if _, end := d.MatchNames(st, j); end != j+1 || TitleAt(d, st, j) == nil {
		return false
	}
	for _, a := range d.Phx.Lookup(d.SpanText(st, u.ts, j+1)) {
		if a.Kind == graph.Person {
			return true
		}
	}
	for k := u.ts; k < j; k++ {
		t := toks[k]
		if t.Kind != text.Word || !t.Cap || t.AllCaps || d.Lx.Common[t.Lower] || TitleAt(d, st, k) != nil {
			return false
		}
	}
	return d.Phx.PersonFirstWord(graph.NormalizeName(toks[u.ts].Text))
}

// headlineSaying reports token j of a headline as the present -s form of a verb of saying (the
// frames report class, modality.txt: "Says", "Tells", "Insists", "Confirms") before the words it
// reports: "Trade Negotiator Says Deal Close", "Minister Insists Talks Continue". Headlines put
// past events in the present tense and capitalize verbs (AP Stylebook, "headlines"; CMOS 8.159),
// so the capital is no sign of a name and the verb ends the speaker's name. The -s form whose
// base is also a noun ("Claims", "Reports", "States") is read so only when the next word is no
// organization word ("Claims Conference" is a name) and no "of".
func headlineSaying(fr doc.Frames, lx *lexicon.Lexicons, toks []text.Token, j int) bool {
	t := toks[j]
	if fr == nil || !t.Cap || t.AllCaps || !strings.HasSuffix(t.Lower, "s") || j+1 >= len(toks) || toks[j+1].Kind != text.Word {
		return false
	}
	l := strings.ToLower(fr.Lemma(t.Lower, "VERB", "VBZ"))
	if l == t.Lower || !fr.InClass("report", l) {
		return false
	}
	n := toks[j+1].Lower
	_, org := lx.OrgWords[n]
	return !org && n != "of"
}

// surnameFirstSurname reports a one-word honorific at token j that is a romanized one-syllable
// surname before a romanized given name ("Pak Chol", "Pak Myong Ho"), in a sentence or article
// about a country whose names are written surname first (surnamefirst.txt): a demonym or
// country of such a country earlier in the sentence, a mention of one before it, or the
// dateline's. The Indonesian honorific "Pak" (titles.txt) is the McCune-Reischauer spelling of
// the Korean surname 박 that North Korea and the wire services use for North Koreans (AP
// Stylebook, "Korean names": surname first, then the given name; CMOS 17th ed. 8.15), and a
// Korean name there is no Indonesian address.
func surnameFirstSurname(d *doc.Doc, st *doc.Sent, j int) bool {
	toks := st.Toks
	if d.Phx == nil || j+1 >= len(toks) || !romanSyllable.MatchString(toks[j].Lower) || !toks[j+1].Cap || toks[j+1].AllCaps {
		return false
	}
	for _, part := range strings.Split(toks[j+1].Lower, "-") {
		if !romanSyllable.MatchString(part) {
			return false
		}
	}
	sf := func(c *lexicon.Country) bool { return c != nil && d.Phx.SurnameFirst(c.Code) }
	for k := 0; k < j; k++ {
		ents, _ := d.MatchNames(st, k)
		for _, e := range ents {
			if (e.Kind == lexicon.EntryCountry || e.Kind == lexicon.EntryDemonym) && toks[k].Cap && sf(e.Country) {
				return true
			}
		}
	}
	for _, m := range d.Mentions {
		if m.Sent < st.Idx && m.Ent.Final().Kind == graph.Country && sf(m.Ent.Final().Country) {
			return true
		}
	}
	return sf(DatelineCountry(d))
}

// numberOpensName reports a capitalized cardinal number word at k inside a sentence that a
// capitalized word other than a stop word follows ("China's Three Gorges Corporation", "Italy's
// Five Star Movement"): written with a capital in running text, the numeral is the first word of
// a proper name (Quirk et al. 1985, 5.60-5.66: proper nouns of several words; CMOS 8.1), though
// the stop list holds it as a word that is no name by itself.
func numberOpensName(d *doc.Doc, st *doc.Sent, k int) bool {
	t := st.Toks
	return k > 0 && t[k].Cap && CardinalWords.Has(t[k].Lower) && k+1 < len(t) && t[k+1].Cap && t[k+1].Kind == text.Word && !d.Lx.Stop[t[k+1].Lower]
}
