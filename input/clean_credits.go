package input

import (
	"regexp"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/claimgraph/claimgraph/text"
)

// Agency and outlet credits (issue 14): the places where wire copy names the news service that
// filed or illustrated a story rather than an actor of it. AP Stylebook, "datelines" and
// "bylines"; the Reuters Handbook of Journalism on credit lines and picture captions: the
// service's name stands in the dateline's parentheses (kept out of the actor stage by
// loader/wire_dateline.go), under the byline ("By Jane Doe / BBC News, Nairobi"), in the
// contributor line ("Associated Press writer Jane Doe in Harare contributed to this report"), at
// the end of a picture caption ("REUTERS/Jane Doe", "(Xinhua/Li Ming)", Al Jazeera's "[File:
// Reuters]"), in a source line ("SOURCE: Al Jazeera and news agencies") and in the agency's end
// notes (AP sets them below a "___" rule; Xinhua closes with "Enditem"). None of these lines is
// story text: they are cut here, so that a service named only there makes no node, while one
// the story names ("told Reuters", "Xinhua reported") stays.

var (
	// reCaptionLabel opens a bracketed credit: "[File: Reuters]", "[Photo: AFP]".
	reCaptionLabel = regexp.MustCompile(`^(?i:file\s+photo|file|photo|photograph|picture|image)\s*:\s*`)
	// reDeskRole is the outlet and role before a contributor's name: "Associated Press writer",
	// "AP video journalist", "Reuters correspondents".
	reDeskRole = regexp.MustCompile(`^(?:\p{Lu}[\p{L}.&'’-]*\s+){1,4}(?:[a-z]+\s+){0,2}(?:writers?|reporters?|correspondents?|journalists?|photographers?|videojournalists?)\s+`)
	// reCaptionComma is the BBC News pages' picture labels, with a comma: "Image source, EPA",
	// "Image caption, Protesters in Nairobi …", "Media caption, …".
	reCaptionComma = regexp.MustCompile(`^(?i:image source|image caption|media caption|video caption|image copyright),\s+\S`)
	// reSignOff is an agency's sign-off line: "With inputs from PTI" (Indian outlets), "With files from The Associated Press" (Canadian
	// Press style), "With reporting from Reuters and AFP".
	reSignOff = regexp.MustCompile(`^(?:\(?(?i:with|and)\s+(?:(?:additional\s+)?(?:inputs?|files|reporting|information|wires?)\s+from\s+|(?:news\s+)?agencies\b))(.*?)\)?\.?$`)
	// reSourceLine is a source credit line: "SOURCE: Al Jazeera and news agencies", "Source: Reuters".
	reSourceLine = regexp.MustCompile(`^(?i:sources?)\s*:\s*(.{2,80}?)\.?$`)
)

// deskRoles are the journalist role nouns that close a byline's desk line ("BBC South America
// correspondent", "Staff writer") and precede a contributor's name.
var deskRoles = map[string]bool{
	"correspondent": true, "reporter": true, "writer": true, "editor": true, "journalist": true,
	"columnist": true, "producer": true, "photographer": true, "contributor": true, "staff": true,
	"videojournalist": true, "chief": true, // "bureau chief"
}

