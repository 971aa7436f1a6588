// Command tokrename rewrites a package's uses of the loader's token type for its move to the
// package text/ (docs/layout/plan.md step 8, branch restruct7): the fields of a token (text,
// lower, start, end, kind, cap, allCaps, space) become the exported fields of text.Token (Text,
// Lower, …), in selectors and in composite-literal keys, and the type name `token` becomes
// `text.Token`. It is type-aware, so an entity's `kind` or a mention's `text` stays as it is.
// The moved constants and functions (tkWord → text.Word, tokenize → text.Tokenize, isPrep →
// text.IsPrep, …: the table names) are rewritten where an identifier of that name refers to the
// old package-level object or, after a merge, to nothing; a file that gains a reference to text
// gets its import. Four predicates changed their arguments: isQuestion(st) →
// text.IsQuestion(st.toks), lastWordTok(st, e) → text.LastWordTok(st.toks, e), isHeadline(lx, st)
// → text.IsHeadline(st.toks, lx.stop), and proseSentence likewise, and the method
// d.endsSentence(st) → text.EndsSentence(st.toks); calls of the old names are
// rewritten so. It runs passes until one changes nothing (a parameter of the old type `token`
// gets its fields renamed once the type is text.Token).
//
// Since branch restruct8 it also carries a branch over the move of the loader's input floor
// (reading and cleaning) to the package input: the names in toInput (Document, Cleaned,
// Sentence, Cleaner, NewCleaner, Read, ErrEmpty, the DateFrom* constants, …) become input.X where
// an identifier refers to the old package-level object or to nothing, and loader.X becomes input.X
// in the packages that call the loader (run it with -dir cmd/claimgraph, -dir bench/…); the word
// list nameConnectors, which moved to the package text, is read through a predicate: an index
// nameConnectors[w] becomes text.IsNameConnector(w); a test's testCleaner(t) (clean_test.go's,
// moved with it) becomes exCleaner(t). A file that gains input. gets the import; a
// file that no longer names loader. loses it. External test packages (package loader_test,
// export_test) are not read: rewrite their loader.Document to input.Document by hand.
//
// Since branch restruct9 it also carries a branch over the move of the lexicon floor
// (loader/lexicon*.go) to the package lexicon: the names in toLexicon (the types lexicons,
// country, knownActor, title, cue, lexEntry, trie, orgNoun, …; loadLexicons, lexTokens →
// lexicon.Keys, sectorOf, the lk* kinds → lexicon.Entry*, the lex* file names → lexicon.*File,
// LexiconError → lexicon.Error) become lexicon.X where an identifier refers to the old
// package-level object or to nothing; and a field selector or composite-literal key that names
// no field of its operand's type, when that type is one of the package lexicon's and has the
// field with the first letter upper-cased, is rewritten so (d.lx.cues → d.lx.Cues, e.kind →
// e.Kind on a lexicon.Entry, n.next → n.Next on a lexicon.Trie). An entity's or a quote's field
// of the same name stays as it is: the rule reads the operand's type, not the name. A package-level
// word list that has moved to data/wordclasses (its variable now a lexicon.WordSet) is read
// through Has: a branch's index list[w] becomes list.Has(w), whichever list it is. A file that
// names lexicon., text. or input. without importing it (a merge kept the branch's import block
// over hunks that name the package) gets the import. A loader/lexicon*.go file that a
// modify/delete conflict left (the branch edited a file main moved) is not read: the tool says
// where to port the edit (lexicon/lexicons*.go) and leaves the file for git rm.
//
// Since branch restruct10 it also carries a branch over the doc floor's helpers that became
// functions (plan step 1): a call d.name(args) on a *doc whose method name is gone becomes the
// function of toFunc, with what the method read through its receiver passed first —
// d.speechAt(st, i) → speechAt(d.lx, st, i), d.attitudeAt and d.verbAfter likewise;
// d.bodyStart(st), d.labelEnd(st), d.outletLabel(st, a), d.finiteIn(st, a, b) lose the receiver;
// d.publisherBody() → publisherBody(d.lx, d.c.Article.Outlet), d.govHostCountry() →
// govHostCountry(d.lx, d.c.Article.URL), d.capRunEnd(st, i) → text.CapRunEnd(st.toks, i),
// d.givenNameCapital(st, a, b) → givenNameCapital(d.x.phx, d.lx, st, a, b). A method of that
// name on another type stays. The
// walks of the lexicon tries became accessors of the package lexicon (lexicon/lookup.go):
// d.nounCue(w) → d.lx.NounCue(w), d.demonymWord(w) → d.lx.DemonymWord(w), and the loader's
// matchWords(&t, words) → t.Longest(words); a branch's own walks of Next and Entries still
// build (the fields stay) and are left to it.
//
// Since branch restruct10 the loader's sentence type is the package doc's Sent (the loader keeps
// the name through an alias, type sent = docpkg.Sent): a selector or composite-literal key that
// names no field of a doc type and whose upper-cased name is one (st.toks → st.Toks, st.s →
// st.S, &sent{idx: i} → &sent{Idx: i}) is rewritten as the lexicon types' fields are
// (exportedFieldPkgs); another type's field of the same name stays. The entity, role and mention
// types followed (doc.Entity, doc.Role, doc.Mention; aliases entity, roleRec, mention): their
// fields likewise, their methods upper-cased (e.final() → e.Final(), addAlias, addRole,
// mergeInto, placeIn), and the entity methods of stage files are functions (entityToFunc:
// e.nodeID() → nodeID(e), p.absorbInto(o) → absorbInto(p, o), a value's v.emit() → emit(&v)).
//
// Since branch restruct11 more methods of doc that read only their arguments or the lexicons are
// functions of the same name in the same file (the layout map's liftable methods, plan step 1):
// toFunc lists them, d.timeWord(w) → timeWord(w), d.officeOnly(e) → officeOnly(d.lx, e). A
// branch's line inside such a function's body that a merge kept under main's new signature still
// reads the receiver, an identifier that now refers to nothing: d.lx becomes lx (the function's
// parameter) and d.name(args) of another lifted method name(lx, args) or name(args). The word
// lists this round moved to data/wordclasses need nothing new: an index into a lexicon.WordSet
// becomes .Has as before.
//
// Usage: go run ./tools/tokrename -dir loader
//
// It type-checks the package's files and its in-package tests (go list export data for the
// imports), keeps going past type errors, and so also works after a merge has brought the move
// in: a selector whose operand has type text.Token (or the old token) and names an old field is
// rewritten either way. Files are rewritten in place; run gofmt after it. Errors: go list or parse failures, exit status 1.
package main

