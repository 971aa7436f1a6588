package main

import (
	"fmt"
	"os"
	"strings"
)

// Document placement (flag -doc): the sweep sentence as the SECOND paragraph of a short
// document, to measure what the document around it costs. Two layouts, each varied from a small
// grammar:
//
//   - news: a headline in headlinese (present tense, no articles: AP Stylebook, "headlines"), a
//     dateline "CITY, Month D (Agency) —" opening a neutral first paragraph (AP Stylebook,
//     "datelines", with its month abbreviations), the sentence, a neutral closing paragraph;
//   - statement: a heading "Statement by the Ministry of Foreign Affairs of <Country>", a date
//     line, a neutral first paragraph, the sentence (its third-person subject kept), a neutral
//     closing paragraph;
//   - lead (for comparison): the news layout with the sentence as the dateline paragraph, the
//     usual place of a wire story's main act.
//
// The neutral paragraphs name no actor and carry no cue of the table, so any relation lost in a
// document that the sentence alone gives is the document machinery's (header, dateline,
// segmentation, issuer), not the cue's.

var (
	topics    = []string{"regional trade", "fishing rights", "water sharing", "transit fees", "river navigation"}
	agencies  = []string{"Reuters", "AFP", "AP", "Xinhua"}
	apMonths  = []string{"Jan.", "Feb.", "March", "April", "May", "June", "July", "Aug.", "Sept.", "Oct.", "Nov.", "Dec."}
	months    = []string{"January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"}
	headNouns = []string{"Regional talks", "Trade envoys", "Ministers", "Delegations"}
	headPreds = []string{"resume in %s", "meet in %s ahead of summit", "gather in %s as talks drag on", "return to %s for second round"}
	firstNews = []string{
		"Delegations from several countries gathered on Monday for a second round of talks on %s.",
		"Talks on %s, which began last month, entered their third week on Tuesday.",
		"Foreign ministers arrived in the city on Sunday for a two-day meeting on %s.",
	}
	closeNews = []string{
		"The talks are due to resume next week.",
		"No date has been set for the next round of talks.",
		"The meeting was expected to end on Thursday with a joint communique.",
	}
	firstStmt = []string{
		"The Ministry has followed closely the developments concerning %s in the region.",
		"The Ministry notes the meeting held this week on %s.",
		"Consultations on %s continued this week at the level of senior officials.",
	}
	closeStmt = []string{
		"The Ministry will keep the public informed of further developments.",
		"Further details will be published on the Ministry's website.",
	}
)

// place puts the sentence s in the layout; k varies the grammar's choices, c is the third
// country (the city of the dateline, the issuer of the statement).
func place(layout, s string, c actor, k int) string {
	topic := topics[k%len(topics)]
	day := 1 + k%28
	switch layout {
	case "news":
		head := headNouns[k%len(headNouns)] + " " + fmt.Sprintf(headPreds[(k/3)%len(headPreds)], c.ctry.capital)
		dateline := strings.ToUpper(c.ctry.capital) + ", " + apMonths[k%12] + " " + fmt.Sprint(day) + " (" + agencies[k%len(agencies)] + ") — "
		return head + "\n\n" + dateline + fmt.Sprintf(firstNews[k%len(firstNews)], topic) + "\n\n" + s + "\n\n" + closeNews[(k/2)%len(closeNews)] + "\n"
	case "lead":
		head := headNouns[k%len(headNouns)] + " " + fmt.Sprintf(headPreds[(k/3)%len(headPreds)], c.ctry.capital)
		dateline := strings.ToUpper(c.ctry.capital) + ", " + apMonths[k%12] + " " + fmt.Sprint(day) + " (" + agencies[k%len(agencies)] + ") — "
		return head + "\n\n" + dateline + s + "\n\n" + closeNews[(k/2)%len(closeNews)] + "\n"
	case "town":
		// the lead layout with a dateline town of C's (a Phoenix place other than its capital):
		// neither the town nor its state is a source unless the sentence names it.
		town := c.ctry.capital
		if ts := towns[c.ctry.iso]; len(ts) > 0 {
			town = ts[k%len(ts)]
		}
		head := headNouns[k%len(headNouns)] + " " + fmt.Sprintf(headPreds[(k/3)%len(headPreds)], town)
		dateline := strings.ToUpper(town) + ", " + apMonths[k%12] + " " + fmt.Sprint(day) + " (" + agencies[k%len(agencies)] + ") — "
		return head + "\n\n" + dateline + s + "\n\n" + closeNews[(k/2)%len(closeNews)] + "\n"
	case "statement":
		head := "Statement by the Ministry of Foreign Affairs of " + c.ctry.name
		date := fmt.Sprintf("%d %s %d", day, months[k%12], 2019+k%7)
		return head + "\n\n" + date + "\n\n" + fmt.Sprintf(firstStmt[k%len(firstStmt)], topic) + "\n\n" + s + "\n\n" + closeStmt[(k/2)%len(closeStmt)] + "\n"
	}
	return s
}

