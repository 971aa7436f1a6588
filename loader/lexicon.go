package loader

import (
	"bufio"
	"bytes"
	"fmt"
	"io/fs"
	"strings"

	"github.com/claimgraph/claimgraph/graph"
	"github.com/claimgraph/claimgraph/text"
)

// Lexicon files read by NewExtractor from the lexicons/ folder of its fs.FS. Each is plain text, one
// entry per line, '#' starts a comment, fields are separated by '|' (see each file's header).
const (
	lexCountries   = "lexicons/countries.txt"
	lexActors      = "lexicons/actors.txt"
	lexTitles      = "lexicons/titles.txt"
	lexOrgWords    = "lexicons/orgwords.txt"
	lexStopNames   = "lexicons/stopnames.txt"
	lexGroups      = "lexicons/groups.txt"
	lexCues        = "lexicons/cues.txt"
	lexSpeech      = "lexicons/speech.txt"
	lexHedges      = "lexicons/hedges.txt"
	lexNegations   = "lexicons/negations.txt"
	lexIrregular   = "lexicons/irregular.txt"
	lexLightVerbs  = "lexicons/lightverbs.txt"
	lexDiscuss     = "lexicons/discuss.txt"
	lexPolicyWords = "lexicons/policywords.txt"
	lexPartOf      = "lexicons/partof.txt"
	lexNonActors   = "lexicons/nonactors.txt"
	lexDefinites   = "lexicons/definites.txt"
	lexCommon      = "lexicons/commonwords.txt"
)

// LexiconError reports a malformed lexicon line: the file, the 1-based line and the problem.
type LexiconError struct {
	File string
	Line int
	Msg  string
}

func (e *LexiconError) Error() string {
	if e.Line > 0 {
		return fmt.Sprintf("loader: %s:%d: %s", e.File, e.Line, e.Msg)
	}
	return fmt.Sprintf("loader: %s: %s", e.File, e.Msg)
}

type lexRow struct {
	line   int
	fields []string
}

// readLexicon reads one lexicon file: comments and blank lines dropped, fields trimmed. Rows with
// fewer than minFields or more than maxFields fields are a *LexiconError.
func readLexicon(fsys fs.FS, name string, minFields, maxFields int) ([]lexRow, error) {
	b, err := fs.ReadFile(fsys, name)
	if err != nil {
		return nil, &LexiconError{File: name, Msg: err.Error()}
	}
	var rows []lexRow
	sc := bufio.NewScanner(bytes.NewReader(b))
	sc.Buffer(make([]byte, 64*1024), 1024*1024)
	n := 0
	for sc.Scan() {
		n++
		line := sc.Text()
		if i := strings.IndexByte(line, '#'); i >= 0 {
			line = line[:i]
		}
		if strings.TrimSpace(line) == "" {
			continue
		}
		parts := strings.Split(line, "|")
		for i := range parts {
			parts[i] = strings.TrimSpace(parts[i])
		}
		for len(parts) > minFields && parts[len(parts)-1] == "" {
			parts = parts[:len(parts)-1]
		}
		if len(parts) < minFields || len(parts) > maxFields {
			return nil, &LexiconError{File: name, Line: n, Msg: fmt.Sprintf("want %d to %d '|'-separated fields, got %d", minFields, maxFields, len(parts))}
		}
		if parts[0] == "" {
			return nil, &LexiconError{File: name, Line: n, Msg: "empty first field"}
		}
		rows = append(rows, lexRow{line: n, fields: parts})
	}
	if err := sc.Err(); err != nil {
		return nil, &LexiconError{File: name, Msg: err.Error()}
	}
	if len(rows) == 0 {
		return nil, &LexiconError{File: name, Msg: "no entries"}
	}
	return rows, nil
}

func field(r lexRow, i int) string {
	if i < len(r.fields) {
		return r.fields[i]
	}
	return ""
}

