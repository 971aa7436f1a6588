package loader

import (
	"strings"
	"testing"

	"github.com/claimgraph/claimgraph/graph"
)

// unseenFamilies is a set of invented news-style sentences written on branch relcl before any
// code changed, in the five families that score worst on material no one here has read:
// (a) relative clauses around the stance's source or verb, or a stance verb inside a relative
// clause about an actor; (b) descriptive actors ("a Kenyan court", "opposition lawmakers in
// Peru"); (c) CITES ("citing", "pointing to", "referred to", "invoked"); (d) DEMANDS and OPPOSES
// (reject) phrasing; (e) datelines and appositives. Each sentence is its own article. A gold
// line is "TYPE src1|src2 -> target": the relation holds for type and source when a relation of
// TYPE has a source node whose name or an alias contains one of the source phrases
// (case-insensitive), and in full when its target's label also contains the target phrase. The
// gold was written with the sentences and is not to be changed to suit the extractor.
var unseenFamilies = []struct {
	family, text string
	want         []string
}{
	// (a) relative clauses
	{"relcl", "Ghana's finance ministry, which oversees the national budget, rejected the IMF's call for new taxes.", []string{"OPPOSES Ghana|finance ministry -> call"}},
	{"relcl", "Vietnam's foreign ministry, which rarely comments on maritime incidents, condemned the seizure of a fishing boat.", []string{"OPPOSES Vietnam|foreign ministry -> seizure"}},
	{"relcl", "Argentine President Javier Milei, whose government faces mass protests, demanded that Congress pass the reform package.", []string{"DEMANDS Milei -> reform"}},
	{"relcl", "The party that won the Senegalese election called for the release of political prisoners.", []string{"DEMANDS party -> release"}},
	{"relcl", "Thailand, which has threatened to close its border, urged Myanmar to stop the fighting.", []string{"DEMANDS Thailand -> fighting", "THREATENS Thailand -> border"}},
	{"relcl", "Kenyan lawmakers, who voted against the finance bill last year, rejected the new tax proposal.", []string{"OPPOSES Kenya|lawmakers -> tax"}},
	{"relcl", "The union, which represents 40,000 miners in Chile, threatened to strike next week.", []string{"THREATENS union -> strike"}},
	{"relcl", "Norway condemned the attack on the convoy, which killed 12 aid workers in Sudan.", []string{"OPPOSES Norway -> attack"}},
	{"relcl", "Pakistan, whose army has fought militants along the border, accused Afghanistan of sheltering the Taliban.", []string{"OPPOSES Pakistan -> Afghanistan"}},
	{"relcl", "The European Commission, which enforces EU competition law, fined Google 2.4 billion euros.", []string{"SANCTIONS European Commission -> Google"}},
	{"relcl", "Indonesia welcomed the agreement that ended the fishing dispute with Malaysia.", []string{"SUPPORTS Indonesia -> agreement"}},
	{"relcl", "Mexico rejected the plan that Washington proposed to deport migrants to third countries.", []string{"OPPOSES Mexico -> plan"}},
	{"relcl", "Egypt, which brokered previous truces, offered to host new talks between Israel and Hamas.", []string{"OFFERS Egypt -> talks"}},
	{"relcl", "The opposition coalition, which boycotted the vote, demanded a recount in Zimbabwe.", []string{"DEMANDS coalition -> recount"}},
	{"relcl", "Hezbollah, which has threatened to retaliate for the killing of its commander, fired rockets at northern Israel.", []string{"THREATENS Hezbollah -> retaliat"}},
	{"relcl", "Analysts criticised Venezuela, which has refused to publish the vote tallies.", []string{"OPPOSES Venezuela -> publish"}},
	{"relcl", "New sanctions were imposed on Iran, which has rejected the demands of UN inspectors.", []string{"OPPOSES Iran -> demands"}},

	// (b) descriptive actors
	{"descr", "A Kenyan court blocked the government's plan to deploy police to Haiti.", []string{"OPPOSES court -> plan"}},
	{"descr", "Opposition lawmakers in Peru rejected the president's proposal to dissolve Congress.", []string{"OPPOSES lawmakers -> proposal"}},
	{"descr", "The country's largest union demanded higher wages for public workers in Nigeria.", []string{"DEMANDS union -> wages"}},
	{"descr", "A group of Gulf states condemned the attack on a tanker in the Red Sea.", []string{"OPPOSES Gulf -> attack"}},
	{"descr", "Farmers in India demanded guaranteed prices for their crops.", []string{"DEMANDS farmers -> prices"}},
	{"descr", "Human rights groups in Egypt condemned the arrest of the journalist.", []string{"OPPOSES rights groups -> arrest"}},
	{"descr", "A South African court ordered the government to restore power to hospitals.", []string{"DEMANDS court -> power"}},
	{"descr", "Several European governments criticised the new asylum rules.", []string{"OPPOSES governments -> asylum"}},
	{"descr", "Ukraine's main opposition party backed the peace proposal.", []string{"SUPPORTS opposition party -> peace"}},
	{"descr", "Environmental activists in Germany protested against the new coal mine.", []string{"OPPOSES activists -> coal"}},
	{"descr", "Senior military officers in Myanmar rejected calls for a ceasefire.", []string{"OPPOSES officers -> ceasefire"}},
	{"descr", "A coalition of African nations supported Morocco's bid to host the summit.", []string{"SUPPORTS coalition -> bid"}},
	{"descr", "Brazilian prosecutors charged the former president with plotting a coup.", []string{"SANCTIONS prosecutors -> president"}},

	// (c) CITES
	{"cite", "The World Bank cited rising debt levels in its decision to cut Zambia's growth forecast.", []string{"CITES World Bank -> debt"}},
	{"cite", "Chile's central bank, pointing to data from the statistics agency, raised interest rates.", []string{"CITES central bank -> data"}},
	{"cite", "The Indian government referred to a 2019 court ruling when it defended the ban.", []string{"CITES India -> ruling"}},
	{"cite", "Amnesty International cited witness accounts of mass arrests in Iran.", []string{"CITES Amnesty -> witness"}},
	{"cite", "The Philippines invoked the 2016 arbitration ruling against China's claims.", []string{"CITES Philippines -> arbitration"}},
	{"cite", "Poland pointed to intelligence reports of Russian sabotage plans.", []string{"CITES Poland -> intelligence"}},
	{"cite", "Japan's trade ministry cited national security concerns in restricting chip exports.", []string{"CITES Japan|trade ministry -> security"}},
	{"cite", "The IMF referred to its latest report on Argentina's inflation.", []string{"CITES IMF|International Monetary Fund -> report"}},
	{"cite", "Kenya's health ministry, citing a World Health Organization report, warned of a cholera outbreak.", []string{"CITES Kenya|health ministry -> report"}},
	{"cite", "Turkey rejected the sanctions, citing its obligations under the Montreux Convention.", []string{"CITES Turkey -> obligations", "OPPOSES Turkey -> sanctions"}},
	{"cite", "South Korea's defence ministry pointed to satellite images of new missile launchers in the North.", []string{"CITES South Korea|defence ministry -> satellite"}},
	{"cite", "Citing a study by the University of Cape Town, the South African government defended the new tax.", []string{"CITES South Africa -> study"}},
	{"cite", "Greenpeace cited a leaked report on oil spills in Nigeria.", []string{"CITES Greenpeace -> report"}},

	// (d) DEMANDS and reject phrasing
	{"demrej", "Colombia insisted that Venezuela hand over the rebel commanders.", []string{"DEMANDS Colombia -> hand over"}},
	{"demrej", "Ethiopia dismissed Egypt's demands over the Nile dam.", []string{"OPPOSES Ethiopia -> demands"}},
	{"demrej", "Bangladesh appealed to Myanmar to take back the Rohingya refugees.", []string{"DEMANDS Bangladesh -> refugees"}},
	{"demrej", "Serbia turned down the proposal for a new border commission.", []string{"OPPOSES Serbia -> proposal"}},
	{"demrej", "Iraq asked Turkey to withdraw its troops from the north.", []string{"DEMANDS Iraq -> troops"}},
	{"demrej", "Australia pressed China to lift the trade restrictions on wine.", []string{"DEMANDS Australia -> restrictions"}},
	{"demrej", "New Zealand spurned the offer of a new trade deal.", []string{"OPPOSES New Zealand -> offer"}},
	{"demrej", "Morocco ruled out any talks with the Polisario Front.", []string{"OPPOSES Morocco -> talks"}},
	{"demrej", "Algeria called for an immediate ceasefire in Libya.", []string{"DEMANDS Algeria -> ceasefire"}},
	{"demrej", "Nepal requested India's help in rebuilding the earthquake-hit region.", []string{"DEMANDS Nepal -> help"}},
	{"demrej", "Cuba repudiated the new U.S. travel restrictions.", []string{"OPPOSES Cuba -> travel"}},
	{"demrej", "Ecuador demanded an apology from Mexico over the embassy raid.", []string{"DEMANDS Ecuador -> apology"}},
	{"demrej", "Sri Lanka declined China's request to dock a research vessel.", []string{"OPPOSES Sri Lanka -> request"}},

	// (e) datelines and appositives
	{"dateline", "NAIROBI, March 3 (Reuters) - Kenyan opposition leader Raila Odinga demanded the resignation of the electoral commission chairman.", []string{"DEMANDS Raila Odinga -> resignation"}},
	{"dateline", "MANILA — The Philippine coast guard on Tuesday condemned China's use of water cannon.", []string{"OPPOSES coast guard -> water cannon"}},
	{"dateline", "Olaf Scholz, the German chancellor, rejected calls to send long-range missiles to Ukraine.", []string{"OPPOSES Olaf Scholz -> calls"}},
	{"dateline", "The chairman of the African Union Commission, Moussa Faki, urged Sudan's rivals to return to talks.", []string{"DEMANDS Moussa Faki -> talks"}},
	{"dateline", "LIMA, Peru (AP) — Peru's Congress on Thursday rejected a motion to impeach the president.", []string{"OPPOSES Congress -> motion"}},
	{"dateline", "ANKARA, Jan 5 (Reuters) - Turkey threatened on Friday to block Sweden's bid to join NATO.", []string{"THREATENS Turkey -> bid"}},
	{"dateline", "Lula da Silva, Brazil's president, offered to mediate between Russia and Ukraine.", []string{"OFFERS Lula -> mediat"}},
	{"dateline", "Hungary's prime minister, Viktor Orban, vetoed the EU aid package for Ukraine.", []string{"OPPOSES Viktor Orban -> aid"}},
	{"dateline", "SEOUL, Oct 2 (Yonhap) -- South Korea's unification minister urged Pyongyang to accept talks.", []string{"DEMANDS South Korea|unification minister -> talks"}},
	{"dateline", "BRUSSELS — EU foreign policy chief Kaja Kallas, a former Estonian prime minister, condemned the strikes on Kyiv.", []string{"OPPOSES Kaja Kallas -> strikes"}},
	{"dateline", "The head of the World Health Organization, Tedros Adhanom Ghebreyesus, called for a ceasefire in Gaza.", []string{"DEMANDS Tedros -> ceasefire"}},
	{"dateline", "DHAKA, Bangladesh — Bangladesh's interim leader, Muhammad Yunus, demanded the extradition of Sheikh Hasina from India.", []string{"DEMANDS Muhammad Yunus -> extradition"}},
}

