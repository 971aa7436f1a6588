package frames

import (
	"fmt"
	"io/fs"
	"slices"
	"strings"
	"testing"

	"github.com/claimgraph/claimgraph/graph"
	"github.com/claimgraph/claimgraph/syntax/conllu"
)

// want is one expected match: type, source and target word forms ("" = none, "*" = any), and
// the modality, scope and rule prefix.
type want struct {
	typ      graph.RelType
	src, tgt string
	mode     Mode
	scope    Scope
	neg      bool
	hedged   bool
	rule     string
}

// cases are the hand-written trees of testdata/constructions.conllu (sentences of our own, one
// per construction): the matches each must give, and the relation types it must not assert.
var cases = map[string]struct {
	want []want
	not  []graph.RelType
}{
	"active-object":      {want: []want{{typ: graph.Opposes, src: "Germany", tgt: "decision", rule: "frames:verb:cameo@"}}},
	"passive-agent":      {want: []want{{typ: graph.Sanctions, src: "Japan", tgt: "restrictions", rule: "frames:noun-support:class/noun/restriction"}}},
	"noun-possessive":    {want: []want{{typ: graph.Opposes, src: "Brazil", tgt: "sign", rule: "frames:noun-poss:class/noun/refusal"}}},
	"noun-demonym":       {want: []want{{typ: graph.Threatens, src: "Chinese", tgt: "Taiwan", rule: "frames:noun-national:class/noun/threat"}}},
	"support-verb":       {want: []want{{typ: graph.Opposes, src: "Peru", tgt: "Ecuador", rule: "frames:noun-support:class/noun/protest"}}},
	"conj-subjects":      {want: []want{{typ: graph.Opposes, src: "Kenya", tgt: "proposal"}, {typ: graph.Opposes, src: "Uganda", tgt: "proposal"}}},
	"conj-objects":       {want: []want{{typ: graph.Opposes, src: "Mali", tgt: "France"}, {typ: graph.Opposes, src: "Mali", tgt: "Germany"}}},
	"conj-verbs":         {want: []want{{typ: graph.Supports, src: "Chile", tgt: "decision"}, {typ: graph.Offers, src: "Chile", tgt: "help", rule: "frames:verb-conj:"}}},
	"negation":           {want: []want{{typ: graph.Supports, src: "Spain", tgt: "plan", neg: true}}},
	"hedge-adverb":       {want: []want{{typ: graph.Opposes, src: "Cuba", tgt: "proposal", hedged: true}}},
	"conditional-unless": {want: []want{{typ: graph.Threatens, src: "Turkey", tgt: "Greece", mode: Conditional}}, not: []graph.RelType{graph.Sanctions}},
	// a protasis asserts nothing whatever the parser hangs it on: as an advcl, or as the root
	// when the apodosis is misparsed (Quirk et al. 1985, 15.33–15.34); a consequence foretold to
	// the party that fulfils the condition is no threat of that party's, one to another party is
	// (PLOVER THREATEN "if you do X we will do Y")
	// "as well as" after a titled name: the second nominal hung on the title (the first
	// phrase's head) as conj (new pair) or as nmod with "as well as" its case (old pair)
	"aswellas-title-conj": {want: []want{{typ: graph.Demands, src: "IMF", tgt: "Chile"}}},
	"aswellas-title-nmod": {want: []want{{typ: graph.Demands, src: "IMF", tgt: "Chile"}}},
	// coordinated attributive adjectives closing in a noun the parser hung on the first
	// adjective (old pair) or on the verb (news pair): the noun is the verb's object
	"premod-noun-conj-of-adjective": {want: []want{{typ: graph.Demands, src: "We", tgt: "trade"}}},
	"premod-noun-conj-of-verb":      {want: []want{{typ: graph.Demands, src: "We", tgt: "trade"}}},
	"protasis-root":                 {want: []want{{typ: graph.Offers, src: "Chile", tgt: "aid", scope: Hypothesis}}, not: []graph.RelType{graph.Offers}},
	"protasis-advcl":                {want: []want{{typ: graph.Offers, src: "Chile", tgt: "aid", scope: Hypothesis}}, not: []graph.RelType{graph.Offers}},
	"apodosis-same-party":           {not: []graph.RelType{graph.Threatens}},
	"apodosis-other-party":          {want: []want{{typ: graph.Threatens, src: "it", tgt: "South", mode: Conditional}}},
	"future-if":                     {want: []want{{typ: graph.Threatens, src: "Egypt", tgt: "Sudan", mode: Conditional}, {typ: graph.Opposes, src: "Sudan", tgt: "", scope: Hypothesis}}, not: []graph.RelType{graph.Sanctions}},
	"belief-ccomp":                  {want: []want{{typ: graph.Opposes, src: "Korea", tgt: "proposal", mode: Future, scope: Belief}}},
	"belief-ecm":                    {want: []want{{typ: graph.Opposes, src: "Korea", tgt: "proposal", scope: Belief, rule: "frames:verb-controlled:"}}},
	"report-prediction":             {want: []want{{typ: graph.Opposes, src: "Vietnam", tgt: "proposal", mode: Conditional, scope: Prediction}}},
	"report-own-pronoun":            {want: []want{{typ: graph.Opposes, src: "it", tgt: "proposal", mode: Conditional}}},
	"report-past":                   {want: []want{{typ: graph.Opposes, src: "Libya", tgt: "decision"}}},
	"reversal":                      {want: []want{{typ: graph.Offers, src: "Canada", tgt: "*"}}, not: []graph.RelType{graph.Sanctions}},
	"statement-none":                {not: []graph.RelType{graph.Offers, graph.Opposes, graph.Supports, graph.Demands, graph.Threatens, graph.Sanctions, graph.Cites}},
	"release-concession":            {want: []want{{typ: graph.Offers, src: "army", tgt: "prisoners"}}},
	"intent-xcomp":                  {want: []want{{typ: graph.Threatens, src: "Poland", tgt: "diplomats", mode: Future, rule: "frames:verb-controlled:"}}, not: []graph.RelType{graph.Offers, graph.Sanctions}},
	"object-control":                {want: []want{{typ: graph.Demands, src: "France", tgt: "Iran"}, {typ: graph.Opposes, src: "Iran", tgt: "proposal", scope: Content}}},
	"adjective-unwilling":           {want: []want{{typ: graph.Opposes, src: "Nepal", tgt: "negotiate", rule: "frames:adj-copula:class/adj/unwilling"}}},
	"adjective-ready":               {want: []want{{typ: graph.Offers, src: "Cuba", tgt: "talk"}}},
	"relative-clause":               {want: []want{{typ: graph.Opposes, src: "Sweden", tgt: "Hungary"}, {typ: graph.Sanctions, src: "Hungary", tgt: "talks", rule: "frames:verb-relcl:"}}},
	"not-rule-out-hostile":          {want: []want{{typ: graph.Threatens, src: "Russia", tgt: "sanctions", rule: "frames:verb:class/verb/rule_out"}}},
	"not-rule-out-benign":           {want: []want{{typ: graph.Opposes, src: "Russia", tgt: "talks", neg: true}}, not: []graph.RelType{graph.Threatens}},
	"meeting-held":                  {not: []graph.RelType{graph.Offers}},
	"meeting-future":                {want: []want{{typ: graph.Offers, src: "Kenya", tgt: "Somalia", mode: Future}}},
	"demand-content":                {want: []want{{typ: graph.Demands, src: "Serbia", tgt: "withdraw"}}, not: []graph.RelType{graph.Offers}},
	"adjectival-passive":            {want: []want{{typ: graph.Opposes, src: "Norway", tgt: "merger", rule: "frames:adj-copula:class/adj/opposed"}}},
	"attached-finite":               {want: []want{{typ: graph.Opposes, src: "Chile", tgt: "decision", rule: "frames:verb-attached:"}}},
	"reduced-relative":              {want: []want{{typ: graph.Opposes, src: "Peru", tgt: "curfew"}, {typ: graph.Sanctions, src: "", tgt: "curfew"}}},
	// the clause identifying a measure a reversal ends asserts no imposing (yield.go reversedMeasureClause)
	"reduced-relative-reversal": {want: []want{{typ: graph.Offers, src: "Peru", tgt: "curfew"}}, not: []graph.RelType{graph.Sanctions}},
	"issued-warning":            {want: []want{{typ: graph.Threatens, src: "Norway", tgt: "Iceland", rule: "frames:noun-support:class/noun/warning"}}},
	"sign-agreement":            {want: []want{{typ: graph.Supports, src: "Chile", tgt: "agreement"}, {typ: graph.Supports, src: "Peru", tgt: "agreement"}}},
	"sign-defence-agreement":    {not: []graph.RelType{graph.Supports}},
	"prepared-coercive":         {want: []want{{typ: graph.Threatens, src: "Bolivia", tgt: "curfew", mode: Future, rule: "frames:noun-support:class/noun/curfew"}}, not: []graph.RelType{graph.Offers, graph.Sanctions}},
	"nominal-root-predicate":    {want: []want{{typ: graph.Opposes, src: "authorities", tgt: "protesters", rule: "frames:verb-attached:"}}},
	"passive-control":           {want: []want{{typ: graph.Opposes, src: "Iran", tgt: "offer", scope: Content, rule: "frames:verb-controlled:"}}},
	"declared-refusal":          {want: []want{{typ: graph.Opposes, src: "Peru", tgt: "agreement", mode: Future, rule: "frames:verb-refusal:"}}, not: []graph.RelType{graph.Supports}},
	// a demand named as the purpose of sending envoys is made by sending them (verbalAct)
	"purpose-infinitive":             {want: []want{{typ: graph.Demands, src: "Japan", tgt: "compensation", mode: Asserted, rule: "frames:verb-adjunct:"}}},
	"by-gerund":                      {want: []want{{typ: graph.Sanctions, src: "Peru", tgt: "ambassador", rule: "frames:verb-adjunct:"}}},
	"reported-obligation":            {want: []want{{typ: graph.Demands, src: "Norway", tgt: "Russia", rule: "frames:verb-obligation:modality/deontic/must"}, {typ: graph.Offers, src: "Russia", tgt: "prisoners", scope: Content}}},
	"insist-content":                 {want: []want{{typ: graph.Demands, src: "Serbia", tgt: "release"}, {typ: graph.Offers, src: "Albania", tgt: "prisoners", scope: Content}}},
	"noun-pressure":                  {want: []want{{typ: graph.Demands, src: "Chile", tgt: "Bolivia", rule: "frames:noun-poss:class/noun/pressure"}, {typ: graph.Opposes, src: "Bolivia", tgt: "it", scope: Content, rule: "frames:verb-noun-controlled:"}}},
	"modal-if":                       {want: []want{{typ: graph.Threatens, src: "Kenya", tgt: "curfew", mode: Conditional, hedged: true}}, not: []graph.RelType{graph.Sanctions}},
	"noun-curfew":                    {want: []want{{typ: graph.Threatens, src: "Ghana", tgt: "curfew", mode: Future, rule: "frames:noun-support:class/noun/curfew"}}},
	"bar-from":                       {want: []want{{typ: graph.Sanctions, src: "Washington", tgt: "Huawei"}}},
	"its-demand-that":                {want: []want{{typ: graph.Demands, src: "Its", tgt: "withdraw", rule: "frames:noun-poss:class/noun/demand"}, {typ: graph.Offers, src: "Chad", tgt: "", scope: Content}}},
	"inverted-attribution":           {},
	"according-to":                   {want: []want{{typ: graph.Opposes, src: "Iran", tgt: "offer"}}},
	"noun-control-decision":          {want: []want{{typ: graph.Sanctions, src: "Chile", tgt: "envoy", rule: "frames:verb-noun-controlled:"}}},
	"noun-control-plan":              {want: []want{{typ: graph.Threatens, src: "Chile", tgt: "envoy", mode: Future, rule: "frames:verb-noun-controlled:"}}, not: []graph.RelType{graph.Sanctions}},
	"against-predicate":              {want: []want{{typ: graph.Opposes, src: "Denmark", tgt: "sanctions", rule: "frames:prep-copula:class/prep/against"}}, not: []graph.RelType{graph.Sanctions}},
	"multiword-set-free":             {want: []want{{typ: graph.Offers, src: "Rebels", tgt: "hostages"}}},
	"light-verb":                     {not: []graph.RelType{graph.Sanctions, graph.Offers}},
	"opaque-object":                  {want: []want{{typ: graph.Supports, src: "Brazilian", tgt: "", scope: Content}}, not: []graph.RelType{graph.Supports}},
	"insist-indicative":              {not: []graph.RelType{graph.Demands}},
	"conj-shared-aux":                {want: []want{{typ: graph.Threatens, src: "Peru", tgt: "tariffs", mode: Future, rule: "frames:noun-support:class/noun/tariff"}, {typ: graph.Threatens, src: "Peru", tgt: "diplomats", mode: Future, rule: "frames:verb-conj:"}}, not: []graph.RelType{graph.Sanctions}},
	"face-sanctions":                 {not: []graph.RelType{graph.Offers, graph.Sanctions, graph.Threatens}},
	"unaccusative":                   {not: []graph.RelType{graph.Threatens}},
	"meet-demands":                   {want: []want{{typ: graph.Opposes, src: "Peru", tgt: "demands", mode: Future, rule: "frames:verb-refusal:class/verb/meet"}}, not: []graph.RelType{graph.Offers}},
	"reversal-refused":               {want: []want{{typ: graph.Opposes, src: "Peru", tgt: "sanctions", mode: Future, rule: "frames:noun-bare-reversal-refusal:class/noun/sanction"}}, not: []graph.RelType{graph.Threatens, graph.Sanctions, graph.Offers}},
	"reversal-future":                {want: []want{{typ: graph.Offers, src: "Peru", tgt: "Chile", mode: Future, rule: "frames:noun-bare-reversal:class/noun/sanction"}}, not: []graph.RelType{graph.Threatens, graph.Sanctions}},
	"compound-classifier":            {not: []graph.RelType{graph.Sanctions, graph.Threatens}},
	"adj-possessor":                  {want: []want{{typ: graph.Opposes, src: "Peru", tgt: "pay", rule: "frames:noun-poss:class/noun/refusal"}}},
	"whether-hypothesis":             {want: []want{{typ: graph.Supports, src: "Chad", tgt: "plan", mode: Future, scope: Hypothesis}}},
	"ask-question":                   {not: []graph.RelType{graph.Demands, graph.Sanctions, graph.Threatens}},
	"negative-subject":               {want: []want{{typ: graph.Opposes, src: "state", tgt: "motion", neg: true}}},
	"storm-warning":                  {not: []graph.RelType{graph.Threatens}},
	"evaluative-cue-object":          {want: []want{{typ: graph.Opposes, src: "Ghana", tgt: "sanctions", rule: "frames:verb:cameo@"}}},
	"warn-danger":                    {not: []graph.RelType{graph.Threatens}},
	"warn-addressee":                 {want: []want{{typ: graph.Threatens, src: "Iran", tgt: "Iraq", rule: "frames:verb:class/verb/warn"}}},
	"agree-to":                       {want: []want{{typ: graph.Offers, src: "Mali", tgt: "release", rule: "frames:verb:class/verb/agree"}}, not: []graph.RelType{graph.Supports}},
	"pattern-subject":                {not: []graph.RelType{graph.Offers}},
	"request-advcl":                  {want: []want{{typ: graph.Demands, src: "Chile", tgt: "Peru"}}, not: []graph.RelType{graph.Offers}},
	"purpose-same-root":              {not: []graph.RelType{graph.Offers}},
	"nominal-root-passive":           {want: []want{{typ: graph.Sanctions, src: "Japan", tgt: "rice", rule: "frames:noun-support:class/noun/duty"}}},
	"implicative":                    {want: []want{{typ: graph.Supports, src: "Kenya", tgt: "bill", neg: true, rule: "frames:verb-controlled:"}}, not: []graph.RelType{graph.Opposes}},
	"denial":                         {want: []want{{typ: graph.Sanctions, src: "it", tgt: "envoys", scope: Belief}}},
	"report-noun":                    {want: []want{{typ: graph.Opposes, src: "Egypt", tgt: "plan", scope: Belief}}},
	"decline-comment":                {not: []graph.RelType{graph.Opposes}},
	"meet-time-only":                 {not: []graph.RelType{graph.Offers}},
	"warn-object-of":                 {not: []graph.RelType{graph.Threatens}},
	"pressure-advcl":                 {want: []want{{typ: graph.Demands, src: "Unions", tgt: "mayor", rule: "frames:verb:class/verb/pressure"}}, not: []graph.RelType{graph.Sanctions, graph.Offers}},
	"conj-passive-subject":           {want: []want{{typ: graph.Offers, src: "rebels", tgt: "", mode: Future, rule: "frames:verb-conj:"}}},
	"call-naming":                    {not: []graph.RelType{graph.Demands}},
	"interrogative-who":              {want: []want{{typ: graph.Opposes, src: "", tgt: "bid", rule: "frames:verb-relcl:"}}, not: []graph.RelType{graph.Opposes}},
	"support-report-noun-obligation": {want: []want{{typ: graph.Demands, src: "Fiji", tgt: "Tonga", rule: "frames:verb-obligation:modality/deontic/must"}}},
	"retracted-objection":            {want: []want{{typ: graph.Offers, src: "Chad", tgt: "plan", rule: "frames:noun-poss-reversal:class/noun/objection"}}, not: []graph.RelType{graph.Opposes}},
	"retracted-support":              {want: []want{{typ: graph.Supports, src: "Chad", tgt: "plan", neg: true, rule: "frames:noun-poss-reversal:class/noun/support"}}, not: []graph.RelType{graph.Supports}},
	"no-longer":                      {want: []want{{typ: graph.Supports, src: "Chad", tgt: "plan", neg: true}}},
	"few-subject":                    {want: []want{{typ: graph.Opposes, src: "states", tgt: "plan", neg: true}}},
	"ceased-to":                      {want: []want{{typ: graph.Supports, src: "Chad", tgt: "rebels", neg: true}}},
	"warn-event":                     {not: []graph.RelType{graph.Threatens}},
	"noun-suspension":                {want: []want{{typ: graph.Sanctions, src: "Oman", tgt: "flights", rule: "frames:noun-support:class/noun/suspension"}}},
	"noun-suspension-of-sanctions":   {want: []want{{typ: graph.Offers, src: "Oman", tgt: "sanctions", rule: "frames:noun-support-reversal:class/noun/suspension"}}, not: []graph.RelType{graph.Sanctions}},
	"object-no":                      {want: []want{{typ: graph.Sanctions, src: "Chad", tgt: "rice", neg: true, rule: "frames:noun-support:class/noun/tariff"}}, not: []graph.RelType{graph.Sanctions}},
	"without-noun":                   {want: []want{{typ: graph.Supports, src: "Peru", tgt: "", neg: true, rule: "frames:noun-poss:class/noun/support"}}, not: []graph.RelType{graph.Supports, graph.Opposes}},
	"reduced-relative-agent":         {want: []want{{typ: graph.Sanctions, src: "Chile", tgt: "duties", rule: "frames:noun-support:class/noun/duty"}}},
	"support-own-pronoun":            {want: []want{{typ: graph.Supports, src: "Chile", tgt: "Peru", rule: "frames:noun-support:class/noun/support"}}},
	"not-a-single":                   {want: []want{{typ: graph.Opposes, src: "state", tgt: "", neg: true}}, not: []graph.RelType{graph.Opposes}},
	"phrasal-particle":               {want: []want{{typ: graph.Offers, src: "Greece", tgt: ""}}, not: []graph.RelType{graph.Supports}},
	// frames3 (issue 13, precision and recall by rules of grammar), sentences of our own
	"volition-object":                       {not: []graph.RelType{graph.Offers}},
	"volition-infinitive":                   {not: []graph.RelType{graph.Offers}},
	"support-evaluative-default":            {not: []graph.RelType{graph.Opposes}},
	"ability-negated":                       {want: []want{{typ: graph.Offers, src: "Ecuador", tgt: "prisoners", mode: Conditional, neg: true, hedged: true}}, not: []graph.RelType{graph.Opposes}},
	"deontic-must":                          {want: []want{{typ: graph.Offers, src: "Bolivia", tgt: "prisoners", scope: Content}}, not: []graph.RelType{graph.Offers}},
	"semimodal-need":                        {want: []want{{typ: graph.Offers, src: "Bolivia", tgt: "prisoners", scope: Content}}, not: []graph.RelType{graph.Offers}},
	"ecm-scope-adjunct":                     {not: []graph.RelType{graph.Opposes}},
	"mean-that":                             {want: []want{{typ: graph.Opposes, src: "Peru", tgt: "plan", mode: Future, scope: Belief}}, not: []graph.RelType{graph.Opposes}},
	"in-support-of":                         {want: []want{{typ: graph.Supports, src: "Kenya", tgt: "resolution", rule: "frames:noun-adjunct:class/noun/support"}}},
	"prepositional-gerund":                  {want: []want{{typ: graph.Offers, src: "Mali", tgt: "reducing", rule: "frames:adj-copula:class/adj/committed"}}},
	"acknowledge-indicative":                {not: []graph.RelType{graph.Supports, graph.Offers}},
	"mandative-base-tagged-vbz":             {want: []want{{typ: graph.Demands, src: "Peru", tgt: "pass"}}},
	"appeal-to-addressee-infinitive":        {want: []want{{typ: graph.Demands, src: "Peru", tgt: "Chile"}}},
	"supplement-participle":                 {want: []want{{typ: graph.Cites, src: "ministry", tgt: "report", rule: "frames:verb-attached:"}}},
	"for-to-infinitive":                     {want: []want{{typ: graph.Demands, src: "Unions", tgt: "mayor"}, {typ: graph.Offers, src: "mayor", tgt: "", mode: Future, scope: Content}}},
	"comitative-with":                       {want: []want{{typ: graph.Opposes, src: "Ghana", tgt: ""}}},
	"gerund-charge":                         {want: []want{{typ: graph.Opposes, src: "Fiji", tgt: "Tonga"}}, not: []graph.RelType{graph.Sanctions}},
	"noun-infinitive-on-verb":               {want: []want{{typ: graph.Offers, src: "Russia", tgt: "veto", rule: "frames:noun-poss-reversal:class/noun/threat"}}, not: []graph.RelType{graph.Opposes}},
	"saying-participle":                     {want: []want{{typ: graph.Supports, src: "Peru", tgt: "plan"}}},
	"time-subject-attached":                 {want: []want{{typ: graph.Demands, src: "Ana", tgt: "Peru"}}},
	"free-choice-any":                       {want: []want{{typ: graph.Demands, src: "", tgt: "vote", hedged: true}}},
	"refer-with-object":                     {not: []graph.RelType{graph.Cites}},
	"stance-noun-object":                    {want: []want{{typ: graph.Opposes, src: "Peru", tgt: "demand"}, {typ: graph.Demands, src: "Chile", tgt: "", scope: Content}}, not: []graph.RelType{graph.Demands}},
	"call-for-sanctions":                    {want: []want{{typ: graph.Opposes, src: "bishop", tgt: "sanctions", rule: "frames:verb:cameo@"}}, not: []graph.RelType{graph.Threatens}},
	"double-object-sanction":                {want: []want{{typ: graph.Sanctions, src: "Chile", tgt: "Ecotrans"}}},
	"intensional-object-infinitive":         {want: []want{{typ: graph.Demands, src: "Kenya", tgt: "force"}}, not: []graph.RelType{graph.Offers}},
	"unless-demand":                         {want: []want{{typ: graph.Threatens, src: "Ghana", tgt: "Togo", mode: Conditional}, {typ: graph.Demands, src: "Ghana", tgt: "Togo", rule: "frames:noun-support-condition:modality/condition/unless"}}},
	"unless-no-agent":                       {want: []want{{typ: graph.Threatens, src: "Ghana", tgt: "tariffs", mode: Conditional}}, not: []graph.RelType{graph.Demands}},
	"copula-read-passive":                   {want: []want{{typ: graph.Opposes, src: "Senate", tgt: "offer", rule: "frames:verb-passive:"}}},
	"relative-clause-root":                  {want: []want{{typ: graph.Opposes, src: "Chile", tgt: "tariff", rule: "frames:verb-attached:"}}, not: []graph.RelType{graph.Offers}},
	"text-participle-issuer":                {want: []want{{typ: graph.Opposes, src: "Senate", tgt: "raids", rule: "frames:verb-text:cameo@"}}},
	"request-for-clause":                    {want: []want{{typ: graph.Demands, src: "Chile", tgt: "lift"}}, not: []graph.RelType{graph.Offers}},
	"physical-verb-that-clause":             {not: []graph.RelType{graph.Opposes}},
	"reversal-verb-hostile-object":          {want: []want{{typ: graph.Offers, src: "Chile", tgt: "countermeasures", mode: Future, rule: "frames:noun-poss-reversal:class/noun/countermeasure"}}, not: []graph.RelType{graph.Threatens, graph.Sanctions}},
	"compound-head-decides":                 {not: []graph.RelType{graph.Offers}},
	"warning-of-effect":                     {not: []graph.RelType{graph.Threatens}},
	"supplement-participle-advcl":           {want: []want{{typ: graph.Cites, src: "ministry", tgt: "report"}}},
	"supplement-participle-csubj":           {want: []want{{typ: graph.Cites, src: "ministry", tgt: "report"}}},
	"adj-linking-infinitive-on-adjective":   {want: []want{{typ: graph.Offers, src: "Peru", tgt: "Chile", mode: Future, rule: "frames:verb-controlled:"}}},
	"adj-linking-infinitive-on-verb":        {want: []want{{typ: graph.Offers, src: "Peru", tgt: "Chile", mode: Future, rule: "frames:verb-"}}, not: []graph.RelType{graph.Opposes}},
	"adj-linking-pp-on-adjective":           {want: []want{{typ: graph.Offers, src: "Chile", tgt: "talks", rule: "frames:adj-linking:"}}},
	"adj-linking-pp-on-verb":                {want: []want{{typ: graph.Offers, src: "Chile", tgt: "talks", rule: "frames:adj-linking:"}}},
	"welcome-stance-noun-complement":        {want: []want{{typ: graph.Supports, src: "Australia", tgt: "commitment", rule: "frames:verb:class/verb/welcome"}}},
	"welcome-guest-pp-on-object":            {not: []graph.RelType{graph.Supports}},
	"adj-linking-participle-jj":             {want: []want{{typ: graph.Offers, src: "Norway", tgt: "talks", rule: "frames:adj-linking:"}}},
	"adj-linking-participle-vbn":            {want: []want{{typ: graph.Offers, src: "Norway", tgt: "talks", rule: "frames:adj-linking:"}}},
	"object-complement-participle":          {not: []graph.RelType{graph.Offers}},
	"adj-linking-pp-not-adjacent":           {want: []want{{typ: graph.Offers, src: "Chile", tgt: "", rule: "frames:adj-linking:"}}},
	"object-relative-that-unmarked":         {want: []want{{typ: graph.Opposes, src: "Japan", tgt: "plan"}}},
	"object-relative-that-obj":              {want: []want{{typ: graph.Opposes, src: "Japan", tgt: "plan"}}},
	"passive-directive-advcl":               {want: []want{{typ: graph.Demands, src: "Paris", tgt: "Jerusalem"}}},
	"passive-directive-xcomp":               {want: []want{{typ: graph.Demands, src: "Paris", tgt: "Jerusalem"}}},
	"destined-adjective":                    {want: []want{{typ: graph.Sanctions, src: "Lima", tgt: "Chile"}}},
	"specificational-infinitive-outer":      {want: []want{{typ: graph.Demands, src: "", tgt: "Latvia", rule: "frames:clause-obligation:"}}},
	"specificational-infinitive-nsubj":      {want: []want{{typ: graph.Demands, src: "", tgt: "Latvia", rule: "frames:clause-obligation:"}}},
	"publish-future-measure":                {want: []want{{typ: graph.Sanctions, src: "Chile", tgt: "exports", rule: "frames:noun-support:class/noun/curb"}}, not: []graph.RelType{graph.Threatens}},
	"headline-infinitive-xcomp":             {want: []want{{typ: graph.Sanctions, src: "Ghana", tgt: "*", rule: "frames:noun-support:"}}},
	"headline-infinitive-advcl":             {want: []want{{typ: graph.Sanctions, src: "Ghana", tgt: "*", rule: "frames:noun-support:"}}},
	"headline-infinitive-not-root":          {want: []want{{typ: graph.Sanctions, src: "plan", tgt: "ban"}}}, // not a headline: the root is no proper noun
	"participial-preposition-adjunct-agent": {want: []want{{typ: graph.Offers, src: "", tgt: "restrictions"}}},
	"complement-phrase-agent":               {want: []want{{typ: graph.Offers, src: "union", tgt: "restrictions"}}},
	"call-on-adverb-run-new":                {want: []want{{typ: graph.Demands, src: "We", tgt: "Ethiopia"}}},
	"call-on-adverb-run-old":                {want: []want{{typ: graph.Demands, src: "We", tgt: "Ethiopia"}}},
	"phrase-agent-of-phrase-blocks":         {want: []want{{typ: graph.Sanctions, src: "", tgt: "*"}}},
	"affect-participle-new":                 {want: []want{{typ: graph.Opposes, src: "Hungary", tgt: "pollution", rule: "frames:adj"}}},
	"affect-participle-old":                 {want: []want{{typ: graph.Opposes, src: "Hungary", tgt: "pollution", rule: "frames:adj"}}},
}

