// Package text is the bottom floor of the loader's extraction (docs/layout/plan.md step 8,
// docs/extraction-layout.md): the tokenizer and the predicates over tokens and words that every
// stage reads. It depends on the standard library alone; the loader's document (sentences,
// mentions, quotations) and the lexicons sit above it, so nothing here takes a sentence or a
// lexicon table — a caller passes the tokens (sent.toks) or the table (a stop list) it needs.
//
// Offsets are Unicode code points into the cleaned article text, as everywhere in claimgraph.
package text
