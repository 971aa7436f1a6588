package loader

import (
	"fmt"
	"io"
	"runtime"
	"sort"
	"strings"
	"sync"

	"github.com/claimgraph/claimgraph/graph"
)

// Parse statistics (issue 13, speed; a bench facility, bench/parsestats): how many sentences the
// relations stage tags and parses, which caller or gate asked for each parse, and how many of the
// parsed sentences end with no relation or claim in the article's graph. Off unless
// Extractor.CountParses is called; when off the stages pay one nil test per sentence and parse.

// ParseStats accumulates the counts of every article an Extractor extracts after CountParses.
// Safe for concurrent extraction (each article's counts are added under a lock at its end).
type ParseStats struct {
	mu         sync.Mutex
	Articles   int
	Sentences  int // sentences of the articles
	Considered int // sentences frameRelations saw (not a headline, question or furniture)
	Gated      int // of those, sentences one of frameRelations' gates passed (they are tagged)
	Tagged     int // sentences tagged (parseSentenceNow ran at least once)
	TagRuns    int // parseSentenceNow runs (a sentence tagged, not parsed, then forced, is tagged twice)
	Parsed     int // sentences parsed
	ParsedToks int // parser tokens of the parsed sentences
	// per asker: the caller that first had the sentence parsed; for frameRelations, the gate
	// ("frames:tagged-cue" when the sentence passed cueCandidate and taggedCandidate, else
	// "frames:forced:" and the forcing gates)
	By map[string]*AskerCounts
	// Frames splits the parses frameRelations asked for by what the frames stage made of them:
	// Match not run (a parse for other rules), no match, matches but no relation candidate, candidates
	Frames map[string]*AskerCounts
	// Gates counts the gate combinations of the sentences frameRelations saw and gated, with the
	// taggedCandidate verdict (" tagged" / " untagged") and whether they were parsed
	Gates map[string]*AskerCounts
}

// AskerCounts is one row of ParseStats.By or ParseStats.Gates: sentences, their parser tokens,
// and how many of them end with a stance relation (any type but CLAIMS, MEMBER_OF, PART_OF), a
// claim only (CLAIMS), or neither in the article's graph.
type AskerCounts struct {
	Sentences, Toks, Stance, ClaimOnly, Neither int
}

// CountParses makes x count its parses into s (nil turns counting off). Not safe to call while
// x extracts.
func (x *Extractor) CountParses(s *ParseStats) { x.pstats = s }

// docParseStats is one article's record, per sentence.
type docParseStats struct {
	considered []bool
	gate       []string // frameRelations' gates of the sentence ("" when none passed)
	asker      []string // who had it parsed ("" when not parsed)
	tagged     []bool   // taggedCandidate's verdict, once tagged
	tagRuns    []int
	toks       []int
	matches    []int // 1 + frames.Match's matches when frameRelations asked for them, else 0
	rels       []int // relation candidates frameRelations made
}

func newDocParseStats(n int) *docParseStats {
	return &docParseStats{considered: make([]bool, n), gate: make([]string, n), asker: make([]string, n),
		tagged: make([]bool, n), tagRuns: make([]int, n), toks: make([]int, n), matches: make([]int, n), rels: make([]int, n)}
}

// noteGates records frameRelations' gates of sentence i.
func (p *docParseStats) noteGates(i int, cue, accuse, judge, voiced, violation bool) {
	p.considered[i] = true
	var g []string
	for _, x := range []struct {
		on   bool
		name string
	}{{cue, "cue"}, {accuse, "accuse"}, {judge, "judge"}, {voiced, "voiced"}, {violation, "violation"}} {
		if x.on {
			g = append(g, x.name)
		}
	}
	p.gate[i] = strings.Join(g, "+")
}

// noteRun records a run of parseSentenceNow on sentence i (force, and what it gave).
func (p *docParseStats) noteRun(i int, fs *frameSentence, tagged bool) {
	p.tagRuns[i]++
	p.tagged[i] = tagged
	if fs == nil || p.asker[i] != "" {
		return
	}
	p.toks[i] = len(fs.toks)
	p.asker[i] = parseAsker()
	if p.asker[i] == "frameRelations" {
		g := p.gate[i]
		if strings.HasPrefix(g, "cue") && tagged {
			p.asker[i] = "frames:tagged-cue"
		} else {
			p.asker[i] = "frames:forced:" + strings.TrimPrefix(strings.TrimPrefix(g, "cue"), "+")
		}
	}
}