func form(toks []Token, i int) string {
	if i < 0 {
		return ""
	}
	return toks[i].Form
}

func describe(toks []Token, ms []Match) string {
	var b strings.Builder
	for _, m := range ms {
		fmt.Fprintf(&b, "\n  %s %s→%s mode=%s scope=%s neg=%v hedged=%v %s", m.Type, form(toks, m.Source), form(toks, m.Target), m.Mode, m.Scope, m.Negated, m.Hedged, m.Rule)
	}
	return b.String()
}

func TestConstructions(t *testing.T) {
	lx, sents := constructionTrees(t)
	seen := map[string]bool{}
	for _, s := range sents {
		id := ""
		for _, c := range s.Comments {
			if v, ok := strings.CutPrefix(c, "# id = "); ok {
				id = v
			}
		}
		tc, ok := cases[id]
		if !ok {
			t.Errorf("%s: tree without a case", id)
			continue
		}
		seen[id] = true
		t.Run(id, func(t *testing.T) {
			toks := FromCoNLLU(s)
			ms := lx.Match(toks)
			for _, w := range tc.want {
				found := false
				for _, m := range ms {
					if m.Type == w.typ && form(toks, m.Source) == w.src && (w.tgt == "*" || form(toks, m.Target) == w.tgt) &&
						m.Mode == w.mode && m.Scope == w.scope && m.Negated == w.neg && m.Hedged == w.hedged && strings.HasPrefix(m.Rule, w.rule) {
						found = true
					}
				}
				if !found {
					t.Errorf("%s: want %s %s→%s mode=%s scope=%s neg=%v hedged=%v %s; got:%s", s.Text(), w.typ, w.src, w.tgt, w.mode, w.scope, w.neg, w.hedged, w.rule, describe(toks, ms))
				}
			}
			for _, ty := range tc.not {
				for _, m := range ms {
					if m.Type == ty && m.Asserts() {
						t.Errorf("%s: asserts %s:%s", s.Text(), ty, describe(toks, []Match{m}))
					}
				}
			}
		})
	}
	for id := range cases {
		if !seen[id] {
			t.Errorf("case %s has no tree in testdata", id)
		}
	}
}

