package actors

import (
	"strings"

	"github.com/claimgraph/claimgraph/doc"
	"github.com/claimgraph/claimgraph/text"
)

// findRedefinedAcronyms fills d.redefined with every acronym that is a dictionary actor's name or
// alias and that the article defines, "Full Name (ACR)", for a run of capitalized words
// (with the particles of names: of, for, and, the, de …) whose words the acronym spells
// (acronymSpells) and that is no name of that actor. Run before the sentences' names are read,
// so a bare acronym before its definition (a headline) is read the same way.
func findRedefinedAcronyms(d *doc.Doc) {
	for _, st := range d.Sents {
		toks := st.Toks
		for i := 1; i+2 < len(toks); i++ {
			if (toks[i].Text != "(" && toks[i].Text != "[") || !toks[i+1].AllCaps || (toks[i+2].Text != ")" && toks[i+2].Text != "]") {
				continue
			}
			acr := toks[i+1].Text
			a := KnownByName(d, acr)
			if a == nil {
				continue
			}
			name := definedName(d, st, i)
			if name == "" || !acronymSpells(acr, name) {
				continue
			}
			if k := KnownByName(d, name); k == a {
				continue
			}
			own := false
			for _, n := range append([]string{a.Name}, a.Aliases...) {
				// "the ruling Chinese Communist Party (CPC)": the run ends in the actor's name
				if len(n) > len(acr) && strings.HasSuffix(strings.ToLower(name), strings.ToLower(n)) {
					own = true
				}
			}
			if !own {
				d.Redefined[acr] = true
			}
		}
	}
}

// definedName is the run of capitalized words before the bracket at token paren, with the inner
// particles of names ("of", "for", "and", "the", "de", …), its leading article dropped; "" when
// the word before the bracket is no capitalized word.
func definedName(d *doc.Doc, st *doc.Sent, paren int) string {
	toks := st.Toks
	s := paren
	for s > 0 && paren-s < 12 {
		t := toks[s-1]
		if t.Kind != text.Word {
			break
		}
		if !t.Cap && !nameParticles.Has(t.Lower) && !orgParticles.Has(t.Lower) && t.Lower != "of" && t.Lower != "for" && t.Lower != "and" && t.Lower != "the" {
			break
		}
		s--
	}
	for s < paren && !toks[s].Cap {
		s++ // a name starts with a capitalized word: "of the" before it are no part of it
	}
	if s < paren && toks[s].Lower == "the" {
		s++
	}
	if s >= paren || !toks[paren-1].Cap {
		return ""
	}
	return d.SpanText(st, s, paren)
}

// StoreAliases is e's alias list for its node without the acronyms the article redefines: in a
// shared store an alias is an identity key (graph.matchActor), and the acronym would join the
// article's body to the dictionary actor of that acronym met in other articles ("CPC", the
// Chilean confederation, joining the Chinese Communist Party; issue 14).
//
// Nor does it hold the forms that named e in this article only (actor_aliaskeys.go: a person's given
// name, the first word of a body's name).
func StoreAliases(d *doc.Doc, e *doc.Entity) []string {
	as := AliasList(e)
	unkeyed := unkeyedAliases(d.Phx, e)
	nameWordAliases(d.Lx, e, &unkeyed) // actor_aliaskeys.go: "Democratic" of the Democratic National Committee
	if len(d.Redefined) == 0 && len(unkeyed) == 0 {
		return as
	}
	out := as[:0:0]
	for _, a := range as {
		if !d.Redefined[a] && !unkeyed[strings.ToLower(a)] {
			out = append(out, a)
		}
	}
	return out
}
