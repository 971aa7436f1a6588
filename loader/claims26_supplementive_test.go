package loader

import "testing"

// TestClaims26Supplementive checks the session-26 readings of reporting clauses (claim_supplementive.go)
// on sentences written for them (none from PolNeAR or an evaluation set): the implied subject of a
// supplementive ", saying/telling …" clause after a matrix verb no lexicon lists (Quirk et al.
// 1985, 15.58-15.59), the recipient of "tell" before the message (VerbNet tell-37.2), and "tell X
// to V" as a directive (Quirk et al. 1985, 16.63).
func TestClaims26Supplementive(t *testing.T) {
	runCases(t, []exCase{
		{"supplementive -ing clause: the matrix subject says it", "Mayor Carla Whitmore toured the flooded district on Sunday, saying the levees had held better than expected.",
			[]string{"rule CLAIMS Carla Whitmore -> levees had held = speech:reported+supplementive"}},
		{"after a dash, past an object that is a name", "Governor Theo Brandt criticized Elena Vargas on Monday \u2013 saying that her plan would bankrupt the pension fund.",
			[]string{"CLAIMS Theo Brandt -> bankrupt the pension fund", "!CLAIMS Elena Vargas"}},
		{"the subject past a relative clause", "Sen. Ruth Kiley, who faces a primary challenge next spring, withdrew her support for the bill, saying it would hurt small farms.",
			[]string{"CLAIMS Ruth Kiley -> hurt small farms"}},
		{"telling + recipient + clause without that: the message after the recipient", "Representative Ana Ruiz split with her party on Thursday, telling a local newspaper she would not back the tax plan.",
			[]string{"CLAIMS Ana Ruiz -> would not back the tax plan", "!CLAIMS Ana Ruiz -> local newspaper"}},
		{"a participle postmodifying a noun (acl) has no matrix subject", "Farmers blocked the highway outside the ministry, waving banners saying the quotas were unfair.",
			[]string{"!CLAIMS -> quotas were unfair"}},
		{"a participle with a noun-phrase object reports nothing", "Governor Theo Brandt spent the morning at the fair, telling stories about his childhood.",
			[]string{"!CLAIMS Theo Brandt"}},
		{"told + recipient + clause: the recipient is no part of the message", "Council member Paul Reyes told the Tribune the budget had no room for new hires.",
			[]string{"CLAIMS Paul Reyes -> budget had no room", "!CLAIMS Paul Reyes -> Tribune"}},
		{"told X to V is a directive, no claim", "Mayor Carla Whitmore told the police chief to reopen the bridge by Friday.",
			[]string{"!CLAIMS Carla Whitmore"}},
		{"told X that CLAUSE stays a claim", "Mayor Carla Whitmore told the police chief that the bridge would reopen by Friday.",
			[]string{"CLAIMS Carla Whitmore -> bridge would reopen by Friday"}},
		{"told + recipient + colon + quotation: the teller's words", "Mayor Carla Whitmore told the council: \u201cWe cannot afford another year of delays on the bridge.\u201d",
			[]string{"rule CLAIMS Carla Whitmore -> another year of delays = quote:before+recipient"}},
		{"a participle telling + recipient + comma + quotation: the matrix subject's words", "Governor Theo Brandt toured the plant on Friday, telling workers, \u201cThese jobs are staying in this state for good.\u201d",
			[]string{"CLAIMS Theo Brandt -> jobs are staying"}},
		{"a quotation after 'told' + a noun that is no object of it is no recipient reading", "Mayor Carla Whitmore told the story of the flood in 1998, \u201cthe worst week of my life,\u201d at the dinner.",
			[]string{"!rule CLAIMS Carla Whitmore -> worst week = quote:before+recipient"}},
	})
}
