package schema

import (
	"bufio"
	"strings"
	"sync"

	"github.com/claimgraph/claimgraph/data"
)

// knownCountries is the set of country codes an actor can have in a store: the ISO 3166-1
// alpha-3 codes of data/lexicons/countries.txt (the second field), from which the loader takes
// every Node.Country and, for stores written before Country existed, the three-letter Code of a
// country or government (graph.Node.ActorCountry). CAMEO writes a state's actor code with the same
// ISO 3166-1 alpha-3 code (CAMEO codebook, ch. 4: "CHN", "USA"). Read once per process.
var knownCountries = sync.OnceValue(func() map[string]bool {
	set := map[string]bool{}
	f, err := data.FS.Open("lexicons/countries.txt")
	if err != nil {
		return set // the embedded file is part of the build: an empty set refuses every code
	}
	defer f.Close()
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		line := strings.TrimSpace(sc.Text())
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		if fs := strings.Split(line, "|"); len(fs) > 1 {
			if c := strings.ToUpper(strings.TrimSpace(fs[1])); c != "" {
				set[c] = true
			}
		}
	}
	return set
})

// countryArg reads a country argument (nodes(country:), relations(sourceCountry:, targetCountry:,
// country:)): "" when absent or blank, else the trimmed value, which must be a country code of
// knownCountries in any case. Another value is BAD_ARGUMENT naming the argument and the value,
// instead of a silent empty answer (new-user finding 12: country: "CHNGOV" returned 0); a CAMEO
// actor code is pointed to nodes(code:).
func countryArg(args map[string]any, name string) (string, error) {
	v, _ := args[name].(string)
	v = strings.TrimSpace(v)
	if v == "" || knownCountries()[strings.ToUpper(v)] {
		return v, nil
	}
	if len(v) > 3 && knownCountries()[strings.ToUpper(v[:3])] {
		return "", errorf(CodeBadArgument, "%s must be an ISO 3166-1 alpha-3 / CAMEO country code such as \"CHN\", got %q: for a CAMEO actor code use nodes(code: %q)", name, v, v)
	}
	return "", errorf(CodeBadArgument, "%s must be an ISO 3166-1 alpha-3 / CAMEO country code such as \"CHN\", got %q (not a country of data/lexicons/countries.txt)", name, v)
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
