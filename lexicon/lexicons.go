package lexicon

import (
	"bufio"
	"bytes"
	"fmt"
	"io/fs"
	"strings"

	"github.com/claimgraph/claimgraph/graph"
	"github.com/claimgraph/claimgraph/text"
)

// Lexicon files read by LoadLexicons from the lexicons/ folder of its fs.FS. Each is plain text, one
// entry per line, '#' starts a comment, fields are separated by '|' (see each file's header).
const (
	CountriesFile   = "lexicons/countries.txt"
	KnownActorsFile = "lexicons/actors.txt"
	TitlesFile      = "lexicons/titles.txt"
	OrgWordsFile    = "lexicons/orgwords.txt"
	StopNamesFile   = "lexicons/stopnames.txt"
	GroupsFile      = "lexicons/groups.txt"
	CuesFile        = "lexicons/cues.txt"
	SpeechFile      = "lexicons/speech.txt"
	HedgesFile      = "lexicons/hedges.txt"
	NegationsFile   = "lexicons/negations.txt"
	IrregularFile   = "lexicons/irregular.txt"
	LightVerbsFile  = "lexicons/lightverbs.txt"
	DiscussFile     = "lexicons/discuss.txt"
	PolicyWordsFile = "lexicons/policywords.txt"
	PartOfFile      = "lexicons/partof.txt"
	NonActorsFile   = "lexicons/nonactors.txt"
	DefinitesFile   = "lexicons/definites.txt"
	CommonWordsFile = "lexicons/commonwords.txt"
)

type lexRow struct {
	line   int
	fields []string
}

