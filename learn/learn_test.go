package learn

import (
	"bytes"
	"errors"
	"fmt"
	"testing"
)

// toy is a separable three-class problem: the class is named by one of the features, the
// others are noise shared by all classes.
func toy() ([]Example, []string) {
	classes := []string{"NONE", "A", "B"}
	var ex []Example
	for i := 0; i < 300; i++ {
		label := i % 3
		f := []string{fmt.Sprintf("noise=%d", i%7), fmt.Sprintf("other=%d", i%5)}
		switch label {
		case 1:
			f = append(f, "word=against")
		case 2:
			f = append(f, "word=for")
		}
		ex = append(ex, Example{Feats: f, Label: label})
	}
	return ex, classes
}

func TestTrainSeparates(t *testing.T) {
	ex, classes := toy()
	m := Train(ex, classes, Options{Epochs: 5, Seed: 1, Bits: 12})
	for _, c := range []struct {
		feats []string
		want  int
	}{{[]string{"word=against", "noise=3"}, 1}, {[]string{"word=for", "other=2"}, 2}, {[]string{"noise=1"}, 0}} {
		if got, _ := m.Predict(c.feats, 0); got != c.want {
			t.Errorf("Predict(%v) = %s, want %s", c.feats, classes[got], classes[c.want])
		}
	}
	ex1 := m.Explain([]string{"noise=3", "word=against"}, 1, 0, 2)
	if len(ex1) == 0 || ex1[0].Feat != "word=against" {
		t.Errorf("Explain: %v, want word=against first", ex1)
	}
}

func TestDeterministicBytes(t *testing.T) {
	ex, classes := toy()
	a, _ := Train(ex, classes, Options{Epochs: 3, Seed: 7, Bits: 10, Data: "toy"}).MarshalBinary()
	b, _ := Train(ex, classes, Options{Epochs: 3, Seed: 7, Bits: 10, Data: "toy"}).MarshalBinary()
	if !bytes.Equal(a, b) {
		t.Fatal("same data, same seed: different model bytes")
	}
}

func TestRoundTrip(t *testing.T) {
	ex, classes := toy()
	m := Train(ex, classes, Options{Epochs: 3, Seed: 2, Bits: 10, Version: 4, Data: "toy set"})
	m.Threshold = 1.5
	p, err := m.MarshalBinary()
	if err != nil {
		t.Fatal(err)
	}
	l, err := Load(p)
	if err != nil {
		t.Fatal(err)
	}
	if l.Version != 4 || l.Bits != 10 || l.Data != "toy set" || len(l.Classes) != 3 || l.Classes[2] != "B" || l.Threshold != 1.5 {
		t.Fatalf("header lost: %+v", l)
	}
	f := []string{"word=for", "noise=2"}
	if fmt.Sprint(l.Score(f)) != fmt.Sprint(m.Score(f)) {
		t.Errorf("scores differ after loading: %v vs %v", l.Score(f), m.Score(f))
	}
}

func TestLoadRejects(t *testing.T) {
	ex, classes := toy()
	p, _ := Train(ex, classes, Options{Epochs: 1, Seed: 2, Bits: 8}).MarshalBinary()
	for name, bad := range map[string][]byte{
		"magic":     append([]byte("XXXX"), p[4:]...),
		"truncated": p[:len(p)-3],
		"trailing":  append(append([]byte(nil), p...), 0),
		"empty":     nil,
	} {
		if _, err := Load(bad); !errors.Is(err, ErrFormat) {
			t.Errorf("%s: err %v, want ErrFormat", name, err)
		}
	}
}
