package loader

import "testing"

// A descriptor noun opening a sentence before a name (openingDescriptor, actor_bodies.go):
// "Carmaker Zorvex" is "the carmaker Zorvex". Invented sentences.
func TestOpeningDescriptorBeforeName(t *testing.T) {
	runCases(t, []exCase{
		{"descriptor then an unknown name", "Carmaker Zorvex welcomed the new tariff plan.",
			[]string{"ORGANIZATION Zorvex", "!actor Carmaker Zorvex", "SUPPORTS Zorvex -> tariff plan"}},
		{"descriptor then a two-word name", "Insurer Halvard Mutual opposed the levy.",
			[]string{"ORGANIZATION Halvard Mutual", "!actor Insurer Halvard Mutual"}},
		{"a name head noun opens a name", "Union Pacific opposed the levy.",
			[]string{"ORGANIZATION Union Pacific"}},
		{"a descriptor-like word before a lone given name names no organization", "Trader Marco's opposed the levy.",
			[]string{"!ORGANIZATION Marco"}},
		{"a title before a person stays a title", "Economist Lena Varga opposed the levy.",
			[]string{"PERSON Lena Varga"}},
	})
}
