package schema

import (
	"regexp"
	"slices"
	"strings"

	"github.com/graphql-go/graphql"
	"github.com/graphql-go/graphql/gqlerrors"
)

// enumFound is graphql-go's message for a value that is not one of an enum's, in an argument
// literal (`Expected type "RelationType", found OPPOSE.`) or a variable (`… found "OPPOSE".`).
var enumFound = regexp.MustCompile(`Expected type "(\w+)", found "?(\w+)"?\.`)

// suggestEnumValues adds "Did you mean OPPOSES?" to each error about an unknown enum value, with
// the enum's values close to it (closeNames), as the command line suggests flags and commands
// (nu18 finding A20: `types: [OPPOSE]` got graphql-go's bare "Expected type" message); the
// suggestions also go to extensions.suggestions. A value close to none is answered with the
// enum's values instead ("Allowed values: DAY, MONTH, QUARTER, WEEK, YEAR.", sorted, also in
// extensions.allowed; nu20 finding A3: interval: YEAR named none). Other errors are left as they are.
func suggestEnumValues(sch *graphql.Schema, errs []gqlerrors.FormattedError) {
	for i := range errs {
		var all, allowed []string
		for _, m := range enumFound.FindAllStringSubmatch(errs[i].Message, -1) {
			e, ok := sch.Type(m[1]).(*graphql.Enum)
			if !ok {
				continue
			}
			var names []string
			for _, v := range e.Values() {
				names = append(names, v.Name)
			}
			for _, s := range closeNames(m[2], names) {
				if !slices.Contains(all, s) {
					all = append(all, s)
				}
			}
			for _, n := range names {
				if !slices.Contains(allowed, n) {
					allowed = append(allowed, n)
				}
			}
		}
		if len(all) == 0 {
			if len(allowed) > 0 {
				slices.Sort(allowed) // graphql-go holds an enum's values in a map
				errs[i].Message += " Allowed values: " + strings.Join(allowed, ", ") + "."
				if errs[i].Extensions == nil {
					errs[i].Extensions = map[string]any{}
				}
				errs[i].Extensions["allowed"] = allowed
			}
			continue
		}
		errs[i].Message += " Did you mean " + strings.Join(all, " or ") + "?"
		if errs[i].Extensions == nil {
			errs[i].Extensions = map[string]any{}
		}
		errs[i].Extensions["suggestions"] = all
	}
}

// closeNames are the names close to s, in their order: equal but for case, a prefix of s or s a
// prefix of them (at least 3 letters), or within Levenshtein distance 2 ignoring case — the rule
// cobra's SuggestionsFor applies to the command line's commands and flags.
func closeNames(s string, names []string) []string {
	low := strings.ToLower(s)
	var out []string
	for _, n := range names {
		ln := strings.ToLower(n)
		switch {
		case ln == low,
			len(low) >= 3 && (strings.HasPrefix(ln, low) || strings.HasPrefix(low, ln)),
			levenshtein(low, ln) <= 2:
			out = append(out, n)
		}
	}
	return out
}

// levenshtein is the edit distance between a and b (insertions, deletions, substitutions of
// bytes; enum names are ASCII).
func levenshtein(a, b string) int {
	prev := make([]int, len(b)+1)
	cur := make([]int, len(b)+1)
	for j := range prev {
		prev[j] = j
	}
	for i := 1; i <= len(a); i++ {
		cur[0] = i
		for j := 1; j <= len(b); j++ {
			cost := 1
			if a[i-1] == b[j-1] {
				cost = 0
			}
			cur[j] = min(prev[j]+1, cur[j-1]+1, prev[j-1]+cost)
		}
		prev, cur = cur, prev
	}
	return prev[len(b)]
}
