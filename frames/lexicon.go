package frames

import (
	"bufio"
	"fmt"
	"io/fs"
	"slices"
	"strings"
	"sync"

	"github.com/claimgraph/claimgraph/data"
	framesdata "github.com/claimgraph/claimgraph/data/frames"
	"github.com/claimgraph/claimgraph/graph"
)

// Lexicon holds the cue dictionaries of data/frames, parsed once into immutable tables. It is safe
// for concurrent use.
type Lexicon struct {
	verbs    map[string][]verbCue    // by lemma
	patterns map[string][]patternCue // by block
	classes  map[string][]classCue   // by kind+" "+lemma
	words    map[string]map[string]bool
	// modal holds the words of the future, conditional, hedge and intent classes together, so
	// that Modal looks a sentence's word up once instead of once per class
	modal map[string]bool
	lines map[int]bool // CAMEO.2.0.txt lines of the verb and pattern entries
	// byObject indexes a block's patterns by object head (block+"\x00"+word → indices into
	// patterns[block], ascending); noObject lists those that name no object
	byObject map[string][]int
	noObject map[string][]int
	// demonyms are the national adjectives of data/lexicons/countries.txt, lower case: a noun
	// cue's demonym modifier is its source ("Chinese threats")
	demonyms map[string]bool
	// cueLemmas are what CueCandidate needs per lemma (indexCueLemmas)
	cueLemmas map[string]*cueLemma
	// verbLemmas are the verb lemmas among them (CueCandidateTagged)
	verbLemmas map[string]*cueLemma
	// forms maps an inflected form the CAMEO dictionary lists to its verb ("froze" → freeze;
	// cameo-forms.txt)
	forms map[string]string
	// firstSense maps a noun to the WordNet 3.0 lexicographer file of its first sense, for the
	// abstract files and noun.location (source/wordnet-first-senses.txt; seizure.go)
	firstSense map[string]string
	// nominals are the generated nominal cues of cameo-nouns.txt by noun, kept apart until
	// Load adds those no hand class names to classes
	nominals []classCue
	// currency holds the members of CAMEO.2.0.txt's &CURRENCY set (the object of a pattern that
	// lists both "money" and "currency"): the nouns that head an amount of money (money.go)
	currency map[string]bool
	// approval holds the verb blocks of approval: those with a verb coded CAMEO 051 "praise or
	// endorse" whose head entry (the verb the block is named after) is coded 05 or absent
	// (approvalDefault); heads holds each block's head code while the table is read
	approval map[string]bool
	heads    map[string]string
}

// Types is what one cue yields in each mode; "" is none.
type Types struct {
	Asserted, Future, Conditional graph.RelType
}

// demands reports whether the cue demands in some mode.
func (t Types) demands() bool {
	return t.Asserted == graph.Demands || t.Future == graph.Demands || t.Conditional == graph.Demands
}

// For returns the type for mode m.
func (t Types) For(m Mode) graph.RelType {
	switch m {
	case Future:
		return t.Future
	case Conditional:
		return t.Conditional
	}
	return t.Asserted
}

// verbCue is a line of cameo-verbs.txt.
type verbCue struct {
	lemma  string
	extra  []string // the verb's other words in order ("for" of "ask for"): particle or preposition
	block  string
	code   string
	plover string
	types  Types
	line   int
}

// patternCue is a line of cameo-patterns.txt. Each word slot is a set of alternatives.
type patternCue struct {
	block    string
	subject  []string   // alternatives of the subject's head, nil for any
	subjMods [][]string // words before the subject's head, each a set of alternatives, that must modify it
	particle string
	object   []string   // alternatives of the object's head, nil for none required
	mods     [][]string // words before the object's head in the pattern ("trade" of {TRADE
	// AGREEMENT}), each a set of alternatives, that must modify the object
	after [][]string // words after the object's head ("green light" of "GIVE * &PKO {GREEN
	// LIGHT}", a second object), each a set of alternatives, that must follow the verb
	preps  []prepSlot
	code   string
	plover string
	types  Types
	line   int
}

