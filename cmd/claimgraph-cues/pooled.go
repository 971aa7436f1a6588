package main

import (
	"fmt"
	"strings"
)

// Pooled reductions. The CAMEO codebook defines REDUCE RELATIONS by what is reduced, not by the
// verb: 160 "reduce relations", 161 "reduce or break diplomatic relations", 162 "reduce or stop
// material aid", 163 "impose embargo, boycott, or sanctions", 164 "halt negotiations", 166 "expel
// or withdraw" (PLOVER SANCTION: "all reductions in normal, routine, or cooperative relations").
// CAMEO.2.0.txt lists the objects pattern by pattern and block by block, so a noun coded under
// one verb of reducing is missing under its synonyms: FREEZE * AID and SEPARATE * ASSISTANCE are
// 162, but "halted assistance" (CANCEL) and "froze cooperation" (FREEZE) are nothing. The
// generator pools them: a bare object (no subject, phrase or prepositional group; a particle
// allowed) that a donor block codes 16x is coded the same under every receiving block that has
// no pattern of its own for that noun. Donors are the blocks of ending, cutting, withholding and
// banning (PROHIBIT * IMPORTS 163: "halted imports" is the embargo "banned imports" is);
// receivers only the blocks whose verbs end or suspend their object (CANCEL: end, halt, stop,
// suspend, terminate, cease, discontinue, call off …; FREEZE), never SEPARATE ("split the party")
// or CONFINE ("held talks"), whose verbs have other senses with these objects. A pooled row names
// the donor pattern's line.
//
// One sub-code has no pattern at all: 165 "halt mediation" (PLOVER SANCTION "terminate mediation
// activities"). Its object is the dictionary's own &MEDIATION set (mediation, arbitration,
// conciliation), pooled the same way and naming the set's line (codebookSets).
var (
	reductionDonors    = map[string]bool{"CANCEL": true, "FREEZE": true, "SEPARATE": true, "CONFINE": true, "PROHIBIT": true}
	reductionReceivers = map[string]bool{"CANCEL": true, "FREEZE": true}
)

// unpooled are donor objects that keep to their donor: CONFINE's "RESTRICT * SALES" [163] is an
// authority restricting others' sales, while "halted sales" under a CANCEL verb is most often a
// seller stopping its own ("Apple halted sales of the phone"), no reduction of relations.
var unpooled = map[string]bool{"sales": true}

// codebookSets are CAMEO 16 sub-codes the dictionary has no pattern for, with the dictionary set
// that names their object.
var codebookSets = []struct{ set, code string }{{"MEDIATION", "165"}}

// Stopped aid. The codebook's 162 "reduce or stop material aid" ("cut or stop economic,
// military, humanitarian aid") is the end of the aid that root 07 "provide aid" codes; the
// dictionary names material aid most fully where it is resumed: the RESTART block's bare objects
// coded 070 "provide aid", 071 "economic aid" and 072 "military aid" ("RESUME * LENDING" [071],
// "- * AIRLIFT" [070]). Stopped by a receiving block's verb ("suspended lending to Uganda") such
// an object is the 162 reduction, pooled as a donor's 16x object is, naming the RESTART line. (Its
// 073 object EMERGENCY names the situation, not the aid: "ended the emergency" stops no aid.)
var (
	resumption = "RESTART"
	resumedAid = map[string]bool{"070": true, "071": true, "072": true}
)

// pooledObject is one object head a donor block codes 16x: its code and the donor's line.
type pooledObject struct {
	head, code string
	line       int
}

// bareObjectHeads returns the object heads of pattern p when it is a bare one-word object (no
// subject, no preposition; its synonym sets expanded), else none; errors name the source line.
func bareObjectHeads(d *dictionary, p pattern) ([]string, error) {
	r := renderPattern(p)
	if len(r.subject) > 0 || len(r.preps) > 0 || len(r.noun) != 1 || len(r.noun[0]) != 1 {
		return nil, nil
	}
	row, err := expandRow(r, d.Sets)
	if err != nil {
		return nil, fmt.Errorf("CAMEO.2.0.txt:%d: %v", p.Line, err)
	}
	return strings.Split(row.object, "|"), nil
}

// pooledReductions returns the donors' 16x bare-object heads in dictionary order, one per head:
// the most specific code (the longest) wins, then the first.
func pooledReductions(d *dictionary) ([]pooledObject, error) {
	var out []pooledObject
	at := map[string]int{}
	for _, b := range d.Blocks {
		if !reductionDonors[b.Name] {
			continue
		}
		for _, p := range b.Patterns {
			primary, _, _ := strings.Cut(p.Code, ":")
			if !strings.HasPrefix(primary, "16") {
				continue
			}
			heads, err := bareObjectHeads(d, p)
			if err != nil {
				return nil, err
			}
			for _, h := range heads {
				if unpooled[h] {
					continue
				}
				i, ok := at[h]
				if !ok {
					at[h] = len(out)
					out = append(out, pooledObject{h, primary, p.Line})
				} else if len(primary) > len(out[i].code) {
					out[i] = pooledObject{h, primary, p.Line}
				}
			}
		}
	}
	for _, b := range d.Blocks {
		if b.Name != resumption {
			continue
		}
		for _, p := range b.Patterns {
			primary, _, _ := strings.Cut(p.Code, ":")
			if !resumedAid[primary] {
				continue
			}
			heads, err := bareObjectHeads(d, p)
			if err != nil {
				return nil, err
			}
			for _, h := range heads {
				if _, ok := at[h]; !ok {
					at[h] = len(out)
					out = append(out, pooledObject{h, "162", p.Line})
				}
			}
		}
	}
	for _, c := range codebookSets {
		s := d.Sets[c.set]
		if s == nil {
			return nil, undefinedSet(c.set)
		}
		for _, x := range s.Phrases {
			h := x[strings.LastIndexByte(x, ' ')+1:]
			if _, ok := at[h]; !ok {
				at[h] = len(out)
				out = append(out, pooledObject{h, c.code, s.Line})
			}
		}
	}
	return out, nil
}

// ownObjects are the object heads a pattern of b names bare, whatever its code. A head the block
// names only inside a longer phrase ("CANCEL * {MILITARY COOPERATION}" 1622) is not its own: the
// pattern holds for that phrase alone, and the bare head under a verb of ending ("ended its
// cooperation with Sweden") is the donor's reduction (FREEZE * COOPERATION 160), as for a head
// the block lacks.
func ownObjects(b *block, sets map[string]*synSet) map[string]bool {
	own := map[string]bool{}
	for _, p := range b.Patterns {
		row, err := expandRow(renderPattern(p), sets)
		if err != nil || row.phrase != "" {
			continue
		}
		for _, h := range strings.Split(row.object, "|") {
			own[h] = true
		}
	}
	return own
}
