package main

import (
	"fmt"
	"sort"
	"strings"
	"unicode"
)

// Actor is one record of a Phoenix actor dictionary: its primary phrase, synonyms and codes.
type Actor struct {
	Name    string   // primary phrase in title case: "Xi Jinping", "People's Liberation Army"
	Kind    string   // PERSON, GOVERNMENT or ORGANIZATION (see kindOf)
	Country string   // the CAMEO/ISO country the codes name, "" for international actors
	Code    string   // default code: the primary phrase's [code] or an undated restriction
	Dated   []Dated  // date-restricted codes, in dictionary order
	Aliases []string // synonyms in title case
	File    string   // the dictionary it came from
}

// Dated is a code valid from From to To (YYYYMMDD, inclusive; "" leaves a side open).
type Dated struct {
	Code, From, To string
}

// Agent is one agent noun of Phoenix.agents.txt: "parliament" → LEG, with its plural.
type Agent struct {
	Noun, Plural, Code string
}

// ParseActors reads a TABARI/PETRARCH actor dictionary (dictionaries.rst, "Actor Dictionary"):
// a primary phrase with an optional [code], synonym lines starting with '+', and date-restriction
// lines starting with a tab: [CODE], [CODE <date], [CODE >date], [CODE date-date]. Comments start
// with '#' (';' in older files). Country records (a bare three-letter code in the Countries file,
// whose synonyms are cities and regions) are skipped: the loader's countries.txt holds countries.
func ParseActors(file, text string) ([]Actor, error) {
	var out []Actor
	var cur *Actor
	flush := func() {
		if cur != nil && cur.Name != "" && (cur.Code != "" || len(cur.Dated) > 0) {
			cur.Kind = kindOf(cur)
			cur.Country = countryOf(cur)
			if cur.Kind != "PERSON" {
				cur.Name = upShort(cur.Name)
				for i := range cur.Aliases {
					cur.Aliases[i] = upShort(cur.Aliases[i])
				}
			}
			out = append(out, *cur)
		}
		cur = nil
	}
	for n, line := range strings.Split(text, "\n") {
		raw := strings.TrimRight(line, "\r")
		comment := ""
		if i := strings.IndexByte(raw, '#'); i >= 0 {
			comment, raw = raw[i:], raw[:i]
		}
		if strings.TrimSpace(raw) == "" {
			continue
		}
		switch {
		case raw[0] == '\t' || raw[0] == ' ':
			if cur == nil {
				continue // a restriction of a skipped record
			}
			for _, c := range bracketed(raw) {
				d, err := parseRestriction(c)
				if err != nil {
					return nil, fmt.Errorf("%s:%d: %v", file, n+1, err)
				}
				if d.From == "" && d.To == "" {
					if cur.Code == "" {
						cur.Code = d.Code
					}
					continue
				}
				cur.Dated = append(cur.Dated, d)
			}
		case raw[0] == '+':
			if cur != nil {
				if p := phrase(raw[1:]); p != "" {
					cur.Aliases = append(cur.Aliases, p)
				}
			}
		default:
			flush()
			codes := bracketed(raw)
			name := raw
			if i := strings.IndexByte(raw, '['); i >= 0 {
				name = raw[:i]
			}
			a := &Actor{Name: phrase(name), File: file}
			if strings.Contains(comment, "CountryInfo") || strings.Contains(comment, "rulers") {
				a.Kind = "PERSON"
			}
			for _, c := range codes {
				d, err := parseRestriction(c)
				if err != nil {
					return nil, fmt.Errorf("%s:%d: %v", file, n+1, err)
				}
				if d.From == "" && d.To == "" {
					a.Code = d.Code
				} else {
					a.Dated = append(a.Dated, d)
				}
			}
			if strings.HasPrefix(file, "Phoenix.Countries") && len(a.Code) == 3 && len(a.Dated) == 0 {
				cur = nil // a country record
				continue
			}
			cur = a
		}
	}
	flush()
	return out, nil
}

