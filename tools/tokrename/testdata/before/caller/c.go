package caller

import (
	"github.com/claimgraph/claimgraph/loader"
)

// A file that named the loader only for its Document loses the import.
func doc() loader.Document { return loader.Document{Text: "x"} }
