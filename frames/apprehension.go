package frames

// apprehension is the modality.txt class of nouns of anxious concern (concern, anxiety, alarm,
// unease …) that cue-classes.txt's follow/watch/monitor lines require in their with-phrase ("is
// following the floods with great anxiety": CAMEO.2.0.txt FOLLOW * EVENTS (WITH CONCERN)).
// Registered here, beside the class list of lexicon.go, so that the class file can name it.
func init() { wordClasses["apprehension"] = true }
