package speakers

import (
	"strings"

	"github.com/claimgraph/claimgraph/discourse"
	"github.com/claimgraph/claimgraph/doc"
	"github.com/claimgraph/claimgraph/graph"
)

// bodyOfficeHolder resolves a title's speaker named by an office of a body alone ("Statement of
// the Secretary-General of the Commonwealth on …", "Statement by the Chairperson of the African
// Union Commission on …"; words in lower case) to the one person the document gives that office
// at that body (a role whose title is the office and whose body is org, the body the span
// names): the statement names its holder in its first sentence in apposition ("The
// Chairperson of the African Union Commission, X, condemns …", Quirk et al. 1985, 17.65) and
// speaks of him in the third person after it ("He urges …"), the convention of the statements
// international organizations issue in an office's name. The office is the span's words up to
// its "of"; nil when the span names no office of org, or when no person or two hold it.
// Unlike officeHolder, the holder may be named in the statement's own sentences: a statement in
// the third person names its own issuer.
func bodyOfficeHolder(d *doc.Doc, u *discourse.Unit, words []string, org *doc.Entity) *doc.Entity {
	if u.Rule != "title:speaker" || org == nil || len(words) < 4 || words[0] != "the" {
		return nil
	}
	var office []string
	for _, w := range words[1:] {
		if w == "of" {
			break
		}
		office = append(office, w)
	}
	key := strings.Join(office, " ")
	if len(office) == len(words)-1 || d.Lx.Titles[key] == nil && d.Lx.Titles[office[len(office)-1]] == nil {
		return nil
	}
	var found *doc.Entity
	for _, e := range d.Ents {
		if e.Merged != nil || e.Dropped || e.Kind != graph.Person {
			continue
		}
		for _, r := range e.Roles {
			if strings.EqualFold(r.Title, key) && r.Org != nil && r.Org.Final() == org.Final() {
				if found != nil && found != e {
					return nil
				}
				found = e
			}
		}
	}
	return found
}

// thirdPersonVoice reports a titled statement whose speaker is the holder of an office of a body
// (bodyOfficeHolder): such a statement speaks of its own issuer in the third person ("He urges
// all parties …"), so its "he"/"she" is the speaker, not someone else (ThirdPersonSelf).
func thirdPersonVoice(d *doc.Doc, u *discourse.Unit, sp *doc.Entity) bool {
	if u == nil || u.Rule != "title:speaker" || sp == nil || sp.Kind != graph.Person {
		return false
	}
	words := strings.Fields(strings.ToLower(u.Label))
	if len(words) == 0 {
		words = strings.Fields(strings.ToLower(d.Text(u.Speaker.Start, u.Speaker.End)))
	}
	for _, r := range sp.Final().Roles {
		if r.Org != nil && bodyOfficeHolder(d, u, words, r.Org) == sp.Final() {
			return true
		}
	}
	return false
}
