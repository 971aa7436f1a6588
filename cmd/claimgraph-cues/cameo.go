package main

import (
	"bufio"
	"fmt"
	"io"
	"strings"
)

// The PETRARCH2 verb dictionary format (data/frames/source/CAMEO.2.0.txt; described in
// PETRARCH2's docs/source/dictionaries.rst, "Verb Dictionary"):
//
//	&SET_            a synonym set; "+WORD" lines follow, '_' joins the words of a phrase, a
//	                 trailing '_' on the label or a phrase turns off plural generation
//	--- NAME [code] --- a verb synonym block; the code is the default for its verbs
//	VERB {forms} [code]   a verb of the block; '+' marks the verb word of a multi-word verb
//	                 ("+ASK_FOR", "WIRE_+TAP"); {…} lists irregular forms; [code] overrides
//	- pre * post [code]   a pattern of the block: nouns before the verb, '*' the verb, then
//	                 particles, object nouns, {braced phrases} (head last) and (PREP noun) phrases;
//	                 $ + ^ % mark source, target, skip and compound-actor slots
//	~ …              a transformation (verb–verb combination), not a cue
//
// Patterns belong to the block (PETRARCH2 stores them under the block's name), so every verb
// of the block shares them.

// synSet is one &SET: its label (without '&' and trailing '_') and its phrases, lower case,
// words separated by single spaces.
type synSet struct {
	Name    string
	Line    int // the line of its "&NAME" label
	Phrases []string
}

// verbEntry is one verb line of a block.
type verbEntry struct {
	Lemma string   // the verb word, lower case ("ask" for "+ASK_FOR")
	Words []string // the whole multi-word verb in order ("ask", "for"); one word for simple verbs
	Code  string   // the verb's own code, or the block's
	Line  int
	// Forms are the inflected forms the entry lists in braces, lower case, the verb word of each
	// ("froze" of "FREEZE {FREEZES FREEZING FROZE FROZEN}"; "asked" of "{+ASKED_FOR}")
	Forms []string
}

// pattern is one '-' line of a block, before &SET expansion.
type pattern struct {
	Pre   []string // words before '*' (slot markers dropped)
	Items []item   // the post-verb items in order: words, {braced phrases}, (PREP …) groups
	Code  string
	Line  int
}

// item is one post-verb element: a bare word, a braced phrase or a prepositional group.
type item struct {
	kind  byte // 'w' word, 'b' braced phrase, 'p' preposition group
	words []string
}

// block is one verb synonym block.
type block struct {
	Name     string
	Code     string
	Line     int
	Verbs    []verbEntry
	Patterns []pattern
}

// dictionary is a parsed verb dictionary.
type dictionary struct {
	Sets   map[string]*synSet
	Blocks []*block
}