func splitList(s string) []string {
	if s == "" {
		return nil
	}
	var out []string
	for _, p := range strings.Split(s, ",") {
		if p = strings.TrimSpace(p); p != "" {
			out = append(out, p)
		}
	}
	return out
}

// country is one row of countries.txt.
type country struct {
	Name      string
	Code      string
	Demonyms  []string
	Capitals  []string
	ShortForm []string
	// nameWords are the words of Name in lower case when it has two or more ("united",
	// "states"), made once when the lexicon is read (countryNameWord asks for every candidate
	// short form); nil for a one-word name
	nameWords []string
}

// knownActor is one row of actors.txt.
type knownActor struct {
	Name    string
	Kind    graph.Kind
	Country string // ISO3, may be empty
	Aliases []string
}

// title is one row of titles.txt.
type title struct {
	Title string // lowercase
	Body  string
	Class string // state, corp, role, honorific
	// State is the CAMEO/ISO3 code of the one state whose office the title is by its statutory
	// style ("secretary of the treasury": USA), empty for a title many states use
	State string
}

// cue is one row of cues.txt.
type cue struct {
	Pattern []string // lowercase tokens; "be", "NOT", "X" special
	Type    graph.RelType
	Cameo   string
	Plover  string
	Frame   string // V, VTO, N
	Lemma   string // the pattern as written, for Evidence.Rule
}

// lexEntry is what a token sequence in the trie stands for. One sequence may have several meanings
// ("Washington" is a capital; "U.S." a short form).
type lexEntry struct {
	kind    lexKind
	country *country
	actor   *knownActor
	title   *title
	cue     *cue
	speech  string // speech, belief or attitude, for kind lexSpeechVerb
	caps    bool   // the name is written in capitals ("UN", "US"): the token must be too
	lemma   string // the lemma a verb form came from
	form    string // "base", "s", "ed", "ing" for verb forms
}

type lexKind uint8

const (
	lkCountry    lexKind = iota + 1 // canonical name or short form
	lkDemonym                       // "Chinese"
	lkCapital                       // "Beijing"
	lkActor                         // known actor name or alias
	lkTitle                         // person title
	lkCue                           // relation cue pattern
	lkSpeechVerb                    // speech or belief verb form
	lkHedge                         // hedge phrase
)

// trie is a token trie keyed by lowercase token text. Lookups walk the sentence's tokens without
// allocating.
type trie struct {
	next    map[string]*trie
	entries []lexEntry
}

func (t *trie) add(tokens []string, e lexEntry) {
	n := t
	for _, w := range tokens {
		if n.next == nil {
			n.next = map[string]*trie{}
		}
		c := n.next[w]
		if c == nil {
			c = &trie{}
			n.next[w] = c
		}
		n = c
	}
	n.entries = append(n.entries, e)
}

// Lexicons are the parsed lexicon files. They are immutable after loadLexicons returns.
type lexicons struct {
	countries  []*country
	byCode     map[string]*country
	names      trie // countries, demonyms, capitals, known actors, titles (lowercased token sequences)
	cues       trie // cue patterns, lemma forms expanded; "be" and NOT kept as special keys
	speech     map[string]lexEntry
	attitude   map[string]lexEntry // verbs of speech.txt kind attitude, apart from speech (attitudeAt)
	hedges     trie
	negations  map[string]bool
	stop       map[string]bool
	orgWords   map[string]graph.Kind
	orgAlone   map[string]bool   // org words that name an actor by themselves ("the Treasury")
	groupHeads map[string]string // head → plural canonical
	groupWeak  map[string]bool   // heads that make a group only with a national modifier
	// groupCollective: heads that name one actor by themselves ("the opposition")
	groupCollective map[string]bool
	partNouns       trie // "arm", "think tank" → part; "newspaper" → outlet (entry.speech holds the use)
	groupDrop       map[string]bool
	groupOrgHeads   map[string]string // groups.txt orghead: head → plural, a group only after an organization
	lightVerbs      map[string]bool
	discuss         map[string]bool
	policyHead      map[string]bool
	verbLemma       map[string]string // inflected form → lemma, for light/discussion verbs
	beForms         map[string]bool
	pastForms       map[string]bool // simple past forms of irregular.txt ("left", "told"): finite verbs
	titles          map[string]*title
	actors          []*knownActor
	actorByName     map[string]*knownActor // graph.NormalizeName of every name and alias
	nonActor        map[string]string      // place and event heads
	definite        map[string]string      // definite-description heads → org, named, country
	speechNoun      map[string]bool        // nominal attribution nouns
	docNoun         map[string]bool        // document nouns whose author is their source
	common          map[string]bool        // common lower-case English words
	actorLex                               // lexicon_actor.go
	claimLex                               // lexicon_claim.go
}

