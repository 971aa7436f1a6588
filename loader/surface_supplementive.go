package loader

import (
	"strings"

	docpkg "github.com/claimgraph/claimgraph/doc"
	"github.com/claimgraph/claimgraph/text"
)

// supplementiveIng reports a lower-case -ing word at k, after the comma that closes a reporting
// clause ("…, the ministry said, citing falling stocks", "…, the minister warned on Tuesday,
// deepening a row over …"): it opens a supplementive clause (or a participial preposition,
// "following talks"), whose implied subject is the matrix clause's (Quirk et al. 1985,
// 15.58-15.60), so the reporting clause, its speaker's noun phrase included, ends at the comma;
// the words after it are neither the speaker's appositive nor what was said. An auxiliary
// ("being") is no such opener.
func supplementiveIng(st *sent, k int) bool {
	if k >= len(st.Toks) {
		return false
	}
	t := st.Toks[k]
	return t.Kind == text.Word && !t.Cap && len(t.Lower) >= 6 && strings.HasSuffix(t.Lower, "ing") && !docpkg.AuxWords.Has(t.Lower)
}