// TestRulesAreKnown runs every test tree and requires each emitted rule to name a listed frame and
// an entry of the lexicon (the rule registry check).
func TestRulesAreKnown(t *testing.T) {
	lx, sents := constructionTrees(t)
	n := 0
	for _, s := range sents {
		for _, m := range lx.Match(FromCoNLLU(s)) {
			n++
			if !lx.KnownRule(m.Rule) {
				t.Errorf("%s: rule %q is not registered", s.Text(), m.Rule)
			}
		}
	}
	if n == 0 {
		t.Fatal("no matches")
	}
	for _, bad := range []string{"frames:verb:cameo@1", "frames:nope:class/noun/refusal", "frames:verb:class/verb/nope", "verb:cameo@8073"} {
		if lx.KnownRule(bad) {
			t.Errorf("%q accepted", bad)
		}
	}
}

func TestLoadErrors(t *testing.T) {
	good := map[string]string{
		"cameo-verbs.txt":    "impose | impose | IMPOSE | 170 | COERCE | SANCTIONS | = | THREATENS | 8073\n",
		"cameo-patterns.txt": "IMPOSE | - | - | curfew | - | - | 1723 | COERCE | SANCTIONS | = | = | 8090\n",
		"cue-classes.txt":    "noun | threat | - | xcomp | THREATENS | = | = | - | 130 | THREATEN | CAMEO 13\n",
		"modality.txt":       "negation | not | Quirk\n",
		"cameo-forms.txt":    "froze | freeze | 2024\n",
		"cameo-nouns.txt":    "condemnation | condemn | CRITICIZE | 111 | DISAPPROVE | OPPOSES | = | = | 7515 | noun.act\n",
	}
	if _, err := Load(mapFS(good)); err != nil {
		t.Fatalf("good files: %v", err)
	}
	for name, bad := range map[string]string{
		"cameo-verbs.txt":    "impose | impose | IMPOSE | 170 | COERCE | PUNISHES | = | = | 8073\n",
		"cameo-patterns.txt": "IMPOSE | - | - | curfew | - | 1723 | COERCE | SANCTIONS | = | = | 8090\n",
		"cue-classes.txt":    "noun | threat | - | xcomp | THREATENS | = | = | hostile | 130 | THREATEN | CAMEO 13\n",
		"modality.txt":       "negators | not | Quirk\n",
		"cameo-forms.txt":    "froze | freeze\n",
		"cameo-nouns.txt":    "condemnation | condemn | CRITICIZE | 111 | DISAPPROVE | OPPOSING | = | = | 7515 | noun.act\n",
	} {
		files := map[string]string{}
		for k, v := range good {
			files[k] = v
		}
		files[name] = "# comment\n" + bad
		_, err := Load(mapFS(files))
		if err == nil || !strings.Contains(err.Error(), name+":2:") {
			t.Errorf("%s: err %v, want it to name the file and line 2", name, err)
		}
	}
}