func loadLexicons(fsys fs.FS) (*lexicons, error) {
	lx := &lexicons{
		byCode:          map[string]*country{},
		speech:          map[string]lexEntry{},
		attitude:        map[string]lexEntry{},
		negations:       map[string]bool{},
		stop:            map[string]bool{},
		orgWords:        map[string]graph.Kind{},
		orgAlone:        map[string]bool{},
		groupHeads:      map[string]string{},
		groupWeak:       map[string]bool{},
		groupCollective: map[string]bool{},
		groupDrop:       map[string]bool{},
		groupOrgHeads:   map[string]string{},
		lightVerbs:      map[string]bool{},
		discuss:         map[string]bool{},
		policyHead:      map[string]bool{},
		verbLemma:       map[string]string{},
		titles:          map[string]*title{},
		actorByName:     map[string]*knownActor{},
		nonActor:        map[string]string{},
		definite:        map[string]string{},
		speechNoun:      map[string]bool{},
		docNoun:         map[string]bool{},
		common:          map[string]bool{},
		pastForms:       map[string]bool{},
		beForms:         map[string]bool{"be": true, "is": true, "are": true, "was": true, "were": true, "been": true, "being": true, "'s": true, "'re": true, "am": true},
	}
	irregular := map[string][]string{}
	rows, err := readLexicon(fsys, lexIrregular, 3, 4)
	if err != nil {
		return nil, err
	}
	for _, r := range rows {
		irregular[strings.ToLower(r.fields[0])] = []string{field(r, 1), field(r, 2), field(r, 3)}
		if p := strings.ToLower(field(r, 1)); p != "" {
			lx.pastForms[p] = true
		}
	}

	if rows, err = readLexicon(fsys, lexCountries, 2, 5); err != nil {
		return nil, err
	}
	for _, r := range rows {
		c := &country{Name: r.fields[0], Code: strings.ToUpper(field(r, 1)), Demonyms: splitList(field(r, 2)), Capitals: splitList(field(r, 3)), ShortForm: splitList(field(r, 4))}
		if f := strings.Fields(strings.ToLower(c.Name)); len(f) >= 2 {
			c.nameWords = f
		}
		if len(c.Code) != 3 {
			return nil, &LexiconError{File: lexCountries, Line: r.line, Msg: fmt.Sprintf("ISO3 code %q is not three letters", c.Code)}
		}
		if lx.byCode[c.Code] != nil {
			return nil, &LexiconError{File: lexCountries, Line: r.line, Msg: "duplicate code " + c.Code}
		}
		lx.byCode[c.Code] = c
		lx.countries = append(lx.countries, c)
		for _, n := range append([]string{c.Name}, c.ShortForm...) {
			lx.names.add(lexTokens(n), lexEntry{kind: lkCountry, country: c, caps: isCaps(n)})
			if !strings.HasPrefix(strings.ToLower(n), "the ") {
				lx.names.add(append([]string{"the"}, lexTokens(n)...), lexEntry{kind: lkCountry, country: c, caps: isCaps(n)})
			}
		}
		for _, d := range c.Demonyms {
			lx.names.add(lexTokens(d), lexEntry{kind: lkDemonym, country: c})
		}
		for _, cap := range c.Capitals {
			lx.names.add(lexTokens(cap), lexEntry{kind: lkCapital, country: c})
		}
	}

	if rows, err = readLexicon(fsys, lexActors, 2, 4); err != nil {
		return nil, err
	}
	for _, r := range rows {
		a := &knownActor{Name: r.fields[0], Kind: graph.Kind(strings.ToUpper(field(r, 1))), Country: strings.ToUpper(field(r, 2)), Aliases: splitList(field(r, 3))}
		if !a.Kind.IsActor() {
			return nil, &LexiconError{File: lexActors, Line: r.line, Msg: fmt.Sprintf("kind %q is not an actor kind", a.Kind)}
		}
		if a.Country != "" && lx.byCode[a.Country] == nil {
			return nil, &LexiconError{File: lexActors, Line: r.line, Msg: "unknown country code " + a.Country}
		}
		lx.actors = append(lx.actors, a)
		for _, n := range append([]string{a.Name}, a.Aliases...) {
			if o := lx.actorByName[graph.NormalizeName(n)]; o != nil && o != a {
				return nil, &LexiconError{File: lexActors, Line: r.line, Msg: fmt.Sprintf("name %q already belongs to %q", n, o.Name)}
			}
			lx.actorByName[graph.NormalizeName(n)] = a
			lx.names.add(lexTokens(n), lexEntry{kind: lkActor, actor: a, caps: isCaps(n)})
			lx.names.add(append([]string{"the"}, lexTokens(n)...), lexEntry{kind: lkActor, actor: a, caps: isCaps(n)})
		}
	}

	if rows, err = readLexicon(fsys, lexTitles, 3, 4); err != nil {
		return nil, err
	}
	for _, r := range rows {
		t := &title{Title: strings.ToLower(r.fields[0]), Body: field(r, 1), Class: field(r, 2), State: field(r, 3)}
		switch t.Class {
		case "state", "corp", "role", "honorific":
		default:
			return nil, &LexiconError{File: lexTitles, Line: r.line, Msg: fmt.Sprintf("class %q is not state, corp, role or honorific", t.Class)}
		}
		lx.titles[t.Title] = t
		lx.names.add(lexTokens(t.Title), lexEntry{kind: lkTitle, title: t})
	}

	if rows, err = readLexicon(fsys, lexOrgWords, 2, 3); err != nil {
		return nil, err
	}
	for _, r := range rows {
		k := graph.Kind(strings.ToUpper(r.fields[1]))
		if k != graph.Organization && k != graph.Government {
			return nil, &LexiconError{File: lexOrgWords, Line: r.line, Msg: fmt.Sprintf("kind %q is not ORGANIZATION or GOVERNMENT", k)}
		}
		if a := field(r, 2); a != "" && a != "alone" {
			return nil, &LexiconError{File: lexOrgWords, Line: r.line, Msg: fmt.Sprintf("third field %q is not \"alone\"", a)}
		}
		w := strings.ToLower(r.fields[0])
		lx.orgWords[w] = k
		if field(r, 2) == "alone" {
			lx.orgAlone[w] = true
		}
	}

	if err := loadWordSet(fsys, lexStopNames, lx.stop); err != nil {
		return nil, err
	}
	if err := loadWordSet(fsys, lexNegations, lx.negations); err != nil {
		return nil, err
	}

	if rows, err = readLexicon(fsys, lexGroups, 2, 3); err != nil {
		return nil, err
	}
	for _, r := range rows {
		w := strings.ToLower(r.fields[0])
		switch r.fields[1] {
		case "head", "weakhead", "collective":
			pl := field(r, 2)
			if pl == "" {
				pl = w
			}
			lx.groupHeads[w] = pl
			lx.groupWeak[w] = r.fields[1] == "weakhead"
			lx.groupCollective[w] = r.fields[1] == "collective"
		case "orghead":
			pl := field(r, 2)
			if pl == "" {
				pl = w
			}
			lx.groupOrgHeads[w] = pl
		case "drop":
			lx.groupDrop[w] = true
		default:
			return nil, &LexiconError{File: lexGroups, Line: r.line, Msg: "role must be head, weakhead, collective, orghead or drop"}
		}
	}

	if rows, err = readLexicon(fsys, lexHedges, 1, 1); err != nil {
		return nil, err
	}
	for _, r := range rows {
		lx.hedges.add(lexTokens(r.fields[0]), lexEntry{kind: lkHedge})
	}

	if rows, err = readLexicon(fsys, lexSpeech, 2, 2); err != nil {
		return nil, err
	}
	for _, r := range rows {
		lemma := strings.ToLower(r.fields[0])
		switch r.fields[1] {
		case "noun":
			lx.speechNoun[lemma] = true
			continue
		case "document":
			lx.docNoun[lemma] = true
			continue
		case "speech", "belief", "attitude", "speech-ed":
		default:
			return nil, &LexiconError{File: lexSpeech, Line: r.line, Msg: "kind must be speech, speech-ed, belief, attitude, noun or document"}
		}
		kind := r.fields[1]
		for form, f := range verbForms(lemma, irregular) {
			if kind == "speech-ed" {
				if f != "ed" {
					continue // "protests", "protest" are read as the noun; "protested" is the verb
				}
				kind = "speech"
			}
			if kind == "attitude" {
				// kept apart: only reportedSpeech (attitudeAt) and the actors stage's verbAfter
				// read them; every other reader of speech verbs would take "We hope" for a turn's
				// speech or "fears" for a verb of saying
				lx.attitude[form] = lexEntry{kind: lkSpeechVerb, speech: kind, lemma: lemma, form: f}
				continue
			}
			lx.speech[form] = lexEntry{kind: lkSpeechVerb, speech: kind, lemma: lemma, form: f}
			kind = r.fields[1]
		}
	}

	for _, f := range []struct {
		file string
		set  map[string]bool
	}{{lexLightVerbs, lx.lightVerbs}, {lexDiscuss, lx.discuss}} {
		rows, err := readLexicon(fsys, f.file, 1, 1)
		if err != nil {
			return nil, err
		}
		for _, r := range rows {
			lemma := strings.ToLower(r.fields[0])
			for form := range verbForms(lemma, irregular) {
				f.set[form] = true
				lx.verbLemma[form] = lemma
			}
		}
	}
	if err := loadWordSet(fsys, lexCommon, lx.common); err != nil {
		return nil, err
	}
	if err := loadActorLexicons(fsys, lx); err != nil {
		return nil, err
	}
	if err := loadClaimLexicons(fsys, lx); err != nil {
		return nil, err
	}
	if err := loadWordSet(fsys, lexPolicyWords, lx.policyHead); err != nil {
		return nil, err
	}
	for _, f := range []struct {
		file  string
		m     map[string]string
		valid string
	}{{lexNonActors, lx.nonActor, " place event venue measure "}, {lexDefinites, lx.definite, " org named igo country "}} {
		rows, err := readLexicon(fsys, f.file, 2, 2)
		if err != nil {
			return nil, err
		}
		for _, r := range rows {
			if !strings.Contains(f.valid, " "+r.fields[1]+" ") {
				return nil, &LexiconError{File: f.file, Line: r.line, Msg: fmt.Sprintf("%q is not one of%s", r.fields[1], f.valid)}
			}
			f.m[strings.ToLower(r.fields[0])] = r.fields[1]
		}
	}
	if rows, err = readLexicon(fsys, lexPartOf, 2, 2); err != nil {
		return nil, err
	}
	for _, r := range rows {
		if r.fields[1] != "part" && r.fields[1] != "outlet" {
			return nil, &LexiconError{File: lexPartOf, Line: r.line, Msg: "use must be part or outlet"}
		}
		lx.partNouns.add(lexTokens(r.fields[0]), lexEntry{speech: r.fields[1]})
	}

	if rows, err = readLexicon(fsys, lexCues, 5, 5); err != nil {
		return nil, err
	}
	for _, r := range rows {
		c := &cue{Lemma: r.fields[0], Type: graph.RelType(strings.ToUpper(r.fields[1])), Cameo: r.fields[2], Plover: strings.ToUpper(r.fields[3]), Frame: strings.ToUpper(r.fields[4])}
		valid := false
		for _, t := range graph.RelTypes {
			valid = valid || t == c.Type
		}
		if !valid {
			return nil, &LexiconError{File: lexCues, Line: r.line, Msg: fmt.Sprintf("unknown relation type %q", c.Type)}
		}
		if c.Frame != "V" && c.Frame != "VTO" && c.Frame != "N" {
			return nil, &LexiconError{File: lexCues, Line: r.line, Msg: fmt.Sprintf("frame %q is not V, VTO or N", c.Frame)}
		}
		toks := strings.Fields(r.fields[0])
		for i, t := range toks {
			if t != "NOT" && t != "X" {
				toks[i] = strings.ToLower(t)
			}
		}
		if c.Frame == "VTO" && toks[len(toks)-1] != "to" {
			return nil, &LexiconError{File: lexCues, Line: r.line, Msg: "a VTO pattern must end in \"to\""}
		}
		c.Pattern = toks
		// The word to inflect: the first one that is not be/NOT/"no longer".
		vi := 0
		for vi < len(toks) && (toks[vi] == "be" || toks[vi] == "NOT" || toks[vi] == "no" || toks[vi] == "longer") {
			vi++
		}
		if vi >= len(toks) {
			return nil, &LexiconError{File: lexCues, Line: r.line, Msg: "pattern has no word"}
		}
		var forms map[string]string
		if c.Frame == "N" {
			forms = nounForms(toks[vi])
		} else if toks[0] == "be" {
			forms = map[string]string{toks[vi]: "base"} // adjective: "be willing to"
		} else {
			forms = verbForms(toks[vi], irregular)
		}
		for form, f := range forms {
			p := append([]string(nil), toks...)
			p[vi] = form
			lx.cues.add(p, lexEntry{kind: lkCue, cue: c, lemma: toks[vi], form: f})
		}
	}
	return lx, nil
}