// readLexicon reads one lexicon file: comments and blank lines dropped, fields trimmed. Rows with
// fewer than minFields or more than maxFields fields are a *Error.
func readLexicon(fsys fs.FS, name string, minFields, maxFields int) ([]lexRow, error) {
	b, err := fs.ReadFile(fsys, name)
	if err != nil {
		return nil, &Error{File: name, Msg: err.Error()}
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
			return nil, &Error{File: name, Line: n, Msg: fmt.Sprintf("want %d to %d '|'-separated fields, got %d", minFields, maxFields, len(parts))}
		}
		if parts[0] == "" {
			return nil, &Error{File: name, Line: n, Msg: "empty first field"}
		}
		rows = append(rows, lexRow{line: n, fields: parts})
	}
	if err := sc.Err(); err != nil {
		return nil, &Error{File: name, Msg: err.Error()}
	}
	if len(rows) == 0 {
		return nil, &Error{File: name, Msg: "no entries"}
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

// Country is one row of countries.txt (name | ISO3 code | demonyms | capitals | short forms,
// the lists comma-separated; codes from ISO 3166-1 alpha-3 as CAMEO uses them).
type Country struct {
	Name      string   // canonical English short name: "United States"
	Code      string   // ISO3, upper case: "USA"
	Demonyms  []string // "American"
	Capitals  []string // "Washington"
	ShortForm []string // other names and abbreviations: "U.S.", "America"
	// NameWords are the words of Name in lower case when it has two or more ("united",
	// "states"), made once when the lexicon is read (countryNameWord asks for every candidate
	// short form); nil for a one-word name
	NameWords []string
}

// KnownActor is one row of actors.txt (name | kind | ISO3 country | aliases).
type KnownActor struct {
	Name    string
	Kind    graph.Kind // an actor kind (graph.Kind.IsActor)
	Country string     // ISO3, may be empty
	Aliases []string
	// Code is the CAMEO actor code its list gives (usfederal.txt: "USAPTY"), "" when the list
	// gives none and the agent rules code it
	Code string
}

// Title is one row of titles.txt (title | body | class | state).
type Title struct {
	Title string // lowercase
	Body  string
	Class string // state, corp, role, honorific
	// State is the CAMEO/ISO3 code of the one state whose office the title is by its statutory
	// style ("secretary of the treasury": USA), empty for a title many states use
	State string
}

// Cue is one row of cues.txt (pattern | relation type | CAMEO code | PLOVER type | frame).
type Cue struct {
	Pattern []string // lowercase tokens; "be", "NOT", "X" special
	Type    graph.RelType
	Cameo   string // CAMEO event code, as written ("12", "0311")
	Plover  string // PLOVER event type, upper case
	Frame   string // V, VTO, N
	Lemma   string // the pattern as written, for Evidence.Rule
}

// Entry is what a token sequence in a Trie stands for. One sequence may have several meanings
// ("Washington" is a capital; "U.S." a short form). Kind says which of the pointers is set.
type Entry struct {
	Kind    EntryKind
	Country *Country    // EntryCountry, EntryDemonym, EntryCapital
	Actor   *KnownActor // EntryActor
	Title   *Title      // EntryTitle
	Cue     *Cue        // EntryCue
	// Speech is speech, belief or attitude for kind EntrySpeechVerb; in PartNouns the use
	// (part, outlet)
	Speech string
	Caps   bool   // the name is written in capitals ("UN", "US"): the token must be too
	Lemma  string // the lemma a verb form came from
	// Form is "base", "s", "ed", "ing" for verb forms ("be" for a form of be); in Bodies the
	// modifier count "0" to "3"
	Form string
}

// EntryKind says what an Entry stands for.
type EntryKind uint8

// The kinds of Entry; 0 is no entry.
const (
	EntryCountry    EntryKind = iota + 1 // canonical name or short form
	EntryDemonym                         // "Chinese"
	EntryCapital                         // "Beijing"
	EntryActor                           // known actor name or alias
	EntryTitle                           // person title
	EntryCue                             // relation cue pattern
	EntrySpeechVerb                      // speech or belief verb form
	EntryHedge                           // hedge phrase
)

// Trie is a token trie keyed by lowercase token text (as Keys makes them). Lookups walk the
// sentence's tokens through Next without allocating; Entries are the meanings of the sequence
// that ends at a node.
type Trie struct {
	Next    map[string]*Trie
	Entries []Entry
}

func (t *Trie) add(tokens []string, e Entry) {
	n := t
	for _, w := range tokens {
		if n.Next == nil {
			n.Next = map[string]*Trie{}
		}
		c := n.Next[w]
		if c == nil {
			c = &Trie{}
			n.Next[w] = c
		}
		n = c
	}
	n.Entries = append(n.Entries, e)
}

// Lexicons are the parsed lexicon files of data/lexicons (each file's header names its source).
// They are immutable after LoadLexicons returns and safe for concurrent reading. Map keys and trie
// keys are lower case unless a comment says otherwise; a bool map holds only true values.
type Lexicons struct {
	Countries []*Country          // countries.txt, in file order
	ByCode    map[string]*Country // ISO3 → country
	// Names holds countries (with and without "the"), demonyms, capitals, known actors (with
	// and without "the") and titles, as lower-case token sequences (Keys)
	Names Trie
	// Cues holds the patterns of cues.txt, the cue word inflected (verbForms, nounForms); "be"
	// and NOT kept as special keys
	Cues       Trie
	Speech     map[string]Entry // speech.txt speech and belief verbs, every form → EntrySpeechVerb
	Attitude   map[string]Entry // verbs of speech.txt kind attitude, apart from Speech (attitudeAt)
	Hedges     Trie             // hedges.txt phrases, EntryHedge
	Negations  map[string]bool  // negations.txt
	Stop       map[string]bool  // stopnames.txt: capitalised words that are no names
	OrgWords   map[string]graph.Kind
	OrgAlone   map[string]bool   // org words that name an actor by themselves ("the Treasury")
	GroupHeads map[string]string // head → plural canonical
	GroupWeak  map[string]bool   // heads that make a group only with a national modifier
	// GroupCollective: heads that name one actor by themselves ("the opposition")
	GroupCollective map[string]bool
	PartNouns       Trie // "arm", "think tank" → part; "newspaper" → outlet (Entry.Speech holds the use)
	GroupDrop       map[string]bool
	GroupOrgHeads   map[string]string // groups.txt orghead: head → plural, a group only after an organization
	LightVerbs      map[string]bool   // lightverbs.txt, every form
	Discuss         map[string]bool   // discuss.txt, every form
	PolicyHead      map[string]bool   // policywords.txt
	VerbLemma       map[string]string // inflected form → lemma, for light/discussion verbs
	BeForms         map[string]bool   // the forms of be, with the clitics 's and 're
	PastForms       map[string]bool   // simple past forms of irregular.txt ("left", "told"): finite verbs
	// PastOnly holds the simple past forms of irregular.txt that differ from both the lemma and
	// the past participle ("drew", "froze", "took"): forms of the strong verbs (Quirk et al.
	// 1985, 3.16), which are no nouns, unlike "cut", "set" or "thought"
	PastOnly    map[string]bool
	Titles      map[string]*Title      // lower-case title → row
	Actors      []*KnownActor          // actors.txt, in file order
	ActorByName map[string]*KnownActor // graph.NormalizeName of every name and alias
	NonActor    map[string]string      // place and event heads → place, event, venue, measure
	Definite    map[string]string      // definite-description heads → org, named, country
	SpeechNoun  map[string]bool        // nominal attribution nouns
	DocNoun     map[string]bool        // document nouns whose author is their source
	Common      map[string]bool        // common lower-case English words
	ActorLex                           // lexicons_actor.go
	ClaimLex                           // lexicons_claim.go
}

// LoadLexicons reads every file of Files from fsys (data.FS in production; tests pass an
// fstest.MapFS). A missing or malformed file is an *Error naming the file and, for a bad line,
// its 1-based number.
func LoadLexicons(fsys fs.FS) (*Lexicons, error) {
	lx := &Lexicons{
		ByCode:          map[string]*Country{},
		Speech:          map[string]Entry{},
		Attitude:        map[string]Entry{},
		Negations:       map[string]bool{},
		Stop:            map[string]bool{},
		OrgWords:        map[string]graph.Kind{},
		OrgAlone:        map[string]bool{},
		GroupHeads:      map[string]string{},
		GroupWeak:       map[string]bool{},
		GroupCollective: map[string]bool{},
		GroupDrop:       map[string]bool{},
		GroupOrgHeads:   map[string]string{},
		LightVerbs:      map[string]bool{},
		Discuss:         map[string]bool{},
		PolicyHead:      map[string]bool{},
		VerbLemma:       map[string]string{},
		Titles:          map[string]*Title{},
		ActorByName:     map[string]*KnownActor{},
		NonActor:        map[string]string{},
		Definite:        map[string]string{},
		SpeechNoun:      map[string]bool{},
		DocNoun:         map[string]bool{},
		Common:          map[string]bool{},
		PastForms:       map[string]bool{},
		PastOnly:        map[string]bool{},
		BeForms:         map[string]bool{"be": true, "is": true, "are": true, "was": true, "were": true, "been": true, "being": true, "'s": true, "'re": true, "am": true},
	}
	irregular := map[string][]string{}
	rows, err := readLexicon(fsys, IrregularFile, 3, 4)
	if err != nil {
		return nil, err
	}
	for _, r := range rows {
		irregular[strings.ToLower(r.fields[0])] = []string{field(r, 1), field(r, 2), field(r, 3)}
		if p := strings.ToLower(field(r, 1)); p != "" {
			lx.PastForms[p] = true
			if p != strings.ToLower(r.fields[0]) && p != strings.ToLower(field(r, 2)) {
				lx.PastOnly[p] = true
			}
		}
	}

	if rows, err = readLexicon(fsys, CountriesFile, 2, 5); err != nil {
		return nil, err
	}
	for _, r := range rows {
		c := &Country{Name: r.fields[0], Code: strings.ToUpper(field(r, 1)), Demonyms: splitList(field(r, 2)), Capitals: splitList(field(r, 3)), ShortForm: splitList(field(r, 4))}
		if f := strings.Fields(strings.ToLower(c.Name)); len(f) >= 2 {
			c.NameWords = f
		}
		if len(c.Code) != 3 {
			return nil, &Error{File: CountriesFile, Line: r.line, Msg: fmt.Sprintf("ISO3 code %q is not three letters", c.Code)}
		}
		if lx.ByCode[c.Code] != nil {
			return nil, &Error{File: CountriesFile, Line: r.line, Msg: "duplicate code " + c.Code}
		}
		lx.ByCode[c.Code] = c
		lx.Countries = append(lx.Countries, c)
		for _, n := range append([]string{c.Name}, c.ShortForm...) {
			lx.Names.add(Keys(n), Entry{Kind: EntryCountry, Country: c, Caps: isCaps(n)})
			if !strings.HasPrefix(strings.ToLower(n), "the ") {
				lx.Names.add(append([]string{"the"}, Keys(n)...), Entry{Kind: EntryCountry, Country: c, Caps: isCaps(n)})
			}
		}
		for _, d := range c.Demonyms {
			lx.Names.add(Keys(d), Entry{Kind: EntryDemonym, Country: c})
		}
		for _, cap := range c.Capitals {
			lx.Names.add(Keys(cap), Entry{Kind: EntryCapital, Country: c})
		}
	}

	if rows, err = readLexicon(fsys, KnownActorsFile, 2, 4); err != nil {
		return nil, err
	}
	for _, r := range rows {
		a := &KnownActor{Name: r.fields[0], Kind: graph.Kind(strings.ToUpper(field(r, 1))), Country: strings.ToUpper(field(r, 2)), Aliases: splitList(field(r, 3))}
		if !a.Kind.IsActor() {
			return nil, &Error{File: KnownActorsFile, Line: r.line, Msg: fmt.Sprintf("kind %q is not an actor kind", a.Kind)}
		}
		if a.Country != "" && lx.ByCode[a.Country] == nil {
			return nil, &Error{File: KnownActorsFile, Line: r.line, Msg: "unknown country code " + a.Country}
		}
		lx.Actors = append(lx.Actors, a)
		for _, n := range append([]string{a.Name}, a.Aliases...) {
			if o := lx.ActorByName[graph.NormalizeName(n)]; o != nil && o != a {
				return nil, &Error{File: KnownActorsFile, Line: r.line, Msg: fmt.Sprintf("name %q already belongs to %q", n, o.Name)}
			}
			lx.ActorByName[graph.NormalizeName(n)] = a
			lx.Names.add(Keys(n), Entry{Kind: EntryActor, Actor: a, Caps: isCaps(n)})
			lx.Names.add(append([]string{"the"}, Keys(n)...), Entry{Kind: EntryActor, Actor: a, Caps: isCaps(n)})
		}
	}
	if err := loadUSFederal(fsys, lx); err != nil {
		return nil, err
	}

	if rows, err = readLexicon(fsys, TitlesFile, 3, 4); err != nil {
		return nil, err
	}
	for _, r := range rows {
		t := &Title{Title: strings.ToLower(r.fields[0]), Body: field(r, 1), Class: field(r, 2), State: field(r, 3)}
		switch t.Class {
		case "state", "corp", "role", "honorific":
		default:
			return nil, &Error{File: TitlesFile, Line: r.line, Msg: fmt.Sprintf("class %q is not state, corp, role or honorific", t.Class)}
		}
		lx.Titles[t.Title] = t
		lx.Names.add(Keys(t.Title), Entry{Kind: EntryTitle, Title: t})
	}

	if rows, err = readLexicon(fsys, OrgWordsFile, 2, 3); err != nil {
		return nil, err
	}
	for _, r := range rows {
		k := graph.Kind(strings.ToUpper(r.fields[1]))
		if k != graph.Organization && k != graph.Government {
			return nil, &Error{File: OrgWordsFile, Line: r.line, Msg: fmt.Sprintf("kind %q is not ORGANIZATION or GOVERNMENT", k)}
		}
		if a := field(r, 2); a != "" && a != "alone" {
			return nil, &Error{File: OrgWordsFile, Line: r.line, Msg: fmt.Sprintf("third field %q is not \"alone\"", a)}
		}
		w := strings.ToLower(r.fields[0])
		lx.OrgWords[w] = k
		if field(r, 2) == "alone" {
			lx.OrgAlone[w] = true
		}
	}

	if err := loadWordSet(fsys, StopNamesFile, lx.Stop); err != nil {
		return nil, err
	}
	if err := loadWordSet(fsys, NegationsFile, lx.Negations); err != nil {
		return nil, err
	}

	if rows, err = readLexicon(fsys, GroupsFile, 2, 3); err != nil {
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
			lx.GroupHeads[w] = pl
			lx.GroupWeak[w] = r.fields[1] == "weakhead"
			lx.GroupCollective[w] = r.fields[1] == "collective"
		case "orghead":
			pl := field(r, 2)
			if pl == "" {
				pl = w
			}
			lx.GroupOrgHeads[w] = pl
		case "drop":
			lx.GroupDrop[w] = true
		default:
			return nil, &Error{File: GroupsFile, Line: r.line, Msg: "role must be head, weakhead, collective, orghead or drop"}
		}
	}

	if rows, err = readLexicon(fsys, HedgesFile, 1, 1); err != nil {
		return nil, err
	}
	for _, r := range rows {
		lx.Hedges.add(Keys(r.fields[0]), Entry{Kind: EntryHedge})
	}

	if rows, err = readLexicon(fsys, SpeechFile, 2, 2); err != nil {
		return nil, err
	}
	for _, r := range rows {
		lemma := strings.ToLower(r.fields[0])
		switch r.fields[1] {
		case "noun":
			lx.SpeechNoun[lemma] = true
			continue
		case "document":
			lx.DocNoun[lemma] = true
			continue
		case "speech", "belief", "attitude", "speech-ed", "speech-that":
		default:
			return nil, &Error{File: SpeechFile, Line: r.line, Msg: "kind must be speech, speech-ed, speech-that, belief, attitude, noun or document"}
		}
		kind := r.fields[1]
		for form, f := range verbForms(lemma, irregular) {
			if kind == "speech-ed" {
				if f != "ed" {
					continue // "protests", "protest" are read as the noun; "protested" is the verb
				}
				kind = "speech"
			}
			if kind == "speech-that" {
				// a verb of saying only over an explicit that-clause, in its -ed form ("Bloomberg
				// reported that …"; "reported a rise in profits" reports figures, no clause): kept
				// with the attitudes, which only reportedSpeech reads as claims
				if f == "ed" {
					lx.Attitude[form] = Entry{Kind: EntrySpeechVerb, Speech: kind, Lemma: lemma, Form: f}
				}
				continue
			}
			if kind == "attitude" {
				// kept apart: only reportedSpeech (attitudeAt) and the actors stage's verbAfter
				// read them; every other reader of speech verbs would take "We hope" for a turn's
				// speech or "fears" for a verb of saying
				lx.Attitude[form] = Entry{Kind: EntrySpeechVerb, Speech: kind, Lemma: lemma, Form: f}
				continue
			}
			lx.Speech[form] = Entry{Kind: EntrySpeechVerb, Speech: kind, Lemma: lemma, Form: f}
			kind = r.fields[1]
		}
	}

	for _, f := range []struct {
		file string
		set  map[string]bool
	}{{LightVerbsFile, lx.LightVerbs}, {DiscussFile, lx.Discuss}} {
		rows, err := readLexicon(fsys, f.file, 1, 1)
		if err != nil {
			return nil, err
		}
		for _, r := range rows {
			lemma := strings.ToLower(r.fields[0])
			for form := range verbForms(lemma, irregular) {
				f.set[form] = true
				lx.VerbLemma[form] = lemma
			}
		}
	}
	if err := loadWordSet(fsys, CommonWordsFile, lx.Common); err != nil {
		return nil, err
	}
	if err := loadActorLexicons(fsys, lx); err != nil {
		return nil, err
	}
	if err := loadClaimLexicons(fsys, lx); err != nil {
		return nil, err
	}
	if err := loadWordSet(fsys, PolicyWordsFile, lx.PolicyHead); err != nil {
		return nil, err
	}
	for _, f := range []struct {
		file  string
		m     map[string]string
		valid string
	}{{NonActorsFile, lx.NonActor, " place event venue measure "}, {DefinitesFile, lx.Definite, " org named igo country "}} {
		rows, err := readLexicon(fsys, f.file, 2, 2)
		if err != nil {
			return nil, err
		}
		for _, r := range rows {
			if !strings.Contains(f.valid, " "+r.fields[1]+" ") {
				return nil, &Error{File: f.file, Line: r.line, Msg: fmt.Sprintf("%q is not one of%s", r.fields[1], f.valid)}
			}
			f.m[strings.ToLower(r.fields[0])] = r.fields[1]
		}
	}
	if rows, err = readLexicon(fsys, PartOfFile, 2, 2); err != nil {
		return nil, err
	}
	for _, r := range rows {
		if r.fields[1] != "part" && r.fields[1] != "outlet" {
			return nil, &Error{File: PartOfFile, Line: r.line, Msg: "use must be part or outlet"}
		}
		lx.PartNouns.add(Keys(r.fields[0]), Entry{Speech: r.fields[1]})
	}

	if rows, err = readLexicon(fsys, CuesFile, 5, 5); err != nil {
		return nil, err
	}
	for _, r := range rows {
		c := &Cue{Lemma: r.fields[0], Type: graph.RelType(strings.ToUpper(r.fields[1])), Cameo: r.fields[2], Plover: strings.ToUpper(r.fields[3]), Frame: strings.ToUpper(r.fields[4])}
		valid := false
		for _, t := range graph.RelTypes {
			valid = valid || t == c.Type
		}
		if !valid {
			return nil, &Error{File: CuesFile, Line: r.line, Msg: fmt.Sprintf("unknown relation type %q", c.Type)}
		}
		if c.Frame != "V" && c.Frame != "VTO" && c.Frame != "N" {
			return nil, &Error{File: CuesFile, Line: r.line, Msg: fmt.Sprintf("frame %q is not V, VTO or N", c.Frame)}
		}
		toks := strings.Fields(r.fields[0])
		for i, t := range toks {
			if t != "NOT" && t != "X" {
				toks[i] = strings.ToLower(t)
			}
		}
		if c.Frame == "VTO" && toks[len(toks)-1] != "to" {
			return nil, &Error{File: CuesFile, Line: r.line, Msg: "a VTO pattern must end in \"to\""}
		}
		c.Pattern = toks
		// The word to inflect: the first one that is not be/NOT/"no longer".
		vi := 0
		for vi < len(toks) && (toks[vi] == "be" || toks[vi] == "NOT" || toks[vi] == "no" || toks[vi] == "longer") {
			vi++
		}
		if vi >= len(toks) {
			return nil, &Error{File: CuesFile, Line: r.line, Msg: "pattern has no word"}
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
			lx.Cues.add(p, Entry{Kind: EntryCue, Cue: c, Lemma: toks[vi], Form: f})
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

// Keys tokenizes a lexicon phrase the way the article tokenizer does and lowercases it, so that
// trie keys and article tokens agree ("People's Daily" → people, 's, daily).
// The result is one key per token, never nil for a phrase with a word; "" gives none.
func Keys(s string) []string {
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

// Files lists every lexicon file, for error messages and tests.
func Files() []string {
	return []string{CountriesFile, KnownActorsFile, TitlesFile, OrgWordsFile, StopNamesFile, GroupsFile, CuesFile, SpeechFile, HedgesFile, NegationsFile, IrregularFile, LightVerbsFile, DiscussFile, PolicyWordsFile, PartOfFile, NonActorsFile, DefinitesFile, CommonWordsFile, OrgTailsFile, PortfoliosFile, BodiesFile, OrgNounsFile, EvaluationsFile, GenderedFile, GivenNamesFile, USFederalFile}
}
