package doc

import "github.com/claimgraph/claimgraph/graph"

// Frames is what the stages below relations ask of the Extractor's parser resources: the
// lemmatizer (syntax.Lemmatizer), the cue-frames lexicon (frames.Lexicon, data/frames) and the
// part-of-speech tagger (syntax/tag). The actors read them for a few lexical tests (a headline's
// "Xs" as a verb of saying, a citing participle, a support verb, a cue noun's party
// preposition); the claims stage for its word classes (belief-adjective, report-noun) and to tag
// a turn's verbless fragment (claims/fragment.go). An interface, not the two types:
// frames and syntax sit above the document (they load the tagger, parser and lemmatizer), and
// doc imports only the floors under it (TestFloor). newDoc sets Doc.Frames from the Extractor;
// nil when it has no lemmatizer or no frames lexicon, so a caller tests Frames against nil
// before asking.
type Frames interface {
	// Lemma gives the lemma of form given its tags (syntax.Lemmatizer).
	Lemma(form, upos, xpos string) string
	// InClass reports lemma as a member of the lexicon's class (frames.Lexicon.InClass, cue-classes.txt).
	InClass(class, lemma string) bool
	// ClassType is the relation type a lemma of the kind codes (frames.Lexicon.ClassType).
	ClassType(kind, lemma string) graph.RelType
	// NounParty reports prep as attaching a party of the cue noun lemma (frames.Lexicon.NounParty).
	NounParty(lemma, prep string) bool
	// IsVerb reports lemma as a verb of the CAMEO verb dictionary (frames.Lexicon.IsVerb,
	// cameo-verbs.txt).
	IsVerb(lemma string) bool
	// Tag fills upos and xpos, each as long as forms, with the Universal and Penn part-of-speech
	// tags of the word forms (syntax/tag Model.Tag, the Extractor's syntax model's tagger).
	Tag(forms, upos, xpos []string)
}