// mapFS is an in-memory fs.FS of text files.
type mapFS map[string]string

func (m mapFS) Open(name string) (fs.File, error) {
	s, ok := m[name]
	if !ok {
		return nil, &fs.PathError{Op: "open", Path: name, Err: fs.ErrNotExist}
	}
	return &memFile{Reader: strings.NewReader(s), name: name}, nil
}

type memFile struct {
	*strings.Reader
	name string
}

func (f *memFile) Stat() (fs.FileInfo, error) { return nil, fs.ErrInvalid }
func (f *memFile) Close() error               { return nil }

func BenchmarkMatch(b *testing.B) {
	lx, sents := constructionTrees(b)
	var trees [][]Token
	words := 0
	for _, s := range sents {
		trees = append(trees, FromCoNLLU(s))
		words += len(s.Words)
	}
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		for _, t := range trees {
			lx.Match(t)
		}
	}
	b.ReportMetric(float64(words*b.N)/b.Elapsed().Seconds(), "words/s")
}

// attributions expected in the test trees: speaker and content forms, belief, rule prefix.
var attributions = map[string][]struct {
	speaker, content string
	belief           bool
	rule             string
}{
	"report-prediction":    {{"Officials", "reject", false, "frames:attribution-ccomp:modality/report/say"}},
	"belief-ccomp":         {{"Japan", "reject", true, "frames:attribution-ccomp:modality/scope/believe"}},
	"inverted-attribution": {{"ministry", "resume", false, "frames:attribution-inverted:modality/report/say"}},
	"according-to":         {{"diplomats", "rejected", false, "frames:attribution-according:grammar/according-to"}},
	"reported-obligation":  {{"Norway", "release", false, "frames:attribution-ccomp:"}},
	"active-object":        {},
}

