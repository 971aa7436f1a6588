package frames

import (
	"bufio"
	"fmt"
	"os"
	"strings"
	"testing"
)

func TestZZProbe(t *testing.T) {
	p := os.Getenv("PROBE")
	if p == "" {
		t.Skip()
	}
	lx, sm := lexiconAndParser(t)
	f, _ := os.Open(p)
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		s := strings.TrimSpace(sc.Text())
		if s == "" || s[0] == '#' {
			continue
		}
		toks := parsed(sm, s)
		fmt.Println("##", s)
		if os.Getenv("TREE") != "" {
			for i, k := range toks {
				fmt.Printf("   %d %s %s/%s %s %d %s\n", i, k.Form, k.UPOS, k.XPOS, k.Lemma, k.Head, k.DepRel)
			}
		}
		for _, m := range lx.Match(toks) {
			w := func(i int) string {
				if i < 0 {
					return "-"
				}
				return toks[i].Form
			}
			fmt.Printf("   %s %s src=%s tgt=%s cont=%s mode=%s neg=%v scope=%s outer=%s %s\n", m.Type, w(m.Cue), w(m.Source), w(m.Target), w(m.Content), m.Mode, m.Negated, m.Scope, w(m.Outer), m.Rule)
		}
	}
}