import (
	"flag"
	"fmt"
	"go/ast"
	"go/parser"
	"go/token"
	"go/types"
	"os"
	"path/filepath"
	"sort"
	"strings"

	"github.com/claimgraph/claimgraph/tools/internal/golist"
)

// fields maps the old field names to the exported ones: capitalisation only.
var fields = map[string]string{
	"text": "Text", "lower": "Lower", "start": "Start", "end": "End", "kind": "Kind",
	"cap": "Cap", "allCaps": "AllCaps", "space": "Space",
}

// moved maps the old package-level names of the loader to their names in the package text.
var moved = map[string]string{
	"tokKind": "Kind", "tkWord": "Word", "tkNum": "Num", "tkPunct": "Punct", "tkQuote": "Quote", "tkSym": "Sym",
	"tokenize": "Tokenize", "isOpenQuote": "IsOpenQuote", "isCloseQuote": "IsCloseQuote", "isPronoun": "IsPronoun",
	"lowerWords": "LowerWords", "isDayOrMonth": "IsDayOrMonth", "isPrep": "IsPrep", "pronounClass": "PronounClass",
	"lowerFirst": "LowerFirst", "wordIndex": "WordIndex", "isWordRune": "IsWordRune", "titleCase": "TitleCase",
	"upperFirstWord": "UpperFirstWord", "headOfMission": "HeadOfMission",
}

// toInput are the loader's exported names of the input floor (charset.go, clean*.go, dates.go,
// input.go, split.go, types.go) that kept their names in the package input (branch restruct8).
var toInput = map[string]bool{
	"Document": true, "Sentence": true, "Cleaned": true, "Cleaner": true, "NewCleaner": true,
	"ErrNoContent": true, "ParseDate": true, "MaxDocumentBytes": true,
	"InputError": true, "Read": true, "CheckText": true, "Splitter": true, "NewSplitter": true,
	"ErrBinary": true, "ErrEmpty": true, "ErrNoText": true, "ErrInvalidJSON": true, "ErrTooLarge": true,
	"ErrUnreadable": true, "ErrUTF16": true, "ErrNotRegular": true,
	"DateFromJSON": true, "DateFromFlag": true, "DateFromMeta": true, "DateFromJSONLD": true,
	"DateFromTime": true, "DateFromMetaDate": true, "DateFromByline": true, "DateFromDateline": true,
	"DateFromTitle": true, "DateFromFileName": true,
}

// renamed are the loader's test helpers that moved with the input floor's tests and have a
// twin in the loader's own: the cleaner clean_test.go made is extract_helpers_test.go's exCleaner.
var renamed = map[string]string{"testCleaner": "exCleaner"}

// toPredicate are package-level word lists of the loader that moved behind a predicate: an
// index list[w] becomes the call.
var toPredicate = map[string]string{"nameConnectors": "text.IsNameConnector"}

// toLexicon maps the loader's package-level names of the lexicon floor (lexicon.go,
// lexicon_actor.go, lexicon_claim.go, lexicon_codes.go) to their names in the package lexicon
// (branch restruct9). The fields of the moved types are not listed: they are found on the types
// themselves (lexiconField).
var toLexicon = map[string]string{
	"lexicons": "Lexicons", "actorLex": "ActorLex", "claimLex": "ClaimLex", "country": "Country",
	"knownActor": "KnownActor", "title": "Title", "cue": "Cue", "lexEntry": "Entry", "lexKind": "EntryKind",
	"trie": "Trie", "orgNoun": "OrgNoun",
	"lkCountry": "EntryCountry", "lkDemonym": "EntryDemonym", "lkCapital": "EntryCapital", "lkActor": "EntryActor",
	"lkTitle": "EntryTitle", "lkCue": "EntryCue", "lkSpeechVerb": "EntrySpeechVerb", "lkHedge": "EntryHedge",
	"loadLexicons": "LoadLexicons", "lexTokens": "Keys", "sectorOf": "SectorOf", "lexFiles": "Files",
	"LexiconError": "Error",
	"lexCountries": "CountriesFile", "lexActors": "KnownActorsFile", "lexTitles": "TitlesFile",
	"lexOrgWords": "OrgWordsFile", "lexStopNames": "StopNamesFile", "lexGroups": "GroupsFile",
	"lexCues": "CuesFile", "lexSpeech": "SpeechFile", "lexHedges": "HedgesFile", "lexNegations": "NegationsFile",
	"lexIrregular": "IrregularFile", "lexLightVerbs": "LightVerbsFile", "lexDiscuss": "DiscussFile",
	"lexPolicyWords": "PolicyWordsFile", "lexPartOf": "PartOfFile", "lexNonActors": "NonActorsFile",
	"lexDefinites": "DefinitesFile", "lexCommon": "CommonWordsFile", "lexOrgTails": "OrgTailsFile",
	"lexPortfolios": "PortfoliosFile", "lexBodies": "BodiesFile", "lexOrgNouns": "OrgNounsFile",
	"lexDocHeads": "DocHeadsFile", "lexEvaluations": "EvaluationsFile", "lexGendered": "GenderedFile",
}