func bracketed(s string) []string {
	var out []string
	for {
		i := strings.IndexByte(s, '[')
		if i < 0 {
			return out
		}
		j := strings.IndexByte(s[i:], ']')
		if j < 0 {
			return out
		}
		out = append(out, strings.TrimSpace(s[i+1:i+j]))
		s = s[i+j+1:]
	}
}

// parseRestriction reads "CODE", "CODE <date", "CODE >date" or "CODE date-date".
func parseRestriction(s string) (Dated, error) {
	f := strings.Fields(s)
	if len(f) == 0 {
		return Dated{}, fmt.Errorf("empty code")
	}
	d := Dated{Code: strings.ToUpper(f[0])}
	if len(f) == 1 {
		return d, nil
	}
	r := strings.Join(f[1:], "") // "> 140608": a stray blank after the sign
	var err error
	switch {
	case strings.HasPrefix(r, "<"):
		d.To, err = fullDate(r[1:])
	case strings.HasPrefix(r, ">"):
		d.From, err = fullDate(r[1:])
	case strings.Contains(r, "-"):
		p := strings.SplitN(r, "-", 2)
		if d.From, err = fullDate(p[0]); err == nil {
			d.To, err = fullDate(p[1])
		}
	default:
		// a bare date ("[MNEGOV 20121204]", a few records): read as the start of the office
		d.From, err = fullDate(r)
	}
	return d, err
}

// fullDate turns YYMMDD or YYYYMMDD into YYYYMMDD. Two-digit years up to 30 are 20xx, later ones
// 19xx: the dictionaries' six-digit dates run from the 1930s to the 2010s.
func fullDate(s string) (string, error) {
	s = strings.TrimSpace(s)
	for _, r := range s {
		if r < '0' || r > '9' {
			return "", fmt.Errorf("date %q is not numeric", s)
		}
	}
	switch len(s) {
	case 8:
		return s, nil
	case 6:
		if s[:2] <= "30" {
			return "20" + s, nil
		}
		return "19" + s, nil
	case 7: // typo'd dates in the source, read as the intended YYYYMMDD: "2004017" (year and
		// month kept), "201005011" (a digit too many at the end), "1920030320" (a stray century)
		return s[:6] + "01", nil
	case 9:
		return s[:8], nil
	case 10:
		return s[2:], nil
	}
	return "", fmt.Errorf("date %q is neither YYMMDD nor YYYYMMDD", s)
}

// phrase turns a dictionary phrase ("XI_JINPING_", "PEOPLE'S_LIBERATION_ARMY") into title case
// with spaces. A word without vowels of up to five letters, or one the dictionary writes with
// periods ("U.N."), stays in capitals: an acronym.
func phrase(s string) string {
	s = strings.TrimSpace(strings.ReplaceAll(s, "_", " "))
	words := strings.Fields(s)
	for i, w := range words {
		words[i] = titleWord(w)
		if i > 0 && smallWords[strings.ToLower(w)] {
			words[i] = strings.ToLower(w)
		}
	}
	return strings.Join(words, " ")
}

// upShort writes the words of up to three letters of an institution's name in capitals
// ("Un" → "UN", "Who" → "WHO"): in the dictionaries' names of bodies they are acronyms, while in
// persons' names they are names ("Xi", "Li").
func upShort(s string) string {
	words := strings.Fields(s)
	for i, w := range words {
		if len([]rune(w)) <= 3 && !smallWords[strings.ToLower(w)] {
			words[i] = strings.ToUpper(w)
		}
	}
	return strings.Join(words, " ")
}

// smallWords stay in lower case inside a title-case name (AP style: articles, conjunctions and
// prepositions of up to three letters, and the particles of Romance and Arabic names).
var smallWords = map[string]bool{"of": true, "the": true, "and": true, "for": true, "in": true, "on": true,
	"at": true, "to": true, "a": true, "an": true, "de": true, "del": true, "la": true, "le": true,
	"du": true, "des": true, "da": true, "do": true, "dos": true, "al": true, "el": true, "bin": true}

