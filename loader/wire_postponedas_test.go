package loader

import "testing"

// TestPostponedAsObject (issue 13, frames29b): a verb of describing or regarding whose long
// object is postponed after its as-complement (Quirk et al. 1985, 18.39, end-weight) judges that
// object as with the usual order; a complement that is a noun phrase, or an object before the
// complement, is left to the ordinary rules.
func TestPostponedAsObject(t *testing.T) {
	runCases(t, []exCase{
		{"dismissed as baseless X's charge", "Lima on Monday dismissed as baseless Quito's charge that it had armed the rebels.",
			[]string{"OPPOSES Peru -> Quito's charge that it had armed the rebels"}},
		{"coordinated complement, no actor in the object", `Ghana's defence ministry rubbished as "false" and "malicious" a report printed in a weekly on Friday.`,
			[]string{"OPPOSES Defence Ministry -> report printed in a weekly"}},
		{"reject as", "Kenya's interior ministry rejected as baseless the claim that its officers had fired on protesters.",
			[]string{"OPPOSES Interior Ministry -> claim"}},
		{"positive complement", "Chile's foreign ministry described as fair the ruling of the tribunal in The Hague.",
			[]string{"SUPPORTS Foreign Ministry -> ruling of the tribunal"}},
		{"near miss: the usual order", "Chile's foreign ministry described the ruling as fair.",
			[]string{"SUPPORTS Foreign Ministry -> ruling"}},
		{"near miss: a noun complement names a role", "Police in Lima described as a suspect a man seen near the Chilean embassy.",
			[]string{"!OPPOSES Police -> man seen near the Chilean embassy", "!SUPPORTS Police -> man seen near the Chilean embassy"}},
	})
}

// TestFalsityJudgement (issue 13, frames29b): a predicate of falsity ("untrue", "without
// foundation": frames groundless.go) said of a claim noun denies the claim, which is the target
// whoever made it (modality.txt denied-claim); on another noun it judges nothing, and "without"
// with another noun is no judgement.
func TestFalsityJudgement(t *testing.T) {
	runCases(t, []exCase{
		{"without foundation", "Peru's foreign minister told parliament that Bolivia's charges against the two attaches were without foundation.",
			[]string{"OPPOSES Peru -> Bolivia's charges against the two attaches"}},
		{"untrue, no author named", "Kenya's interior ministry said the allegations were untrue.",
			[]string{"OPPOSES Interior Ministry -> allegations"}},
		{"near miss: without delay", "Kenya's interior ministry said the talks would resume without delay.",
			[]string{"!OPPOSES Interior Ministry -> talks"}},
		{"near miss: a forged document, no claim", "Kenya's interior ministry said the passports the men carried were false.",
			[]string{"!OPPOSES Interior Ministry -> passports"}},
	})
}