const (
	textImport    = `"github.com/claimgraph/claimgraph/text"`
	inputImport   = `"github.com/claimgraph/claimgraph/input"`
	loaderImport  = `"github.com/claimgraph/claimgraph/loader"`
	lexiconImport = `"github.com/claimgraph/claimgraph/lexicon"`
	docImport     = `"github.com/claimgraph/claimgraph/doc"`
)

// movedLexiconFile are the loader's files that moved to the package lexicon (restruct9), with
// their new names in movedLexiconFile2. After a merge one is still there only when the branch
// edited it (a modify/delete conflict); the tool does not read it and says where the edit goes.
var (
	movedLexiconFile  = map[string]bool{"lexicon.go": true, "lexicon_actor.go": true, "lexicon_claim.go": true, "lexicon_codes.go": true}
	movedLexiconFile2 = map[string]string{"lexicon.go": "lexicons.go", "lexicon_actor.go": "lexicons_actor.go", "lexicon_claim.go": "lexicons_claim.go", "lexicon_codes.go": "codes.go"}
	warned            = map[string]bool{}
)

// isWordSet reports lexicon.WordSet, the type of a word list read from data/wordclasses: a
// branch's index list[w] on a list that has moved there since becomes list.Has(w).
func isWordSet(t types.Type) bool {
	n, ok := t.(*types.Named)
	return ok && n.Obj().Name() == "WordSet" && n.Obj().Pkg() != nil && n.Obj().Pkg().Path() == strings.Trim(lexiconImport, `"`)
}

// exportedFieldPkgs are the packages whose types left the loader with their fields exported by
// upper-casing the first letter: lexicon (restruct9) and doc (restruct10: doc.Sent, the loader's
// sent through an alias).
var exportedFieldPkgs = map[string]bool{
	strings.Trim(lexiconImport, `"`): true,
	strings.Trim(docImport, `"`):     true,
}

// lexiconField is the exported name of field old on t when t (or what it points to) is a named
// type of the package lexicon or doc (exportedFieldPkgs) that has a field (its own or promoted)
// of old's name with the first letter upper-cased; "" otherwise. The loader's alias sent =
// docpkg.Sent is the named type docpkg.Sent here.
func lexiconField(t types.Type, old string) string {
	if t == nil || old == "" || old[0] < 'a' || old[0] > 'z' {
		return ""
	}
	if p, ok := types.Unalias(t).(*types.Pointer); ok {
		t = p.Elem()
	}
	n, ok := types.Unalias(t).(*types.Named) // the loader's sent is an alias of docpkg.Sent
	if !ok || n.Obj().Pkg() == nil || !exportedFieldPkgs[n.Obj().Pkg().Path()] {
		return ""
	}
	nw := strings.ToUpper(old[:1]) + old[1:]
	o, _, _ := types.LookupFieldOrMethod(n, true, n.Obj().Pkg(), nw)
	if f, ok := o.(*types.Var); ok && f.IsField() {
		return nw
	}
	if f, ok := o.(*types.Func); ok && f.Pkg() != nil && f.Pkg().Path() == strings.Trim(docImport, `"`) {
		return nw // a method that moved with its type: e.final() → e.Final() (restruct10)
	}
	return ""
}

type listed struct {
	golist.Package
	types *types.Package
}

func main() {
	dir := flag.String("dir", "loader", "package directory")
	flag.Parse()
	if err := run(*dir); err != nil {
		fmt.Fprintln(os.Stderr, "tokrename:", err)
		os.Exit(1)
	}
}

func run(dir string) error {
	for pass := 0; pass < 8; pass++ {
		n, err := once(dir)
		if err != nil || n == 0 {
			return err
		}
	}
	return nil
}

// argChange are the predicates whose arguments changed with the move: the new call, from the
// source of the old call's arguments.
var argChange = map[string]func(a []string) string{
	"isQuestion":    func(a []string) string { return "text.IsQuestion(" + a[0] + ".toks)" },
	"lastWordTok":   func(a []string) string { return "text.LastWordTok(" + a[0] + ".toks, " + a[1] + ")" },
	"isHeadline":    func(a []string) string { return "text.IsHeadline(" + a[1] + ".toks, " + a[0] + ".stop)" },
	"proseSentence": func(a []string) string { return "text.ProseSentence(" + a[1] + ".toks, " + a[0] + ".stop)" },
}

