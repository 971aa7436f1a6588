package discourse

import "strings"

// exchangeNouns name a text that is an exchange of questions and answers, in its title ("Press
// conference by Foreign Minister X", "Prime Minister X, press conference, …"): the headings of
// the transcripts of government press conferences and briefings, the US State Department's
// "Press Availability", the UN's "Press Encounter" and "Media Stakeout", the Australian
// ministers' "Doorstop", and interviews.
var exchangeNouns = []string{"press conference", "news conference", "press briefing", "briefing",
	"interview", "press availability", "media availability", "press encounter", "stakeout", "doorstop"}

// exchangeTitle reports a title paragraph that names an exchange of questions and answers.
func (a *analyzer) exchangeTitle(titlePara int) bool {
	if titlePara < 0 {
		return false
	}
	t := " " + strings.ToLower(strings.Join(strings.Fields(a.paras[titlePara].Text), " ")) + " "
	for _, n := range exchangeNouns {
		if strings.Contains(t, " "+n+" ") || strings.Contains(t, " "+n+",") || strings.Contains(t, " "+n+"s ") {
			return true
		}
	}
	return false
}

// bareQuestion reports an unlabelled paragraph i of a transcript that labels no turn at all,
// under a title that names its speaker and an exchange (exchangeTitle), as a questioner's
// turn: a short paragraph in question form (dashQuestion: a final question mark, at most 60
// words) answered by the next paragraph, which is not one (Quirk et al. 1985 §11.2: a question
// seeks information from the hearer; the adjacency pair of question and answer, Schegloff &
// Sacks 1973). Such a transcript gives the principal's answers and the floor's questions in
// alternating plain paragraphs; a question of the floor states nothing of the principal.
func (a *analyzer) bareQuestion(i int) bool {
	if !a.dashQuestion(i) {
		return false
	}
	for j := i + 1; j < len(a.paras); j++ {
		if len(a.toks[j]) == 0 {
			continue
		}
		return !endsInQuestion(a.toks[j]) || quotedQuestion(a.toks[j])
	}
	return false
}

// BriefingHeading reports a heading line that names a briefing given by an office to the press
// (exchangeNouns but "interview": "Regular Press Conference of the Ministry of Foreign Affairs",
// "Spokesperson's press briefing, 4 February 2025", "Transcript of the weekly media briefing by
// …"): the publishers' titles of the transcripts whose "A:" turns are the office's answers (the
// PRC, Vietnamese and other foreign ministries' regular press conferences, the UN's noon
// briefing). An interview is one person's, never an office's.
func BriefingHeading(s string) bool {
	t := " " + strings.ToLower(strings.Join(strings.Fields(s), " ")) + " "
	for _, n := range exchangeNouns {
		if n == "interview" {
			continue
		}
		if strings.Contains(t, " "+n+" ") || strings.Contains(t, " "+n+",") || strings.Contains(t, " "+n+"s ") {
			return true
		}
	}
	return false
}