// goldLineHit scores one gold line "TYPE Source|Alt -> target phrase" against an article's
// relations: okSrc when a non-negated relation of that type has one of the sources
// (unseenSourceIs), okFull when such a relation's target label also contains the phrase.
func goldLineHit(g *graph.ArticleGraph, v *graphView, w string) (okSrc, okFull bool) {
	typ, rest, _ := strings.Cut(w, " ")
	srcs, tgt, _ := strings.Cut(rest, " -> ")
	for _, r := range g.Relations {
		if string(r.Type) != typ || r.Negated || !unseenSourceIs(v.byID[r.Source], strings.Split(srcs, "|")) {
			continue
		}
		okSrc = true
		if strings.Contains(foldText(v.label(r.Target)), foldText(tgt)) {
			okFull = true
		}
	}
	return okSrc, okFull
}

// goldTally counts gold lines right in type and source, and right in full, overall and per group
// (per[group] = {type+source, full, lines}).
type goldTally struct {
	src, full, total int
	per              map[string][3]int
}

func newGoldTally() *goldTally { return &goldTally{per: map[string][3]int{}} }

// add counts one gold line of group.
func (gt *goldTally) add(group string, okSrc, okFull bool) {
	c := gt.per[group]
	c[2]++
	gt.total++
	if okSrc {
		gt.src++
		c[0]++
	}
	if okFull {
		gt.full++
		c[1]++
	}
	gt.per[group] = c
}

