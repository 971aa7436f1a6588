package frames

import (
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/currency"
)

// Amounts of money as objects (issue 13, classes8 classes 12 and 41).
//
// CAMEO.2.0.txt codes money given or promised as economic aid: EXTEND * &CURRENCY and ALLOCATE *
// &CURRENCY are 071, the same code as their "* AID" patterns (073), and the codebook defines 071
// "provide economic aid" as "extend, provide monetary aid and financial guarantees, grants,
// gifts, and credit" (CAMEO 1.1b3, Gerner et al. 2012); 0331 "express intent to provide economic
// aid" is what ANNOUNCE * AID codes. So an amount of money fills a pattern's "aid" slot as aid
// itself does ("announced $40 million", "pledged 5 million euros"), and "N in aid" ("$40 million
// in aid", a measure phrase whose in-noun names what is measured) is matched on its in-noun.
//
// A currency sign heads the amount in UD ("$" with the nummod "40 million"): the tree gives it
// the lemma "currency" (a member of &CURRENCY; Unicode category Sc, "Symbol, currency"), so the
// &CURRENCY patterns see "$40 million" as they see "40 million dollars"; so does an ISO 4217
// code heading the amount ("NOK 200 million", currencyCode).

// currencySign reports a form that is one currency symbol ("$", "€", "£", "¥"; Unicode Sc).
func currencySign(form string) bool {
	r, n := utf8.DecodeRuneInString(form)
	return n > 0 && n == len(form) && unicode.Is(unicode.Sc, r)
}

// currencyCode reports a form that is an ISO 4217 alphabetic currency code written in capitals
// ("NOK", "USD", "EUR"; golang.org/x/text/currency.ParseISO). Heading an amount with its number
// as nummod ("NOK 200 million": UD, as EWT and GUM annotate the code before the amount), the code
// is the currency sign's equivalent, and the tree gives it the lemma "currency" too (tree.go).
func currencyCode(form string) bool {
	if len(form) != 3 || strings.ToUpper(form) != form {
		return false
	}
	_, err := currency.ParseISO(form)
	return err == nil
}

// money reports whether token n heads an amount of money: a currency sign, or a noun of the
// &CURRENCY set ("dollars", "euros", "money").
func (lx *Lexicon) money(tr *tree, n int) bool {
	return n >= 0 && (tr.lem[n] == "currency" || lx.currency[tr.lem[n]] || lx.currency[tr.lower[n]])
}

// moneyAid reports an amount of money as the object obj where the pattern names aid (above).
func (lx *Lexicon) moneyAid(tr *tree, obj int, p *patternCue) bool {
	return lx.money(tr, obj) && slices.Contains(p.object, "aid")
}

// moneyMeasured returns the in-noun of an amount of money n, object of verb i ("aid" of "$40
// million in aid"; the parser attaches the in-phrase to the amount or to the verb), else -1.
func (lx *Lexicon) moneyMeasured(tr *tree, n, i int) int {
	if !lx.money(tr, n) {
		return -1
	}
	if k := tr.oblWith(n, "in"); k >= 0 {
		return k
	}
	if k := tr.oblWith(i, "in"); k > n && tr.t[k].UPOS == "NOUN" {
		return k // after the amount: "announced $40 million in aid", not "in May" (a NOUN head)
	}
	return -1
}

// moneyPurpose returns, for an offer whose target is an amount of money, what the money is for:
// the purpose to-infinitive of verb i or of the amount ("pledged $15 million to rebuild
// schools": a purpose adjunct, Quirk et al. 1985, 15.48; UD advcl/acl with "to"), else the
// recipient of a to-phrase on the verb, the amount or the measured noun, else the beneficiary of
// a for-phrase ("announced $40 million for flood victims", 9.58 "for" of recipient or goal) on
// the amount, the measured noun or the verb, else -1: the amount names how much, the recipient,
// purpose or beneficiary what the offer concerns.
func (lx *Lexicon) moneyPurpose(tr *tree, i, target int) int {
	if !lx.money(tr, target) {
		return -1
	}
	for _, h := range []int{target, i} {
		for _, k := range tr.kids[h] {
			if r := base(tr.rel(k)); (r == "advcl" || r == "acl" || r == "xcomp") && tr.t[k].UPOS == "VERB" && tr.caseOf(k) == "to" {
				return k
			}
		}
	}
	m := lx.moneyMeasured(tr, target, i)
	for _, h := range []int{i, target, m} {
		// "pledged $5.5 billion in aid to Ukraine for reconstruction": the to-phrase of a verb of
		// giving names its recipient, the paraphrase of the indirect object (Quirk et al. 1985,
		// 10.6, 9.49), the party the offer is made to; a for-phrase then names the purpose of
		// the gift, not the party — wherever the parser hangs the two phrases (the verb: the
		// EWT-only pair; the measured noun, "aid to Lebanon for its army": the parse26b pair)
		if h >= 0 {
			if k := tr.argOf(h, "to"); k >= 0 && tr.nominal(k) {
				return k
			}
		}
	}
	if k := tr.oblWith(target, "for"); k >= 0 {
		return k
	}
	if m >= 0 && tr.oblWith(m, "for") >= 0 {
		return tr.oblWith(m, "for") // "$40 million in aid for flood victims"
	}
	return tr.oblWith(i, "for")
}

// moneyWords are the words that show an amount of money to the candidate filter (candidates.go):
// the &CURRENCY nouns, and the numerals "million", "billion" and "trillion" that an amount
// written with a currency sign ("$40 million") has as its only word.
func moneyWords(currency map[string]bool) []string {
	out := []string{"million", "billion", "trillion"}
	for w := range currency {
		out = append(out, w)
	}
	slices.Sort(out)
	return out
}
