// The quotation type is the package doc's (doc/quote.go since restruct10, fields exported, each
// naming its writing stage); the loader keeps the name through an alias.

package loader

import docpkg "github.com/claimgraph/claimgraph/doc"

// quote is one quotation, possibly over several sentences and paragraphs (doc.Quote).
type quote = docpkg.Quote