func titleWord(w string) string {
	up := strings.ToUpper(w)
	letters := 0
	vowels := 0
	for _, r := range up {
		if unicode.IsLetter(r) {
			letters++
		}
		if strings.ContainsRune("AEIOUY", r) {
			vowels++
		}
	}
	if strings.Contains(w, ".") && letters <= 4 || vowels == 0 && letters <= 5 {
		return up
	}
	lower := []rune(strings.ToLower(w))
	cap := true
	for i, r := range lower {
		if cap && unicode.IsLetter(r) {
			lower[i] = unicode.ToUpper(r)
			cap = false
		}
		if r == '-' || r == '(' || r == '/' {
			cap = true
		}
	}
	return string(lower)
}

// countryCodes are the three-letter prefixes of CAMEO actor codes that name no country: the
// international and transnational sectors of the CAMEO codebook (2012, ch. 4) and Phoenix.
var sectorPrefixes = map[string]bool{"IGO": true, "NGO": true, "MNC": true, "IMG": true, "UIS": true,
	"NGM": true, "INT": true, "AFR": true, "ASA": true, "BLK": true, "CAS": true, "EUR": true,
	"LAM": true, "MEA": true, "NAF": true, "NMR": true, "SAF": true, "SAM": true, "SAS": true,
	"SEA": true, "WAF": true, "WST": true, "CRB": true, "CAU": true, "EAF": true, "PGS": true,
	"BAL": true, "BLN": true, "CFR": true, "CEU": true, "EEU": true, "MDT": true, "SCN": true,
	"ELI": true, "GOV": true, "MIL": true, "REB": true, "OPP": true, "PTY": true, "BUS": true,
	"MED": true, "CVL": true, "JUD": true, "LEG": true, "SPY": true, "COP": true, "KKL": true}

// countryOf is the country an actor's codes name: the first three letters of its code (latest
// dated code first) when they are no sector; for multinationals, "MNCUSA" names the USA.
func countryOf(a *Actor) string {
	codes := []string{}
	for i := len(a.Dated) - 1; i >= 0; i-- {
		codes = append(codes, a.Dated[i].Code)
	}
	codes = append(codes, a.Code)
	for _, c := range codes {
		if len(c) < 3 {
			continue
		}
		p := c[:3]
		if p == "MNC" && len(c) >= 6 && !sectorPrefixes[c[3:6]] {
			return c[3:6]
		}
		if !sectorPrefixes[p] {
			return p
		}
	}
	return ""
}

// stateSectors are the CAMEO government-sector codes (CAMEO codebook 2012, "Domestic role
// codes"): government, military, legislature, judiciary, police, intelligence.
var stateSectors = []string{"GOV", "MIL", "LEG", "JUD", "COP", "SPY"}

// kindOf types an actor: PERSON when the record says it came from CountryInfo or a list of rulers
// (the dictionaries' person sources) or when its codes are date-restricted (offices held) and its
// name's head is no organization head (OrgHeads: PALESTINIAN_AUTHORITY [PSEGOV >19940913] is a
// body whose code starts on a date, not a person), else GOVERNMENT when its code's first role
// after the country is a state sector, else ORGANIZATION.
func kindOf(a *Actor) string {
	if a.Kind == "PERSON" || len(a.Dated) > 0 && !OrgHeads[nameHead(a.Name)] {
		return "PERSON"
	}
	c := a.Code
	if c == "" && len(a.Dated) > 0 {
		c = a.Dated[len(a.Dated)-1].Code // a dated body: its latest code's sector
	}
	if len(c) >= 6 && !sectorPrefixes[c[:3]] {
		for _, s := range stateSectors {
			if c[3:6] == s {
				return "GOVERNMENT"
			}
		}
	}
	return "ORGANIZATION"
}