// foundRelations lists g's relations other than MEMBER_OF and PART_OF as "found: TYPE source ->
// target" lines, for logging beside a miss.
func foundRelations(g *graph.ArticleGraph, v *graphView) []string {
	var out []string
	for _, r := range g.Relations {
		if r.Type != graph.MemberOf && r.Type != graph.PartOf {
			out = append(out, "found: "+string(r.Type)+" "+v.label(r.Source)+" -> "+v.label(r.Target))
		}
	}
	return out
}

// unseenScore scores unseenFamilies: gold lines right in type and source, and right in full
// (target phrase too), overall and per family; -v logs each miss with the relations found.
func unseenScore(t *testing.T) (src, full, total int, fam map[string][3]int) {
	tally := newGoldTally()
	defer func() { src, full, total, fam = tally.src, tally.full, tally.total, tally.per }()
	for _, c := range unseenFamilies {
		g := extractText(t, c.text)
		v := view(g)
		var misses []string
		for _, w := range c.want {
			okSrc, okFull := goldLineHit(g, v, w)
			tally.add(c.family, okSrc, okFull)
			if !okFull {
				misses = append(misses, "miss: "+w)
			}
		}
		if len(misses) > 0 {
			misses = append(misses, foundRelations(g, v)...)
			t.Logf("[%s] %s\n    %s", c.family, c.text, strings.Join(misses, "\n    "))
		}
	}
	return
}