// captionCredit reports a picture caption that ends in a credit naming an agency or a
// photographer after the caption text: "… on Monday. REUTERS/Jane Doe", "… on the Blue Nile.
// (Xinhua/Li Ming)", "… in North Darfur [File: Reuters]", "… [Mohammed Salem/Reuters]". The
// credit is creditLike (capitalized words) and either has an agency/photographer slash or, in
// square brackets, a "File:"/"Photo:" label — so "[Applause]" closing a transcript paragraph and
// "(WTO)" closing a sentence are no credits.
func captionCredit(s string) bool {
	s = strings.TrimSpace(s)
	if len(s) < 8 || text.WordCount(s) > 80 {
		return false
	}
	last, _ := utf8.DecodeLastRuneInString(s)
	switch last {
	case ']', ')':
		open := "["
		if last == ')' {
			open = "("
		}
		i := strings.LastIndex(s, open)
		if i <= 0 {
			return false
		}
		inner := strings.TrimSpace(s[i+1 : len(s)-1])
		before := strings.TrimSpace(s[:i])
		labelled := reCaptionLabel.MatchString(inner)
		inner = reCaptionLabel.ReplaceAllString(inner, "")
		// dpa writes its name in lower case: a labelled credit may ("[Photo: dpa]")
		if inner == "" || text.WordCount(inner) > 8 || !creditLike(inner) && !(labelled && text.WordCount(inner) <= 2) ||
			text.WordCount(before) < 3 {
			return false
		}
		if last == ']' {
			return labelled || strings.Contains(inner, "/")
		}
		return strings.Contains(inner, "/") && endsWithSentencePunct(before)
	}
	// a bare credit after the caption's last sentence, the agency in capitals at one end of the
	// slashes: "… December 3. REUTERS/Jane Doe/File Photo", "… in Madrid. EFE/Juan Ruiz"
	if endsWithSentencePunct(s) {
		return false
	}
	i := strings.LastIndexAny(s, ".!?")
	if i <= 0 || i+1 >= len(s) || s[i+1] != ' ' {
		return false
	}
	tail := strings.TrimSpace(s[i+1:])
	segs := strings.Split(tail, "/")
	return len(segs) > 1 && text.WordCount(tail) <= 8 && creditLike(tail) && text.WordCount(s[:i]) >= 3 &&
		(capsWord(segs[0]) || capsWord(segs[len(segs)-1]))
}

// capsWord reports a word of two or more letters all in capitals ("REUTERS", "EFE", "PTI").
func capsWord(s string) bool {
	s = strings.TrimSpace(s)
	n := 0
	for _, r := range s {
		if !unicode.IsUpper(r) {
			return false
		}
		n++
	}
	return n >= 2
}

// contributed reads "Mei Lin and Raj Patel contributed reporting from Seoul." into authors (moved
// from clean_rules.go with the contributor line of outlet and role, issue 14).
func contributed(s string) verdict {
	m := reContributed.FindStringSubmatch(s)
	if m == nil {
		return verdict{}
	}
	if looksLikeNames(m[1]) {
		return verdict{drop: true, authors: namesWithoutPlaces(m[1])}
	}
	// "Associated Press writer Farai Mutsaka in Harare, Zimbabwe, contributed to this report."
	// (AP's contributor line): the outlet and role, then names with their places
	names := contributorNames(m[1])
	if names == m[1] {
		return verdict{}
	}
	if a := namesWithoutPlaces(strings.TrimRight(names, " ,")); len(a) > 0 && looksLikeNames(rePlaceTail.ReplaceAllString(names, "")) {
		return verdict{drop: true, authors: a}
	}
	return verdict{}
}

// contributorNames strips the outlet and role before a contributor line's names ("Associated
// Press writer Farai Mutsaka in Harare, Zimbabwe" → "Farai Mutsaka in Harare, Zimbabwe").
func contributorNames(s string) string {
	return reDeskRole.ReplaceAllString(strings.TrimSpace(s), "")
}

// bylineDeskLine reports the line under a byline that gives the writer's outlet, desk or post
// and place rather than a sentence: "BBC News, Accra", "BBC South America correspondent",
// "Reuters, Nairobi", "Staff writer". At most eight words, no sentence end, no digits, quotes
// or colons; every comma-separated part is an outlet or place (isOutletLine) or ends in a
// journalist role noun (deskRoles) after capitalized words and at most two lower-case ones.
func bylineDeskLine(s string) bool {
	s = strings.TrimSpace(s)
	if s == "" || text.WordCount(s) > 8 || endsWithSentencePunct(s) || strings.ContainsAny(s, "0123456789:;\"\u201c\u201d") {
		return false
	}
	for _, part := range strings.Split(s, ",") {
		part = strings.TrimSpace(part)
		if isOutletLine(part) {
			continue
		}
		words := strings.Fields(part)
		if len(words) == 0 || !deskRoles[strings.ToLower(words[len(words)-1])] {
			return false
		}
		lower := 0
		for _, w := range words[:len(words)-1] {
			if r, _ := utf8.DecodeRuneInString(w); !unicode.IsUpper(r) {
				lower++
			}
		}
		if lower > 2 {
			return false
		}
	}
	return true
}

