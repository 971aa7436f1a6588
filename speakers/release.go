package speakers

import (
	"github.com/claimgraph/claimgraph/actors"
	"github.com/claimgraph/claimgraph/discourse"
	"github.com/claimgraph/claimgraph/doc"
	"github.com/claimgraph/claimgraph/graph"
	"github.com/claimgraph/claimgraph/text"
)

// HeadedReleaseBody returns the body that a release's heading line names as the subject of its
// headline after a heading noun and a colon ("Press Release: The Government of the Republic of
// Botswana is once again very alarmed by …", "Statement: The Ministry of Energy rejects …"), or
// nil. The heading noun (discourse's headings.txt) says the text is a released one, and a
// release's headline names its issuer as the subject of what the issuer does (AP Stylebook, "news
// release": the headline and first sentence carry the issuer's name and news), so its "we" outside
// quotations is that body's (rule coref:transcript-voice, as headerBody's "Statement from X").
// A person there is no body: nil, as is a headline whose first noun phrase is no actor
// ("Press Release: Floods close the northern roads").
func HeadedReleaseBody(d *doc.Doc) *doc.Entity {
	st := d.Sents[0]
	toks := st.Toks
	c := -1
	for k := 1; k < len(toks) && k <= 4; k++ {
		if toks[k].Text == ":" {
			c = k
			break
		}
		if !toks[k-1].Cap {
			return nil
		}
	}
	if c < 0 || c+1 >= len(toks) || !discourse.HeadingNounEnds(text.LowerWords(toks[:c])) {
		return nil
	}
	k := c + 1
	if toks[k].Lower == "the" {
		k++
	}
	m := actors.MentionAt(d, st, k)
	if m == nil || !doc.ActorKind(m.Ent) {
		return nil
	}
	switch b := m.Ent.Final(); b.Kind {
	case graph.Government, graph.Organization, graph.Country:
		return b
	}
	return nil
}

// LabelSelf returns the person the label of sentence s's turn names ("Sudhi Ranjan:", "MR
// MILLER:"), found as the mention inside the label span in the turn's labelled paragraph, or nil
// (no turn, no label, no mention there). A speaker refers to himself in the first person (Quirk
// et al. 1985, 6.4: "I" is the speaker), so a "he" or "she" of his turn outside quotation marks is
// someone else: resolvePronoun skips this entity for them ("Sir, Ana from Harbour Daily. … as he
// said, these are countermeasures" is not Ana's claim).
func LabelSelf(d *doc.Doc, s int) *doc.Entity {
	u := d.Sents[s].Unit
	if u == nil || u.Speaker.Empty() || u.Role != discourse.Question && u.Role != discourse.Turn && u.Role != discourse.Answer {
		return nil
	}
	for k := s; k >= 0 && k > s-80 && d.Sents[k].Unit != nil && d.Sents[k].Unit.Index == u.Index; k-- {
		st := d.Sents[k]
		for t, tk := range st.Toks {
			if tk.Start >= u.Speaker.Start && tk.End <= u.Speaker.End && st.Ment[t] >= 0 {
				if e := d.Mentions[st.Ment[t]].Ent.Final(); e.Kind == graph.Person {
					return e
				}
			}
		}
	}
	return nil
}

// releaseIssuer is the issuer of a release whose heading names no speaker (discourse rule
// title:release: "Press Release Regarding …", "Statement on …", "Press Statement"), whose "we"
// and whose unattributed judgements are the issuer's: the state of the page's publisher (a state
// body's outlet, publisherBody) or of its government domain (govHostCountry), else the state the
// release names as itself (selfReference: "Türkiye has consistently supported …", "our country
// Japan"), else the state of its place line (headerPlace: a release's dateline says where it was
// issued, AP Stylebook, "news release" and "datelines"). A release is issued by its publisher
// (AP Stylebook, "news release"); nil when no evidence names a state.
func releaseIssuer(d *doc.Doc, u *discourse.Unit) *doc.Entity {
	if _, c := d.OutletBody(); c != nil {
		return actors.CountryEntity(d, c)
	}
	if c := doc.GovHostCountry(d.Lx, d.C.Article.URL); c != nil {
		return actors.CountryEntity(d, c)
	}
	if c := actors.SelfReference(d, u); c != nil {
		return actors.CountryEntity(d, c)
	}
	if c := actors.HeaderPlace(d); c != nil {
		return actors.CountryEntity(d, c)
	}
	return nil
}