// prepSlot is one "(PREP noun)" group: the preposition, the alternatives of its noun's head
// (nil: any noun, or none) and the words the group puts before the head ("(OF {DISASTROUS
// CONSEQUENCES})": "disastrous" on the consequences), which must modify it as an object's do.
type prepSlot struct {
	prep string
	noun []string
	mods [][]string
}

// classCue is a line of cue-classes.txt.
type classCue struct {
	kind, lemma, particle string
	targets               []string // obj, xcomp, ccomp or a preposition
	types                 Types
	needs                 map[string]bool
	objects               []string // needs "object:a|b": the object's head must be one of these
	without               []string // needs "without:a|b": no obl/nmod of the cue with these cases
	with                  []string // needs "with:a|b": an obl/nmod of the cue (or its object) with one of these cases
	pclass                string   // needs "pobject:class": a target preposition's noun is in this modality.txt class
	oclass                string   // needs "oclass:class": the goods head of the object (goodsHead) is in this modality.txt class
	xverbs                []string // needs "xcomp:a|b": the cue's to-infinitive (infinitiveVerb) is one of these verbs
	source                string
	// derived: a nominal cue of cameo-nouns.txt (an event noun of a CAMEO verb), not a hand class
	derived bool
	code    string // CAMEO code of a derived noun's verb
	plover  string
	// the code and PLOVER category a hand line names (cue-classes.txt columns code, plover):
	// what a match of the line carries when no dictionary pattern of its support verb codes it
	// (args.go). Kept apart from code, which the matcher's rules read as the dictionary's.
	lineCode, linePlover string
}

var (
	defaultOnce sync.Once
	defaultLex  *Lexicon
	defaultErr  error
)

// Default returns the lexicon built from the embedded data/frames files, loading it on the first
// call; later calls return the same value.
func Default() (*Lexicon, error) {
	defaultOnce.Do(func() {
		defaultLex, defaultErr = Load(framesdata.FS)
		if defaultErr == nil {
			defaultErr = defaultLex.loadDemonyms(data.FS, "lexicons/countries.txt")
		}
	})
	return defaultLex, defaultErr
}

// loadDemonyms reads the demonyms column (third) of a countries file ("name | code | demonyms,
// comma-separated | …").
func (lx *Lexicon) loadDemonyms(fsys fs.FS, name string) error {
	f, err := fsys.Open(name)
	if err != nil {
		return fmt.Errorf("frames: %v", err)
	}
	defer f.Close()
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		line := strings.TrimSpace(sc.Text())
		if line == "" || line[0] == '#' {
			continue
		}
		fs := strings.Split(line, "|")
		if len(fs) < 3 {
			continue
		}
		for _, d := range strings.Split(fs[2], ",") {
			if d = strings.ToLower(strings.TrimSpace(d)); d != "" {
				lx.demonyms[d] = true
			}
		}
	}
	return sc.Err()
}

// Load reads cameo-verbs.txt, cameo-patterns.txt, cue-classes.txt and modality.txt from fsys. An
// error names the file and line.
func Load(fsys fs.FS) (*Lexicon, error) {
	lx := &Lexicon{verbs: map[string][]verbCue{}, patterns: map[string][]patternCue{},
		classes: map[string][]classCue{}, words: map[string]map[string]bool{}, modal: map[string]bool{}, lines: map[int]bool{},
		byObject: map[string][]int{}, noObject: map[string][]int{}, demonyms: map[string]bool{},
		forms: map[string]string{}}
	steps := []struct {
		name   string
		fields int
		add    func([]string, int) error
	}{
		{"cameo-verbs.txt", 9, lx.addVerb},
		{"cameo-patterns.txt", 12, lx.addPattern},
		{"cue-classes.txt", 11, lx.addClass},
		{"modality.txt", 3, lx.addWord},
		{"cameo-forms.txt", 3, lx.addForm},
		{"cameo-nouns.txt", 10, lx.addNominal},
	}
	for _, s := range steps {
		if err := readTable(fsys, s.name, s.fields, s.add); err != nil {
			return nil, err
		}
	}
	if err := lx.readFirstSenses(fsys); err != nil {
		return nil, err
	}
	lx.dropNonApprovalHeads()
	lx.addNominals()
	lx.indexCueLemmas()
	return lx, nil
}