// sourceCredit reports a source credit line: "SOURCE: Al Jazeera and news agencies", "Source:
// Reuters, AFP", "Sources: agencies" — capitalized names, connectors and the words of the news
// services ("news", "agencies", "wires"), at most eight words.
func sourceCredit(s string) bool {
	m := reSourceLine.FindStringSubmatch(strings.TrimSpace(s))
	if m == nil {
		return false
	}
	if strings.Contains(m[1], ": ") {
		// "Source: Ghana: Ministry of Foreign Affairs": a country and its department, the layout
		// of an aggregator's issuer line (the publishing government's country, then its office);
		// the issuer of a release, not a news service's credit, kept for the loader to read
		return false
	}
	words := strings.Fields(strings.NewReplacer(",", " ", "/", " ").Replace(m[1]))
	if len(words) == 0 || len(words) > 8 {
		return false
	}
	for _, w := range words {
		r, _ := utf8.DecodeRuneInString(w)
		switch strings.ToLower(w) {
		case "and", "news", "agencies", "agency", "wires", "wire", "services", "of", "the", "for":
			continue // ("for" of a body's name: "Source: Ministry for Foreign Affairs of Finland")
		}
		if !unicode.IsUpper(r) {
			return false
		}
	}
	return true
}

// creditedBody is the one body a source credit line names ("Source: Global Affairs Canada",
// "Source: Ministry for Foreign Affairs of Finland"), or "": the credit names who supplied the
// text (a release aggregator's or a wire page's source line; AP Stylebook, "credit line"), which
// is its outlet when the document names none. A line naming several ("Source: Al Jazeera and news
// agencies", "Sources: Reuters, AFP") or the news services in general ("Source: agencies") names
// no one outlet.
func creditedBody(s string) string {
	m := reSourceLine.FindStringSubmatch(strings.TrimSpace(s))
	if m == nil || !sourceCredit(s) || strings.ContainsAny(m[1], ",/&;") {
		return ""
	}
	for _, w := range strings.Fields(m[1]) {
		switch strings.ToLower(w) {
		case "and", "news", "agencies", "agency", "wires", "wire", "services":
			return ""
		}
	}
	return strings.TrimSpace(m[1])
}

// endNoteReach is how many paragraphs at the end of a story an agency's end notes may take.
const endNoteReach = 3

// dropEndNotes cuts a wire story's end notes: AP sets them below a rule of underscores ("___")
// at the end of the story — contributor lines, "Follow … on X", the funding disclosure ("AP is
// solely responsible for all content"). The rule must be among the last endNoteReach
// paragraphs and every paragraph after it short (at most 60 words) and without a quotation
// mark (a quotation is story text). Xinhua closes its stories with "Enditem", on a line of its
// own or after the last sentence; the mark is cut, and so is an agency's sign-off after the last
// sentence ("(AFP)", "— Reuters", trailingSignOff).
func dropEndNotes(paras []string) []string {
	if n := len(paras); n > 0 {
		last := strings.TrimSpace(paras[n-1])
		switch {
		case last == "Enditem" || last == "ENDITEM":
			paras = paras[:n-1]
		case strings.HasSuffix(last, " Enditem") || strings.HasSuffix(last, " ENDITEM"):
			paras[n-1] = strings.TrimSpace(last[:len(last)-len(" Enditem")])
		}
	}
	if n := len(paras); n > 0 {
		paras[n-1] = trailingSignOff(paras[n-1])
	}
	for i := max(0, len(paras)-endNoteReach); i < len(paras); i++ {
		if !ruleLine(paras[i]) {
			continue
		}
		for _, p := range paras[i+1:] {
			if text.WordCount(p) > 60 || strings.ContainsAny(p, "\"\u201c\u201d") {
				return paras
			}
		}
		return paras[:i]
	}
	return paras
}

