package loader

import "testing"

// TestFrames24CitingParticiple (issue 13, frames24): an -ing verb opening a phrase set off by
// commas after the subject is a supplementive participle clause whose object is the noun after
// it (wire_split.go; Quirk et al. 1985, 15.58-15.60), not a participial adjective: ", citing
// Palestinian health officials," cites them. "quoting X" cites X (cue-classes.txt quote).
func TestFrames24CitingParticiple(t *testing.T) {
	frames19Cases(t, []struct{ text, want string }{
		{"Human Rights Watch, citing witness accounts, said soldiers had burned the village.", "CITES Human Rights Watch -> witness accounts"},
		{"The BBC, citing hospital officials, reported that ten people were injured.", "CITES BBC -> hospital officials"},
		{"Reuters, quoting two Western diplomats, said the talks had stalled.", "CITES Reuters -> two Western diplomats"},
		{"The agency, quoting the health ministry, said the outbreak was contained.", "CITES agency -> health ministry"},
	})
}

// TestFrames24StrongPast (issue 13, frames24): the simple past of a strong verb ("drew",
// "froze"), which is no noun, read as a noun after the subject is the predicate even when a
// relative clause or a mistagged word holds a finite verb later (wire_pastform.go); a past
// form that is also a noun ("cut") is left as tagged then.
func TestFrames24StrongPast(t *testing.T) {
	frames19Cases(t, []struct{ text, want string }{
		{"The plan drew fierce criticism from Brazil, which called it reckless.", "OPPOSES Brazil -> plan"},
		{"Sweden froze development aid to Zambia over the crackdown on opposition rallies.", "SANCTIONS Sweden -> development aid"},
	})
}

// TestFrames24AppositiveTarget (issue 13, frames24): a target description that names no actor,
// with an actor's name in apposition, is that actor (Quirk et al. 1985, 17.65), not after a
// content clause on the noun.
func TestFrames24AppositiveTarget(t *testing.T) {
	frames19Cases(t, []struct{ text, want string }{
		{"Iranian authorities arrested a French academic, Roland Marchal, in Tehran.", "SANCTIONS Iranian authorities -> Roland Marchal"},
		{"The Treasury sanctioned an Iranian airline, Mahan Air, on Friday.", "SANCTIONS Treasury -> Mahan Air"},
	})
	// not after a content clause, and not when the name follows another noun than the anchor
	// ("in Lima, Peru": the place)
	frames19Cases(t, []struct{ text, want string }{
		{"Madrid firmly rejects any idea that Catalonia could secede, Prime Minister Pedro Sanchez told reporters.", "OPPOSES Spain -> idea"},
		{"Chile condemned the bombing in Lima, Peru.", "OPPOSES Chile -> bombing"},
	})
}

// TestFrames24ClassFixes (issue 13, frames24): approve supports (PLOVER SUPPORT "approve
// policy", cue-classes.txt); "in favour of" + -ing clause takes the clause (frames argOf: an acl
// marked by the preposition); a gift's to-phrase recipient is the offer's target before a
// for-phrase of purpose (money.go); an organization's name the parser made the head of a flat
// person name is a premodifier of the person (flatPersonHead).
func TestFrames24ClassFixes(t *testing.T) {
	frames19Cases(t, []struct{ text, want string }{
		{"Kenya's parliament approved the finance bill.", "SUPPORTS Parliament (Kenya) -> finance bill"},
		{"The Danish parliament voted in favour of extending the mission.", "SUPPORTS Parliament (Denmark) -> extending the mission"},
		{"Qatar pledged $20 million in aid to Lebanon for its army.", "OFFERS Qatar -> Lebanon"},
		{"NATO Secretary-General Mark Rutte praised Finland for its defence spending.", "SUPPORTS Mark Rutte -> Finland"},
	})
}

// TestFrames24PluralSubjectThat (issue 13, frames24): "Officials in Seoul worry that …" with the
// verb read as a noun after the place name (syntax/retag PluralSubjectVerbBeforeThat): the verb
// of fearing or believing scopes its clause, so the act in it is not asserted; a verb of demand
// so read demands.
func TestFrames24PluralSubjectThat(t *testing.T) {
	frames19Cases(t, []struct{ text, want string }{
		{"Farmers in Punjab demand that the government raise prices.", "DEMANDS farmers in Punjab -> government"},
	})
	frames21Forbidden(t, []struct{ text, not string }{
		{"Analysts in Ankara worry that Athens might expel the envoys.", "!THREATENS Greece"},
		{"Economists in Tokyo doubt that Beijing will lift the ban.", "!OFFERS China"},
	})
}

// TestFrames24PrefixedAdjective (issue 13, frames24): "anti-dumping" read as a verb form made
// "duties" the object of an infinitive; an anti-/pro-/non- word before a noun is an adjective
// (syntax/retag PrefixedAdjective, Quirk et al. 1985, Appendix I.21-I.22).
func TestFrames24PrefixedAdjective(t *testing.T) {
	frames19Cases(t, []struct{ text, want string }{
		{"India slapped anti-dumping duties on Vietnamese solar panels.", "SANCTIONS India -> Vietnamese solar panels"},
		{"Canada imposed anti-subsidy duties on Chinese aluminium.", "SANCTIONS Canada -> Chinese aluminium"},
	})
}
