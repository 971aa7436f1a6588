package main

import (
	"bufio"
	"math/rand"
	"os"
	"strings"

	"github.com/claimgraph/claimgraph/bench/internal/benchio"
)

// actor is one realisation of an actor of the Phoenix country dictionary
// (data/lexicons/countries.txt: name | ISO | demonym | capital | other names).
type actor struct {
	text   string   // as written in the sentence
	keys   []string // any of these in the node's name or aliases identifies it
	plural bool     // "Chilean lawmakers": they / have / base form
	ctry   country  // the country it stands for
}

func (a actor) pron() string {
	if a.plural {
		return "they"
	}
	return "it"
}

// pron2 is the possessive determiner of the actor ("its", "their").
func (a actor) pron2() string {
	if a.plural {
		return "their"
	}
	return "its"
}

func (a actor) poss() string {
	if strings.HasSuffix(a.text, "s") {
		return a.text + "'"
	}
	return a.text + "'s"
}

type country struct{ name, demonym, capital, iso string }

// towns holds, per ISO code, places of the country for a dateline (places.go).
var towns = map[string][]string{}

func countries(path string) ([]country, error) {
	rows, err := benchio.Table(path)
	if err != nil {
		return nil, err
	}
	var out []country
	for _, r := range rows {
		if len(r) < 4 || r[2] == "" || r[3] == "" || strings.Contains(r[3], ",") || len(strings.Fields(r[0])) > 2 {
			continue
		}
		out = append(out, country{r[0], strings.TrimSpace(strings.Split(r[2], ",")[0]), r[3], strings.TrimSpace(r[1])})
	}
	return out, nil
}

// source realises a country as the subject of a cue: its name, its capital for its government
// (metonymy), "the <Demonym> foreign ministry", or a demonym group "<Demonym> lawmakers".
func source(c country, form int) actor {
	switch form % 4 {
	case 1:
		return actor{text: c.capital, keys: []string{c.name, c.capital}, ctry: c}
	case 2:
		return actor{text: "the " + c.demonym + " foreign ministry", keys: []string{"ministry", "foreign affairs"}, ctry: c}
	case 3:
		return actor{text: c.demonym + " lawmakers", keys: []string{"lawmakers"}, plural: true, ctry: c}
	}
	return actor{text: c.name, keys: []string{c.name}, ctry: c}
}

// target is a country as the object: its name (keys: name, capital, demonym).
func target(c country) actor {
	return actor{text: c.name, keys: []string{c.name, c.capital, c.demonym}, ctry: c}
}

// forms inflects verbs: data/lexicons/irregular.txt (lemma | past | participle | -s), then the
// regular spelling rules of Quirk et al. 1985, 3.5-3.9 (-s/-es; e-drop; y → i after a
// consonant; doubling of a final consonant after a single stressed vowel, taken as one-syllable
// verbs, as lexicon.verbForms does).
type forms struct{ irr map[string][3]string }

func loadForms(path string) (*forms, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	fm := &forms{irr: map[string][3]string{}}
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		l := sc.Text()
		if strings.HasPrefix(l, "#") || !strings.Contains(l, "|") {
			continue
		}
		p := strings.Split(l, "|")
		for len(p) < 4 {
			p = append(p, "")
		}
		fm.irr[strings.TrimSpace(p[0])] = [3]string{strings.TrimSpace(p[1]), strings.TrimSpace(p[2]), strings.TrimSpace(p[3])}
	}
	return fm, sc.Err()
}

func vowel(b byte) bool { return strings.IndexByte("aeiou", b) >= 0 }

func doubles(v string) bool {
	n := len(v)
	groups := 0
	for i := 0; i < n; i++ {
		if vowel(v[i]) && (i == 0 || !vowel(v[i-1])) {
			groups++
		}
	}
	return n >= 3 && groups == 1 && !vowel(v[n-1]) && vowel(v[n-2]) && !vowel(v[n-3]) && strings.IndexByte("wxy", v[n-1]) < 0
}