func loadWordSet(fsys fs.FS, name string, set map[string]bool) error {
	rows, err := readLexicon(fsys, name, 1, 1)
	if err != nil {
		return err
	}
	for _, r := range rows {
		set[strings.ToLower(r.fields[0])] = true
	}
	return nil
}

// isCaps reports a one-word name written in capitals ("UN", "U.S."), which must match in capitals:
// "Un" in "Kim Jong Un" is no United Nations.
func isCaps(s string) bool {
	letters := 0
	for _, r := range s {
		if r == ' ' {
			return false
		}
		if r >= 'a' && r <= 'z' {
			return false
		}
		if r >= 'A' && r <= 'Z' {
			letters++
		}
	}
	return letters >= 2
}

// lexTokens tokenizes a lexicon phrase the way the article tokenizer does and lowercases it, so that
// trie keys and article tokens agree ("People's Daily" → people, 's, daily).
func lexTokens(s string) []string {
	toks := text.Tokenize([]rune(s), 0)
	out := make([]string, len(toks))
	for i, t := range toks {
		out[i] = t.Lower
	}
	return out
}

// verbForms inflects a verb lemma: base, -s, -ed, -ing, with the irregular forms given. Regular
// spelling rules: e-drop ("negotiate" → "negotiating"), y → ies/ied after a consonant, final
// consonant doubled after a single vowel in one-syllable verbs ("ban" → "banned").
func verbForms(lemma string, irregular map[string][]string) map[string]string {
	out := map[string]string{lemma: "base"}
	if irr, ok := irregular[lemma]; ok {
		if irr[0] != "" {
			out[irr[0]] = "ed"
		}
		if irr[1] != "" {
			out[irr[1]] = "ed"
		}
		if len(irr) > 2 && irr[2] != "" {
			out[irr[2]] = "s"
		}
	}
	if lemma == "be" {
		for _, f := range []string{"am", "is", "are", "was", "were", "been", "being"} {
			out[f] = "be"
		}
		return out
	}
	n := len(lemma)
	last := lemma[n-1]
	isVowel := func(b byte) bool { return strings.IndexByte("aeiou", b) >= 0 }
	stem := lemma
	double := false
	vowelGroups := 0
	for i := 0; i < n; i++ {
		if isVowel(lemma[i]) && (i == 0 || !isVowel(lemma[i-1])) {
			vowelGroups++
		}
	}
	if n >= 3 && vowelGroups == 1 && !isVowel(last) && isVowel(lemma[n-2]) && !isVowel(lemma[n-3]) && strings.IndexByte("wxy", last) < 0 {
		double = true
	}
	switch {
	case strings.HasSuffix(lemma, "e"):
		if _, ok := out[lemma+"s"]; !ok {
			out[lemma+"s"] = "s"
		}
		if irr, ok := irregular[lemma]; !ok || irr[0] == "" {
			out[lemma+"d"] = "ed"
		}
		stem = lemma[:n-1]
		if strings.HasSuffix(lemma, "ee") {
			stem = lemma
		}
		out[stem+"ing"] = "ing"
	case last == 'y' && n > 1 && !isVowel(lemma[n-2]):
		out[lemma[:n-1]+"ies"] = "s"
		out[lemma[:n-1]+"ied"] = "ed"
		out[lemma+"ing"] = "ing"
	default:
		s := lemma + "s"
		if strings.HasSuffix(lemma, "s") || strings.HasSuffix(lemma, "sh") || strings.HasSuffix(lemma, "ch") || strings.HasSuffix(lemma, "x") || strings.HasSuffix(lemma, "z") || strings.HasSuffix(lemma, "o") {
			s = lemma + "es"
		}
		if irr, ok := irregular[lemma]; !ok || len(irr) < 3 || irr[2] == "" {
			out[s] = "s"
		}
		if double {
			stem = lemma + string(last)
		}
		if irr, ok := irregular[lemma]; !ok || irr[0] == "" {
			out[stem+"ed"] = "ed"
		}
		out[stem+"ing"] = "ing"
	}
	return out
}

// nounForms gives a cue noun's singular and plural ("threat" → threat, threats; "curbs" stays).
func nounForms(n string) map[string]string {
	out := map[string]string{n: "base"}
	switch {
	case strings.HasSuffix(n, "s"):
		return out
	case strings.HasSuffix(n, "y") && len(n) > 1 && strings.IndexByte("aeiou", n[len(n)-2]) < 0:
		out[n[:len(n)-1]+"ies"] = "s"
	case strings.HasSuffix(n, "sh") || strings.HasSuffix(n, "ch") || strings.HasSuffix(n, "x"):
		out[n+"es"] = "s"
	default:
		out[n+"s"] = "s"
	}
	return out
}

// lexFiles lists every lexicon file, for error messages and tests.
func lexFiles() []string {
	return []string{lexCountries, lexActors, lexTitles, lexOrgWords, lexStopNames, lexGroups, lexCues, lexSpeech, lexHedges, lexNegations, lexIrregular, lexLightVerbs, lexDiscuss, lexPolicyWords, lexPartOf, lexNonActors, lexDefinites, lexCommon, lexOrgTails, lexPortfolios, lexBodies, lexOrgNouns, lexEvaluations, lexGendered}
}
