package lexicon

import (
	"fmt"
	"io/fs"
	"strings"

	"github.com/claimgraph/claimgraph/graph"
)

// USFederalFile lists United States federal agencies and the national party committees that the
// Phoenix dictionaries do not (see its header for the sources: the Federal Register's agency list,
// the US Government Manual, the FEC's register of party committees).
const USFederalFile = "lexicons/usfederal.txt"

// loadUSFederal adds the rows of usfederal.txt (name | kind | country | CAMEO code | other names)
// to the known actors of actors.txt, with their code. A name another known actor already has, an
// unknown country or a code that is not of that country is an *Error naming the line.
func loadUSFederal(fsys fs.FS, lx *Lexicons) error {
	rows, err := readLexicon(fsys, USFederalFile, 4, 5)
	if err != nil {
		return err
	}
	for _, r := range rows {
		a := &KnownActor{Name: r.fields[0], Kind: graph.Kind(strings.ToUpper(field(r, 1))), Country: strings.ToUpper(field(r, 2)),
			Code: strings.ToUpper(field(r, 3)), Aliases: splitList(field(r, 4))}
		if !a.Kind.IsActor() {
			return &Error{File: USFederalFile, Line: r.line, Msg: fmt.Sprintf("kind %q is not an actor kind", a.Kind)}
		}
		if lx.ByCode[a.Country] == nil {
			return &Error{File: USFederalFile, Line: r.line, Msg: "unknown country code " + a.Country}
		}
		if !strings.HasPrefix(a.Code, a.Country) || len(a.Code)%3 != 0 {
			return &Error{File: USFederalFile, Line: r.line, Msg: fmt.Sprintf("CAMEO code %q is not a code of %s", a.Code, a.Country)}
		}
		lx.Actors = append(lx.Actors, a)
		for _, n := range append([]string{a.Name}, a.Aliases...) {
			if o := lx.ActorByName[graph.NormalizeName(n)]; o != nil && o != a {
				return &Error{File: USFederalFile, Line: r.line, Msg: fmt.Sprintf("name %q already belongs to %q", n, o.Name)}
			}
			lx.ActorByName[graph.NormalizeName(n)] = a
			lx.Names.add(Keys(n), Entry{Kind: EntryActor, Actor: a, Caps: isCaps(n)})
			lx.Names.add(append([]string{"the"}, Keys(n)...), Entry{Kind: EntryActor, Actor: a, Caps: isCaps(n)})
		}
	}
	return nil
}
