package main

import (
	"sort"
)

// PairCount is the number of back- or cross-edge call sites from one stage to another.
type PairCount struct {
	From, To, Kind string
	Sites          int
	Pairs          int // distinct caller → callee pairs
	Edges          []*Edge
	// Structural counts the sites whose callee touches a mutable field of the document (itself
	// or through a callee): cutting those needs a new data flow, not only a move.
	Structural, StructuralPairs int
}

// Summary holds the headline figures of a report.
type Summary struct {
	Files, Lines, Funcs, DocMethods, Liftable, Sites int
	DocFields, MultiWriterFields, MultiPhaseFields   int
	MultiWriterNames, MultiPhaseNames                []string
	SubMultiWriter, SubRewritten                     int
	NeverSet                                         []string
	WritersPerField                                  map[int]int // number of writing stages → fields
	BackSites, BackPairs, CrossSites, CrossPairs     int
	BackStructural, BackStructuralPairs              int
	CrossStructural, CrossStructuralPairs            int
	Pairs                                            []*PairCount
	WordLists, WordEntries, WordStrings              int // package-level word lists
	ExtractionLists, ExtractionEntries               int // … used by a stage on the segment floor or above
	Tables, TableEntries, TableStrings               int // other package-level composite literals
	LocalLists, LocalEntries                         int
	StringSwitches, SwitchStrings                    int
	StrLitsByStage                                   map[string]int
}

func (r *Report) summary() *Summary {
	s := &Summary{WritersPerField: map[int]int{}, StrLitsByStage: map[string]int{}}
	s.Files = len(r.Lines)
	for _, n := range r.Lines {
		s.Lines += n
	}
	for _, fn := range r.Funcs {
		if isVar(fn) {
			continue
		}
		s.Funcs++
		if fn.DocMethod {
			s.DocMethods++
			if !fn.Stateful {
				s.Liftable++
			}
		}
		s.StrLitsByStage[stageName(fn.Stage)] += fn.StrLits
	}
	s.Sites = len(r.Edges)
	s.DocFields = r.DocFields
	for _, f := range r.Fields[:r.DocFields] {
		w := r.writerStages(f)
		s.WritersPerField[len(w)]++
		if len(w) == 0 {
			s.NeverSet = append(s.NeverSet, f.Name)
		}
		if len(w) > 1 {
			s.MultiWriterFields++
			s.MultiWriterNames = append(s.MultiWriterNames, f.Name)
		}
		if len(f.WritePhases) > 1 {
			s.MultiPhaseFields++
			s.MultiPhaseNames = append(s.MultiPhaseNames, f.Name)
		}
	}
	for _, f := range r.Fields[r.DocFields:] {
		if len(r.writerStages(f)) > 1 && len(f.WriteBy) > 1 {
			s.SubMultiWriter++
		}
		if len(r.rewriters(f)) > 0 {
			s.SubRewritten++
		}
	}
	byPair := map[[2]string]*PairCount{}
	distinct := map[[2]*Func]bool{}
	for _, e := range r.Edges {
		k := r.Cfg.edgeKind(e.From.Stage, e.To.Stage)
		if k != "back" && k != "cross" {
			continue
		}
		key := [2]string{e.From.Stage, e.To.Stage}
		pc := byPair[key]
		if pc == nil {
			pc = &PairCount{From: e.From.Stage, To: e.To.Stage, Kind: k}
			byPair[key] = pc
			s.Pairs = append(s.Pairs, pc)
		}
		pc.Sites++
		pc.Edges = append(pc.Edges, e)
		st := e.To.Stateful
		d := [2]*Func{e.From, e.To}
		if !distinct[d] {
			distinct[d] = true
			pc.Pairs++
			if st {
				pc.StructuralPairs++
			}
			if k == "back" {
				s.BackPairs++
				if st {
					s.BackStructuralPairs++
				}
			} else {
				s.CrossPairs++
				if st {
					s.CrossStructuralPairs++
				}
			}
		}
		if st {
			pc.Structural++
		}
		if k == "back" {
			s.BackSites++
			if st {
				s.BackStructural++
			}
		} else {
			s.CrossSites++
			if st {
				s.CrossStructural++
			}
		}
	}
	sort.Slice(s.Pairs, func(i, j int) bool {
		a, b := s.Pairs[i], s.Pairs[j]
		if a.Sites != b.Sites {
			return a.Sites > b.Sites
		}
		if a.From != b.From {
			return a.From < b.From
		}
		return a.To < b.To
	})
	for _, pc := range s.Pairs {
		sort.Slice(pc.Edges, func(i, j int) bool { return posLess(pc.Edges[i], pc.Edges[j]) })
	}
	for _, l := range r.Literals {
		switch {
		case l.Local:
			s.LocalLists++
			s.LocalEntries += l.Entries
		case l.WordList:
			s.WordLists++
			s.WordEntries += l.Entries
			s.WordStrings += l.Strings
			if r.extraction(l) {
				s.ExtractionLists++
				s.ExtractionEntries += l.Entries
			}
		case l.Entries >= 3 && l.Strings > 0:
			s.Tables++
			s.TableEntries += l.Entries
			s.TableStrings += l.Strings
		}
	}
	for _, sw := range r.Switches {
		if sw.Strings >= minSwitchStrings {
			s.StringSwitches++
			s.SwitchStrings += sw.Strings
		}
	}
	return s
}

