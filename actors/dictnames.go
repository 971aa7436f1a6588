package actors

import (
	"strings"

	"github.com/claimgraph/claimgraph/doc"
	"github.com/claimgraph/claimgraph/graph"
	"github.com/claimgraph/claimgraph/lexicon"
	"github.com/claimgraph/claimgraph/text"
)

// Names the Phoenix dictionaries list (PETRARCH2 Phoenix.International.actors.txt and
// Phoenix.Countries.actors.txt, converted to data/lexicons/phoenix/actors.txt): companies
// ([MNCUSA] EXXON_, [MNCAUS] BHP_BILLITON_), NGOs and bodies. Two paths lost them before the
// dictionary was asked:
//   - a single capitalized word no org word marks ("Exxon") waits for coreference, which keeps it
//     only as a subject; in object position ("sanctions on Exxon") it was dropped;
//   - a run with a word in capitals ("BHP Billiton") was read as no personal name and dropped.
// A name the dictionary lists, as exactly one actor that is no person, names that actor wherever
// it stands; its kind is the dictionary's (codes come from the dictionary in assignCodes).

// DictSingleName is the one non-person Phoenix actor named by the single word w of the pending
// entity e, or nil. A word the article also uses as a common word (CommonNameWord), a common
// English word (commonwords.txt: "Total", "Shell" are both) or a place is left to the other rules.
func DictSingleName(d *doc.Doc, e *doc.Entity, w string) *lexicon.Actor {
	if d.Phx == nil || strings.Contains(w, " ") || len([]rune(w)) < 3 {
		return nil
	}
	lw := strings.ToLower(w)
	if d.Lx.Common[lw] || d.Lx.Common[strings.TrimSuffix(lw, "s")] || d.Lx.NonActor[lw] != "" || CommonNameWord(d, e) {
		return nil
	}
	if _, ok := d.Phx.Place(w); ok {
		return nil
	}
	a := d.Phx.Unique(w, "")
	if a == nil || a.Kind == graph.Person || !a.Kind.IsActor() || !sectorCoded(a.Code) {
		return nil
	}
	return a
}

// cameoSectors are the CAMEO actor role and sector codes (CAMEO 2.0 codebook, ch. 3: domestic
// roles GOV MIL REB …, international types IGO NGO MNC, secondary roles).
var cameoSectors = map[string]bool{"GOV": true, "MIL": true, "REB": true, "OPP": true, "PTY": true, "COP": true, "JUD": true, "SPY": true,
	"MED": true, "EDU": true, "BUS": true, "CRM": true, "CVL": true, "IGO": true, "NGO": true, "NGM": true, "MNC": true, "LEG": true, "ELI": true,
	"AGR": true, "DEV": true, "HLH": true, "HRI": true, "LAB": true, "REF": true, "MOD": true, "RAD": true, "ENV": true, "REL": true, "UAF": true,
	"SEP": true, "INS": true, "IMG": true, "AMN": true, "IRC": true, "GRP": true, "UNO": true, "RED": true, "WFP": true, "ICG": true}

// sectorCoded reports a Phoenix code that names an organization by its sector: after the country
// (if any), every three letters are a CAMEO role or sector ("MNCUSA", "USAGOVBUS", "NGOHRI").
// A region's code ("PSEGZA" for Gaza: a place the dictionary codes as an actor) is no body's.
func sectorCoded(code string) bool {
	if len(code) < 3 || len(code)%3 != 0 {
		return false
	}
	if !cameoSectors[code[:3]] {
		code = code[3:] // the country
		if code == "" {
			return false
		}
	}
	for i := 0; i+3 <= len(code); i += 3 {
		if c := code[i : i+3]; !cameoSectors[c] && !(i > 0 && (code[:3] == "MNC" || code[:3] == "IGO" || code[:3] == "NGO")) {
			return false
		}
	}
	return true
}

// dictChunk records the capitalized run [ts, te) as the non-person actor the Phoenix dictionaries
// list under exactly that name ("BHP Billiton"), and reports whether it did.
func dictChunk(d *doc.Doc, st *doc.Sent, ts, te int) bool {
	if d.Phx == nil || te-ts < 2 {
		return false
	}
	name := d.SpanText(st, ts, te)
	a := d.Phx.Unique(name, "")
	if a == nil || a.Kind == graph.Person || !a.Kind.IsActor() {
		return false
	}
	e := Entity(d, "org:"+graph.NormalizeName(name), a.Kind, name, "dict:phoenix-name")
	AddMention(d, st, ts, te, e, "dict:phoenix-name")
	return true
}

// ordinalNameOpeners are the ordinals and adjectives of stopnames.txt that open company and
// bank names ("First Quantum Minerals", "First Bank of Nigeria", "Second Harvest Foods", "Next
// Generation Energy", "Key Capital Ltd"). Stopnames.txt keeps them out of names because they
// mostly modify what follows ("the first Chinese …", "Key Findings"); the title modifiers of
// that list ("former", "senior", "top") are left out: they open titles, not names.
var ordinalNameOpeners = map[string]bool{"first": true, "second": true, "third": true, "next": true, "key": true}

// ordinalOpensName reports token j, a capitalized ordinal or adjective of ordinalNameOpeners
// inside a sentence, that opens a run of capitalized words ending in an organization word or a
// company-name tail (orgwords.txt, orgtails.txt). Inside a sentence a capital marks a word as
// part of a proper name (CMOS 17th ed. 8.1, 8.67: names of companies and institutions are
// capitalized word by word), and a name headed by an organization noun is one name with all its
// premodifiers (Quirk et al. 1985 §5.60–5.66 on proper names with common-noun structure: "the
// First National Bank"). At a sentence's or headline's start the capital says nothing, and a
// title after it ("First Vice President") keeps the word a title's modifier.
func ordinalOpensName(d *doc.Doc, st *doc.Sent, j int) bool {
	toks := st.Toks
	if !ordinalNameOpeners[toks[j].Lower] || toks[j].AllCaps || st.Headline || SentInitial(st, j) {
		return false
	}
	if j+1 >= len(toks) || !toks[j+1].Cap || toks[j+1].Kind != text.Word || st.Ment[j+1] >= 0 || TitleAt(d, st, j+1) != nil || d.Lx.Stop[toks[j+1].Lower] {
		return false
	}
	k := j + 1
	for k < len(toks) && k-j <= 5 && toks[k].Cap && toks[k].Kind == text.Word && st.Ment[k] < 0 {
		k++
	}
	w := strings.TrimSuffix(toks[k-1].Lower, ".")
	_, org := d.Lx.OrgWords[w]
	return org || d.Lx.OrgTail[w]
}