// parseAsker names the first function on the stack outside the parse memo and its wrappers.
func parseAsker() string {
	pc := make([]uintptr, 16)
	n := runtime.Callers(3, pc)
	fr := runtime.CallersFrames(pc[:n])
	for {
		f, more := fr.Next()
		name := f.Function
		if i := strings.LastIndex(name, "."); i >= 0 {
			name = name[i+1:]
		}
		switch name {
		case "memoParse", "parseSentenceFor", "parseSentence", "parseSentenceNow", "noteRun", "Of", "claimParse":
		default:
			if name != "" {
				return name
			}
		}
		if !more {
			return "?"
		}
	}
}

// add adds the article's record to s, judging each sentence by g's evidence.
func (s *ParseStats) add(p *docParseStats, g *graph.ArticleGraph) {
	stance, claim := map[int]bool{}, map[int]bool{}
	if g != nil {
		for _, r := range g.Relations {
			for _, e := range r.Evidence {
				switch r.Type {
				case graph.Claims:
					claim[e.Sentence] = true
				case graph.MemberOf, graph.PartOf:
				default:
					stance[e.Sentence] = true
				}
			}
		}
	}
	s.mu.Lock()
	defer s.mu.Unlock()
	if s.By == nil {
		s.By, s.Gates, s.Frames = map[string]*AskerCounts{}, map[string]*AskerCounts{}, map[string]*AskerCounts{}
	}
	s.Articles++
	s.Sentences += len(p.gate)
	count := func(m map[string]*AskerCounts, k string, i int) {
		c := m[k]
		if c == nil {
			c = &AskerCounts{}
			m[k] = c
		}
		c.Sentences++
		c.Toks += p.toks[i]
		switch {
		case stance[i]:
			c.Stance++
		case claim[i]:
			c.ClaimOnly++
		default:
			c.Neither++
		}
	}
	for i := range p.gate {
		if p.considered[i] {
			s.Considered++
		}
		if p.gate[i] != "" {
			s.Gated++
			k := p.gate[i]
			if p.tagged[i] {
				k += " tagged"
			} else {
				k += " untagged"
			}
			if p.asker[i] != "" {
				k += ", parsed"
			}
			count(s.Gates, k, i)
		}
		if p.tagRuns[i] > 0 {
			s.Tagged++
			s.TagRuns += p.tagRuns[i]
		}
		if p.asker[i] != "" {
			s.Parsed++
			s.ParsedToks += p.toks[i]
			count(s.By, p.asker[i], i)
		}
		if p.asker[i] != "" && p.considered[i] {
			k := p.asker[i] + ": "
			switch {
			case p.matches[i] == 0:
				k += "Match not run"
			case p.matches[i] == 1:
				k += "no match"
			case p.rels[i] == 0:
				k += "matches, no relation candidate"
			default:
				k += "relation candidates"
			}
			count(s.Frames, k, i)
		}
	}
}

// Write prints s as Markdown tables.
func (s *ParseStats) Write(w io.Writer) {
	s.mu.Lock()
	defer s.mu.Unlock()
	pct := func(a, b int) string {
		if b == 0 {
			return "–"
		}
		return fmt.Sprintf("%.1f%%", 100*float64(a)/float64(b))
	}
	fmt.Fprintf(w, "%d articles, %d sentences; frameRelations saw %d, its gates passed %d\n", s.Articles, s.Sentences, s.Considered, s.Gated)
	fmt.Fprintf(w, "tagged %d (%s of sentences; %d tagging runs), parsed %d (%s of sentences, %s of the tagged; %d parser tokens)\n\n",
		s.Tagged, pct(s.Tagged, s.Sentences), s.TagRuns, s.Parsed, pct(s.Parsed, s.Sentences), pct(s.Parsed, s.Tagged), s.ParsedToks)
	table := func(title string, m map[string]*AskerCounts) {
		keys := make([]string, 0, len(m))
		for k := range m {
			keys = append(keys, k)
		}
		sort.Slice(keys, func(i, j int) bool {
			if m[keys[i]].Sentences != m[keys[j]].Sentences {
				return m[keys[i]].Sentences > m[keys[j]].Sentences
			}
			return keys[i] < keys[j]
		})
		fmt.Fprintf(w, "| %s | sentences | parser tokens | stance relation | claim only | neither |\n|---|---|---|---|---|---|\n", title)
		for _, k := range keys {
			c := m[k]
			fmt.Fprintf(w, "| %s | %d | %d | %d | %d | %d (%s) |\n", k, c.Sentences, c.Toks, c.Stance, c.ClaimOnly, c.Neither, pct(c.Neither, c.Sentences))
		}
		fmt.Fprintln(w)
	}
	table("parsed, by asker", s.By)
	table("gated by frameRelations, by gates", s.Gates)
	table("parsed and seen by frameRelations, by what frames made of them", s.Frames)
}
