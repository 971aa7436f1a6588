package main

import (
	"fmt"
	"io"
	"regexp"
	"sort"
	"strings"
)

// Nominal cues: an event noun made from a CAMEO verb names the verb's act ("Brazil's rejection of
// the deal", "condemnation by the African Union", "an offer from Tokyo"), so it takes the verb's
// CAMEO code and our types (Grimshaw 1990, ch. 3: complex event nominals inherit the verb's
// argument structure; the verb's object becomes the of-phrase, its subject the possessor or the
// by-phrase). The pairs verb → noun come from WordNet's derivational links
// (source/wordnet-nominalizations.txt, wordnet.go); the code from the verb's entry in the
// dictionary: the first entry of the verb, in dictionary order, with a type in some mode (the
// entry the frames matcher takes as the verb's default, frames.verbCand).

// stanceRoots are the CAMEO codes whose nouns are kept: acts one party directs at another, by
// word or by coercion — 02 appeal, 051 praise or endorse, 054 grant recognition, 10 demand, 11
// disapprove, 12 reject, 13 threaten, 16 reduce relations, 17 coerce (not 173, arrest or charge,
// whose nouns name legal steps: "the arrest of the journalist"). Nouns of the other roots name
// events more than stances ("negotiation", "cooperation", "settlement", "intervention": CAMEO
// 04, 05, 06, 07, 08 are coded on the verbs, whose tense and arguments say who offers what), and
// the block defaults of 030 and 050 are too broad for a noun alone ("decision", "organization").
var stanceRoots = []string{"02", "051", "054", "10", "11", "12", "13", "16", "17"}

// eventSuffix matches the English suffixes that form event nouns from verbs: -ation/-ition/-ion,
// -ment, -al, -ance/-ence, -ure (Quirk et al. 1985, App. I.32–I.34, deverbal noun suffixes;
// Grimshaw 1990 on -ation/-ment/-al as the suffixes of complex event nominals). Conversion
// ("demand" → "a demand") and -ing nouns are left to the hand classes (cue-classes.txt): a
// converted noun's commonest sense is often another one ("claim", "charge", "campaign"), and an
// -ing form is parsed as the verb.
var eventSuffix = regexp.MustCompile(`(ion|ment|al|ance|ence|ure)$`)

// nonActClasses are the modality.txt classes of verbs the frames matcher reads as no act of
// their own (implicatives, verbs of wanting, believing, saying, acknowledging, denying, support
// and light verbs, ability): their nouns ("failure", "argument", "expression") are no cue either.
var nonActClasses = map[string]bool{"implicative": true, "volition": true, "scope": true, "report": true,
	"ponder": true, "acknowledge": true, "denial": true, "support": true, "light": true, "ability": true}

// readHandVerbs returns the verb lines of cue-classes.txt without particle or condition
// ("verb | lemma | - | target | type | future | conditional | - | code | plover | source"), each verb's three
// types with "=" resolved.
func readHandVerbs(r io.Reader) (map[string][3]string, error) {
	out := map[string][3]string{}
	err := barRecords(r, "cue-classes.txt", func(_ int, f []string) error {
		if len(f) != 11 || f[0] != "verb" || f[2] != "-" || f[7] != "-" {
			return nil
		}
		t := [3]string{f[4], f[5], f[6]}
		for i := 1; i < 3; i++ {
			if t[i] == "=" {
				t[i] = t[0]
			}
		}
		if _, seen := out[f[1]]; !seen {
			out[f[1]] = t
		}
		return nil
	})
	return out, err
}

// readNonAct returns the verbs of the nonActClasses of modality.txt ("class | word | source").
func readNonAct(r io.Reader) (map[string]bool, error) {
	out := map[string]bool{}
	err := barRecords(r, "modality.txt", func(_ int, f []string) error {
		if len(f) >= 2 && nonActClasses[strings.TrimSpace(f[0])] {
			out[strings.TrimSpace(f[1])] = true
		}
		return nil
	})
	return out, err
}

func stanceRoot(code string) bool {
	if strings.HasPrefix(code, "173") {
		return false
	}
	for _, r := range stanceRoots {
		if strings.HasPrefix(code, r) {
			return true
		}
	}
	return false
}

// nomPair is one line of wordnet-nominalizations.txt.
type nomPair struct {
	verb, noun, lex string
}

// readNominalizations reads wordnet-nominalizations.txt ("verb | noun | lexfile | offsets").
func readNominalizations(r io.Reader, name string) ([]nomPair, error) {
	var out []nomPair
	err := barRecords(r, name, func(n int, f []string) error {
		if len(f) != 4 {
			return fmt.Errorf("%s:%d: want 4 fields, got %d", name, n, len(f))
		}
		out = append(out, nomPair{verb: f[0], noun: f[1], lex: f[2]})
		return nil
	})
	return out, err
}

// commonPrefix returns the length of the longest common prefix of a and b.
func commonPrefix(a, b string) int {
	n := 0
	for n < len(a) && n < len(b) && a[n] == b[n] {
		n++
	}
	return n
}