// readTable calls add for each non-comment line of a file with n fields separated by " | " (a
// bar between spaces; a bar without spaces separates alternatives inside a field).
func readTable(fsys fs.FS, name string, n int, add func([]string, int) error) error {
	f, err := fsys.Open(name)
	if err != nil {
		return fmt.Errorf("frames: %v", err)
	}
	defer f.Close()
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 64<<10), 1<<20)
	ln := 0
	for sc.Scan() {
		ln++
		line := strings.TrimSpace(sc.Text())
		if line == "" || line[0] == '#' {
			continue
		}
		fs := strings.Split(line, " | ")
		if len(fs) != n {
			return fmt.Errorf("frames: %s:%d: want %d fields, got %d", name, ln, n, len(fs))
		}
		for i := range fs {
			fs[i] = strings.TrimSpace(fs[i])
		}
		if err := add(fs, ln); err != nil {
			return fmt.Errorf("frames: %s:%d: %v", name, ln, err)
		}
	}
	if err := sc.Err(); err != nil {
		return fmt.Errorf("frames: %s: %v", name, err)
	}
	return nil
}

func relType(s string) (graph.RelType, error) {
	if s == "-" {
		return "", nil
	}
	switch t := graph.RelType(s); t {
	case graph.Opposes, graph.Supports, graph.Offers, graph.Demands, graph.Threatens, graph.Sanctions, graph.Cites:
		return t, nil
	}
	return "", fmt.Errorf("unknown relation type %q", s)
}

// types reads three type columns; "=" repeats the first.
func types(a, f, c string) (Types, error) {
	var t Types
	var err error
	if t.Asserted, err = relType(a); err != nil {
		return t, err
	}
	if f == "=" {
		f = a
	}
	if c == "=" {
		c = a
	}
	if t.Future, err = relType(f); err != nil {
		return t, err
	}
	t.Conditional, err = relType(c)
	return t, err
}

func (lx *Lexicon) addVerb(f []string, ln int) error {
	ty, err := types(f[5], f[6], f[7])
	if err != nil {
		return err
	}
	v := verbCue{lemma: f[0], block: f[2], code: f[3], plover: f[4], types: ty}
	fmt.Sscan(f[8], &v.line)
	words := strings.Fields(f[1])
	for i, w := range words {
		if w == v.lemma {
			v.extra = append(words[:i:i], words[i+1:]...)
			if i > 0 {
				// a word before the verb ("wire tap"): kept whole; the matcher skips such verbs
				v.extra = append([]string{"<"}, words...)
			}
			break
		}
	}
	lx.verbs[v.lemma] = append(lx.verbs[v.lemma], v)
	if strings.EqualFold(v.lemma, v.block) {
		if lx.heads == nil {
			lx.heads = map[string]string{}
		}
		lx.heads[v.block] = v.code
	}
	if strings.HasPrefix(v.code, "051") {
		if lx.approval == nil {
			lx.approval = map[string]bool{}
		}
		lx.approval[v.block] = true
	}
	lx.lines[v.line] = true
	return nil
}

// alternatives turns a column ("aid", "aid|help", "(money|cash) aid", "-") into the alternatives
// of its head word; nil for "-".
func alternatives(s string) []string {
	if s == "-" || s == "" {
		return nil
	}
	if strings.HasSuffix(s, ")") {
		if i := strings.LastIndexByte(s, '('); i >= 0 {
			s = s[i+1 : len(s)-1]
		}
	} else if i := strings.LastIndexByte(s, ' '); i >= 0 && (!strings.Contains(s, "|") || i > strings.LastIndexByte(s, ')')) {
		// the head is the last item: "(military|troops|…) response" is a response (CAMEO.2.0.txt
		// "{&MILITARY RESPONSE}"), the set before it modifies it (modifiers)
		s = s[i+1:]
	}
	var out []string
	for _, a := range strings.Split(s, "|") {
		a = strings.TrimSpace(a)
		if i := strings.LastIndexByte(a, ' '); i >= 0 {
			a = a[i+1:]
		}
		if a != "" {
			out = append(out, a)
		}
	}
	return out
}

