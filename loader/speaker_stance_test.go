package loader

import (
	"testing"

	"github.com/claimgraph/claimgraph/speakers"
	"github.com/claimgraph/claimgraph/text"
)

// TestStanceShapes checks the surface tests of speaker_stance.go on invented sentences, each with
// a near miss that must not match.
func TestStanceShapes(t *testing.T) {
	sentOf := func(s string) *sent {
		return &sent{Toks: text.Tokenize([]rune(s), 0)}
	}
	at := func(st *sent, w string) int {
		for k, tk := range st.Toks {
			if tk.Lower == w {
				return k
			}
		}
		t.Fatalf("no %q in %q", w, st.S.Text)
		return -1
	}
	cases := []struct {
		name, text, cue string
		test            func(*sent, int) bool
		want            bool
	}{
		{"frame marker", "I just want to start by talking about our approach.", "want", func(s *sent, k int) bool { return speakers.FrameMarker(s, k) >= 0 }, true},
		{"frame marker, relative", "The last point I want to make is that we will defend our fleet.", "want", func(s *sent, k int) bool { return speakers.FrameMarker(s, k) >= 0 }, true},
		{"want of the world", "We want to make sure the quota is lifted.", "want", func(s *sent, k int) bool { return speakers.FrameMarker(s, k) >= 0 }, false},
		{"offer of talks", "We want to talk with Serrania about the quota.", "want", func(s *sent, k int) bool { return speakers.FrameMarker(s, k) >= 0 }, false},
		{"talk with someone", "I want to talk with the minister tomorrow.", "want", func(s *sent, k int) bool { return speakers.FrameMarker(s, k) >= 0 }, false},
		{"third party wants", "Serrania wants to talk about the quota.", "wants", func(s *sent, k int) bool { return speakers.FrameMarker(s, k) >= 0 }, false},
		{"courtesy: opportunity", "I appreciate the opportunity to testify today.", "appreciate", speakers.CourtesyCue, true},
		{"courtesy: your question", "We welcome your question on the fund.", "welcome", speakers.CourtesyCue, true},
		{"courtesy: this dialogue", "We look forward to continuing this dialogue.", "forward", speakers.CourtesyCue, true},
		{"stance: dialogue of others", "We welcome the dialogue between Osland and Serrania.", "welcome", speakers.CourtesyCue, false},
		{"stance: the audience's country", "We welcome your country's decision to join the talks.", "welcome", speakers.CourtesyCue, false},
		{"stance: an invitation to a summit", "We welcome the invitation to attend the summit in Veld.", "welcome", speakers.CourtesyCue, false},
		{"courtesy: this kind invitation", "I appreciate this kind invitation.", "appreciate", speakers.CourtesyCue, true},
		{"stance: a decision", "We appreciate the council's decision to extend the ceasefire.", "appreciate", speakers.CourtesyCue, false},
		{"limit: thanks across an appositive comma are not read", "We thank the Under-Secretary-General, Ms. Ada Ferro, for her detailed briefing.", "thank", speakers.CourtesyCue, false},
		{"courtesy: thanks for a turn, no comma", "We thank Envoy Ada Ferro for her detailed briefing.", "thank", speakers.CourtesyCue, true},
		{"courtesy: thanks for remarks", "I thanked the chair for his opening remarks.", "thanked", speakers.CourtesyCue, true},
		{"stance: thanks for support", "We thank Osland for its support of the fishing accord.", "thank", speakers.CourtesyCue, false},
		{"checking reports", "Our consulate is verifying the reports of arrests in Veld.", "verifying", speakers.CheckingReports, true},
		{"verifying an agreed act", "Monitors will verify the withdrawal of heavy weapons.", "verify", speakers.CheckingReports, false},
		{"referral", "I would refer you to the Commerce Ministry.", "refer", speakers.ReferralOfAudience, true},
		{"no referral", "The court will refer the case to the tribunal.", "refer", speakers.ReferralOfAudience, false},
		{"evidence verb", "It once again demonstrates that the principle is endorsed.", "demonstrates", speakers.EvidenceVerb, true},
		{"protest", "Workers demonstrated outside the embassy.", "demonstrated", speakers.EvidenceVerb, false},
	}
	for _, c := range cases {
		st := sentOf(c.text)
		st.S.Text = c.text
		if got := c.test(st, at(st, c.cue)); got != c.want {
			t.Errorf("%s: %q: got %v, want %v", c.name, c.text, got, c.want)
		}
	}
	for name, want := range map[string]bool{"your first one": true, "folks": true, "Everyone": true, "Serrania": false, "your country's fleet": false, "your question": true, "youth programs": false} {
		if speakers.AudienceTarget(name) != want {
			t.Errorf("audienceTarget(%q) = %v", name, !want)
		}
	}
}