// generateNouns writes cameo-nouns.txt: one line per noun, from the verb it is derived from. When
// WordNet links a noun to several CAMEO verbs, the verb sharing the longest prefix with it is
// its base ("withdrawal" from withdraw, not from retreat's synonym), ties alphabetically. Nouns
// whose verb has no typed entry are left out.
//
// A verb with no typed entry but a hand class of its own (cue-classes.txt: "reject", "resist",
// "accept", "instruct", "invoke") gives its nouns that class's types, block and code "-" (the
// class is the stance; "acceptance", "resistance", "invocation").
func generateNouns(d *dictionary, pl ploverTable, ty typeTable, pairs []nomPair, nonAct map[string]bool, hand map[string][3]string, w io.Writer) (int, error) {
	type entry struct {
		block string
		v     verbEntry
	}
	first := map[string]entry{} // verb lemma → its first typed single-word entry
	for _, b := range d.Blocks {
		for _, v := range b.Verbs {
			if len(v.Words) != 1 {
				continue
			}
			if _, ok := first[v.Lemma]; ok {
				continue
			}
			_, _, t, err := classify(v.Code, b.Name, pl, ty)
			if err != nil {
				return 0, fmt.Errorf("CAMEO.2.0.txt:%d: %v", v.Line, err)
			}
			if t != [3]string{"-", "-", "-"} {
				first[v.Lemma] = entry{b.Name, v}
			}
		}
	}
	byNoun := map[string][]nomPair{}
	for _, p := range pairs {
		byNoun[p.noun] = append(byNoun[p.noun], p)
	}
	nouns := make([]string, 0, len(byNoun))
	for n := range byNoun {
		nouns = append(nouns, n)
	}
	sort.Strings(nouns)
	fmt.Fprint(w, nounsHeader)
	count := 0
	for _, n := range nouns {
		ps := byNoun[n]
		sort.SliceStable(ps, func(i, j int) bool {
			a, b := commonPrefix(ps[i].verb, n), commonPrefix(ps[j].verb, n)
			if a != b {
				return a > b
			}
			return ps[i].verb < ps[j].verb
		})
		base := ps[0].verb
		e, ok := first[base]
		h, isHand := hand[base]
		if !ok && !isHand || n == base || !eventSuffix.MatchString(n) || nonAct[base] {
			continue
		}
		var lexes []string
		for _, p := range ps {
			if p.verb == base && (len(lexes) == 0 || lexes[len(lexes)-1] != p.lex) {
				lexes = append(lexes, p.lex)
			}
		}
		if !ok {
			fmt.Fprintf(w, "%s | %s | - | - | - | %s | %s | %s | 0 | %s\n", n, base, h[0], h[1], h[2], strings.Join(lexes, ","))
			count++
			continue
		}
		code, plover, t, err := classify(e.v.Code, e.block, pl, ty)
		if err != nil {
			return 0, err
		}
		if !stanceRoot(code) || t[0] == "-" {
			continue
		}
		fmt.Fprintf(w, "%s | %s | %s | %s | %s | %s | %s | %s | %d | %s\n", n, base, e.block, code, plover,
			t[0], t[1], t[2], e.v.Line, strings.Join(lexes, ","))
		count++
	}
	return count, nil
}

const nounsHeader = `# GENERATED by "go run ./cmd/claimgraph-cues" from source/wordnet-nominalizations.txt (WordNet
# 3.0 derivational links, Princeton University, WordNet 3.0 licence), source/CAMEO.2.0.txt
# (PETRARCH2, MIT), source/CAMEO2PLOVER-2021.txt (PLOVER, CC BY-SA 4.0) and cameo-types.txt. Do
# not edit: regenerate (TestGeneratedFilesAreCurrent fails until you do). Shared under CC BY-SA
# 4.0 as data/frames/README.md says.
#
# Nominal cues: an event noun (WordNet noun.act, noun.communication, noun.event) derived from a
# verb of the CAMEO dictionary names that verb's act and takes the code and types of the verb's
# first typed entry (complex event nominals inherit the verb's arguments, Grimshaw 1990): "the
# rejection of the plan" is REJECT 120 as "rejected the plan" is. A hand class of
# cue-classes.txt for the same noun wins over this file. Kept: nouns made by an event suffix
# (-ion, -ment, -al, -ance/-ence, -ure) from a verb whose code is a stance act (02 appeal, 051
# praise, 054 recognize, 10 demand, 11 disapprove, 12 reject, 13 threaten, 16 reduce relations,
# 17 coerce but 173) with a type when asserted, and not of a verb modality.txt marks as no act of
# its own (implicative, volition, scope, report, …); the reasons are in cmd/claimgraph-cues/nouns.go.
# A verb with no typed entry but a hand verb class of cue-classes.txt gives its nouns the class's
# types (block and code "-", line 0): "acceptance" of accept.
# line is the verb's line in CAMEO.2.0.txt.
# noun | verb | block | code | plover | type | future | conditional | line | WordNet lexicographer files
`

// generateForms writes cameo-forms.txt: every inflected form the dictionary lists for a verb that
// differs from its lemma, with the lemma and the verb's line. PETRARCH2 matches these forms as
// written; the frames matcher maps a form the lemmatizer leaves as it is ("froze", a form the
// lemmatizer's treebank lacks) to the dictionary's lemma.
func generateForms(d *dictionary, w io.Writer) int {
	fmt.Fprint(w, formsHeader)
	seen := map[string]bool{}
	n := 0
	for _, b := range d.Blocks {
		for _, v := range b.Verbs {
			for _, f := range v.Forms {
				if f == v.Lemma || seen[f+" "+v.Lemma] {
					continue
				}
				seen[f+" "+v.Lemma] = true
				fmt.Fprintf(w, "%s | %s | %d\n", f, v.Lemma, v.Line)
				n++
			}
		}
	}
	return n
}

const formsHeader = `# GENERATED by "go run ./cmd/claimgraph-cues" from source/CAMEO.2.0.txt (PETRARCH2 verb
# dictionary, Open Event Data Alliance, MIT licence). Do not edit: regenerate.
#
# The inflected forms the dictionary lists in braces after a verb ("FREEZE {FREEZES FREEZING
# FROZE FROZEN}"), other than the lemma, in dictionary order; line is the verb's line.
# form | lemma | line
`