// modifiers returns the items of a phrase column before the item holding the object's head:
// "trade (treaty|pact|…)" with head alternatives treaty|pact|… gives [[trade]]. Each item is a
// word or a "(a|b|…)" set; a set member of several words counts by its last word.
func modifiers(phrase string, heads []string) [][]string {
	items := phraseItems(phrase)
	isHead := func(alts []string) bool {
		for _, a := range alts {
			for _, h := range heads {
				if a == h {
					return true
				}
			}
		}
		return false
	}
	for k, it := range items {
		if isHead(it) {
			return items[:k]
		}
	}
	return nil
}

// trailing returns the items of a phrase after its head item (the words of a second object),
// nil when the head is last.
func trailing(phrase string, heads []string) [][]string {
	items := phraseItems(phrase)
	for k, it := range items {
		for _, a := range it {
			if slices.Contains(heads, a) {
				return items[k+1:]
			}
		}
	}
	return nil
}

// phraseItems splits a phrase column into its items, each a word or a "(a|b|…)" set given as
// its alternatives (a member of several words by its last word): "(food|nutrient) convoy" gives
// [[food nutrient] [convoy]].
func phraseItems(phrase string) [][]string {
	var items [][]string
	for rest := phrase; rest != ""; {
		rest = strings.TrimSpace(rest)
		var it string
		if strings.HasPrefix(rest, "(") {
			j := strings.IndexByte(rest, ')')
			if j < 0 {
				j = len(rest) - 1
			}
			it, rest = rest[1:j], rest[j+1:]
		} else {
			j := strings.IndexByte(rest, ' ')
			if j < 0 {
				j = len(rest)
			}
			it, rest = rest[:j], rest[j:]
		}
		var alts []string
		for _, a := range strings.Split(it, "|") {
			if k := strings.LastIndexByte(a, ' '); k >= 0 {
				a = a[k+1:]
			}
			alts = append(alts, a)
		}
		items = append(items, alts)
	}
	return items
}

func (lx *Lexicon) addPattern(f []string, ln int) error {
	ty, err := types(f[8], f[9], f[10])
	if err != nil {
		return err
	}
	p := patternCue{block: f[0], object: alternatives(f[3]), code: f[6], plover: f[7], types: ty}
	if f[1] != "-" {
		// the subject column is a phrase: its last item is the head, the items before it
		// must modify the head ("{&FOOD CONVOY} *": a food convoy, not any convoy)
		items := phraseItems(f[1])
		p.subject, p.subjMods = items[len(items)-1], items[:len(items)-1]
	}
	if f[2] != "-" {
		p.particle = f[2]
	}
	fmt.Sscan(f[11], &p.line)
	if f[4] != "-" {
		if p.object == nil {
			return fmt.Errorf("phrase without an object")
		}
		p.mods = modifiers(f[4], p.object)
		p.after = trailing(f[4], p.object)
	}
	if f[5] != "-" {
		for _, g := range strings.Split(f[5], "; ") {
			prep, rest, _ := strings.Cut(g, " ")
			if strings.HasPrefix(prep, "(") {
				// a set in the preposition slot: rare; keep its first member's preposition
				prep = strings.Trim(strings.Split(prep, "|")[0], "(")
			}
			noun := alternatives(rest)
			p.preps = append(p.preps, prepSlot{prep: prep, noun: noun, mods: modifiers(rest, noun)})
		}
	}
	k := len(lx.patterns[p.block])
	lx.patterns[p.block] = append(lx.patterns[p.block], p)
	lx.lines[p.line] = true
	if p.object == nil {
		lx.noObject[p.block] = append(lx.noObject[p.block], k)
	}
	if slices.Contains(p.object, "money") && slices.Contains(p.object, "currency") {
		if lx.currency == nil {
			lx.currency = map[string]bool{}
		}
		for _, o := range p.object {
			lx.currency[o] = true
		}
	}
	for _, o := range p.object {
		key := p.block + "\x00" + o
		if ix := lx.byObject[key]; len(ix) == 0 || ix[len(ix)-1] != k {
			lx.byObject[key] = append(ix, k)
		}
	}
	return nil
}

