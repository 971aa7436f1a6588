package main

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"strings"

	"github.com/claimgraph/claimgraph/text"
)

// particles are the English adverbial particles of phrasal verbs (UD compound:prt: "set out",
// "put up", "back down"); a bare one right after '*' in a pattern is the verb's particle, not its
// object.
var particles = map[string]bool{"up": true, "down": true, "out": true, "off": true, "back": true,
	"away": true, "over": true, "forward": true, "aside": true, "together": true, "along": true,
	"apart": true, "around": true, "through": true}

// barePreps are prepositions that patterns sometimes write without parentheses ("* TROOP
// TOWARD +", "* + TO HEAD"); the bare word after one is its object.
var barePreps = map[string]bool{"to": true, "toward": true, "towards": true, "into": true, "of": true,
	"with": true, "for": true, "against": true, "from": true, "on": true, "in": true, "at": true, "by": true}

// classify resolves a CAMEO code of an entry of verb block block to (primary code, PLOVER,
// asserted, future, conditional); the block selects a block-qualified row of the type table. A code
// "A:B" is the subject's act A and the object's act B (PETRARCH2 codes both directions); only A
// is the subject's, so ":B" (the subject undergoes B: "appeared in court") and "---" (no event)
// produce none of our types.
func classify(code, block string, pl ploverTable, ty typeTable) (string, string, [3]string, error) {
	none := [3]string{"-", "-", "-"}
	primary, _, _ := strings.Cut(code, ":")
	if code == "---" || primary == "" {
		return code, "-", none, nil
	}
	if !text.AllDigits(primary) {
		return "", "", none, fmt.Errorf("code %q is not numeric", code)
	}
	row, ok := ty.lookup(primary, block)
	if !ok {
		return "", "", none, fmt.Errorf("code %s: no row in the type table", primary)
	}
	return primary, pl.lookup(primary), [3]string{row.Asserted, row.Future, row.Conditional}, nil
}

// undefinedSet is the error of a pattern naming a set the dictionary does not define.
type undefinedSet string

func (u undefinedSet) Error() string { return "undefined set " + string(u) }

// patternRow is one rendered pattern (after set expansion).
type patternRow struct {
	subject, particle, object, phrase, preps string
}

// renderPattern splits a pattern into its columns: the particle (a bare particle right after
// '*'), the object head (the last word of the first noun item) and the object phrase (all noun
// items' words, when more than the head), and the prepositional groups.
func renderPattern(p pattern) rowWords {
	var r rowWords
	r.subject = p.Pre
	items := p.Items
	if len(items) > 0 && items[0].kind == 'w' && particles[items[0].words[0]] {
		r.particle = items[0].words
		items = items[1:]
	}
	for i := 0; i < len(items); i++ {
		it := items[i]
		switch {
		case it.kind == 'p':
			r.preps = append(r.preps, it.words)
		case it.kind == 'w' && barePreps[it.words[0]]:
			g := append([]string(nil), it.words...)
			for i+1 < len(items) && items[i+1].kind != 'p' && !barePreps[items[i+1].words[0]] {
				i++
				g = append(g, items[i].words...)
			}
			r.preps = append(r.preps, g)
		default:
			r.noun = append(r.noun, it.words)
		}
	}
	return r
}

// rowWords holds a pattern's columns as words, before set expansion.
type rowWords struct {
	subject, particle []string
	noun              [][]string // noun items after the verb; the first is the object
	preps             [][]string
}

