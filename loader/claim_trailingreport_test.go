package loader

import "testing"

// TestTrailingReport (issuer22, class L8): a that-clause inside a fronted participle or relative
// clause ends at the comma before the main clause's reporting subject and verb ("…, in which she
// argued that the bridge should close, Minister Ann Berg said:"), so the reported claim does not
// swallow the attribution; the colon block is the main speaker's. Near miss: a clause that runs
// to a verb that is no verb of saying keeps its words. Invented documents.
func TestTrailingReport(t *testing.T) {
	runCases(t, []exCase{
		{"relative clause before the main speaker", "Asked about a column quoting Senator Ola Dahl, in which she argued that the bridge should close, Minister Ann Berg said:\n\n" +
			"\"The government will keep the bridge open.\"",
			[]string{"CLAIMS Ola Dahl -> the bridge should close", "!CLAIMS Ola Dahl -> Ann Berg said", "CLAIMS Ann Berg -> keep the bridge open"}},
		{"near miss: no verb of saying at the end", "Senator Ola Dahl argued that the bridge should close, Minister Ann Berg disagreed.",
			[]string{"CLAIMS Ola Dahl -> the bridge should close, Minister Ann Berg disagreed"}},
	})
}