// toFunc are the doc floor's methods of doc that read only the sentence, the lexicons or the
// article's metadata and became functions (branch restruct10, plan step 1), and the lexicon
// walks that became accessors of lexicon.Lexicons: a call recv.name(args) on a *doc whose method
// is gone becomes fn(pre, args), pre naming what the method read through its receiver (recv.lx,
// recv.c.Article.Outlet, …) and fn the new name, which may be a selector on the receiver
// (recv.lx.NounCue). The rewrite edits the callee and the opening parenthesis only, so edits
// inside the arguments still apply.
var toFunc = map[string]struct {
	fn, pre string
	toks    bool // the first argument (a *sent) is passed as its tokens: st → st.toks
}{
	"speechAt":       {fn: "speechAt", pre: "%.lx"},
	"attitudeAt":     {fn: "attitudeAt", pre: "%.lx"},
	"verbAfter":      {fn: "verbAfter", pre: "%.lx"},
	"finiteIn":       {fn: "finiteIn"},
	"bodyStart":      {fn: "bodyStart"},
	"outletLabel":    {fn: "outletLabel"},
	"labelEnd":       {fn: "labelEnd"},
	"publisherBody":  {fn: "publisherBody", pre: "%.lx, %.c.Article.Outlet"},
	"govHostCountry": {fn: "govHostCountry", pre: "%.lx, %.c.Article.URL"},
	// lexicon accessors (restruct10): the tries' walks moved to lexicon/lookup.go
	"nounCue":     {fn: "%.lx.NounCue"},
	"demonymWord": {fn: "%.lx.DemonymWord"},
	// the capitals' helpers (actor_places.go until restruct10, then doc_capitals.go)
	"capRunEnd":        {fn: "text.CapRunEnd", toks: true},
	"givenNameCapital": {fn: "givenNameCapital", pre: "%.x.phx, %.lx"},
	// restruct12: two methods lifted under a new name, the old one being a function's
	// elsewhere in the package: surface_attribution.go's titleWord (a word of the titles
	// lexicon; actor_bodies.go's titleWord upper-cases a word's first letter) and
	// actor_descappos.go's descriptionBefore (an organization's description before its name;
	// claim_reported.go's finds a description's start)
	"titleWord":         {fn: "isTitleWord", pre: "%.lx"},
	"descriptionBefore": {fn: "orgDescriptionBefore", pre: "%.lx"},
	// restruct13: the readers of the article's metadata, passed the fields they read (as
	// publisherBody and govHostCountry above), and three lifted under a new name, the old one
	// being a package-level name already: claim_cataphora.go's quotesIn (surface_target.go's
	// counts quotation marks), wire_split.go's nameParticles (actor.go's word class) and
	// actor_names.go's descriptiveGenitive (actor_unnamed.go's reads a plural's genitive)
	"hostBody":            {fn: "hostBody", pre: "%.c.Article.URL"},
	"publisherGovernment": {fn: "publisherGovernment", pre: "%.lx, %.c.Article.Outlet"},
	"publisherOwnCountry": {fn: "publisherOwnCountry", pre: "%.x, %.lx, %.c.Article.Outlet"},
	"igoBody":             {fn: "igoBody", pre: "%.x, %.c.Article.PublishedAt"},
	"quotesIn":            {fn: "hasQuotedWords"},
	"nameParticles":       {fn: "tagNameParticles"},
	"descriptiveGenitive": {fn: "nameGenitive", pre: "%.lx"},
}

// liftedByPre are restruct11's methods of doc that became functions of the same name in the same
// file (the layout map's liftable methods, in five rounds: each lifted those whose callees the one
// before had lifted), by what they read through the receiver, now passed first: nothing, the
// lexicons (d.lx), the Extractor's dictionaries (d.x) or both. init adds them to toFunc:
// d.timeWord(w) → timeWord(w), d.officeOnly(e) → officeOnly(d.lx, e), d.sector(e) →
// sector(d.x, e), d.genericBody(…) → genericBody(d.x, d.lx, …). The last line of each list
// holds restruct12's, the liftable methods that session 15's first-round merges brought in,
// lifted in three rounds likewise (headFinalKinds calls headFinalKind, which calls
// securityForce). restruct13's are on a line of their own too (executiveTitle); the readers of
// the article's text, d.runes, take it as runes.
var liftedByPre = map[string][]string{
	"": {
		"actorObject", "addresseeAct", "contentOfReportNoun", "descriptionPremods", "determined",
		"droppedMention", "headBeforeOf", "houseOfChamber", "inMarkedClause", "isProperAdjective",
		"listComma", "locativeBefore", "nameNotPronoun", "nameOpener", "nationalAgency", "nounUse",
		"ofPlace", "ofStateName", "officeTail", "ordinalMeeting", "ordinalMeetingBefore", "otherTurn",
		"parentheticalGloss", "partOfNamed", "placeContext", "policySpan", "quantityObject",
		"remarksOnQuestion", "reportVerb", "sentInitial", "stateHeadIn", "stateOfficials",
		"talkQuestion", "timeAdverbialEnd", "timeWord", "titleHasPortfolio", "unmention",
		"titleOffice",
	},
	"%.lx": {
		"adverbialOnly", "appositiveOrgHead", "attitudeHolder", "auxAfter", "bodyRunAfter",
		"bodyVoiceSubject", "boundPossessive", "canonicalBody", "capsHeadingWord", "capsLine",
		"clauseAfter", "contactItem", "cueParticiple", "dashJoinedName", "demonymCountry", "demonymTail",
		"documentName", "documentNounBefore", "exchangeOnly", "finiteAfter", "finiteNext", "firstVerb",
		"foreignOfficeName", "genericName", "givenNameOf", "institution", "isBareName", "isClause",
		"isCueWord", "isDemonymWord", "isPlaceWord", "judgementCandidate", "labelLine", "modalBefore",
		"namedGender", "nationalName", "nonCompany", "nounPhraseStart", "objectFollows", "officeLine",
		"officeOnly", "orgAgentsName", "orgHeadOf", "participleSpeechAfter", "particleName",
		"partitiveHead", "passiveByAgent", "peopleHead", "personPlural", "pluralOrgHead",
		"portfolioBody", "postNominal", "roleLabel", "speechBefore", "speechVerbAt", "stateOfficial",
		"takeDictPerson", "talkObject", "talkReference", "titleAppositiveLeaveOut", "titleCaseLine",
		"titlePluralHead", "trailingPortfolio",
		"negatedBefore", "ownBodyNoun", "ownStateNoun", "speakerBody", "stateTitle", "titledMention",
	},
	"%.x": {
		"armedGroup", "citingParticiple", "contentClauseNearer", "countryAgentAfter",
		"intergovernmental", "interviewerOutlet", "invertedReport", "joinInitial", "joinReport",
		"legBody", "legislative", "legislativeBefore", "motionMeeting", "newsOutlet", "ngoCode",
		"noVerbBefore", "nonStateAgentIn", "parseClause", "parseFramed", "parseInserted", "parsePart",
		"personAgentNoun", "reportedInPreface", "sector", "speaksFor", "stateAgentHead", "surnamePair",
		"taggedCandidate", "titleSector", "titleSectorAgrees", "titleSectorDisagrees", "verbless",
		"wireLemma",
		"dictForeigner", "givenNameFirst", "knownRole", "reportNoun", "securityForce", "titledOfficeHolder", "violationVerb",
		"executiveTitle",
	},
	"%.runes":       {"lineStart", "lineEnd", "lineEndsAfter", "namedAfterSpan"},
	"%.lx, %.runes": {"capsWordLine"},
	"%.x, %.lx": {
		"agentTitleWord", "commaSupplementEnd", "committeeOnly", "descriptiveModifier", "genericBody",
		"knownAcronymModifier", "legislatureHead", "legislatureInName", "nounModifier", "orgSector",
		"personOrBodyNoun", "supportVerbAfter",
		"headFinalKind", "headFinalKinds", "orgHeadNoun",
	},
}