// parseCAMEO reads a PETRARCH2 verb dictionary. name is used in errors ("name:line: problem").
func parseCAMEO(r io.Reader, name string) (*dictionary, error) {
	d := &dictionary{Sets: map[string]*synSet{}}
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 1<<20), 1<<20)
	var cur *synSet
	var blk *block
	inVerbs := false
	n := 0
	for sc.Scan() {
		n++
		raw := sc.Text()
		line := raw
		if i := strings.IndexByte(line, '#'); i >= 0 {
			line = line[:i]
		}
		line = strings.TrimSpace(line)
		if line == "" {
			if strings.Contains(raw, "VERB PATTERNS") {
				inVerbs = true
				cur = nil
			}
			continue
		}
		switch {
		case strings.HasPrefix(line, "&") && !inVerbs:
			label := strings.TrimSuffix(strings.Fields(line)[0][1:], "_")
			cur = &synSet{Name: label, Line: n}
			d.Sets[label] = cur
		case strings.HasPrefix(line, "+") && !inVerbs:
			if cur == nil {
				return nil, fmt.Errorf("%s:%d: set member %q outside a set", name, n, line)
			}
			cur.Phrases = append(cur.Phrases, phraseWords(line[1:]))
		case strings.HasPrefix(line, "---"):
			f := strings.Fields(strings.Trim(line, "- "))
			if len(f) == 0 {
				return nil, fmt.Errorf("%s:%d: block header without a name", name, n)
			}
			code, err := bracketCode(line)
			if err != nil {
				return nil, fmt.Errorf("%s:%d: %v", name, n, err)
			}
			blk = &block{Name: f[0], Code: code, Line: n}
			d.Blocks = append(d.Blocks, blk)
			inVerbs = true
		case strings.HasPrefix(line, "~"):
			// transformation: verb–verb combinations are the frames package's scope rules
		case strings.HasPrefix(line, "-"):
			if blk == nil {
				return nil, fmt.Errorf("%s:%d: pattern before any verb block", name, n)
			}
			p, err := parsePattern(line[1:])
			if err != nil {
				return nil, fmt.Errorf("%s:%d: %v", name, n, err)
			}
			p.Line = n
			blk.Patterns = append(blk.Patterns, p)
		default:
			if !inVerbs {
				return nil, fmt.Errorf("%s:%d: unexpected line %q", name, n, line)
			}
			if blk == nil {
				return nil, fmt.Errorf("%s:%d: verb %q before any block", name, n, line)
			}
			v, err := parseVerb(line, blk.Code)
			if err != nil {
				return nil, fmt.Errorf("%s:%d: %v", name, n, err)
			}
			v.Line = n
			blk.Verbs = append(blk.Verbs, v)
		}
	}
	if err := sc.Err(); err != nil {
		return nil, fmt.Errorf("%s: %v", name, err)
	}
	return d, nil
}

// phraseWords lower-cases a dictionary phrase and turns its '_' joins into spaces
// ("CASH_" → "cash", "HUMAN_RIGHTS" → "human rights").
func phraseWords(s string) string {
	s = strings.TrimSpace(strings.ToLower(s))
	return strings.Join(strings.FieldsFunc(s, func(r rune) bool { return r == '_' || r == ' ' }), " ")
}

// bracketCode returns the code in the last [...] of s: "---" for the null code, "" when there is
// none. PETRARCH2 flags ('!') are dropped; "042:043" (source:target codes) is kept whole.
func bracketCode(s string) (string, error) {
	i := strings.LastIndexByte(s, '[')
	if i < 0 {
		return "", nil
	}
	j := strings.IndexByte(s[i:], ']')
	if j < 0 {
		return "", fmt.Errorf("unclosed code bracket")
	}
	c := strings.TrimSpace(strings.TrimRight(s[i+1:i+j], "!"))
	for _, r := range c {
		if !(r >= '0' && r <= '9' || r == ':' || r == '-') {
			return "", fmt.Errorf("bad code %q", c)
		}
	}
	return c, nil
}

// parseVerb reads a verb line: "RELEASE [084]", "+ASK_FOR {+ASKED_FOR …} [020]", "WIRE_+TAP".
func parseVerb(line, blockCode string) (verbEntry, error) {
	code, err := bracketCode(line)
	if err != nil {
		return verbEntry{}, err
	}
	var forms []string
	if i := strings.IndexByte(line, '{'); i >= 0 {
		if j := strings.IndexByte(line[i:], '}'); j >= 0 {
			for _, f := range strings.Fields(line[i+1 : i+j]) {
				parts := strings.Split(strings.ToLower(f), "_")
				w := parts[0]
				for _, p := range parts {
					if strings.HasPrefix(p, "+") {
						w = p
					}
				}
				if w = strings.TrimPrefix(w, "+"); w != "" {
					forms = append(forms, w)
				}
			}
		}
	}
	if i := strings.IndexAny(line, "{["); i >= 0 {
		line = line[:i]
	}
	f := strings.Fields(line)
	if len(f) != 1 {
		return verbEntry{}, fmt.Errorf("verb line %q: want one phrase", line)
	}
	parts := strings.Split(strings.ToLower(f[0]), "_")
	v := verbEntry{Code: code, Forms: forms}
	if v.Code == "" {
		v.Code = blockCode
	}
	mark := -1
	for i, p := range parts {
		if strings.HasPrefix(p, "+") {
			mark = i
			parts[i] = p[1:]
		}
	}
	if mark < 0 {
		mark = 0
	}
	for _, p := range parts {
		if p != "" {
			v.Words = append(v.Words, p)
		}
	}
	if len(v.Words) == 0 {
		return verbEntry{}, fmt.Errorf("empty verb")
	}
	v.Lemma = parts[mark]
	return v, nil
}