// MergeActors joins records with the same name, country and kind (the Countries file lists some
// leaders twice: once among the institutions, once from CountryInfo) and sorts by name.
func MergeActors(in []Actor) []Actor {
	idx := map[string]int{}
	var out []Actor
	for _, a := range in {
		k := strings.ToLower(a.Name) + "|" + a.Country + "|" + a.Kind
		if i, ok := idx[k]; ok {
			o := &out[i]
			if o.Code == "" {
				o.Code = a.Code
			}
			o.Dated = append(o.Dated, a.Dated...)
			o.Aliases = append(o.Aliases, a.Aliases...)
			continue
		}
		idx[k] = len(out)
		out = append(out, a)
	}
	for i := range out {
		out[i].Aliases = uniqueFold(out[i].Name, out[i].Aliases)
		out[i].Dated = uniqueDated(out[i].Dated)
	}
	sort.SliceStable(out, func(i, j int) bool {
		if out[i].Name != out[j].Name {
			return out[i].Name < out[j].Name
		}
		return out[i].Country < out[j].Country
	})
	return out
}

func uniqueFold(name string, xs []string) []string {
	seen := map[string]bool{strings.ToLower(name): true}
	var out []string
	for _, x := range xs {
		if l := strings.ToLower(x); !seen[l] && !strings.ContainsAny(x, "|,") {
			seen[l] = true
			out = append(out, x)
		}
	}
	return out
}

func uniqueDated(ds []Dated) []Dated {
	seen := map[Dated]bool{}
	var out []Dated
	for _, d := range ds {
		if !seen[d] {
			seen[d] = true
			out = append(out, d)
		}
	}
	return out
}

// FormatActors writes the compact actor lexicon.
func FormatActors(as []Actor) string {
	var b strings.Builder
	b.WriteString(`# Named actors of the PETRARCH2 Phoenix dictionaries (MIT, see LICENSE in this folder), generated by
# cmd/claimgraph-dict from Phoenix.Countries.actors.txt, Phoenix.International.actors.txt and
# Phoenix.MilNonState.actors.txt. Do not edit by hand: fix the converter or the source and rerun it.
# Fields: name | kind (PERSON GOVERNMENT ORGANIZATION) | country (CAMEO/ISO3, empty: international)
#         | default CAMEO actor code | dated codes (CODE:YYYYMMDD-YYYYMMDD, a side may be empty)
#         | other names (comma-separated)
`)
	for _, a := range as {
		var ds []string
		for _, d := range a.Dated {
			ds = append(ds, d.Code+":"+d.From+"-"+d.To)
		}
		fmt.Fprintf(&b, "%s | %s | %s | %s | %s | %s\n", a.Name, a.Kind, a.Country, a.Code, strings.Join(ds, ","), strings.Join(a.Aliases, ", "))
	}
	return b.String()
}

// substitutions are the agents file's substitution sets ("!PERSON! = MAN, MEN, …").
type substitutions map[string][]string