// minSwitchStrings is the smallest string switch the report lists as a word list in code.
const minSwitchStrings = 5

func isVar(fn *Func) bool { return len(fn.Key) > 4 && fn.Key[:4] == "var " }

func stageName(s string) string {
	if s == "" {
		return "unassigned"
	}
	return s
}

// writerStages lists, sorted, the stages that set a field (assignment, element set, append,
// delete, clear, copy, sort), or when none does, the stages that construct it with the field
// set: a field that only constructors fill has those as its writers.
//
// The document's constructor (Config.AllocStage) allocates empty maps and slices that stages
// fill: it counts as a writer only of a field no other stage sets.
func (r *Report) writerStages(f *Field) []string {
	ws := sortedKeys(f.WriteBy)
	if len(ws) == 0 {
		ws = sortedKeys(f.InitBy)
	}
	if len(ws) > 1 && r.Cfg.AllocStage != "" {
		out := ws[:0:0]
		for _, s := range ws {
			if s != r.Cfg.AllocStage {
				out = append(out, s)
			}
		}
		ws = out
	}
	return ws
}

func sortedKeys[V any](m map[string]V) []string {
	out := make([]string, 0, len(m))
	for k := range m {
		out = append(out, k)
	}
	sort.Strings(out)
	return out
}

func posLess(a, b *Edge) bool {
	if a.Pos.Filename != b.Pos.Filename {
		return a.Pos.Filename < b.Pos.Filename
	}
	return a.Pos.Line < b.Pos.Line
}

// upReads lists, for each field of the package's structs, the stages that read it although a
// stage on a higher floor writes it: data flowing down the floors, against the pipeline.
type upRead struct {
	Field   *Field
	Reader  string
	Writers []string
	Sites   int
}

func (r *Report) upReads() []upRead {
	var out []upRead
	for _, f := range r.Fields {
		ws := r.writerStages(f)
		for _, rd := range sortedKeys(f.ReadBy) {
			var higher []string
			for _, w := range ws {
				if r.Cfg.edgeKind(rd, w) == "back" {
					higher = append(higher, w)
				}
			}
			if len(higher) > 0 {
				out = append(out, upRead{Field: f, Reader: rd, Writers: higher, Sites: f.ReadBy[rd]})
			}
		}
	}
	return out
}

// moveCandidate is a function that touches no mutable document state and every caller of which
// lives in one stage on a lower floor: moving it down to them cuts its back-edges and changes no
// data flow.
type moveCandidate struct {
	Fn *Func
	To string
}

func (r *Report) moveCandidates() []moveCandidate {
	roots := map[string]bool{}
	for _, ph := range r.Cfg.Phases {
		for _, k := range ph.Roots {
			roots[k] = true
		}
	}
	var out []moveCandidate
	for _, fn := range r.Funcs {
		if isVar(fn) || roots[fn.Key] || fn.Stage == "" || fn.Stateful {
			continue
		}
		stages := map[string]bool{}
		for _, e := range fn.Callers {
			if e.From != fn && !isVar(e.From) {
				stages[stageName(e.From.Stage)] = true
			}
		}
		if len(stages) != 1 {
			continue
		}
		to := sortedKeys(stages)[0]
		if r.Cfg.edgeKind(to, fn.Stage) == "back" {
			out = append(out, moveCandidate{fn, to})
		}
	}
	return out
}

// rewriters lists the stages that set a field after every stage that constructs it, on a higher
// floor: a later stage rewriting an earlier one's output.
func (r *Report) rewriters(f *Field) []string {
	var cons []string
	for _, c := range sortedKeys(f.InitBy) {
		if c != r.Cfg.AllocStage {
			cons = append(cons, c)
		}
	}
	if len(cons) == 0 {
		return nil
	}
	var out []string
	for _, w := range sortedKeys(f.WriteBy) {
		above := true
		for _, c := range cons {
			if r.Cfg.edgeKind(c, w) != "back" {
				above = false
			}
		}
		if above {
			out = append(out, w)
		}
	}
	return out
}

// variantCounts are the back- and cross-edge counts of the same code under another placement.
type variantCounts struct {
	Name                                   string
	Back, BackPairs, BackStructural, Cross int
}

// edgeCounts counts back- and cross-edges with every function placed by cfg.
func (r *Report) edgeCounts(name string, cfg Config) variantCounts {
	vc := variantCounts{Name: name}
	stage := map[*Func]string{}
	for _, fn := range r.Funcs {
		stage[fn] = cfg.funcStage(fn.Key, fn.File)
	}
	seen := map[[2]*Func]bool{}
	for _, e := range r.Edges {
		switch cfg.edgeKind(stage[e.From], stage[e.To]) {
		case "back":
			vc.Back++
			if e.To.Stateful {
				vc.BackStructural++
			}
			if k := [2]*Func{e.From, e.To}; !seen[k] {
				seen[k] = true
				vc.BackPairs++
			}
		case "cross":
			vc.Cross++
		}
	}
	return vc
}

// extraction reports a literal used by a stage on the segment floor or above (the stages issue 13
// rebuilds), as opposed to reading, cleaning, tokenizing and lexicon loading.
func (r *Report) extraction(l *Literal) bool {
	seg, ok := r.Cfg.stage("segment")
	if !ok {
		return false
	}
	for s := range l.Stages {
		if st, ok := r.Cfg.stage(s); ok && st.Floor >= seg.Floor {
			return true
		}
	}
	return false
}