// unseenSourceIs reports whether n's name or an alias contains one of the phrases.
func unseenSourceIs(n *graph.Node, phrases []string) bool {
	if n == nil {
		return false
	}
	for _, p := range phrases {
		p = foldText(strings.TrimSpace(p))
		for _, s := range append([]string{n.Name}, n.Aliases...) {
			if strings.Contains(foldText(s), p) {
				return true
			}
		}
	}
	return false
}

// TestUnseenFamilies reports the score on unseenFamilies and holds its floor: the figure before
// any change on branch relcl. Raise it as the rules improve; never lower it.
func TestUnseenFamilies(t *testing.T) {
	src, full, total, fam := unseenScore(t)
	for _, k := range []string{"relcl", "descr", "cite", "demrej", "dateline"} {
		f := fam[k]
		t.Logf("%-8s type+source %d/%d, full %d/%d", k, f[0], f[2], f[1], f[2])
	}
	t.Logf("unseen families: type+source %d/%d, full %d/%d", src, total, full, total)
	const floorSrc, floorFull = 54, 53 // of 70; 49, 47 before any change (commit 989282d)
	if src < floorSrc || full < floorFull {
		t.Errorf("below floor (type+source %d, full %d): %d, %d", floorSrc, floorFull, src, full)
	}
}
