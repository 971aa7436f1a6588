package graph

import (
	"bytes"
	"errors"
	"slices"
	"testing"
)

func TestKeysRoundTrip(t *testing.T) {
	tests := []struct {
		key  []byte
		want ParsedKey
		str  string
	}{
		{SchemaVersionKey(), ParsedKey{Kind: KeySchemaVersion}, "schema{}"},
		{NodeKey("a_x"), ParsedKey{Kind: KeyNode, Node: "a_x"}, "node{node=a_x}"},
		{ArticleKey("d_x"), ParsedKey{Kind: KeyArticle, Article: "d_x"}, "article{article=d_x}"},
		{RelationKey("r_x"), ParsedKey{Kind: KeyRelation, Relation: "r_x"}, "relation{rel=r_x}"},
		{OutKey("a_s", Opposes, "r_x"), ParsedKey{Kind: KeyOut, Node: "a_s", Type: Opposes, Relation: "r_x"}, "out{node=a_s type=OPPOSES rel=r_x}"},
		{InKey("a_t", MemberOf, "r_x"), ParsedKey{Kind: KeyIn, Node: "a_t", Type: MemberOf, Relation: "r_x"}, "in{node=a_t type=MEMBER_OF rel=r_x}"},
		{NameKey("u.s. treasury", "a_x"), ParsedKey{Kind: KeyName, Name: "u.s. treasury", Node: "a_x"}, "name{name=u.s. treasury node=a_x}"},
		{SurnameKey("mnuchin", "a_x"), ParsedKey{Kind: KeySurname, Name: "mnuchin", Node: "a_x"}, "surname{name=mnuchin node=a_x}"},
		{MentionKey("a_x", "d_y", 70000), ParsedKey{Kind: KeyMention, Node: "a_x", Article: "d_y", Start: 70000}, "mention{node=a_x article=d_y start=70000}"},
		{MentionKey("a_x", "d_y", 0), ParsedKey{Kind: KeyMention, Node: "a_x", Article: "d_y"}, "mention{node=a_x article=d_y start=0}"},
		{ArticleNodeKey("d_y", "a_x"), ParsedKey{Kind: KeyArticleNode, Article: "d_y", Node: "a_x"}, "article-node{node=a_x article=d_y}"},
		{ArticleRelationKey("d_y", "r_x"), ParsedKey{Kind: KeyArticleRelation, Article: "d_y", Relation: "r_x"}, "article-relation{article=d_y rel=r_x}"},
		{EvidenceKey("r_x", "d_y"), ParsedKey{Kind: KeyEvidence, Relation: "r_x", Article: "d_y"}, "evidence{article=d_y rel=r_x}"},
		{NodeArticleKey("a_x", "d_y"), ParsedKey{Kind: KeyNodeArticle, Node: "a_x", Article: "d_y"}, "node-article{node=a_x article=d_y}"},
		{TextIndexedKey(), ParsedKey{Kind: KeyTextIndexed}, "text-indexed{}"},
		{ArticleTextKey("d_t", "d_y"), ParsedKey{Kind: KeyArticleText, Name: "d_t", Article: "d_y"}, "article-text{name=d_t article=d_y}"},
	}
	for _, tc := range tests {
		got, err := Parse(tc.key)
		if err != nil {
			t.Errorf("Parse(%q): %v", tc.key, err)
			continue
		}
		if got != tc.want {
			t.Errorf("Parse(%q) = %+v, want %+v", tc.key, got, tc.want)
		}
		if !bytes.Equal(got.Key(), tc.key) {
			t.Errorf("%s: Key() = %q, want %q", got, got.Key(), tc.key)
		}
		if got.String() != tc.str {
			t.Errorf("String() = %q, want %q", got.String(), tc.str)
		}
	}
}

func TestKeyPredicates(t *testing.T) {
	for _, tc := range []struct {
		key  []byte
		pred func(ParsedKey) bool
	}{
		{SchemaVersionKey(), ParsedKey.IsSchemaVersion},
		{NodeKey("a"), ParsedKey.IsNode},
		{ArticleKey("d"), ParsedKey.IsArticle},
		{RelationKey("r"), ParsedKey.IsRelation},
		{OutKey("a", Cites, "r"), ParsedKey.IsAdjacency},
		{InKey("a", Cites, "r"), ParsedKey.IsAdjacency},
		{NameKey("n", "a"), ParsedKey.IsNameIndex},
		{SurnameKey("n", "a"), ParsedKey.IsNameIndex},
		{MentionKey("a", "d", 1), ParsedKey.IsMention},
		{ArticleNodeKey("d", "a"), ParsedKey.IsArticleIndex},
		{ArticleRelationKey("d", "r"), ParsedKey.IsArticleIndex},
		{EvidenceKey("r", "d"), ParsedKey.IsEvidence},
		{NodeArticleKey("a", "d"), ParsedKey.IsArticleIndex},
	} {
		p, err := Parse(tc.key)
		if err != nil || !tc.pred(p) {
			t.Errorf("%s: predicate false (%v)", p, err)
		}
		// Exactly one family predicate holds.
		n := 0
		for _, f := range []func(ParsedKey) bool{ParsedKey.IsSchemaVersion, ParsedKey.IsNode, ParsedKey.IsArticle,
			ParsedKey.IsRelation, ParsedKey.IsEvidence, ParsedKey.IsAdjacency, ParsedKey.IsNameIndex, ParsedKey.IsMention, ParsedKey.IsArticleIndex} {
			if f(p) {
				n++
			}
		}
		if n != 1 {
			t.Errorf("%s: %d predicates hold", p, n)
		}
	}
}