func init() {
	for pre, names := range liftedByPre {
		for _, n := range names {
			toFunc[n] = struct {
				fn, pre string
				toks    bool
			}{fn: n, pre: pre}
		}
	}
}

// liftedInPlace reports a method of toFunc that became a function of the same name whose first
// parameters are what it read through its receiver: none, the Extractor (ex, from d.x), the
// lexicons (lx, from d.lx) or both (restruct11's lifts; speechAt, verbAfter, bodyStart … of
// restruct10 likewise).
func liftedInPlace(name string) bool {
	f, ok := toFunc[name]
	if !ok || f.fn != name || f.toks {
		return false
	}
	if f.pre == "" {
		return true
	}
	for _, p := range strings.Split(f.pre, ", ") {
		if liftParam[strings.TrimPrefix(p, "%.")] == "" {
			return false
		}
	}
	return true
}

// liftParam names the parameter a lifted function takes for each field of doc it read through
// its receiver: d.x → ex, d.lx → lx, d.runes → runes (restruct13).
var liftParam = map[string]string{"x": "ex", "lx": "lx", "runes": "runes"}

// entityToFunc are the methods of the loader's entity, declared in stage files, that became
// functions when the type moved to the package doc (restruct10: a package cannot declare methods
// on another's type): e.nodeID() → nodeID(e), p.absorbInto(o) → absorbInto(p, o). The rewrite
// inserts the function's name before the operand and turns ".name(" into ", " (or nothing), so
// edits inside the operand and the arguments still apply.
var entityToFunc = map[string]bool{"nodeID": true, "identity": true, "emit": true, "aliasList": true, "absorbInto": true}

