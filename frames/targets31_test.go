package frames

import (
	"strings"
	"testing"

	"github.com/claimgraph/claimgraph/graph"
	"github.com/claimgraph/claimgraph/syntax/conllu"
)

// TestComplexPrepositionStance (targets31): a stance noun heading an in-phrase on a verb ("voted
// in favour of", "came out in opposition to") is a complex preposition (Quirk et al. 1985,
// 9.10–9.13), no prepositional object of the verb: the noun's frame carries the stance and the
// verb's own reading of the noun as its target (with the verb's bare type) goes. Must-nots: an
// in-phrase that names no stance, a plain prepositional verb, and the noun's own relation.
func TestComplexPrepositionStance(t *testing.T) {
	checkMatches(t, []matchCase{
		{"The city council voted in favour of the harbour plan.", graph.Offers, "*", "*", "", false, anyMatch},
		{"The city council voted in favour of the harbour plan.", graph.Supports, "council", "plan", "noun-adjunct", true, anyMatch},
		{"The farmers' union came out in opposition to the levy on Monday.", graph.Supports, "*", "*", "", false, anyMatch},
		{"The farmers' union came out in opposition to the levy on Monday.", graph.Opposes, "union", "levy", "noun-adjunct", true, anyMatch},
		{"The dockers walked out in solidarity with the miners.", graph.Supports, "*", "solidarity", "", false, anyMatch},
		// must-nots
		{"The governor came out against the levy.", graph.Opposes, "governor", "levy", "frames:verb:", true, anyMatch},
		{"The senator voted for the harbour plan.", graph.Supports, "senator", "plan", "", true, anyMatch},
	})
}

// TestCommentClauseTarget (targets31): a reporting clause after a quotation is a comment clause
// (Quirk et al. 1985, 15.53), not the complement of the quoted verb; a prepositional phrase inside
// the quotation marks that the parser hangs on the reporting verb is the quoted verb's. Must-not:
// a reported clause under its verb of saying keeps its own target.
func TestCommentClauseTarget(t *testing.T) {
	// the parser's misreading, by hand: "said" the complement of "opposed", and the quoted
	// to-phrase hung on "said"
	const tree = "1\t\"\t\"\tPUNCT\t``\t_\t4\tpunct\t_\t_\n" +
		"2\tNorway\tNorway\tPROPN\tNNP\t_\t4\tnsubj\t_\t_\n" +
		"3\tfirmly\tfirmly\tADV\tRB\t_\t4\tadvmod\t_\t_\n" +
		"4\topposes\toppose\tVERB\tVBZ\t_\t0\troot\t_\t_\n" +
		"5\tto\tto\tADP\tIN\t_\t7\tcase\t_\t_\n" +
		"6\twhaling\twhaling\tNOUN\tNN\t_\t7\tcompound\t_\t_\n" +
		"7\tquotas\tquota\tNOUN\tNNS\t_\t11\tobl\t_\t_\n" +
		"8\t,\t,\tPUNCT\t,\t_\t7\tpunct\t_\t_\n" +
		"9\t\"\t\"\tPUNCT\t''\t_\t7\tpunct\t_\t_\n" +
		"10\tBerg\tBerg\tPROPN\tNNP\t_\t11\tnsubj\t_\t_\n" +
		"11\tsaid\tsay\tVERB\tVBD\t_\t4\tccomp\t_\t_\n" +
		"12\t.\t.\tPUNCT\t.\t_\t4\tpunct\t_\t_\n"
	s, err := conllu.NewReader(strings.NewReader(tree+"\n"), "comment-clause").Next()
	if err != nil {
		t.Fatal(err)
	}
	lx, err := Default()
	if err != nil {
		t.Fatal(err)
	}
	toks := FromCoNLLU(s)
	got := ""
	for _, m := range lx.Match(toks) {
		if m.Type == graph.Opposes {
			got = form(toks, m.Source) + "→" + form(toks, m.Target) + " " + m.Rule
		}
	}
	if want := "Norway→quotas frames:verb:cameo@7348+comment-clause"; !strings.HasPrefix(got, "Norway→quotas") || !strings.HasSuffix(got, "+comment-clause") || !lx.KnownRule(strings.TrimPrefix(got, "Norway→quotas ")) {
		t.Errorf("OPPOSES %q, want %q;%s", got, want, describe(toks, lx.Match(toks)))
	}
	checkMatches(t, []matchCase{
		// must-nots
		{"The envoy said Norway opposed the whaling quotas.", graph.Opposes, "Norway", "quotas", "", true, anyMatch},
		{"\"We oppose the whaling quotas,\" the envoy said.", graph.Opposes, "We", "quotas", "", true, anyMatch},
	})
}

