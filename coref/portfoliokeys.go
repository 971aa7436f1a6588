package coref

import "strings"

// PortfolioHolds reports whether the body named name holds the portfolio key (portfolioKey of a
// title's implied body: "foreign"): its own key is key, or its name is "<head> of <portfolio>
// [and <portfolio> …] of <state>" and one of its portfolios is key. A ministry of two portfolios
// is headed by one minister styled after either ("Ministry of Foreign Affairs and Regional
// Integration" and its "Foreign Minister"; "Ministry of Trade and Industry" and its "Trade
// Minister"), and the "of" phrase after the portfolios names the state, not a portfolio
// ("… of the Republic of Ghana"): the official styles of such ministries, as the
// governments' own lists of ministries give them.
func PortfolioHolds(name, key string) bool {
	if portfolioKey(name) == key {
		return true
	}
	ws := strings.Fields(strings.ToLower(name))
	h := -1
	for i, w := range ws {
		if w == "ministry" || w == "department" || w == "office" || w == "secretariat" {
			h = i
			break
		}
	}
	if h < 0 || h+1 >= len(ws) || ws[h+1] != "of" && ws[h+1] != "for" {
		return false
	}
	var part []string
	flush := func() bool {
		ok := len(part) > 0 && strings.Join(part, " ") == key
		part = part[:0]
		return ok
	}
	for _, w := range ws[h+2:] {
		comma := strings.HasSuffix(w, ",")
		switch w = strings.TrimSuffix(w, ","); w {
		case "of": // the state the ministry is of
			return flush()
		case "and":
			if flush() {
				return true
			}
		case "the", "for", "affairs":
		default:
			part = append(part, w)
		}
		if comma && flush() { // "Foreign Affairs, Trade and Development"
			return true
		}
	}
	return flush()
}