// once makes one pass over the package and returns the number of edits.
func once(dir string) (int, error) {
	abs, err := filepath.Abs(dir)
	if err != nil {
		return 0, err
	}
	listedSelf, exports, err := golist.WithTests(abs)
	if err != nil {
		return 0, err
	}
	self := &listed{Package: listedSelf}
	fset := token.NewFileSet()
	var files []*ast.File
	names := append(append([]string(nil), self.GoFiles...), self.TestGoFiles...)
	sort.Strings(names)
	for _, n := range names {
		if movedLexiconFile[n] && filepath.Base(abs) == "loader" {
			if _, err := os.Stat(filepath.Join(abs, "..", "lexicon", "lexicons.go")); err == nil {
				// a modify/delete conflict left the branch's copy of a file main moved: it is not
				// read (its old declarations would shadow the package lexicon's) nor rewritten
				if !warned[n] {
					warned[n] = true
					fmt.Fprintf(os.Stderr, "tokrename: %s/%s moved to lexicon/ (restruct9): port the branch's change (git diff main...HEAD -- loader/%s) to lexicon/%s, then git rm it\n", filepath.Base(abs), n, n, movedLexiconFile2[n])
				}
				continue
			}
		}
		f, err := parser.ParseFile(fset, filepath.Join(abs, n), nil, parser.ParseComments|parser.SkipObjectResolution)
		if err != nil {
			return 0, err
		}
		files = append(files, f)
	}
	info := &types.Info{Types: map[ast.Expr]types.TypeAndValue{}, Uses: map[*ast.Ident]types.Object{}, Defs: map[*ast.Ident]types.Object{}, Selections: map[*ast.SelectorExpr]*types.Selection{}}
	conf := types.Config{Importer: golist.Importer(fset, exports), Error: func(e error) {
		if os.Getenv("TOKDEBUG") != "" {
			fmt.Fprintln(os.Stderr, e)
		}
	}}
	self.types, _ = conf.Check(self.ImportPath, fset, files, info) // errors expected after a merge: see the package comment

	// edits per file: byte offset → (old length, new text)
	type edit struct {
		off, n int
		s      string
	}
	edits := map[string][]edit{}
	add := func(pos token.Pos, old, s string) {
		p := fset.Position(pos)
		edits[p.Filename] = append(edits[p.Filename], edit{p.Offset, len(old), s})
	}
	isTok := func(t types.Type) bool {
		if t == nil {
			return false
		}
		if p, ok := t.(*types.Pointer); ok {
			t = p.Elem()
		}
		n, ok := t.(*types.Named)
		if !ok || n.Obj().Pkg() == nil {
			return false
		}
		o := n.Obj()
		return o.Name() == "token" && o.Pkg().Path() == self.ImportPath || o.Name() == "Token" && filepath.Base(o.Pkg().Path()) == "text"
	}
	// isDoc: the loader's per-article type doc, or a pointer to it
	isDoc := func(t types.Type) bool {
		if p, ok := t.(*types.Pointer); ok {
			t = p.Elem()
		}
		n, ok := t.(*types.Named)
		return ok && n.Obj().Name() == "doc" && n.Obj().Pkg() != nil && n.Obj().Pkg().Path() == self.ImportPath
	}
	// isEntity: the package doc's Entity (the loader's entity is its alias since restruct10)
	isEntity := func(t types.Type) bool {
		if t == nil {
			return false
		}
		if p, ok := types.Unalias(t).(*types.Pointer); ok {
			t = p.Elem()
		}
		n, ok := types.Unalias(t).(*types.Named)
		return ok && n.Obj().Name() == "Entity" && n.Obj().Pkg() != nil && n.Obj().Pkg().Path() == strings.Trim(docImport, `"`)
	}
	// oldOrNone: an identifier that refers to a package-level object of the package itself, or
	// to nothing (the object is gone after a merge), and is not a field's, method's or key's name.
	notName := map[*ast.Ident]bool{}
	for _, f := range files {
		ast.Inspect(f, func(n ast.Node) bool {
			switch x := n.(type) {
			case *ast.SelectorExpr:
				notName[x.Sel] = true
			case *ast.CompositeLit:
				// a struct literal's keys are field names; a map's or a slice's keys are
				// expressions (map[lexKind]string{lkCountry: …} names the moved constant)
				if t := info.Types[x].Type; t != nil {
					switch t.Underlying().(type) {
					case *types.Map, *types.Slice, *types.Array:
						return true
					}
				}
				for _, el := range x.Elts {
					if kv, ok := el.(*ast.KeyValueExpr); ok {
						if id, ok := kv.Key.(*ast.Ident); ok {
							notName[id] = true
						}
					}
				}
			}
			return true
		})
	}
	// The unqualified names are rewritten only in the package they left: elsewhere a tokenize or
	// a Read is that package's own.
	inLoader := filepath.Base(self.ImportPath) == "loader"
	oldOrNone := func(x *ast.Ident) bool {
		if notName[x] || info.Defs[x] != nil {
			return false
		}
		o := info.Uses[x]
		return o == nil || o.Parent() == self.types.Scope()
	}
	// restruct11: a branch's edit inside the body of a method that main lifted to a function of
	// the same name (liftedInPlace) still reads the receiver, an identifier that now refers to
	// nothing: d.lx → lx and d.x → ex (the function's parameters), and a call d.name(args) of a
	// lifted method → name(ex, lx, args), name(lx, args), … or name(args).
	for _, f := range files {
		for _, decl := range f.Decls {
			fd, ok := decl.(*ast.FuncDecl)
			if !ok || fd.Recv != nil || fd.Body == nil || !liftedInPlace(fd.Name.Name) {
				continue
			}
			params := map[string]bool{}
			for _, p := range fd.Type.Params.List {
				for _, n := range p.Names {
					params[n.Name] = true
				}
			}
			// the receiver's fields as the lifted functions' parameters: d.x → ex, d.lx → lx
			asParam := liftParam
			preArgs := func(pre string) (string, bool) {
				if pre == "" {
					return "", true
				}
				var out []string
				for _, f := range strings.Split(pre, ", ") {
					p := asParam[strings.TrimPrefix(f, "%.")]
					if p == "" || !params[p] {
						return "", false
					}
					out = append(out, p)
				}
				return strings.Join(out, ", "), true
			}
			unresolved := func(e ast.Expr) (*ast.Ident, bool) {
				id, ok := e.(*ast.Ident)
				return id, ok && info.Uses[id] == nil && info.Defs[id] == nil
			}
			ast.Inspect(fd.Body, func(n ast.Node) bool {
				switch x := n.(type) {
				case *ast.CallExpr:
					se, ok := x.Fun.(*ast.SelectorExpr)
					if !ok {
						return true
					}
					id, ok := unresolved(se.X)
					if !ok || !liftedInPlace(se.Sel.Name) {
						return true
					}
					pre, ok := preArgs(toFunc[se.Sel.Name].pre)
					if !ok {
						return true
					}
					if pre != "" && len(x.Args) > 0 {
						pre += ", "
					}
					src, _ := os.ReadFile(fset.Position(x.Pos()).Filename)
					old := string(src[fset.Position(id.Pos()).Offset : fset.Position(x.Lparen).Offset+1])
					add(id.Pos(), old, se.Sel.Name+"("+pre)
				case *ast.SelectorExpr:
					if id, ok := unresolved(x.X); ok && asParam[x.Sel.Name] != "" && params[asParam[x.Sel.Name]] {
						add(x.Pos(), id.Name+"."+x.Sel.Name, asParam[x.Sel.Name])
					}
				}
				return true
			})
		}
	}
	for _, f := range files {
		ast.Inspect(f, func(n ast.Node) bool {
			switch x := n.(type) {
			case *ast.IndexExpr:
				if isWordSet(info.Types[x.X].Type) {
					// a word list moved to data/wordclasses: locatives[w] → locatives.Has(w)
					add(x.Lbrack, "[", ".Has(")
					add(x.Rbrack, "]", ")")
				}
				if id, ok := x.X.(*ast.Ident); ok && toPredicate[id.Name] != "" && oldOrNone(id) {
					// nameConnectors[w] → text.IsNameConnector(w)
					src, _ := os.ReadFile(fset.Position(x.Pos()).Filename)
					idx := string(src[fset.Position(x.Index.Pos()).Offset:fset.Position(x.Index.End()).Offset])
					add(x.Pos(), string(src[fset.Position(x.Pos()).Offset:fset.Position(x.End()).Offset]), toPredicate[id.Name]+"("+idx+")")
					return false
				}
			case *ast.SelectorExpr:
				if nw, ok := fields[x.Sel.Name]; ok && isTok(info.Types[x.X].Type) {
					add(x.Sel.Pos(), x.Sel.Name, nw)
				}
				if id, ok := x.X.(*ast.Ident); ok && info.Uses[id] == nil && (id.Name == "lexicon" || id.Name == "text" || id.Name == "input") {
					// a package named in the file without its import: a merge that kept the
					// branch's import block over hunks that name the package (a no-op edit
					// that makes the file get the import)
					add(id.Pos(), id.Name, id.Name)
				}
				if info.Selections[x] == nil {
					if nw := lexiconField(info.Types[x.X].Type, x.Sel.Name); nw != "" {
						add(x.Sel.Pos(), x.Sel.Name, nw) // d.lx.cues → d.lx.Cues
					}
				}
				if id, ok := x.X.(*ast.Ident); ok && id.Name == "loader" && toInput[x.Sel.Name] {
					// loader.Document → input.Document in the loader's callers
					if pn, ok := info.Uses[id].(*types.PkgName); !ok && info.Uses[id] == nil || ok && pn.Imported().Path() == strings.Trim(loaderImport, `"`) {
						add(id.Pos(), id.Name, "input")
					}
				}
			case *ast.CompositeLit:
				for _, el := range x.Elts {
					if kv, ok := el.(*ast.KeyValueExpr); ok {
						if id, ok := kv.Key.(*ast.Ident); ok && info.Uses[id] == nil {
							if nw := lexiconField(info.Types[x].Type, id.Name); nw != "" {
								add(id.Pos(), id.Name, nw) // lexicon.Entry{kind: …} → {Kind: …}
							}
						}
					}
				}
				if isTok(info.Types[x].Type) {
					for _, el := range x.Elts {
						if kv, ok := el.(*ast.KeyValueExpr); ok {
							if id, ok := kv.Key.(*ast.Ident); ok {
								if nw, ok := fields[id.Name]; ok {
									add(id.Pos(), id.Name, nw)
								}
							}
						}
					}
				}
			case *ast.CallExpr:
				if se, ok := x.Fun.(*ast.SelectorExpr); ok && entityToFunc[se.Sel.Name] && info.Selections[se] == nil && isEntity(info.Types[se.X].Type) {
					amp := "" // a method on an addressable value took its address: c.e.emit() → emit(&c.e)
					if _, ok := types.Unalias(info.Types[se.X].Type).(*types.Pointer); !ok {
						amp = "&"
					}
					add(se.X.Pos(), "", se.Sel.Name+"("+amp)
					sep := ""
					if len(x.Args) > 0 {
						sep = ", "
					}
					src, _ := os.ReadFile(fset.Position(x.Pos()).Filename)
					old := string(src[fset.Position(se.X.End()).Offset : fset.Position(x.Lparen).Offset+1])
					add(se.X.End(), old, sep)
				}
				if se, ok := x.Fun.(*ast.SelectorExpr); ok && info.Selections[se] == nil && isDoc(info.Types[se.X].Type) {
					if f, ok := toFunc[se.Sel.Name]; ok {
						// d.speechAt(st, i) → speechAt(d.lx, st, i); d.bodyStart(st) → bodyStart(st)
						src, _ := os.ReadFile(fset.Position(x.Pos()).Filename)
						recv := string(src[fset.Position(se.X.Pos()).Offset:fset.Position(se.X.End()).Offset])
						add(se.X.Pos(), recv+"."+se.Sel.Name, strings.ReplaceAll(f.fn, "%", recv))
						if f.pre != "" {
							pre := strings.ReplaceAll(f.pre, "%", recv)
							if len(x.Args) > 0 {
								pre += ", "
							}
							add(x.Lparen, "(", "("+pre)
						}
						if f.toks && len(x.Args) > 0 {
							add(x.Args[0].End(), "", ".toks")
						}
					}
				}
				if se, ok := x.Fun.(*ast.SelectorExpr); ok && se.Sel.Name == "endsSentence" && len(x.Args) == 1 && info.Uses[se.Sel] == nil {
					// (*doc).endsSentence(st) → text.EndsSentence(st.toks)
					src, _ := os.ReadFile(fset.Position(x.Pos()).Filename)
					arg := string(src[fset.Position(x.Args[0].Pos()).Offset:fset.Position(x.Args[0].End()).Offset])
					add(x.Pos(), string(src[fset.Position(x.Pos()).Offset:fset.Position(x.End()).Offset]), "text.EndsSentence("+arg+".toks)")
				}
				if id, ok := x.Fun.(*ast.Ident); ok && id.Name == "matchWords" && info.Uses[id] == nil && len(x.Args) == 2 && inLoader {
					// matchWords(&d.lx.Bodies, ws) → d.lx.Bodies.Longest(ws) (restruct10)
					src, _ := os.ReadFile(fset.Position(x.Pos()).Filename)
					t := x.Args[0]
					if u, ok := t.(*ast.UnaryExpr); ok && u.Op == token.AND {
						t = u.X
					}
					recv := string(src[fset.Position(t.Pos()).Offset:fset.Position(t.End()).Offset])
					if _, ok := t.(*ast.SelectorExpr); !ok {
						if _, ok := t.(*ast.Ident); !ok {
							recv = "(" + recv + ")"
						}
					}
					// the callee and the first argument become the receiver: edits inside the
					// second argument still apply
					old := string(src[fset.Position(x.Pos()).Offset:fset.Position(x.Args[1].Pos()).Offset])
					add(x.Pos(), old, recv+".Longest(")
				}
				if id, ok := x.Fun.(*ast.Ident); ok && info.Uses[id] == nil {
					if f, ok := argChange[id.Name]; ok {
						src, _ := os.ReadFile(fset.Position(x.Pos()).Filename)
						var args []string
						for _, a := range x.Args {
							args = append(args, string(src[fset.Position(a.Pos()).Offset:fset.Position(a.End()).Offset]))
						}
						if len(args) == 2 || len(args) == 1 && id.Name == "isQuestion" {
							add(x.Pos(), string(src[fset.Position(x.Pos()).Offset:fset.Position(x.End()).Offset]), f(args))
						}
					}
				}
			case *ast.Ident:
				if x.Name == "token" && info.Uses[x] == nil && info.Defs[x] == nil && inLoader {
					add(x.Pos(), x.Name, "text.Token") // the old type, gone after a merge
				}
				if o, ok := info.Uses[x].(*types.TypeName); ok && o.Name() == "token" && o.Pkg() != nil && o.Pkg().Path() == self.ImportPath {
					add(x.Pos(), x.Name, "text.Token")
				}
				if nw, ok := moved[x.Name]; ok && info.Defs[x] == nil && inLoader {
					// the old package-level object, or nothing once the move is merged
					if o := info.Uses[x]; o == nil || o.Parent() == self.types.Scope() {
						add(x.Pos(), x.Name, "text."+nw)
					}
				}
				if nw, ok := renamed[x.Name]; ok && oldOrNone(x) && inLoader {
					add(x.Pos(), x.Name, nw)
				}
				if toInput[x.Name] && oldOrNone(x) && inLoader {
					add(x.Pos(), x.Name, "input."+x.Name)
				}
				if nw, ok := toLexicon[x.Name]; ok && oldOrNone(x) && inLoader {
					add(x.Pos(), x.Name, "lexicon."+nw)
				}
			}
			return true
		})
	}
	total := 0
	for file, es := range edits {
		b, err := os.ReadFile(file)
		if err != nil {
			return 0, err
		}
		// from the end of the file back; at one offset a replacement before an insertion, so the
		// inserted text lands in front of the replaced one (entityToFunc inserts "nodeID(" where a
		// selector's operand may itself be rewritten)
		sort.SliceStable(es, func(i, j int) bool {
			if es[i].off != es[j].off {
				return es[i].off > es[j].off
			}
			return es[i].n > es[j].n
		})
		last, lastN := -1, -1
		for _, e := range es {
			if e.off == last && (e.n == lastN || e.n > 0) {
				continue // one identifier reached twice
			}
			last, lastN = e.off, e.n
			b = append(b[:e.off:e.off], append([]byte(e.s), b[e.off+e.n:]...)...)
		}
		// imports only for what the edits brought in (a comment may say "plain text." anywhere)
		for _, e := range es {
			switch {
			case strings.HasPrefix(e.s, "text.") || e.s == "text":
				b = addImport(b, "text.", textImport)
			case strings.HasPrefix(e.s, "lexicon.") || e.s == "lexicon":
				b = addImport(b, "lexicon.", lexiconImport)
			case strings.HasPrefix(e.s, "input"):
				b = addImport(b, "input.", inputImport)
				b = dropImport(b, "loader.", loaderImport)
			}
		}
		if err := os.WriteFile(file, b, 0o644); err != nil {
			return 0, err
		}
		total += len(es)
		fmt.Printf("%s: %d edits\n", filepath.Base(file), len(es))
	}
	return total, nil
}