// parsePattern reads the text after '-' of a pattern line.
func parsePattern(s string) (pattern, error) {
	code, err := bracketCode(s)
	if err != nil {
		return pattern{}, err
	}
	if code == "" {
		return pattern{}, fmt.Errorf("pattern without a code")
	}
	s = s[:strings.LastIndexByte(s, '[')]
	star := strings.IndexByte(s, '*')
	if star < 0 {
		return pattern{}, fmt.Errorf("pattern without '*'")
	}
	p := pattern{Code: code}
	for _, w := range strings.Fields(strings.NewReplacer("(", " ", ")", " ", "{", " ", "}", " ").Replace(s[:star])) {
		if w = strings.ToLower(w); !slotMarker(w) {
			p.Pre = append(p.Pre, w)
		}
	}
	post := s[star+1:]
	for i := 0; i < len(post); {
		switch c := post[i]; {
		case c == ' ' || c == '\t':
			i++
		case c == '(' || c == '{':
			close := byte(')')
			if c == '{' {
				close = '}'
			}
			// a brace inside parentheses belongs to the group: find the matching close
			depth, j := 0, i
			for ; j < len(post); j++ {
				if post[j] == '(' || post[j] == '{' {
					depth++
				} else if post[j] == ')' || post[j] == '}' {
					depth--
					if depth == 0 {
						break
					}
				}
			}
			if j >= len(post) || post[j] != close {
				return pattern{}, fmt.Errorf("unbalanced %q", string(c))
			}
			var ws []string
			for _, w := range strings.Fields(strings.NewReplacer("{", " ", "}", " ").Replace(post[i+1 : j])) {
				if w = strings.ToLower(w); !slotMarker(w) {
					ws = append(ws, joinedWords(w)...)
				}
			}
			if c == '(' {
				if len(ws) > 0 {
					p.Items = append(p.Items, item{'p', ws})
				}
			} else if len(ws) > 0 {
				p.Items = append(p.Items, item{'b', ws})
			}
			i = j + 1
		default:
			j := i
			for j < len(post) && post[j] != ' ' && post[j] != '\t' && post[j] != '(' && post[j] != '{' {
				j++
			}
			if w := strings.ToLower(post[i:j]); !slotMarker(w) {
				if ws := joinedWords(w); len(ws) > 1 {
					p.Items = append(p.Items, item{'b', ws}) // "HARSH_RIPOSTES": a phrase, head last
				} else if len(ws) == 1 {
					p.Items = append(p.Items, item{'w', ws})
				}
			}
			i = j
		}
	}
	return p, nil
}

// joinedWords splits a pattern word whose parts are joined by '_' ("air_strike" → air strike);
// a set name ("&MILITARY_") keeps its underscores, which belong to the label.
func joinedWords(w string) []string {
	if strings.HasPrefix(w, "&") {
		return []string{w}
	}
	return strings.FieldsFunc(w, func(r rune) bool { return r == '_' })
}

// slotMarker reports PETRARCH2's slot tokens: $ source, + target, ^ skip, % compound actor.
func slotMarker(w string) bool {
	return w == "$" || w == "+" || w == "^" || w == "%"
}