// addForm reads a line of cameo-forms.txt: "form | lemma | line".
func (lx *Lexicon) addForm(f []string, ln int) error {
	if _, ok := lx.forms[f[0]]; !ok {
		lx.forms[f[0]] = f[1]
	}
	return nil
}

// nominalTargets are where a nominal cue's target attaches: the of-phrase (the verb's object:
// "the rejection of the plan"), an infinitive or clause, and the verb's own prepositions
// (Grimshaw 1990: an event nominal keeps the verb's complements, the object as of). From is no
// target: it names the agent of a noun of saying or giving ("a demand from the union"; nounSource)
// or the place left ("expulsion from the bloc").
var nominalTargets = []string{"of", "xcomp", "ccomp", "against", "on", "upon", "to", "with", "over", "for", "at", "into", "about"}

// addNominal reads a line of cameo-nouns.txt: "noun | verb | block | code | plover | type | future
// | conditional | line | lexfiles".
func (lx *Lexicon) addNominal(f []string, ln int) error {
	ty, err := types(f[5], f[6], f[7])
	if err != nil {
		return err
	}
	code, plover := f[3], f[4]
	if code == "-" {
		code, plover = "", "" // the noun of a hand verb class: no CAMEO code
	}
	lx.nominals = append(lx.nominals, classCue{kind: "noun", lemma: f[0], targets: nominalTargets, types: ty,
		needs: map[string]bool{}, source: "cameo-nouns.txt: " + f[1] + " " + f[3], derived: true, code: code, plover: plover})
	return nil
}

// addNominals adds the nominal cues no hand noun class names to classes. A nominal whose verb has
// a hand verb class (a correction of the dictionary, cue-classes.txt) takes that class's types
// and no dictionary code, but the line's code as the verb's relation carries it (LineCode): the
// correction holds for the noun as for the verb ("compensation" is no complaint, as "compensate"
// is none; it is CAMEO 0842 as paying compensation is).
func (lx *Lexicon) addNominals() {
	for _, c := range lx.nominals {
		if len(lx.classes["noun "+c.lemma]) > 0 {
			continue
		}
		verb := strings.Fields(strings.TrimPrefix(c.source, "cameo-nouns.txt: "))[0]
		for _, v := range lx.classes["verb "+verb] {
			if v.particle == "" && len(v.needs) == 0 {
				// the line's own code labels the noun's relation as the verb's (Match.LineCode:
				// "resistance" 128 as "resist"; the correction's code, not the dictionary's)
				c.types, c.code, c.plover = v.types, "", ""
				c.lineCode, c.linePlover = v.lineCode, v.linePlover
				break
			}
		}
		if c.types == (Types{}) {
			continue
		}
		lx.classes["noun "+c.lemma] = []classCue{c}
	}
	lx.nominals = nil
}

var classKinds = map[string]bool{"verb": true, "noun": true, "adj": true, "prep": true}
var needs = map[string]bool{"negated": true, "hostile-target": true, "intent": true, "target": true, "complement": true, "intransitive": true, "named-object": true, "named-target": true, "infinitive": true, "plural": true, "gerund": true, "emphasis": true, "ground": true, "conditioned": true, "no-infinitive": true, "unnamed-object": true, "bare": true, "foreign-object": true, "factual": true, "party-target": true, "person-source": true, "nonthing-object": true}