// addImport adds imp (a quoted import path) to a file that now names use ("text.", "input.") and
// lacks it: into the import group that holds claimgraph's packages, else as a group of its own.
// A file whose own local `text` or `input` shadows the package is left to the compiler.
func addImport(b []byte, use, imp string) []byte {
	s := string(b)
	if !strings.Contains(s, use) || strings.Contains(s, imp) {
		return b
	}
	if i := strings.Index(s, "\n\t\"github.com/claimgraph/claimgraph/"); i >= 0 {
		return []byte(s[:i] + "\n\t" + imp + s[i:])
	}
	if i := strings.Index(s, "\nimport (\n"); i >= 0 {
		j := i + strings.Index(s[i:], "\n)\n")
		return []byte(s[:j] + "\n\n\t" + imp + s[j:])
	}
	if i := strings.Index(s, "\nimport \""); i >= 0 {
		j := i + 1 + strings.Index(s[i+1:], "\n")
		sep := "\n\n\t"
		if strings.HasPrefix(s[i+8:j], `"github.com/claimgraph/claimgraph/`) {
			sep = "\n\t" // one group with claimgraph's other package
		}
		return []byte(s[:i] + "\nimport (\n\t" + s[i+8:j] + sep + imp + "\n)" + s[j:])
	}
	i := strings.Index(s, "\n")
	return []byte(s[:i] + "\n\nimport " + imp + s[i:])
}

// dropImport removes the import line of imp (a quoted path, unnamed) from a file that no longer
// names use: the loader's callers that only read documents import input instead.
func dropImport(b []byte, use, imp string) []byte {
	s := string(b)
	if strings.Contains(s, use) {
		return b
	}
	if i := strings.Index(s, "\n\t"+imp+"\n"); i >= 0 {
		return []byte(s[:i] + s[i+len(imp)+2:])
	}
	if i := strings.Index(s, "\nimport "+imp+"\n"); i >= 0 {
		return []byte(s[:i] + s[i+len(imp)+8:])
	}
	return b
}
