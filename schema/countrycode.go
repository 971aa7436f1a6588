package schema

import (
	"bufio"
	"slices"
	"strings"
	"sync"

	"github.com/claimgraph/claimgraph/data"
)

// knownCountries is the set of country codes an actor can have in a store: the ISO 3166-1
// alpha-3 codes of data/lexicons/countries.txt (the second field), from which the loader takes
// every Node.Country and, for stores written before Country existed, the three-letter Code of a
// country or government (graph.Node.ActorCountry). CAMEO writes a state's actor code with the same
// ISO 3166-1 alpha-3 code (CAMEO codebook, ch. 4: "CHN", "USA"). Read once per process.
var knownCountries = sync.OnceValue(func() map[string]bool { return countryLexicon().codes })

// countryNames maps every other field of a countries.txt line, lower case — the canonical name,
// the demonyms, the capitals (metonymy: "Beijing retaliated") and the other names and short forms
// ("UK", "Britain", "PRC") — to the codes of the lines that list it (two when a name is shared),
// for the "did you mean" of a name given where a code is wanted (new-user finding A4).
func countryNames() map[string][]string { return countryLexicon().names }

type countryLex struct {
	codes map[string]bool
	names map[string][]string
}

var countryLexicon = sync.OnceValue(func() countryLex {
	lex := countryLex{codes: map[string]bool{}, names: map[string][]string{}}
	f, err := data.FS.Open("lexicons/countries.txt")
	if err != nil {
		return lex // the embedded file is part of the build: an empty set refuses every code
	}
	defer f.Close()
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		line := strings.TrimSpace(sc.Text())
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		fs := strings.Split(line, "|")
		if len(fs) < 2 {
			continue
		}
		c := strings.ToUpper(strings.TrimSpace(fs[1]))
		if c == "" {
			continue
		}
		lex.codes[c] = true
		for i, field := range fs {
			if i == 1 {
				continue
			}
			for _, name := range strings.Split(field, ",") {
				if k := countryKey(name); k != "" && !slices.Contains(lex.names[k], c) {
					lex.names[k] = append(lex.names[k], c)
				}
			}
		}
	}
	return lex
})

// countryKey is a country name as looked up: trimmed, lower case, without a leading "the".
func countryKey(s string) string {
	s = strings.ToLower(strings.Join(strings.Fields(s), " "))
	return strings.TrimPrefix(s, "the ")
}

// countryArg reads a country argument (nodes(country:), relations(sourceCountry:, targetCountry:,
// country:, addresseeCountry:)): "" when absent or blank, else the trimmed value, which must be a
// country code of knownCountries in any case. Another value is BAD_ARGUMENT naming the argument
// and the value, instead of a silent empty answer (new-user finding 12: country: "CHNGOV"
// returned 0). A country's name, demonym, capital or short form of countries.txt ("China", "UK",
// "Pakistani") is answered with its code ("did you mean CHN?"); a CAMEO actor code (runs of
// three-letter codes, CAMEO codebook ch. 4: "CHNGOV") is pointed to nodes(code:), or for
// addresseeCountry to addressee: (one actor by name or ID).
func countryArg(args map[string]any, name string) (string, error) {
	v, _ := args[name].(string)
	v = strings.TrimSpace(v)
	if v == "" || knownCountries()[strings.ToUpper(v)] {
		return v, nil
	}
	const want = "%s must be an ISO 3166-1 alpha-3 / CAMEO country code such as \"CHN\", got %q"
	if codes := countryNames()[countryKey(v)]; len(codes) > 0 {
		return "", errorf(CodeBadArgument, want+": did you mean %s?", name, v, strings.Join(codes, " or "))
	}
	if cameoActorCode(v) {
		if name == "addresseeCountry" {
			return "", errorf(CodeBadArgument, want+": for one addressed actor use addressee: with its name or ID", name, v)
		}
		return "", errorf(CodeBadArgument, want+": for a CAMEO actor code use nodes(code: %q)", name, v, v)
	}
	return "", errorf(CodeBadArgument, want+" (not a country of data/lexicons/countries.txt)", name, v)
}

// cameoActorCode reports whether v has the shape of a CAMEO actor code longer than a country's:
// a run of three-letter codes (CAMEO codebook, ch. 4: "CHNGOV", "USAMIL") whose first is a
// country code.
func cameoActorCode(v string) bool {
	u := strings.ToUpper(v)
	if len(u) <= 3 || len(u)%3 != 0 || !knownCountries()[u[:3]] {
		return false
	}
	for _, r := range u {
		if (r < 'A' || r > 'Z') && (r < '0' || r > '9') {
			return false
		}
	}
	return true
}

// codeArg reads nodes(code:), a CAMEO actor code prefix ("CHNGOV", "USALEG", "IGOUNO"): "" when
// absent or blank, else the trimmed value in upper case. CAMEO actor codes are runs of
// three-letter codes (CAMEO codebook, ch. 4), so a value must be 3 to 15 ASCII letters or
// digits; another is BAD_ARGUMENT naming it.
func codeArg(args map[string]any) (string, error) {
	v, _ := args["code"].(string)
	v = strings.ToUpper(strings.TrimSpace(v))
	if v == "" {
		return "", nil
	}
	ok := len(v) >= 3 && len(v) <= 15
	for _, r := range v {
		ok = ok && (r >= 'A' && r <= 'Z' || r >= '0' && r <= '9')
	}
	if !ok {
		return "", errorf(CodeBadArgument, "code must be a CAMEO actor code or its prefix such as \"CHNGOV\" (3 to 15 letters), got %q", v)
	}
	return v, nil
}

// KnownCountry reports whether code (upper case) is a country code an actor can have in a store:
// one of data/lexicons/countries.txt (see knownCountries). The load command checks curation
// country rules with it before storing them.
func KnownCountry(code string) bool { return knownCountries()[code] }