// prefixed is the inflection of a verb made by a prefix on an irregular verb ("uphold" →
// "upheld", "withhold", "overcome", "undergo", "outdo"): a prefixed verb inflects as its base
// (Quirk et al. 1985, 3.16 and App. I.7 on prefixation). k indexes the irregular columns.
func (f *forms) prefixed(v string, k int) string {
	for _, p := range []string{"up", "with", "over", "under", "out", "fore", "mis"} {
		if b, ok := strings.CutPrefix(v, p); ok && len(b) > 2 {
			if i, ok := f.irr[b]; ok && i[k] != "" {
				return p + i[k]
			}
		}
	}
	return ""
}

func (f *forms) past(v string) string {
	if i, ok := f.irr[v]; ok && i[0] != "" {
		return i[0]
	}
	if p := f.prefixed(v, 0); p != "" {
		return p
	}
	n := len(v)
	switch {
	case strings.HasSuffix(v, "e"):
		return v + "d"
	case v[n-1] == 'y' && n > 1 && !vowel(v[n-2]):
		return v[:n-1] + "ied"
	case doubles(v):
		return v + v[n-1:] + "ed"
	}
	return v + "ed"
}

func (f *forms) participle(v string) string {
	if i, ok := f.irr[v]; ok && i[1] != "" {
		return i[1]
	}
	if p := f.prefixed(v, 1); p != "" {
		return p
	}
	return f.past(v)
}

func (f *forms) third(v string) string {
	if i, ok := f.irr[v]; ok && i[2] != "" {
		return i[2]
	}
	n := len(v)
	switch {
	case v[n-1] == 'y' && n > 1 && !vowel(v[n-2]):
		return v[:n-1] + "ies"
	case strings.HasSuffix(v, "s") || strings.HasSuffix(v, "sh") || strings.HasSuffix(v, "ch") || strings.HasSuffix(v, "x") || strings.HasSuffix(v, "z") || strings.HasSuffix(v, "o"):
		return v + "es"
	}
	return v + "s"
}

// prepFor attaches the target country to a pattern's object by the type's usual preposition
// ("aid to B", "sanctions against B", "support for B"): the object is the cue's, B the target.
var prepFor = map[string]string{"OFFERS": "to", "SANCTIONS": "against", "THREATENS": "against", "DEMANDS": "from", "SUPPORTS": "for", "OPPOSES": "against"}

// sentence is one realisation: the text, the gold type, the gold sources, the target keys.
type sentence struct {
	tmpl, text, typ string
	sources         []actor
	targets         []string
	fill            string // the filler of a template family (wire.go), for the filler table
	claims          bool   // the sentence licenses a CLAIMS relation (a reporting verb)
	control         bool   // a negated or hedged control: the item's type must NOT be asserted
	alt             string // a second licensed type (the conditional's plain cue type)
}

// templates lists the constructions in the order of the tables. Sources of the constructions:
// Quirk et al. 1985 (CGEL) — 4.17-4.22 simple past and present, 4.21 the "instantaneous" present
// of statements, 4.22-4.24 the present perfect, 4.54-4.60 future with will/would and intent
// verbs (16.38 "vow, pledge, threaten to"), 14.31-14.33 indirect speech and backshift, 16.33
// comment clauses ("…, officials said"), 8.13-8.20 positions of adverbials (M: "China on
// Monday criticized"; a parenthetical between verb and object), 17.65-17.80 apposition, 13.36
// coordinated subjects, 17.9-17.22 relative clauses, 3.63-3.72 the passive with by-agent,
// 17.36-17.51 the genitive as subject of an event noun ("Japan's criticism of Iran").
var templates = []string{"past", "present", "perfect", "intent", "said-had", "said-would", "trailing", "adv-M", "adv-paren", "apposition", "coord-subj", "relcl-obj", "passive", "nominal"}