// generate writes the verb and pattern files for d. Lines come in dictionary order.
func generate(d *dictionary, pl ploverTable, ty typeTable, verbs, patterns io.Writer) (counts map[string]int, err error) {
	counts = map[string]int{}
	fmt.Fprint(verbs, verbsHeader)
	var body bytes.Buffer
	var skipped []string
	defer func() {
		if err == nil {
			fmt.Fprint(patterns, patternsHeader)
			for _, s := range skipped {
				fmt.Fprint(patterns, s)
			}
			patterns.Write(body.Bytes())
		}
	}()
	pooled, err := pooledReductions(d)
	if err != nil {
		return nil, err
	}
	used := map[int]bool{} // overridden lines met (overrides.go)
	for _, b := range d.Blocks {
		for _, v := range b.Verbs {
			code, plover, t, err := classify(v.Code, b.Name, pl, ty)
			if err != nil {
				return nil, fmt.Errorf("CAMEO.2.0.txt:%d: %v", v.Line, err)
			}
			t = ty.override(v.Line, used, t)
			fmt.Fprintf(verbs, "%s | %s | %s | %s | %s | %s | %s | %s | %d\n", v.Lemma, strings.Join(v.Words, " "),
				b.Name, code, plover, t[0], t[1], t[2], v.Line)
			counts["verb "+t[0]]++
		}
		for _, p := range b.Patterns {
			code, plover, t, err := classify(p.Code, b.Name, pl, ty)
			if err != nil {
				return nil, fmt.Errorf("CAMEO.2.0.txt:%d: %v", p.Line, err)
			}
			l, err := expandRow(renderPattern(p), d.Sets)
			var undef undefinedSet
			if errors.As(err, &undef) {
				// PETRARCH2 ignores a pattern with an undefined set (dictionaries.rst, "Synsets");
				// so do we, and say so in the file
				skipped = append(skipped, fmt.Sprintf("# skipped: CAMEO.2.0.txt:%d uses the undefined set %s\n", p.Line, string(undef)))
				continue
			}
			if err != nil {
				return nil, fmt.Errorf("CAMEO.2.0.txt:%d: %v", p.Line, err)
			}
			t = ty.override(p.Line, used, t)
			rows := splitPhraseMembers(renderPattern(p), l, d.Sets)
			for _, l := range rows {
				fmt.Fprintf(&body, "%s | %s | %s | %s | %s | %s | %s | %s | %s | %s | %s | %d\n", b.Name,
					dash(l.subject), dash(l.particle), dash(l.object), dash(l.phrase), dash(l.preps),
					code, plover, t[0], t[1], t[2], p.Line)
				counts["pattern "+t[0]]++
			}
		}
		if !reductionReceivers[b.Name] {
			continue
		}
		own := ownObjects(b, d.Sets)
		for _, o := range pooled {
			if own[o.head] {
				continue
			}
			code, plover, t, err := classify(o.code, b.Name, pl, ty)
			if err != nil {
				return nil, fmt.Errorf("CAMEO.2.0.txt:%d: %v", o.line, err)
			}
			fmt.Fprintf(&body, "%s | - | - | %s | - | - | %s | %s | %s | %s | %s | %d\n", b.Name, o.head,
				code, plover, t[0], t[1], t[2], o.line)
			counts["pattern "+t[0]]++
		}
	}
	return counts, ty.unusedOverrides(used)
}

// expandRow expands the &SETs of a pattern's columns, keeping one line per pattern. In subject,
// phrase and preps a set word becomes its members as alternatives, "(money|currency|cash|…)";
// the object column lists the distinct heads (last words) of the object's alternatives,
// "proposal|proposition|…", so a matcher can index it by head.
func expandRow(r rowWords, sets map[string]*synSet) (patternRow, error) {
	var row patternRow
	words := func(ws []string) (string, error) {
		out := make([]string, 0, len(ws))
		for _, w := range ws {
			if !strings.HasPrefix(w, "&") {
				out = append(out, w)
				continue
			}
			s := sets[strings.TrimSuffix(strings.ToUpper(w[1:]), "_")]
			if s == nil {
				return "", undefinedSet(strings.ToUpper(w))
			}
			out = append(out, "("+strings.Join(s.Phrases, "|")+")")
		}
		return strings.Join(out, " "), nil
	}
	var err error
	if row.subject, err = words(r.subject); err != nil {
		return row, err
	}
	row.particle = strings.Join(r.particle, " ")
	var phrase []string
	for _, n := range r.noun {
		phrase = append(phrase, n...)
	}
	if len(r.noun) > 0 && len(r.noun[0]) > 0 {
		obj := r.noun[0]
		last := obj[len(obj)-1]
		heads := []string{last}
		if strings.HasPrefix(last, "&") {
			s := sets[strings.TrimSuffix(strings.ToUpper(last[1:]), "_")]
			if s == nil {
				return row, undefinedSet(strings.ToUpper(last))
			}
			heads = heads[:0]
			seen := map[string]bool{}
			for _, x := range s.Phrases {
				if h := x[strings.LastIndexByte(x, ' ')+1:]; !seen[h] {
					seen[h] = true
					heads = append(heads, h)
				}
			}
		}
		row.object = strings.Join(heads, "|")
	}
	if len(phrase) > 1 {
		if row.phrase, err = words(phrase); err != nil {
			return row, err
		}
	}
	var preps []string
	for _, g := range r.preps {
		w, err := words(g)
		if err != nil {
			return row, err
		}
		preps = append(preps, w)
	}
	row.preps = strings.Join(preps, "; ")
	return row, nil
}

