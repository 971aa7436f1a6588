package main

import (
	"bufio"
	"fmt"
	"os"
	"regexp"
	"sort"
	"strings"

	"github.com/claimgraph/claimgraph/graph"
)

// licensed counts the asserted (not negated) relations of one sentence and those its template
// does not license (the precision column): a relation of the gold type (or, in the conditional, the cue's own type) whose source is a gold
// source (not in a control); a CLAIMS relation when the sentence has a reporting verb
// (sentence.claims) or in a statement (its issuer's); in "ctl-expected", a hedged relation. Anything else — another type, a source
// the sentence does not name (the dateline's state, the object), the cue's type asserted in a
// control — is unlicensed.
func licensed(res *result, rels []graph.Relation, byID map[string]*graph.Node) {
	res.rels, res.extra = 0, 0
	for _, rl := range rels {
		if rl.Negated && res.s.tmpl != "ctl-notsaid" {
			continue // a negated relation asserts nothing; but "has not said whether" must give nothing at all
		}
		res.rels++
		ok := false
		switch {
		case rl.Type == graph.Claims && (res.s.claims || res.layout == "statement"):
			// a statement's issuer asserts each of its paragraphs (the issuer's CLAIMS)
			ok = true
		case res.s.control:
			ok = res.s.tmpl == "ctl-expected" && rl.Hedged
		case string(rl.Type) == res.s.typ || (res.s.alt != "" && string(rl.Type) == res.s.alt):
			for _, a := range res.s.sources {
				ok = ok || hasKey(byID[rl.Source], a.keys)
			}
		}
		if !ok {
			res.extra++
		}
	}
}

// fillers prints, for the template families of wire.go, type+source recall and the unlicensed
// count per filler.
func fillers(w *os.File, sents []result) {
	type key struct{ tmpl, fill string }
	t := map[key]*tally{}
	var order []key
	for _, r := range sents {
		if r.s.fill == "" {
			continue
		}
		k := key{r.s.tmpl, r.s.fill}
		if t[k] == nil {
			t[k] = &tally{}
			order = append(order, k)
		}
		t[k].add(r)
	}
	if len(order) == 0 {
		return
	}
	fmt.Fprintln(w, "Template families by filler (type+source; for controls, the share asserting nothing unlicensed):")
	fmt.Fprintln(w)
	fmt.Fprintln(w, "| template | filler | n | type+source | +target | relP | extra |")
	fmt.Fprintln(w, "|---|---|---|---|---|---|---|")
	for _, tm := range wireTemplates {
		for _, k := range order {
			if k.tmpl != tm {
				continue
			}
			tl := t[k]
			fmt.Fprintf(w, "| %s | %s | %d | %s | %s | %s | %d |\n", k.tmpl, k.fill, tl.n, pct(tl.src, tl.n), pct(tl.full, tl.n), pct(tl.rels-tl.extra, tl.rels), tl.xs)
		}
	}
	fmt.Fprintln(w)
}

// loadTowns reads the Phoenix places (data/lexicons/phoenix/places.txt: name | ISO) and keeps,
// per country, one-word title-case names of four letters or more that no other country lists
// and that are not the country's name or capital — places for a dateline town (AP Stylebook,
// "datelines": a city other than the capital, with the wire's upper case).
func loadTowns(cs []country, path string) error {
	f, err := os.Open(path)
	if err != nil {
		return err
	}
	defer f.Close()
	word := regexp.MustCompile(`^[A-Z][a-z]{3,}$`)
	owners := map[string]map[string]bool{}
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		l := sc.Text()
		if strings.HasPrefix(l, "#") || !strings.Contains(l, "|") {
			continue
		}
		p := strings.SplitN(l, "|", 2)
		n, iso := strings.TrimSpace(p[0]), strings.TrimSpace(p[1])
		if owners[n] == nil {
			owners[n] = map[string]bool{}
		}
		owners[n][iso] = true
	}
	skip := map[string]bool{}
	for _, c := range cs {
		skip[c.name], skip[c.capital], skip[c.demonym] = true, true, true
	}
	for n, o := range owners {
		if len(o) != 1 || !word.MatchString(n) || skip[n] {
			continue
		}
		for iso := range o {
			towns[iso] = append(towns[iso], n)
		}
	}
	for iso := range towns {
		sort.Strings(towns[iso])
	}
	return sc.Err()
}
