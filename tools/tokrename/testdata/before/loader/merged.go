package loader

import "strings"

// keys names the package lexicon without importing it, as a merge leaves a file whose import
// block came from the branch and whose body from main: the file gets the import.
func keys(s string) []string { return lexicon.Keys(strings.TrimSpace(s)) }