// ParseAgents reads Phoenix.agents.txt (dictionaries.rst, "Agent Dictionary"): "NOUN {plural}
// [~CODE]" or "[CODE~]", '_' joining the words of a phrase. Patterns with a blank (words that may
// be apart) are left out: the loader matches contiguous noun phrases. Regular plurals are
// generated as the dictionary says (+S, Y → IES, SS → +ES); {} means none, {X} gives X.
func ParseAgents(file, text string) ([]Agent, error) {
	subs := substitutions{}
	var out []Agent
	seen := map[string]bool{}
	for n, line := range strings.Split(text, "\n") {
		if i := strings.IndexByte(line, '#'); i >= 0 {
			line = line[:i]
		}
		line = strings.TrimSpace(line)
		if line == "" {
			continue
		}
		if strings.HasPrefix(line, "!") && strings.Contains(line, "=") {
			p := strings.SplitN(line, "=", 2)
			var vals []string
			for _, v := range strings.Split(p[1], ",") {
				vals = append(vals, strings.TrimSpace(v))
			}
			subs[strings.TrimSpace(p[0])] = vals
			continue
		}
		i := strings.IndexByte(line, '[')
		j := strings.IndexAny(line[max(i, 0):], "]}") + max(i, 0) // one record closes with '}'
		if i < 0 || j < i {
			continue // a phrase without a code (one record) codes nothing
		}
		code := strings.Trim(strings.TrimSpace(line[i+1:j]), "~")
		head := strings.TrimSpace(line[:i])
		plural, explicit := "", false
		if k := strings.IndexByte(head, '{'); k >= 0 {
			e := strings.IndexByte(head, '}')
			if e < k {
				return nil, fmt.Errorf("%s:%d: unclosed {", file, n+1)
			}
			plural, explicit = strings.TrimSpace(head[k+1:e]), true
			head = strings.TrimSpace(head[:k])
		}
		if strings.ContainsAny(head, " ") {
			continue // words that may stand apart
		}
		for _, h := range expand(head, subs) {
			noun := strings.ToLower(strings.Trim(strings.ReplaceAll(h, "_", " "), " "))
			if noun == "" || seen[noun] {
				continue
			}
			seen[noun] = true
			pl := ""
			switch {
			case explicit:
				pl = strings.ToLower(strings.ReplaceAll(plural, "_", " "))
			case strings.HasSuffix(noun, "ss"):
				pl = noun + "es"
			case strings.HasSuffix(noun, "y") && len(noun) > 1 && !strings.ContainsRune("aeiou", rune(noun[len(noun)-2])):
				pl = noun[:len(noun)-1] + "ies"
			case strings.HasSuffix(noun, "man"):
				pl = noun[:len(noun)-3] + "men"
			case strings.HasSuffix(noun, "men") || strings.HasSuffix(noun, "s"):
				pl = "" // already plural, or a form the dictionary lists as it is
			default:
				pl = noun + "s"
			}
			out = append(out, Agent{Noun: noun, Plural: strings.TrimSpace(pl), Code: strings.ToUpper(code)})
		}
	}
	sort.SliceStable(out, func(i, j int) bool { return out[i].Noun < out[j].Noun })
	return out, nil
}

// expand replaces a substitution marker in a phrase by each of its values.
func expand(h string, subs substitutions) []string {
	for k, vals := range subs {
		if strings.Contains(h, k) {
			var out []string
			for _, v := range vals {
				out = append(out, expand(strings.Replace(h, k, v, 1), subs)...)
			}
			return out
		}
	}
	return []string{h}
}

// FormatAgents writes the compact agent lexicon.
func FormatAgents(as []Agent) string {
	var b strings.Builder
	b.WriteString(`# Agent nouns of the PETRARCH2 Phoenix dictionary (Phoenix.agents.txt, MIT, see LICENSE in this
# folder), generated by cmd/claimgraph-dict. Do not edit by hand.
# Fields: noun phrase (lower case) | plural (empty: none or same) | CAMEO agent code (GOV, LEG, JUD,
#         MED, BUS, OPP, REB, …; appended to a country code: "Serbian parliament" → SRBLEG)
`)
	for _, a := range as {
		fmt.Fprintf(&b, "%s | %s | %s\n", a.Noun, a.Plural, a.Code)
	}
	return b.String()
}

// OrgHeads are the head words of organizations' and state bodies' names (the loader's
// data/lexicons/orgwords.txt, read by run): a dictionary record whose name ends in one (or has one
// before its first "of") names a body, whatever its codes' dates. Empty: no record is a body by
// its name.
var OrgHeads = map[string]bool{}

// nameHead is the head word of a name, lower case: the word before its first "of", else its last
// word ("Communist Party of the Soviet Union" → party, "Palestinian Authority" → authority,
// "General Secretary of the Communist Party" → secretary).
func nameHead(name string) string {
	ws := strings.Fields(strings.ToLower(strings.ReplaceAll(name, "_", " ")))
	for i, w := range ws {
		if w == "of" && i > 0 {
			return ws[i-1]
		}
	}
	if len(ws) == 0 {
		return ""
	}
	return ws[len(ws)-1]
}