// splitPhraseMembers keeps an object set's several-word members whole. A pattern whose only noun
// is a set ("* &PKO") lists the heads of the set's members as its object; a member of several
// words ("PEACEKEEPING_FORCE", "TEAR_GAS", "CHEMICAL_WEAPON") then matched its bare head ("force",
// "gas", "weapon"), which the set does not list. Such a member, when its head is no one-word
// member of the set, gets a row of its own whose phrase column names its words, so the matcher
// asks for its modifiers as for any phrase pattern; the other heads stay on the pattern's row.
func splitPhraseMembers(r rowWords, l patternRow, sets map[string]*synSet) []patternRow {
	if len(r.noun) != 1 || len(r.noun[0]) != 1 || !strings.HasPrefix(r.noun[0][0], "&") || l.phrase != "" {
		return []patternRow{l}
	}
	s := sets[strings.TrimSuffix(strings.ToUpper(r.noun[0][0][1:]), "_")]
	if s == nil {
		return []patternRow{l}
	}
	single := map[string]bool{}
	for _, x := range s.Phrases {
		if !strings.Contains(x, " ") {
			single[x] = true
		}
	}
	var keep []string
	var out []patternRow
	seen := map[string]bool{}
	for _, x := range s.Phrases {
		h := x[strings.LastIndexByte(x, ' ')+1:]
		if strings.Contains(x, " ") && !single[h] {
			m := l
			m.object, m.phrase = h, x
			out = append(out, m)
			continue
		}
		if !seen[h] {
			seen[h] = true
			keep = append(keep, h)
		}
	}
	if len(out) == 0 {
		return []patternRow{l}
	}
	if len(keep) > 0 {
		l.object = strings.Join(keep, "|")
		out = append([]patternRow{l}, out...)
	}
	return out
}

func dash(s string) string {
	if s == "" {
		return "-"
	}
	return s
}

const generatedNote = `# GENERATED by "go run ./cmd/claimgraph-cues" from data/frames/source/CAMEO.2.0.txt (PETRARCH2
# verb dictionary, Open Event Data Alliance, MIT licence: data/frames/source/LICENSE-petrarch2.txt),
# data/frames/source/CAMEO2PLOVER-2021.txt (PLOVER, Open Event Data Alliance, CC BY-SA 4.0) and the
# hand-written table data/frames/cameo-types.txt. Do not edit: edit the table or the tool and
# regenerate (TestGeneratedFilesAreCurrent fails until you do). This file, derived from the PLOVER
# table, is shared under CC BY-SA 4.0 as data/frames/README.md says.
#
# Types: our relation type when the cue is asserted, announced for the future, or conditional
# (cameo-types.txt, longest CAMEO prefix); "-" is none. PLOVER "-" is a code PLOVER drops (01, 02)
# or no event. line is the line of CAMEO.2.0.txt.
`

const verbsHeader = generatedNote + `#
# Verbs: every verb of every synonym block; a block's patterns (cameo-patterns.txt) apply to all
# its verbs. lemma is the verb word ('+'-marked in multi-word verbs), words the whole verb.
# lemma | words | block | code | plover | type | future | conditional | line
`

const patternsHeader = generatedNote + `#
# Patterns: a block's verb with the words around it, one line per dictionary pattern. subject:
# nouns before the verb; particle: a phrasal-verb particle; object: the head of the first noun
# after the verb, or the heads of an &SET's members as alternatives "aid|assistance|…"; phrase:
# all noun words after the verb when more than the head; preps: each prepositional group "prep
# noun…", "; " between groups. In subject, phrase and preps an &SET is "(member|member|…)".
# After the CANCEL and FREEZE blocks' own patterns come pooled rows: the 16x (reduce relations)
# bare objects of the CANCEL, FREEZE, SEPARATE, CONFINE and PROHIBIT blocks that the block lacks, and
# the RESTART block's resumed material aid (070-072) as 162 "stop material aid", each naming its
# donor pattern's line (cmd/claimgraph-cues/pooled.go says why).
# An object set's member of several words whose head is no one-word member ("peacekeeping force"
# of &PKO) has a row of its own with the member as its phrase, so its modifiers are required.
# block | subject | particle | object | phrase | preps | code | plover | type | future | conditional | line
`
