package actors

import (
	nurl "net/url"
	"strings"

	"github.com/claimgraph/claimgraph/discourse"
	"github.com/claimgraph/claimgraph/doc"
	"github.com/claimgraph/claimgraph/graph"
	"github.com/claimgraph/claimgraph/lexicon"
	"github.com/claimgraph/claimgraph/text"
)

// pageIntlCode is the CAMEO code (IGO…) of the international body that issues the document, or
// "": the body the title line names as the text's author by its office ("Statement by the
// Secretary-General on …"; "Statement attributable to the Spokesperson for the Secretary-General
// on …", the spokesperson speaking for the office: Merriam-Webster, "spokesperson", one who
// speaks as the representative of another, and CAMEO codes the spokesperson as his principal),
// the outlet when it is the body's name in the actors dictionary ("United Nations"), or the URL's
// host when its registered name under .org or .int (RFC 1591: .int for organizations established
// by international treaties) is the body's name or abbreviation there ("press.un.org",
// "www.nato.int").
func pageIntlCode(d *doc.Doc) string {
	if c := titleIntlCode(d); c != "" {
		return c
	}
	if c := intlBodyCode(d.Phx, strings.TrimPrefix(strings.TrimSpace(d.C.Article.Outlet), "The ")); c != "" {
		return c
	}
	u, err := nurl.Parse(strings.TrimSpace(d.C.Article.URL))
	if err != nil || u.Hostname() == "" {
		return ""
	}
	labels := strings.Split(strings.ToLower(strings.TrimSuffix(u.Hostname(), ".")), ".")
	if n := len(labels); n >= 2 && (labels[n-1] == "org" || labels[n-1] == "int") {
		return intlBodyCode(d.Phx, labels[n-2])
	}
	return ""
}

// intlBodyCode is the IGO code of the intergovernmental organization the Phoenix actors list
// names name (an ORGANIZATION entry of no country, code IGO…), or "".
func intlBodyCode(phx *lexicon.Actors, name string) string {
	if phx == nil || name == "" {
		return ""
	}
	code := ""
	for _, a := range phx.Lookup(name) {
		if a.Kind != graph.Organization || a.Country != "" || !strings.HasPrefix(a.Code, "IGO") {
			continue
		}
		if code != "" && code != a.Code {
			return "" // two bodies so named
		}
		code = a.Code
	}
	return code
}

// titleIntlCode reads the title line (the first sentence): a heading noun of a text (discourse's
// headings.txt) followed by "by" or "attributable to", then "[the] <office>" or "[the]
// Spokesperson for [the] <office>", the office's capitalized words up to the next word that is not
// one; the code of the one body whose office it is (lexicon.IntlOffice), or "".
func titleIntlCode(d *doc.Doc) string {
	if len(d.Sents) == 0 || d.Phx == nil {
		return ""
	}
	toks := d.Sents[0].Toks
	for k := 1; k < len(toks); k++ {
		j := k + 1
		switch {
		case toks[k].Lower == "by":
		case toks[k].Lower == "attributable" && j < len(toks) && toks[j].Lower == "to":
			j++
		default:
			continue
		}
		if !discourse.HeadingNounEnds(text.LowerWords(toks[:k])) {
			return ""
		}
		if j < len(toks) && toks[j].Lower == "the" {
			j++
		}
		if j+1 < len(toks) && SpokesTitle(toks[j].Lower) && toks[j+1].Lower == "for" {
			j += 2 // the spokesperson speaks for the office
			if j < len(toks) && toks[j].Lower == "the" {
				j++
			}
		}
		var office []string
		for ; j < len(toks) && toks[j].Cap && toks[j].Kind == text.Word; j++ {
			office = append(office, toks[j].Lower)
		}
		if len(office) == 0 || j < len(toks) && toks[j].Lower == "of" {
			return "" // "Statement by the Secretary-General of NATO": the office named with its body
		}
		if _, code, ok := d.Phx.IntlOffice(strings.Join(office, " ")); ok {
			return code
		}
		return ""
	}
	return ""
}

// IntlHostOffice resolves "the <office>" ending at token i of st ("the Secretary-General") in a
// document an international body issues (pageIntlCode) to that body when the office is one of
// its offices (lexicon.IntlOffice, the same code), rule coref:intl-office. Nil in a question or a
// quotation, for "the <office> of" a named body ("the Secretary-General of NATO"), and when the
// office belongs to another body or the document is no body's.
func IntlHostOffice(d *doc.Doc, st *doc.Sent, i int) *doc.Entity {
	if d.Phx == nil || st.Question || st.InQuote[i] || st.Toks[i].Kind != text.Word {
		return nil
	}
	j := i
	for j > 0 && st.Toks[j-1].Lower != "the" && i-j < 3 {
		j--
	}
	if j == 0 || st.Toks[j-1].Lower != "the" || i+1 < len(st.Toks) && st.Toks[i+1].Lower == "of" {
		return nil
	}
	var words []string
	for k := j; k <= i; k++ {
		words = append(words, st.Toks[k].Lower)
	}
	body, code, ok := d.Phx.IntlOffice(strings.Join(words, " "))
	if !ok || code != pageIntlCode(d) {
		return nil
	}
	k := KnownByName(d, body)
	if k == nil {
		k = d.Lx.ActorByName[graph.NormalizeName(body)]
	}
	if k == nil {
		return nil
	}
	return KnownEntity(d, k)
}

// intlOfficeMentions makes each "the <office>" of st that intlHostOffice resolves a singular
// mention of the body (rule coref:intl-office), as officeHolders does for a state's office: the
// office's holder is one person, so "he"/"she" after it may take it ("The Secretary-General
// strongly condemns … He calls on …", coref.go).
func intlOfficeMentions(d *doc.Doc, st *doc.Sent) {
	for i := 1; i < len(st.Toks); i++ {
		if st.Ment[i] >= 0 || !st.Toks[i].Cap {
			continue
		}
		e := IntlHostOffice(d, st, i)
		if e == nil {
			continue
		}
		j := i
		for st.Toks[j-1].Lower != "the" {
			j--
		}
		if m := AddMention(d, st, j-1, i+1, e, "coref:intl-office"); m != nil {
			m.Singular = true
		}
	}
}
