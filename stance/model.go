package stance

import (
	"fmt"
	"strings"
	"sync"

	stancedata "github.com/claimgraph/claimgraph/data/stance"
	"github.com/claimgraph/claimgraph/learn"
)

// None is the class of a candidate that states no stance (class 0 of every stance model).
const None = "NONE"

// Classes are the model's classes in order: None, then the six stance types of gold33.md.
var Classes = []string{None, "OPPOSES", "SUPPORTS", "DEMANDS", "THREATENS", "SANCTIONS", "OFFERS"}

// Model is a stance classifier: a learn.Model over Classes and its name for Evidence.rule.
type Model struct {
	*learn.Model
	Name string // "stance-model/v<version>"
}

var (
	defaultOnce  sync.Once
	defaultModel *Model
	defaultErr   error
)

// Default is the embedded model (data/stance/stance.model), loaded once per process. It returns
// an error wrapping learn.ErrFormat when the embedded bytes are no model, or when the model's
// classes are not Classes.
func Default() (*Model, error) {
	defaultOnce.Do(func() {
		defaultModel, defaultErr = Load(stancedata.Model)
	})
	return defaultModel, defaultErr
}

// Load decodes a stance model (learn's format) and checks its classes.
func Load(p []byte) (*Model, error) {
	m, err := learn.Load(p)
	if err != nil {
		return nil, err
	}
	if strings.Join(m.Classes, ",") != strings.Join(Classes, ",") {
		return nil, fmt.Errorf("%w: stance classes %v, want %v", learn.ErrFormat, m.Classes, Classes)
	}
	return &Model{Model: m, Name: fmt.Sprintf("stance-model/v%d", m.Version)}, nil
}

// Decision is a candidate the model gives a stance: its class, its margin over None (≥ the
// model's Threshold) and the features that raised it most.
type Decision struct {
	Cand   int // index into the candidates given to Decide
	Class  string
	Margin float64
	Why    []learn.Contribution
}

// Rule is the Evidence.rule of a decision: "<model name>:<class>:<feature>,<feature>,<feature>",
// the three features that contributed most to the class over None.
func (m *Model) Rule(d Decision) string {
	fs := make([]string, len(d.Why))
	for i, c := range d.Why {
		fs[i] = c.Feat
	}
	return m.Name + ":" + d.Class + ":" + strings.Join(fs, ",")
}

// Decide scores every candidate and keeps, for each holder, the best candidate of each stance
// class whose margin over None reaches the model's Threshold, in candidate order.
func (m *Model) Decide(cands []Candidate) []Decision {
	type key struct {
		holder int
		class  int
	}
	best := map[key]int{}
	var out []Decision
	for i, c := range cands {
		cl, margin := m.Predict(c.Feats, 0)
		if cl == 0 || margin < float64(m.Threshold) {
			continue
		}
		d := Decision{Cand: i, Class: Classes[cl], Margin: margin, Why: m.Explain(c.Feats, cl, 0, 3)}
		k := key{c.Holder, cl}
		if j, ok := best[k]; ok {
			if out[j].Margin < margin {
				out[j] = d
			}
			continue
		}
		best[k] = len(out)
		out = append(out, d)
	}
	return out
}