// TestKeysSortOrder checks the orders range scans rely on: big-endian offsets sort numerically, a
// node's keys sort together before the next node's (even when one ID extends the other), and a
// prefix selects exactly its keys.
func TestKeysSortOrder(t *testing.T) {
	ordered := [][]byte{
		SchemaVersionKey(),
		NodeKey("a_1"),
		NodeKey("a_2"),
		MentionKey("a_1", "d_1", 0),
		MentionKey("a_1", "d_1", 9),
		MentionKey("a_1", "d_1", 255),
		MentionKey("a_1", "d_1", 256),
		MentionKey("a_1", "d_1", 1<<24),
		MentionKey("a_1", "d_2", 0),
		MentionKey("a_1x", "d_0", 0), // "a_1" followed by 0x00 sorts before "a_1x"
		MentionKey("a_2", "d_0", 0),
	}
	if !slices.IsSortedFunc(ordered, bytes.Compare) {
		for i := 1; i < len(ordered); i++ {
			if bytes.Compare(ordered[i-1], ordered[i]) > 0 {
				a, _ := Parse(ordered[i-1])
				b, _ := Parse(ordered[i])
				t.Errorf("%s sorts after %s", a, b)
			}
		}
	}
	adj := [][]byte{
		OutKey("a_1", Opposes, "r_2"),
		OutKey("a_1", Supports, "r_1"),
		OutKey("a_1x", Cites, "r_0"),
	}
	for _, tc := range []struct {
		prefix []byte
		want   []bool
	}{
		{AdjacencyPrefix("a_1", Out, ""), []bool{true, true, false}},
		{AdjacencyPrefix("a_1", Out, Opposes), []bool{true, false, false}},
		{AdjacencyPrefix("a_1", In, ""), []bool{false, false, false}},
	} {
		for i, k := range adj {
			if got := bytes.HasPrefix(k, tc.prefix); got != tc.want[i] {
				t.Errorf("prefix %q matches %q: %v, want %v", tc.prefix, k, got, tc.want[i])
			}
		}
	}
	if !bytes.HasPrefix(InKey("a_1", Cites, "r"), AdjacencyPrefix("a_1", In, Cites)) {
		t.Error("in-adjacency prefix does not match its key")
	}
	if !bytes.HasPrefix(NameKey("wang", "a_1"), NamePrefix("wang")) || bytes.HasPrefix(NameKey("wang yi", "a_1"), NamePrefix("wang")) {
		t.Error("name prefix must select exactly one name")
	}
	if !bytes.HasPrefix(SurnameKey("wang", "a_1"), SurnamePrefix("wang")) || !bytes.HasPrefix(MentionKey("a_1", "d", 3), MentionPrefix("a_1")) {
		t.Error("surname or mention prefix does not match its key")
	}
	for _, k := range []KeyKind{KeyArticleNode, KeyArticleRelation} {
		var key []byte
		switch k {
		case KeyArticleNode:
			key = ArticleNodeKey("d_1", "a_1")
		case KeyArticleRelation:
			key = ArticleRelationKey("d_1", "r_1")
		}
		if !bytes.HasPrefix(key, ArticleFactsPrefix(k, "d_1")) || bytes.HasPrefix(key, ArticleFactsPrefix(k, "d_")) {
			t.Errorf("%s: article prefix selects the wrong keys", k)
		}
	}
	if !bytes.HasPrefix(MentionKey("a_1", "d_1", 5), ArticleMentionPrefix("a_1", "d_1")) || bytes.HasPrefix(MentionKey("a_1", "d_10", 5), ArticleMentionPrefix("a_1", "d_1")) {
		t.Error("article-mention prefix selects the wrong keys")
	}
	if !bytes.HasPrefix(EvidenceKey("r_1", "d_1"), EvidencePrefix("r_1")) || bytes.HasPrefix(EvidenceKey("r_10", "d_1"), EvidencePrefix("r_1")) {
		t.Error("evidence prefix selects the wrong keys")
	}
}

func TestParseMalformed(t *testing.T) {
	for _, key := range [][]byte{
		nil,
		{},
		{0xff, 'x'},                       // unknown prefix
		{byte(KeySchemaVersion), 'x'},     // trailing bytes
		{byte(KeyNode)},                   // empty ID
		append(NodeKey("a"), 0, 'b'),      // NUL inside the last field
		OutKey("a", "LIKES", "r"),         // unknown relation type
		keyOf(KeyOut, "a", string(Cites)), // missing relation
		keyOf(KeyOut, "", string(Cites), "r"),
		MentionKey("a", "d", 1)[:len(MentionKey("a", "d", 1))-1], // short integer
		append(MentionKey("a", "d", 1), 0),                       // long integer
		keyOf(KeyMention, "a"),                                   // missing article
		keyOf(KeyName, "wang"),                                   // missing node
		keyOf(KeyEvidence, "r"),                                  // missing article
		{0x52, 'd', 0, 'a', 0, 0, 0, 0, 1},                       // article-mention, gone in version 2
	} {
		if p, err := Parse(key); !errors.Is(err, ErrInvalidKey) {
			t.Errorf("Parse(%q) = %v, %v; want ErrInvalidKey", key, p, err)
		}
	}
}

func FuzzParse(f *testing.F) {
	f.Add(OutKey("a_s", Opposes, "r_x"))
	f.Add(MentionKey("a", "d", 3))
	f.Add([]byte{0x40, 0, 0})
	f.Fuzz(func(t *testing.T, key []byte) {
		p, err := Parse(key)
		if err != nil {
			if !errors.Is(err, ErrInvalidKey) {
				t.Fatalf("error not ErrInvalidKey: %v", err)
			}
			return
		}
		if !bytes.Equal(p.Key(), key) {
			t.Fatalf("%s re-encodes as %q, parsed from %q", p, p.Key(), key)
		}
		_ = p.String()
	})
}