// itemObject is what follows the verb in every template: the particle (" up", or ""), the object
// as written (B, or a pattern's object with the type's preposition and B: "sanctions against B"),
// and the gold target keys (B's, plus the pattern object's head).
func itemObject(it item, b actor) (part, obj string, targets []string) {
	if it.particle != "" {
		part = " " + it.particle
	}
	obj, targets = b.text, b.keys
	if it.kind == "pattern" {
		obj = it.object + " " + prepFor[it.typ] + " " + b.text
		targets = append(append([]string{}, b.keys...), it.objHead)
	}
	return part, obj, targets
}

// realise builds the sentence of one template for one item; ok false when the template does not
// apply (nominal cues only in "nominal", verbs and patterns in all others).
func realise(tmpl string, it item, f *forms, a, b, c actor) (sentence, bool) {
	if (tmpl == "nominal") != (it.kind == "noun") {
		return sentence{}, false
	}
	v := it.verb
	part, obj, targets := itemObject(it, b)
	s := sentence{tmpl: tmpl, typ: it.typ, sources: []actor{a}, targets: targets}
	subj := capital(a.text)
	pres := f.third(v)
	have := "has"
	if a.plural {
		pres, have = v, "have"
	}
	past := f.past(v)
	pp := f.participle(v)
	switch tmpl {
	case "past":
		s.text = subj + " " + past + part + " " + obj + "."
	case "present":
		s.text = subj + " " + pres + part + " " + obj + "."
	case "perfect":
		s.text = subj + " " + have + " " + pp + part + " " + obj + "."
	case "intent":
		verb := "vowed"
		if it.typ == "OFFERS" || it.typ == "SUPPORTS" {
			verb = "pledged"
		}
		s.typ = it.future
		s.text = subj + " " + verb + " to " + v + part + " " + obj + "."
	case "said-had":
		s.claims = true
		s.text = subj + " said " + a.pron() + " had " + pp + part + " " + obj + "."
	case "said-would":
		s.typ, s.claims = it.future, true
		s.text = subj + " said on Tuesday that " + a.pron() + " would " + v + part + " " + obj + "."
	case "trailing":
		s.claims = true
		s.text = subj + " " + past + part + " " + obj + ", officials said."
	case "adv-M":
		s.text = subj + " on Monday " + past + part + " " + obj + "."
	case "adv-paren":
		s.text = subj + " " + past + part + ", in a statement on Monday, " + obj + "."
	case "apposition":
		s.text = subj + ", a close ally of " + c.text + ", " + past + part + " " + obj + "."
	case "coord-subj":
		s.sources = []actor{a, c}
		s.text = subj + " and " + c.text + " " + past + part + " " + obj + "."
	case "relcl-obj":
		s.text = subj + " " + past + part + " " + obj + ", whose parliament had met a week earlier."
	case "passive":
		if it.kind == "pattern" {
			aux := "was"
			if strings.HasSuffix(it.objHead, "s") {
				aux = "were"
			}
			s.text = capital(it.object) + " " + aux + " " + pp + part + " " + prepFor[it.typ] + " " + b.text + " by " + a.text + "."
		} else {
			s.text = capital(b.text) + " was " + pp + part + " by " + a.text + "."
		}
	case "nominal":
		s.text = capital(a.poss()) + " " + it.noun + " of " + b.text + " came on Monday."
	}
	return s, true
}

func capital(s string) string {
	if s == "" {
		return s
	}
	return strings.ToUpper(s[:1]) + s[1:]
}

// cast draws A, B, C for an item: three distinct countries, A in one of the four source forms.
func cast(r *rand.Rand, cs []country) (a, b, c actor) {
	i := r.Perm(len(cs))[:3]
	return source(cs[i[0]], r.Intn(4)), target(cs[i[1]]), target(cs[i[2]])
}
