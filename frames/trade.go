package frames

// tradePartner returns the party a sanction on trade is aimed at: the other party of the
// blocked exchange, named by the to-phrase of a verb or noun of giving ("selling chips to ZTE",
// "exports of arms to Belarus"), the from-phrase of one of getting ("buying oil from
// Venezuela", "imports from Russia") or the with-phrase of trading ("trading with North
// Korea"; modality.txt classes trade-to, trade-from, trade-with). The traded act is sanction
// cue i's from-gerund ("barred American companies from selling …", whether the parser hangs it
// on the verb or on its object: bar/ban/prohibit/stop X from V-ing, Quirk et al. 1985, 16.45,
// verbs of prevention with object + from + -ing) or the cue's target itself ("banned exports
// of …", "a ban on selling …"). Such a measure restricts trade with that party, CAMEO 163
// "impose embargo" (codebook: restrict trade with the target), PLOVER SANCTION; the barred
// parties of the measure's own side are only its instruments; a named party barred stays the
// target. -1 when no trade act or no
// partner is named; a phrase of time is never one.
func (tr *tree) tradePartner(i, target int) int {
	if tr.lx == nil {
		return -1
	}
	acts := []int{}
	if o := tr.object(i); o >= 0 && tr.t[o].UPOS == "PROPN" {
		// "Washington barred Huawei from selling to Iran": a named party barred is the one the
		// measure hits (CAMEO 172, PLOVER SANCTION on it); only a class of traders ("American
		// companies", "its firms", "local banks") is the measure's instrument
		return -1
	}
	for _, k := range tr.kids[i] {
		if r := base(tr.rel(k)); (r == "advcl" || r == "xcomp" || r == "obl" || r == "ccomp") && tr.caseOf(k) == "from" {
			acts = append(acts, k)
		}
	}
	if o := tr.object(i); o >= 0 {
		for _, k := range tr.kids[o] {
			if r := base(tr.rel(k)); r == "acl" && tr.caseOf(k) == "from" {
				acts = append(acts, k)
			}
		}
	}
	if target >= 0 {
		acts = append(acts, target)
	}
	for _, v := range acts {
		for _, k := range tr.conjuncts(v) {
			if y := tr.tradeRecipient(k, -1); y >= 0 {
				return y
			}
		}
	}
	for _, h := range []int{target, i} {
		if h < 0 {
			continue
		}
		// (on the cue too: the parser hangs "destined for Chile" of "a ban on copper destined
		// for Chile" on the measure noun)
		for _, k := range tr.kids[h] {
			if r := base(tr.rel(k)); (r == "acl" || r == "amod") && tr.lx.in("destined", tr.lemma(k)) {
				// "curbs on chips bound for China", "shipments destined for Iran": goods sent
				// to a named party (modality.txt destined), the partner of the trade restricted;
				// a common noun is a place ("ships bound for the port")
				if y := tr.argOf(k, "for"); y >= 0 && tr.t[y].UPOS == "PROPN" {
					return y
				}
			}
		}
	}
	if target >= 0 && tr.nominal(target) {
		// "banned exports of tanks to Turkey" with "to Turkey" hung on the verb: a
		// postmodifier of the object the parser attached to the clause
		return tr.tradeRecipient(target, i)
	}
	return -1
}

// tradeRecipient returns the partner phrase of trade word v (its own obl/nmod, or one the parser
// hung on its object: "selling components to ZTE" with "to ZTE" under components; with also >=
// 0, only one hung on word also, the verb whose object v is), -1 when v is no trade word or
// names none.
func (tr *tree) tradeRecipient(v, also int) int {
	prep := ""
	switch l := tr.lemma(v); {
	case tr.lx.in("trade-to", l):
		prep = "to"
	case tr.lx.in("trade-from", l):
		prep = "from"
	case tr.lx.in("trade-with", l):
		prep = "with"
	default:
		return -1
	}
	heads := []int{also}
	if also < 0 {
		heads = []int{v}
		for _, k := range tr.kids[v] {
			if r := base(tr.rel(k)); r == "obj" || (r == "nmod" && tr.caseOf(k) == "of") {
				heads = append(heads, k)
			}
		}
	}
	for _, h := range heads {
		for _, k := range tr.kids[h] {
			if r := base(tr.rel(k)); (r == "obl" || r == "nmod") && tr.caseOf(k) == prep && tr.nominal(k) && !tr.timeNoun(k) {
				return k
			}
		}
	}
	return -1
}
