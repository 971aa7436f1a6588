package claims

import "github.com/claimgraph/claimgraph/lexicon"

// possessiveDeterminers are the possessive determiners ("its", "their", "his", "our"): central
// determiners, as the articles are (Quirk et al. 1985, 5.13-5.15, 6.29; CGEL ch. 5), so one opens
// the noun phrase of a speaker after the reported clause ("…, their foreign ministry said", "…,
// its coast guard said") as "the" does ("…, the foreign ministry said"), and the reported clause
// ends at the comma before it (data/wordclasses/possessivedeterminers.txt).
var possessiveDeterminers = lexicon.WordClass("possessivedeterminers")
