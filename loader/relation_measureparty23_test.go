package loader

import "testing"

// TestMeasurePartyCoordinated (fixnu23b, issue 13 nu22 C5): coordinated nationality premodifiers
// each name a party (Quirk 13.72, 7.36), a demonym the tagger read as a proper noun before a
// noun is the adjective (wire_demonymadj.go), and a freeze of property hits its owner (CAMEO 163
// FREEZE * ASSET; modality.txt property). Near misses: a freeze of a country's own aid names the
// donor; a demonym that is a noun with its determiner; a comma-detached -ing clause stays out of
// the target. "froze" right after a name is the past tense whatever its tag (wire_pastform.go).
// A list of three with commas ("Peruvian, Bolivian and Argentine") the parser reads as an
// apposition: left.
func TestMeasurePartyCoordinated(t *testing.T) {
	runCases(t, []exCase{
		{"coordinated demonyms before goods", "Kenya banned imports of Ugandan and Tanzanian sugar.", []string{
			"rule SANCTIONS Kenya -> Uganda = frames:verb:cameo@8342+measure-party", "rule SANCTIONS Kenya -> Tanzania = frames:verb:cameo@8342+measure-party", "SANCTIONS Kenya -> imports of Ugandan and Tanzanian sugar"}},
		{"two demonyms and a classifying adjective", "Chile banned imports of Peruvian and Bolivian industrial machinery.", []string{
			"rule SANCTIONS Chile -> Peru = frames:verb:cameo@8342+measure-party", "rule SANCTIONS Chile -> Bolivia = frames:verb:cameo@8342+measure-party"}},
		{"owner of frozen assets, froze after a name", "Canada froze Iranian state assets held in Canadian banks.", []string{
			"rule SANCTIONS Canada -> Iran = frames:verb:cameo@2029+measure-party", "!SANCTIONS Canada -> Canada"}},
		{"owner of frozen funds in an amount", "Norway froze two billion kroner of Syrian government funds.", []string{
			"rule SANCTIONS Norway -> Syria = frames:verb:cameo@2027+measure-party"}},
		{"detached -ing clause out of the target", "Kenya banned imports of Ugandan sugar, citing fraud.", []string{
			"rule SANCTIONS Kenya -> Uganda = frames:verb:cameo@8342+measure-party", "!SANCTIONS Kenya -> sugar, citing fraud"}},
		// near misses
		{"near miss: aid names the donor", "Kenya suspended German aid to the province.", []string{
			"!rule SANCTIONS Kenya -> Germany = frames:verb:cameo"}},
		{"near miss: a demonym noun with its determiner", "Kenya praised the Ugandans.", []string{
			"!SANCTIONS Kenya -> Uganda"}},
	})
}