func TestAttributions(t *testing.T) {
	lx, sents := constructionTrees(t)
	for _, s := range sents {
		id := ""
		for _, c := range s.Comments {
			if v, ok := strings.CutPrefix(c, "# id = "); ok {
				id = v
			}
		}
		want, ok := attributions[id]
		if !ok {
			continue
		}
		toks := FromCoNLLU(s)
		got := lx.Attributions(toks)
		if len(got) != len(want) {
			t.Errorf("%s: %d attributions, want %d: %+v", s.Text(), len(got), len(want), got)
			continue
		}
		for k, w := range want {
			g := got[k]
			if form(toks, g.Speaker) != w.speaker || form(toks, g.Content) != w.content || g.Belief != w.belief || !strings.HasPrefix(g.Rule, w.rule) || !lx.KnownRule(g.Rule) {
				t.Errorf("%s: got %s → %s belief=%v %s, want %s → %s belief=%v %s", s.Text(), form(toks, g.Speaker), form(toks, g.Content), g.Belief, g.Rule, w.speaker, w.content, w.belief, w.rule)
			}
		}
	}
}

// FuzzMatch feeds arbitrary heads, relations and tags: Match and Attributions must return
// (no panic, no endless walk) on any input, trees or not.
func FuzzMatch(f *testing.F) {
	f.Add([]byte{0, 1, 2, 3, 4, 5}, []byte{1, 2, 0, 3, 9, 4})
	f.Add([]byte{1, 0}, []byte{0, 1})
	lx, err := Default()
	if err != nil {
		f.Fatal(err)
	}
	words := []string{"China", "imposed", "sanctions", "on", "refusal", "to", "unwilling", "not", "would", "said", "that", "and", "against", "is"}
	lemmas := []string{"China", "impose", "sanction", "on", "refusal", "to", "unwilling", "not", "would", "say", "that", "and", "against", "be"}
	upos := []string{"PROPN", "VERB", "NOUN", "ADP", "NOUN", "PART", "ADJ", "PART", "AUX", "VERB", "SCONJ", "CCONJ", "ADP", "AUX"}
	rels := []string{"root", "nsubj", "obj", "obl", "case", "mark", "xcomp", "ccomp", "conj", "aux", "advmod", "acl", "nmod:poss", "nsubj:pass", "obl:agent", "cop", "compound:prt", "parataxis", "acl:relcl", "advcl"}
	f.Fuzz(func(t *testing.T, heads, labels []byte) {
		n := min(len(heads), len(labels), 40)
		toks := make([]Token, n)
		for i := 0; i < n; i++ {
			w := int(labels[i]) % len(words)
			toks[i] = Token{Form: words[w], Lemma: lemmas[w], UPOS: upos[w], XPOS: "VBD",
				Head: int(heads[i])%(n+2) - 1, DepRel: rels[int(heads[i]^labels[i])%len(rels)]}
		}
		for _, m := range lx.Match(toks) {
			if m.Type == "" || m.Cue < 0 || m.Cue >= n || m.Source >= n || m.Target >= n {
				t.Fatalf("bad match %+v", m)
			}
		}
		lx.Attributions(toks)
	})
}