func (lx *Lexicon) addClass(f []string, ln int) error {
	if !classKinds[f[0]] {
		return fmt.Errorf("unknown kind %q", f[0])
	}
	ty, err := types(f[4], f[5], f[6])
	if err != nil {
		return err
	}
	c := classCue{kind: f[0], lemma: f[1], targets: strings.Split(f[3], "|"), types: ty,
		needs: map[string]bool{}, source: f[10]}
	if f[8] != "-" {
		if strings.Trim(f[8], "0123456789") != "" || f[9] == "" {
			return fmt.Errorf("%s %s: code %q, PLOVER %q", c.kind, c.lemma, f[8], f[9])
		}
		c.lineCode, c.linePlover = f[8], f[9]
	}
	if f[2] != "-" {
		c.particle = f[2]
	}
	if f[7] != "-" {
		for _, n := range strings.Fields(f[7]) {
			if w, ok := strings.CutPrefix(n, "without:"); ok && w != "" {
				c.without = strings.Split(w, "|")
				continue
			}
			if w, ok := strings.CutPrefix(n, "with:"); ok && w != "" {
				c.with = strings.Split(w, "|")
				c.needs["with"] = true // targetOf: the preposition sought on the object too
				continue
			}
			if w, ok := strings.CutPrefix(n, "pobject:"); ok && w != "" {
				c.pclass = w
				c.needs["pobject"] = true // verbCand: more specific than a bare-preposition pattern
				continue
			}
			if w, ok := strings.CutPrefix(n, "xcomp:"); ok && w != "" {
				c.xverbs = strings.Split(w, "|")
				c.needs["xcomp"] = true
				continue
			}
			if w, ok := strings.CutPrefix(n, "oclass:"); ok && w != "" {
				c.oclass = w
				c.needs["object"] = true
				continue
			}
			if o, ok := strings.CutPrefix(n, "object:"); ok && o != "" {
				c.objects = strings.Split(o, "|")
				c.needs["object"] = true
				continue
			}
			if !needs[n] {
				return fmt.Errorf("unknown condition %q", n)
			}
			c.needs[n] = true
		}
	}
	if c.source == "" {
		return fmt.Errorf("%s %s has no source", c.kind, c.lemma)
	}
	lx.classes[c.kind+" "+c.lemma] = append(lx.classes[c.kind+" "+c.lemma], c)
	return nil
}

func (lx *Lexicon) addWord(f []string, ln int) error {
	if !wordClasses[f[0]] {
		return fmt.Errorf("unknown class %q", f[0])
	}
	if f[2] == "" {
		return fmt.Errorf("%s %s has no source", f[0], f[1])
	}
	if lx.words[f[0]] == nil {
		lx.words[f[0]] = map[string]bool{}
	}
	lx.words[f[0]][f[1]] = true
	switch f[0] {
	case "future", "conditional", "hedge", "intent": // the classes Modal asks for
		lx.modal[f[1]] = true
	}
	return nil
}

// in reports whether lemma belongs to a modality.txt class.
func (lx *Lexicon) in(class, lemma string) bool { return lx.words[class][lemma] }

// dropNonApprovalHeads removes from approval the blocks whose head entry is coded outside CAMEO
// 05 ("---  CONFIRM   [---]  ---" in CAMEO.2.0.txt, which files AFFIRM [051] among CONFIRM,
// REAFFIRM, VALIDATE): a block's patterns are written for its head's sense (the CONFIRM block's
// "- * REJECTION" [110] is marked "# REAFFIRM"), so one member coded 051 does not make them
// objects of approval — "affirmed its rejection of the plan" keeps 110 (OPPOSES), where
// "SUPPORT [050] … * SANCTIONS" [1312] is approval of others' measure (approvalDefault).
func (lx *Lexicon) dropNonApprovalHeads() {
	for b := range lx.approval {
		if c, ok := lx.heads[b]; ok && !strings.HasPrefix(c, "05") {
			delete(lx.approval, b)
		}
	}
	lx.heads = nil
}