// compare prints, per template, type+source recall of the sentence alone and in each document
// layout, and the losses: sentences right alone and wrong in the document, by cause.
func compare(w *os.File, sents []result, lays []string, verbose bool) {
	tmpls := append(append([]string{}, templates...), wireTemplates...)
	type key struct{ tmpl, lay string }
	t := map[key]*tally{}
	alone := map[string]bool{} // sentence text → right alone
	for _, r := range sents {
		if r.layout == "alone" {
			alone[r.s.text] = r.srcOK
		}
	}
	loss := map[key]int{}
	gain := map[key]int{}
	var lost []result
	for _, r := range sents {
		get2 := t[key{r.s.tmpl, r.layout}]
		if get2 == nil {
			get2 = &tally{}
			t[key{r.s.tmpl, r.layout}] = get2
		}
		get2.add(r)
		all := t[key{"all", r.layout}]
		if all == nil {
			all = &tally{}
			t[key{"all", r.layout}] = all
		}
		all.add(r)
		if r.layout == "alone" {
			continue
		}
		if a, ok := alone[r.s.text]; ok && a && !r.srcOK {
			loss[key{r.s.tmpl, r.layout}]++
			loss[key{"all", r.layout}]++
			lost = append(lost, r)
		} else if ok && !a && r.srcOK {
			gain[key{r.s.tmpl, r.layout}]++
			gain[key{"all", r.layout}]++
		}
	}
	fmt.Fprintln(w, "Type+source recall, the sentence alone and as the second paragraph of a document (lost / gained: right alone and wrong in the document, and the reverse):")
	fmt.Fprintln(w)
	fmt.Fprint(w, "| template |")
	for _, l := range lays {
		fmt.Fprintf(w, " %s |", l)
		if l != "alone" {
			fmt.Fprintf(w, " lost/gained |")
		}
	}
	fmt.Fprint(w, "\n|---|")
	for _, l := range lays {
		fmt.Fprint(w, "---|")
		if l != "alone" {
			fmt.Fprint(w, "---|")
		}
	}
	fmt.Fprintln(w)
	for _, tm := range append(tmpls, "all") {
		if t[key{tm, lays[0]}] == nil {
			continue
		}
		fmt.Fprintf(w, "| %s |", tm)
		for _, l := range lays {
			tl := t[key{tm, l}]
			if tl == nil {
				fmt.Fprint(w, " |")
				continue
			}
			fmt.Fprintf(w, " %s |", pct(tl.src, tl.n))
			if l != "alone" {
				fmt.Fprintf(w, " %d/%d |", loss[key{tm, l}], gain[key{tm, l}])
			}
		}
		fmt.Fprintln(w)
	}
	fmt.Fprintln(w)
	fmt.Fprintln(w, "Precision per layout (relP: asserted relations the template licenses / all asserted; extra: sentences with an unlicensed one):")
	fmt.Fprintln(w)
	for _, l := range lays {
		if tl := t[key{"all", l}]; tl != nil {
			fmt.Fprintf(w, "- %s: relP %s, extra %d\n", l, pct(tl.rels-tl.extra, tl.rels), tl.xs)
		}
	}
	if verbose {
		fmt.Fprintln(w, "\nLost in a document:")
		for _, r := range lost {
			fmt.Fprintf(w, "%-10s %-11s %-14s %-13s %s  want %s  found: %s\n", r.layout, r.s.tmpl, r.it.label(), r.cause, strings.ReplaceAll(r.text, "\n", " ¶ "), r.s.typ, r.found)
		}
	}
}