// reTrailingSignOff is an agency's sign-off after the story's last sentence: "… the claim. (AFP)",
// "… the claim. — Reuters", "… the claim. -- AFP", "… the claim. /TASS/".
var reTrailingSignOff = regexp.MustCompile(`([.!?]["”’)]?)\s+(?:\(([^()]{2,40})\)|(?:--|[–—])\s*([^.!?]{2,40})|/(\p{Lu}[\p{L}-]{1,20})/)\s*$`)

// trailingSignOff cuts an agency's sign-off (reTrailingSignOff: at most three creditLike words in
// brackets, after a dash or between slashes) from the end of the story's last paragraph, where
// wire copy that lost its line breaks leaves it.
func trailingSignOff(p string) string {
	m := reTrailingSignOff.FindStringSubmatchIndex(p)
	if m == nil {
		return p
	}
	name := ""
	for g := 2; g <= 4; g++ {
		if m[2*g] >= 0 {
			name = strings.TrimSpace(p[m[2*g]:m[2*g+1]])
		}
	}
	if name == "" || text.WordCount(name) > 3 || !creditLike(name) {
		return p
	}
	return p[:m[3]]
}

// ruleLine reports a paragraph that is a rule of three or more underscores ("___").
func ruleLine(p string) bool {
	p = strings.TrimSpace(p)
	return strings.Count(p, "_") >= 3 && strings.Trim(p, "_ ") == ""
}

// signOff reports an agency's sign-off or picture-library credit on a line of its own: "With
// inputs from PTI", "With files from The Associated Press", "(With agencies)",
// "Getty Images", "AFP via Getty Images", BBC's "Image source, EPA" and "Image caption, …". The
// named part is creditLike (capitalized words and connectors, at most ten); a lone name is a
// credit only with a picture word ("Images", "Photo", "Pictures") or "via". A dash and a name
// ("— Reuters") is left alone: under a quotation it is the quotation's attribution ("— Trade
// Minister X", isDashAttribution).
func signOff(s string) bool {
	s = strings.TrimSpace(s)
	if reCaptionComma.MatchString(s) {
		return true
	}
	if text.WordCount(s) > 10 || endsWithSentencePunct(strings.TrimSuffix(s, ".")) {
		return false
	}
	if m := reSignOff.FindStringSubmatch(s); m != nil {
		rest := strings.TrimSpace(m[1])
		return rest == "" || creditLike(rest)
	}
	words := strings.Fields(s)
	last := strings.ToLower(words[len(words)-1])
	via := strings.Contains(s, " via ")
	return len(words) >= 2 && (via || last == "images" || last == "photo" || last == "photos" || last == "pictures") && creditLike(s)
}

// bylineSeps are what separates a byline's names from the writer's outlet or post: "By Lina Marsh,
// Reuters", "By Lina Marsh | Reuters", "By Lina Marsh / Associated Press", "By Lina Marsh for
// AFP", "By Lina Marsh — BBC News".
var bylineSeps = []string{",", " | ", " / ", " for ", " — ", " – ", " - "}

// bylineOutletCut cuts a byline's names (without "By") at the first separator of bylineSeps.
func bylineOutletCut(s string) string {
	cut := len(s)
	for _, sep := range bylineSeps {
		if i := strings.Index(s, sep); i > 0 && i < cut {
			cut = i
		}
	}
	return strings.TrimSpace(s[:cut])
}

