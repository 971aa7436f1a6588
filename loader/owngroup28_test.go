package loader

import (
	"testing"

	"github.com/claimgraph/claimgraph/graph"
)

// TestSpeakerOwnGroup (speech28): the possessive in a reported clause refers to the speaker, so
// the forces or body of the organization the speaker leads or is ("his fighters", "its
// guerrillas", "his party") announce the organization's act (relation_owngroup.go). Must not: a
// third party's forces, a belief, negation ("said it would not …") and a question.
func TestSpeakerOwnGroup(t *testing.T) {
	runSpeechCases(t, []speechCase{
		{"Hamas leader Khaled Meshaal said his fighters would attack Ashkelon if the siege continued.", "Hamas", "Ashkelon", graph.Threatens, ownGroupRule, true},
		{"Hamas leader Khaled Meshaal said his movement would never recognise Israel.", "Hamas", "Israel", graph.Opposes, ownGroupRule, true},
		{"The Taliban said its fighters would attack the Kandahar airbase.", "Taliban", "airbase", graph.Threatens, ownGroupRule, true},
		// must not
		{"Hamas leader Khaled Meshaal said Israeli soldiers would attack Gaza City.", "Hamas", "", graph.Threatens, "", false},
		{"Hamas believes Israeli soldiers will attack Gaza City.", "Hamas", "", graph.Threatens, "", false},
		{"The Taliban said its fighters would not attack the Kandahar airbase.", "Taliban", "", graph.Threatens, "", false},
		{"Would his fighters attack Ashkelon, Hamas leader Khaled Meshaal was asked.", "Hamas", "", graph.Threatens, "", false},
	})
}

// TestBodyOfficeGroupSpeaker (speech28): an unnamed group of a state body's office-holders,
// named by nationality, body and office ("a Russian foreign ministry spokeswoman"), speaks for its
// state (speakers.BodyOfficeGroup), so the state's reported act is its own announcement. Must
// not: another state's act, a body outside the state's sectors, and "would not".
func TestBodyOfficeGroupSpeaker(t *testing.T) {
	runSpeechCases(t, []speechCase{
		{"A Turkish foreign ministry spokesman said Ankara would expel the Dutch ambassador.", "Turkey", "ambassador", graph.Threatens, bodyOfficeRule, true},
		{"An Iranian military spokesman said Tehran would retaliate against any Israeli strike.", "Iran", "", graph.Threatens, "", true},
		// must not
		{"A Turkish foreign ministry spokesman said Athens would expel the Dutch ambassador.", "Greece", "", graph.Threatens, "", false},
		{"A Turkish farmers union spokesman said Ankara would expel the Dutch ambassador.", "Turkey", "", graph.Threatens, "", false},
		{"A Turkish foreign ministry spokesman said Ankara would not expel the Dutch ambassador.", "Turkey", "", graph.Threatens, "", false},
	})
}