// TestOfferedRetaliation (targets31): an offer, promise, pledge or vow of retaliation, or of a
// response to another's coercive measure or attack, announces it (CAMEO.2.0.txt ANNOUNCE *
// RETALIATION and WARN * (OF RESPONSE) [130]; cue-classes.txt offer/promise/pledge/vow lines):
// THREATENS. Must-nots: a response to a letter or a question, and an offer of help.
func TestOfferedRetaliation(t *testing.T) {
	checkMatches(t, []matchCase{
		{"Ankara will offer a firm response to the new Swiss tariffs.", graph.Threatens, "Ankara", "response", "class/verb/offer", true, anyMatch},
		{"Ankara will offer a firm response to the new Swiss tariffs.", graph.Offers, "*", "*", "", false, anyMatch},
		{"The militia vowed a harsh response to any raid on the camp.", graph.Threatens, "militia", "response", "", true, anyMatch},
		{"The cabinet offered swift retaliation.", graph.Threatens, "cabinet", "retaliation", "", true, anyMatch},
		// must-nots
		{"The ministry promised a response to the petition.", graph.Threatens, "*", "*", "", false, anyMatch},
		{"The spokesman offered a response to the question.", graph.Threatens, "*", "*", "", false, anyMatch},
		{"Peru offered help to the flood victims.", graph.Offers, "Peru", "help", "", true, anyMatch},
	})
}

// TestRetaliationParty (targets31): a sanction noun naming no one it hits that a party's
// retaliation or response answers (modality.txt retaliation) hits that party (OED retaliation n.
// "returning like for like, esp. injury for injury"). Must-nots: a response another party only
// comments on, and a measure that names its own target.
func TestRetaliationParty(t *testing.T) {
	checkMatches(t, []matchCase{
		{"Ankara is preparing a response to the Swiss tariffs.", graph.Sanctions, "Swiss", "Ankara", "+retaliation-party", true, anyMatch},
		{"Caracas vowed retaliation for the Colombian sanctions.", graph.Sanctions, "Colombian", "Caracas", "+retaliation-party", true, anyMatch},
		{"Pretoria retaliated against the new Zambian tariffs.", graph.Sanctions, "Zambian", "Pretoria", "+retaliation-party", true, anyMatch},
		// must-nots
		{"Chile criticized the response to the Peruvian sanctions.", graph.Sanctions, "*", "Chile", "", false, anyMatch},
		{"Ankara is preparing a response to the Swiss tariffs on Turkish steel.", graph.Sanctions, "*", "Ankara", "", false, anyMatch},
	})
}

// TestAgreementToRestrict (targets31): "reached an agreement to impose sanctions" is "agreed to
// impose sanctions" (modality.txt enact agreement, decision; CAMEO.2.0.txt AGREE * (TO
// SANCTIONS) [163]): the sanction is the agreer's act (the noun's support verb, oper1, gives its
// subject; a time on-phrase is no addressee), and reaching the agreement offers nothing. Must-nots:
// an agreement to cooperate stays an offer, and opposing an agreement to impose makes no one
// impose.
func TestAgreementToRestrict(t *testing.T) {
	checkMatches(t, []matchCase{
		{"The bloc reached an agreement on Monday to impose new sanctions on Belarus.", graph.Sanctions, "bloc", "Belarus", "", true, onlyOwn},
		{"The bloc reached an agreement on Monday to impose new sanctions on Belarus.", graph.Offers, "*", "*", "", false, anyMatch},
		// must-nots
		{"The two ministries reached an agreement to cooperate on fisheries.", graph.Offers, "ministries", "agreement", "", true, anyMatch},
		{"The dockers opposed the agreement to impose tariffs on Peruvian copper.", graph.Sanctions, "dockers", "*", "", false, anyMatch},
	})
}

// TestMessageAddressee (targets31): a verb whose object is the message it conveys ("sent a
// message to X", CAMEO.2.0.txt SEND * MESSAGE [130]) is aimed at the message's recipient, the
// prepositional indirect object (Quirk et al. 1985, 10.6). Must-nots: an object that is no
// message ("sent troops to the border" names a destination), and a message with no recipient.
func TestMessageAddressee(t *testing.T) {
	checkMatches(t, []matchCase{
		{"\"We once again send this firm message to the Japanese side: Korea will not yield,\" the envoy said.", graph.Threatens, "We", "side", "+message-addressee", true, anyMatch},
		{"\"We once again send this firm message to the Japanese side: Korea will not yield,\" the envoy said.", graph.Threatens, "*", "message", "", false, anyMatch},
		// must-nots
		{"The junta sent tanks to the border.", graph.Threatens, "*", "border", "+message-addressee", false, anyMatch},
		{"Tehran sent a clear message.", graph.Threatens, "Tehran", "message", "", true, anyMatch},
	})
}