// outletHeads are the head nouns of news outlets' names ("Anadolu Agency", "Kyodo News",
// "Associated Press", "Xinhua News Service", "Radio Free Asia", "The Korea Times").
var outletHeads = map[string]bool{"agency": true, "news": true, "press": true, "service": true, "wire": true,
	"radio": true, "television": true, "tv": true, "times": true, "post": true, "herald": true, "network": true,
	"media": true, "tribune": true, "journal": true, "gazette": true}

// outletAfterComma reports a byline whose last comma-separated part names an outlet by its head
// noun, in capitals or as one word after a full name ("Sipho Ndlovu, Anadolu Agency", "Sipho
// Ndlovu, AFP", "Sipho Ndlovu, Reuters"): the writer's outlet, not a second writer.
func outletAfterComma(s string) bool {
	i := strings.LastIndex(s, ",")
	if i < 0 {
		return false
	}
	words := strings.Fields(s[i+1:])
	if len(words) == 0 || len(words) > 4 {
		return false
	}
	for _, w := range words {
		if outletHeads[strings.ToLower(w)] {
			return true
		}
	}
	if len(words) != 1 {
		return false
	}
	// one word after a full name ("Lina Marsh, Reuters"): a byline's writer has a given name
	// and a surname, so the word is the outlet, unless it is a name suffix ("Jr.", "III")
	switch strings.ToLower(strings.TrimRight(words[0], ".")) {
	case "jr", "sr", "ii", "iii", "iv":
		return false
	}
	return capsWord(words[0]) || text.WordCount(s[:i]) >= 2
}

// capsNamesOutlet cuts the outlet after names in capitals, AP's byline style "By JANE DOE
// Associated Press", "By JANE DOE and JOHN ROE Associated Press": the names are in capitals,
// the outlet in title case after them. Only when the names (at least two words) are all in
// capitals (connectors aside) and every word after them is in title case ("McDERMOTT" is a
// name in capitals, not title case).
func capsNamesOutlet(s string) string {
	words := strings.Fields(s)
	caps := 0
	for i, w := range words {
		switch {
		case capsWord(strings.Trim(w, ".,'’-")) || strings.EqualFold(w, "and") || w == "&":
			if capsWord(strings.Trim(w, ".,'’-")) {
				caps++
			}
		case caps >= 2 && titleCaseWords(words[i:]):
			return strings.Join(words[:i], " ")
		default:
			return s
		}
	}
	return s
}

// titleCaseWords reports words each with a capital initial and no other capital.
func titleCaseWords(words []string) bool {
	for _, w := range words {
		for j, r := range w {
			if j == 0 && !unicode.IsUpper(r) || j > 0 && unicode.IsUpper(r) {
				return false
			}
		}
	}
	return len(words) > 0
}

// rePhotoBy opens a picture credit: "Photo by", "Photograph by", "Picture:", "Photo:".
var rePhotoBy = regexp.MustCompile(`^(?i:photo(?:graph)?s?|pictures?)\s*(?:by\s+|:\s*)`)

// standaloneCredit reports a picture credit on a line of its own: agency and photographer joined
// by slashes ("REUTERS/Jane Doe", "Jane Doe/Reuters", "Xinhua/Li Ming", "AFP PHOTO / JANE DOE",
// "Photo by Jane Doe/AFP via Getty Images"), creditLike, at most ten words and four per
// slash-separated part, no sentence end. The caller applies it only inside the story, below the
// headline.
func standaloneCredit(s string) bool {
	s = strings.TrimSpace(rePhotoBy.ReplaceAllString(strings.TrimSpace(s), ""))
	if !strings.Contains(s, "/") || text.WordCount(s) > 10 || endsWithSentencePunct(s) || !creditLike(s) {
		return false
	}
	for _, part := range strings.Split(s, "/") {
		if n := text.WordCount(part); n == 0 || n > 4 {
			return false
		}
	}
	return true
}