// TestSayingParticipleNoContent: "Peru praised the plan, adding that talks would continue" with
// the participle parsed as xcomp: a participle of saying with its own clause is a second speech
// act, not the praise's content (frames3).
func TestSayingParticipleNoContent(t *testing.T) {
	lx, sents := constructionTrees(t)
	for _, s := range sents {
		if !slices.Contains(s.Comments, "# id = saying-participle") {
			continue
		}
		toks := FromCoNLLU(s)
		for _, m := range lx.Match(toks) {
			if m.Type == graph.Supports && m.Content >= 0 {
				t.Errorf("content %q, want none:%s", form(toks, m.Content), describe(toks, []Match{m}))
			}
		}
		return
	}
	t.Fatal("no saying-participle tree")
}

// constructionTrees loads the frames lexicon and the hand-checked trees of
// testdata/constructions.conllu, which the construction, attribution and rule-registry tests read.
func constructionTrees(tb testing.TB) (*Lexicon, []*conllu.Sentence) {
	tb.Helper()
	lx, err := Default()
	if err != nil {
		tb.Fatal(err)
	}
	sents, err := conllu.ReadFile("testdata/constructions.conllu")
	if err != nil {
		tb.Fatal(err)
	}
	return lx, sents
}

// TestDictLemma: the dictionary verb behind a form, by the listed forms and the regular spelling
// rules (dictLemma); a form of no dictionary verb gives "".
func TestDictLemma(t *testing.T) {
	lx, err := Default()
	if err != nil {
		t.Fatal(err)
	}
	for form, want := range map[string]string{"deplored": "deplore", "rebuked": "rebuke", "severed": "sever",
		"banned": "ban", "denied": "deny", "froze": "freeze", "imploring": "implore", "deplores": "deplore",
		"xyzzyed": "", "blorfs": ""} {
		if got := lx.dictLemma(form); got != want {
			t.Errorf("dictLemma(%q) = %q, want %q", form, got, want)
		}
	}
}
