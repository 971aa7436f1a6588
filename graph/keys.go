package graph

// Key layout of the Badger store. Every key the store writes is built here and read back with
// Parse; no other file assembles key bytes.
//
// A key is one prefix byte (a KeyKind) followed by its fields. String fields (IDs, relation types,
// normalized names) are written as-is and, except for the last field of a key, terminated by a
// 0x00 byte, so keys sharing their leading fields sort together and a shorter field sorts before
// a longer one that extends it. IDs therefore must not contain 0x00 (MergeArticle rejects such
// input). Integers are big-endian uint32, so byte order is numeric order.
//
// Values are JSON: a Node; an Article plus its content hash; a relation record (the Relation
// without its evidence, plus the evidence count and the histogram of per-article scores that
// Confidence is computed from); one article's evidence of one relation; a mention without the
// fields its key holds. Index keys have empty values except the adjacency keys, whose value is the
// ID of the node at the other end (so a traversal does not need to read relation records).
//
// Evidence lives under its own key per (relation, article), not inside the relation record, so
// that merging an article costs the same whether a relation has one source or ten thousand: the
// record stays small and only the new article's evidence is written.

import (
	"bytes"
	"crypto/sha256"
	"encoding/binary"
	"encoding/hex"
	"fmt"
	"strings"
	"unicode/utf8"
)

// KeyKind is the first byte of every key: it says what the key holds.
type KeyKind byte

// Key kinds (prefix bytes). The numbering groups records (0x1_), adjacency (0x2_), name indexes
// (0x3_), mentions (0x4_) and per-article fact indexes (0x5_); gaps leave room for new kinds.
const (
	// KeySchemaVersion is the single key [0x01]; its value is the schema version as a big-endian
	// uint32.
	KeySchemaVersion KeyKind = 0x01
	// KeyCuration is the single key [0x02]; its value is the JSON Curation the user gave to load
	// (same-as, not-same-as, rename and kind rules), applied to every article merged after it.
	KeyCuration KeyKind = 0x02
	// KeyTextIndexed is the single key [0x03], with an empty value: every stored article has its
	// KeyArticleText entry. Stores written before that index existed lack it; the first
	// MergeArticle of a Store builds the index from the article records and then writes it.
	KeyTextIndexed KeyKind = 0x03
	// KeyTitleIndexed is the single key [0x04], with an empty value: every stored article with a
	// title and a publication date has its KeyArticleTitle entry (ensureTitleIndex builds it
	// for a store written before that index existed).
	KeyTitleIndexed KeyKind = 0x04

	// KeyNode is a node record: value is a JSON Node.
	KeyNode KeyKind = 0x10
	// KeyArticle is an article record: value is a JSON Article plus its content hash. It is
	// written last when an article is merged, so its presence means the article is complete.
	KeyArticle KeyKind = 0x11
	// KeyRelation is a relation record: value is a JSON relation record (the Relation without
	// evidence, with the evidence count and per-article score histogram).
	KeyRelation KeyKind = 0x12
	// KeyEvidence is one article's evidence of one relation (relation, article): value is a JSON
	// array of the evidence sentences, without the article ID the key holds.
	KeyEvidence KeyKind = 0x13

	// KeyOut is out-adjacency (source, type, relation); value is the target node ID.
	KeyOut KeyKind = 0x20
	// KeyIn is in-adjacency (target, type, relation); value is the source node ID.
	KeyIn KeyKind = 0x21

	// KeyName is the name/alias index (NormalizeName(alias), node); empty value.
	KeyName KeyKind = 0x30
	// KeySurname indexes a PERSON by the last token of its normalized canonical name (surname,
	// node); empty value. It lets a bare "Mnuchin" find "Steven Mnuchin".
	KeySurname KeyKind = 0x31
	// KeyArticleText indexes an article by its text (TextKey of the cleaned text, article); empty
	// value. It makes the same text one article whatever URL or file it came with (MergeArticle).
	KeyArticleText KeyKind = 0x32
	// KeyArticleTitle indexes an article with a title and a publication date by both (TitleKey,
	// article); empty value. It finds a near-duplicate's stored copy (merge_neardup.go).
	KeyArticleTitle KeyKind = 0x33

	// KeyMention is a mention (node, article, start); value is a JSON Mention without the node,
	// article and start its key holds.
	KeyMention KeyKind = 0x40

	// KeyArticleNode records that an article contributed a node (article, node); empty value.
	KeyArticleNode KeyKind = 0x50
	// KeyArticleRelation records that an article contributed evidence to a relation
	// (article, relation); empty value. It mirrors KeyEvidence.
	KeyArticleRelation KeyKind = 0x51
	// 0x52 was KeyArticleMention in schema version 1: an article's mentions are now found through
	// its KeyArticleNode keys and ArticleMentionPrefix.

	// KeyNodeArticle is the reverse of KeyArticleNode (node, article); empty value. A node is
	// removed only when no article lists it any more.
	KeyNodeArticle KeyKind = 0x53
)

// SchemaVersion is the version of this key layout and value encoding. Open refuses stores with
// another version.
//
// Version 2 moved evidence out of relation records into KeyEvidence keys, dropped the key fields
// from mention values and the article-mention index; Open upgrades a version 1 store in place.
const SchemaVersion uint32 = 2

var keyKindNames = map[KeyKind]string{
	KeySchemaVersion:   "schema",
	KeyCuration:        "curation",
	KeyTextIndexed:     "text-indexed",
	KeyTitleIndexed:    "title-indexed",
	KeyNode:            "node",
	KeyArticle:         "article",
	KeyRelation:        "relation",
	KeyEvidence:        "evidence",
	KeyOut:             "out",
	KeyIn:              "in",
	KeyName:            "name",
	KeySurname:         "surname",
	KeyArticleText:     "article-text",
	KeyArticleTitle:    "article-title",
	KeyMention:         "mention",
	KeyArticleNode:     "article-node",
	KeyArticleRelation: "article-relation",
	KeyNodeArticle:     "node-article",
}

// String names the kind ("node", "out", "article-mention", …) or prints its byte if unknown.
func (k KeyKind) String() string {
	if s, ok := keyKindNames[k]; ok {
		return s
	}
	return fmt.Sprintf("KeyKind(0x%02x)", byte(k))
}

// Prefix returns the one-byte prefix shared by every key of kind k, for scanning all of them.
func (k KeyKind) Prefix() []byte { return []byte{byte(k)} }

const sep = 0x00

// keyOf joins a kind byte and fields with 0x00 separators (none after the last field).
func keyOf(k KeyKind, fields ...string) []byte {
	n := 1
	for _, f := range fields {
		n += len(f) + 1
	}
	b := make([]byte, 1, n+4)
	b[0] = byte(k)
	for i, f := range fields {
		if i > 0 {
			b = append(b, sep)
		}
		b = append(b, f...)
	}
	return b
}

// prefixOf is keyOf with a trailing separator, so it matches keys whose listed fields are exactly
// these (and not longer strings extending the last one).
func prefixOf(k KeyKind, fields ...string) []byte {
	return append(keyOf(k, fields...), sep)
}

func appendUint32(b []byte, v int) []byte {
	return binary.BigEndian.AppendUint32(b, uint32(v))
}

// SchemaVersionKey is the key of the schema version.
//
//	[0x01]
func SchemaVersionKey() []byte { return []byte{byte(KeySchemaVersion)} }

// CurationKey is the key of the stored curation rules.
//
//	[0x02]
func CurationKey() []byte { return []byte{byte(KeyCuration)} }

// TextIndexedKey marks a store whose article-text index is complete.
//
//	[0x03]
func TextIndexedKey() []byte { return []byte{byte(KeyTextIndexed)} }

// TitleIndexedKey marks a store whose article-title index is complete.
//
//	[0x04]
func TitleIndexedKey() []byte { return []byte{byte(KeyTitleIndexed)} }

// NodeKey is the key of a node record.
//
//	[0x10][node id]
func NodeKey(id string) []byte { return keyOf(KeyNode, id) }

// ArticleKey is the key of an article record.
//
//	[0x11][article id]
func ArticleKey(id string) []byte { return keyOf(KeyArticle, id) }

// RelationKey is the key of a relation record.
//
//	[0x12][relation id]
func RelationKey(id string) []byte { return keyOf(KeyRelation, id) }

// EvidenceKey is the key of one article's evidence of a relation.
//
//	[0x13][relation id][0x00][article id]
func EvidenceKey(rel, article string) []byte { return keyOf(KeyEvidence, rel, article) }

// EvidencePrefix selects the evidence of a relation, in article ID order.
//
//	[0x13][relation id][0x00]
func EvidencePrefix(rel string) []byte { return prefixOf(KeyEvidence, rel) }

// OutKey is the out-adjacency key of a relation, stored under its source.
//
//	[0x20][source id][0x00][relation type][0x00][relation id]
func OutKey(source string, t RelType, rel string) []byte {
	return keyOf(KeyOut, source, string(t), rel)
}

// InKey is the in-adjacency key of a relation, stored under its target.
//
//	[0x21][target id][0x00][relation type][0x00][relation id]
func InKey(target string, t RelType, rel string) []byte {
	return keyOf(KeyIn, target, string(t), rel)
}

// AdjacencyPrefix selects the adjacency keys of node in direction d (Out or In; Any is not a
// single prefix and yields the Out prefix), restricted to type t unless t is "".
//
//	[0x20 or 0x21][node id][0x00]                      (t == "")
//	[0x20 or 0x21][node id][0x00][relation type][0x00]
func AdjacencyPrefix(node string, d Direction, t RelType) []byte {
	k := KeyOut
	if d == In {
		k = KeyIn
	}
	if t == "" {
		return prefixOf(k, node)
	}
	return prefixOf(k, node, string(t))
}

// NameKey is a name/alias index entry. name must already be NormalizeName(alias).
//
//	[0x30][normalized name][0x00][node id]
func NameKey(name, node string) []byte { return keyOf(KeyName, indexName(name), node) }

// NamePrefix selects the nodes indexed under a normalized name.
//
//	[0x30][normalized name][0x00]
func NamePrefix(name string) []byte { return prefixOf(KeyName, indexName(name)) }

// SurnameKey is a surname index entry of a PERSON. surname is the last token of the normalized
// canonical name.
//
//	[0x31][surname][0x00][node id]
func SurnameKey(surname, node string) []byte { return keyOf(KeySurname, indexName(surname), node) }

// SurnamePrefix selects the persons indexed under a surname.
//
//	[0x31][surname][0x00]
func SurnamePrefix(surname string) []byte { return prefixOf(KeySurname, indexName(surname)) }

// TextKey is what KeyArticleText indexes an article by: its body, hashed as the article ID the
// body alone would give (ArticleID("", body): SHA-256 with white space collapsed). The body is the
// cleaned text from its first paragraph that ends like a sentence (., !, ?, …, before any closing
// quotes or brackets) on: the lines above it are the title and headings, and they depend on the
// metadata given (input.Cleaner puts a manifest's title first and then keeps the file's own
// headline lines as paragraphs; without one, it takes the headline as the title). A text with no
// such paragraph is keyed without its title, and one that is all title by its whole text.
func TextKey(a *Article) string {
	body := a.Text
	if a.Title != "" && strings.HasPrefix(body, a.Title) {
		if rest := strings.TrimLeft(body[len(a.Title):], "\n"); strings.TrimSpace(rest) != "" {
			body = rest
		}
	}
	for i := 0; i < len(body); {
		j := strings.Index(body[i:], "\n\n")
		end := len(body)
		if j >= 0 {
			end = i + j
		}
		if endsLikeSentence(body[i:end]) {
			body = body[i:]
			break
		}
		if j < 0 {
			break
		}
		i = end + 2
	}
	return ArticleID("", body)
}

// endsLikeSentence reports whether a paragraph ends with a sentence's final punctuation, closing
// quotes and brackets aside.
func endsLikeSentence(p string) bool {
	p = strings.TrimRight(strings.TrimSpace(p), "\"'”’»)]")
	return strings.HasSuffix(p, ".") || strings.HasSuffix(p, "!") || strings.HasSuffix(p, "?") || strings.HasSuffix(p, "…")
}

// ArticleTextKey is a text index entry. textKey is TextKey of the article.
//
//	[0x32][text key][0x00][article id]
func ArticleTextKey(textKey, article string) []byte {
	return keyOf(KeyArticleText, textKey, article)
}

// ArticleTextPrefix selects the articles indexed under a text key, in article ID order.
//
//	[0x32][text key][0x00]
func ArticleTextPrefix(textKey string) []byte { return prefixOf(KeyArticleText, textKey) }

// TitleKey is what KeyArticleTitle indexes an article by: its publication date and its title
// folded as names are (NormalizeName), "" (not indexed) when it lacks either.
func TitleKey(a *Article) string {
	title := NormalizeName(a.Title)
	if title == "" || a.PublishedAt == "" {
		return ""
	}
	return a.PublishedAt + " " + title
}

// ArticleTitleKey is a title index entry. titleKey is TitleKey of the article.
//
//	[0x33][title key][0x00][article id]
func ArticleTitleKey(titleKey, article string) []byte {
	return keyOf(KeyArticleTitle, indexName(titleKey), article)
}

// ArticleTitlePrefix selects the articles indexed under a title key, in article ID order.
//
//	[0x33][title key][0x00]
func ArticleTitlePrefix(titleKey string) []byte {
	return prefixOf(KeyArticleTitle, indexName(titleKey))
}

// MaxIndexedName bounds the bytes of a name in a name or surname index key. Badger refuses keys
// over 65,000 bytes, and a policy or claim "named" by a long unpunctuated run of text once made
// one, stopping a whole load (issue 16). Real names are far shorter: the longest actor names in
// the lexicons are under 100 bytes.
const MaxIndexedName = 512

// indexName is name as it appears in index keys: itself up to MaxIndexedName bytes; beyond,
// its first bytes (cut at a UTF-8 boundary), 0x01 and 16 hex digits of its SHA-256, so that
// lookups of the same long name still find it exactly and distinct long names stay distinct.
// Normalized names never contain 0x01.
func indexName(name string) string {
	if len(name) <= MaxIndexedName {
		return name
	}
	cut := MaxIndexedName - 17
	for cut > 0 && !utf8.RuneStart(name[cut]) {
		cut--
	}
	sum := sha256.Sum256([]byte(name))
	return name[:cut] + "\x01" + hex.EncodeToString(sum[:8])
}

// MentionKey is the key of a mention. start is in code points and must fit a uint32.
//
//	[0x40][node id][0x00][article id][0x00][start uint32 BE]
func MentionKey(node, article string, start int) []byte {
	return appendUint32(prefixOf(KeyMention, node, article), start)
}

// MentionPrefix selects a node's mentions, in article then start order.
//
//	[0x40][node id][0x00]
func MentionPrefix(node string) []byte { return prefixOf(KeyMention, node) }

// ArticleMentionPrefix selects a node's mentions in one article, in start order.
//
//	[0x40][node id][0x00][article id][0x00]
func ArticleMentionPrefix(node, article string) []byte { return prefixOf(KeyMention, node, article) }

// ArticleNodeKey records that an article contributed a node.
//
//	[0x50][article id][0x00][node id]
func ArticleNodeKey(article, node string) []byte { return keyOf(KeyArticleNode, article, node) }

// ArticleRelationKey records that an article contributed evidence to a relation.
//
//	[0x51][article id][0x00][relation id]
func ArticleRelationKey(article, rel string) []byte {
	return keyOf(KeyArticleRelation, article, rel)
}

// NodeArticleKey is the reverse of ArticleNodeKey.
//
//	[0x53][node id][0x00][article id]
func NodeArticleKey(node, article string) []byte { return keyOf(KeyNodeArticle, node, article) }

// ArticleFactsPrefix selects the per-article index keys of kind k (KeyArticleNode or
// KeyArticleRelation) for one article, or the node-article keys of one node for KeyNodeArticle.
//
//	[k][id][0x00]
func ArticleFactsPrefix(k KeyKind, id string) []byte { return prefixOf(k, id) }

// ParsedKey is a key taken apart by Parse. Only the fields of its Kind are set: Node for node,
// out/in (the source or target), name, surname, mention and the article/node indexes; Article for
// article, evidence, mention and the indexes; Relation for relation, evidence, out/in and
// article-relation; Type for out/in; Name for name and surname (and the text key of article-text
// and the title key of article-title, whose Article is set); Start for mention.
type ParsedKey struct {
	Kind     KeyKind
	Node     string
	Article  string
	Relation string
	Type     RelType
	Name     string
	Start    int
}

// IsSchemaVersion reports whether the key is the schema-version key.
func (p ParsedKey) IsSchemaVersion() bool { return p.Kind == KeySchemaVersion }

// IsNode reports whether the key is a node record.
func (p ParsedKey) IsNode() bool { return p.Kind == KeyNode }

// IsArticle reports whether the key is an article record.
func (p ParsedKey) IsArticle() bool { return p.Kind == KeyArticle }

// IsRelation reports whether the key is a relation record.
func (p ParsedKey) IsRelation() bool { return p.Kind == KeyRelation }

// IsEvidence reports whether the key is one article's evidence of a relation.
func (p ParsedKey) IsEvidence() bool { return p.Kind == KeyEvidence }

// IsAdjacency reports whether the key is an out- or in-adjacency entry.
func (p ParsedKey) IsAdjacency() bool { return p.Kind == KeyOut || p.Kind == KeyIn }

// IsNameIndex reports whether the key is a name/alias or surname index entry.
func (p ParsedKey) IsNameIndex() bool { return p.Kind == KeyName || p.Kind == KeySurname }

// IsMention reports whether the key is a mention.
func (p ParsedKey) IsMention() bool { return p.Kind == KeyMention }

// IsArticleIndex reports whether the key is one of the per-article fact indexes (or its
// node-article reverse).
func (p ParsedKey) IsArticleIndex() bool {
	switch p.Kind {
	case KeyArticleNode, KeyArticleRelation, KeyNodeArticle:
		return true
	}
	return false
}

// String prints the key for logs and debugging, e.g. "out{node=a_x type=OPPOSES rel=r_y}".
func (p ParsedKey) String() string {
	var parts []string
	add := func(name, v string) {
		if v != "" {
			parts = append(parts, name+"="+v)
		}
	}
	add("name", p.Name)
	add("node", p.Node)
	add("article", p.Article)
	add("type", string(p.Type))
	add("rel", p.Relation)
	if p.Kind == KeyMention {
		parts = append(parts, fmt.Sprintf("start=%d", p.Start))
	}
	return p.Kind.String() + "{" + strings.Join(parts, " ") + "}"
}

// Key encodes p back into the key Parse read it from.
func (p ParsedKey) Key() []byte {
	switch p.Kind {
	case KeySchemaVersion:
		return SchemaVersionKey()
	case KeyCuration:
		return CurationKey()
	case KeyTextIndexed:
		return TextIndexedKey()
	case KeyTitleIndexed:
		return TitleIndexedKey()
	case KeyNode:
		return NodeKey(p.Node)
	case KeyArticle:
		return ArticleKey(p.Article)
	case KeyRelation:
		return RelationKey(p.Relation)
	case KeyEvidence:
		return EvidenceKey(p.Relation, p.Article)
	case KeyOut:
		return OutKey(p.Node, p.Type, p.Relation)
	case KeyIn:
		return InKey(p.Node, p.Type, p.Relation)
	case KeyName:
		return NameKey(p.Name, p.Node)
	case KeyArticleText:
		return ArticleTextKey(p.Name, p.Article)
	case KeyArticleTitle:
		return keyOf(KeyArticleTitle, p.Name, p.Article)
	case KeySurname:
		return SurnameKey(p.Name, p.Node)
	case KeyMention:
		return MentionKey(p.Node, p.Article, p.Start)
	case KeyArticleNode:
		return ArticleNodeKey(p.Article, p.Node)
	case KeyArticleRelation:
		return ArticleRelationKey(p.Article, p.Relation)
	case KeyNodeArticle:
		return NodeArticleKey(p.Node, p.Article)
	}
	return nil
}

// keyReader splits the fields of a key after its prefix byte.
type keyReader struct {
	b   []byte
	err error
}

// field reads a 0x00-terminated non-empty field (or the rest, when last).
func (r *keyReader) field(last bool) string {
	if r.err != nil {
		return ""
	}
	var f []byte
	if last {
		f, r.b = r.b, nil
		if bytes.IndexByte(f, sep) >= 0 {
			r.err = fmt.Errorf("%w: unexpected 0x00 in last field", ErrInvalidKey)
			return ""
		}
	} else {
		i := bytes.IndexByte(r.b, sep)
		if i < 0 {
			r.err = fmt.Errorf("%w: missing field separator", ErrInvalidKey)
			return ""
		}
		f, r.b = r.b[:i], r.b[i+1:]
	}
	if len(f) == 0 {
		r.err = fmt.Errorf("%w: empty field", ErrInvalidKey)
		return ""
	}
	return string(f)
}

// uint32 reads the trailing big-endian uint32.
func (r *keyReader) uint32() int {
	if r.err != nil {
		return 0
	}
	if len(r.b) != 4 {
		r.err = fmt.Errorf("%w: want a 4-byte integer, have %d bytes", ErrInvalidKey, len(r.b))
		return 0
	}
	v := binary.BigEndian.Uint32(r.b)
	r.b = nil
	return int(v)
}

func (r *keyReader) relType() RelType {
	s := r.field(false)
	if r.err != nil {
		return ""
	}
	for _, t := range RelTypes {
		if string(t) == s {
			return t
		}
	}
	r.err = fmt.Errorf("%w: unknown relation type %q", ErrInvalidKey, s)
	return ""
}

// Parse takes a key apart. It returns an error wrapping ErrInvalidKey for an empty key, an unknown
// prefix byte, a missing or empty field, an unknown relation type, a bad integer or trailing bytes.
// Parse does not keep key.
func Parse(key []byte) (ParsedKey, error) {
	if len(key) == 0 {
		return ParsedKey{}, fmt.Errorf("%w: empty key", ErrInvalidKey)
	}
	p := ParsedKey{Kind: KeyKind(key[0])}
	r := &keyReader{b: key[1:]}
	switch p.Kind {
	case KeySchemaVersion, KeyCuration, KeyTextIndexed, KeyTitleIndexed:
		if len(r.b) != 0 {
			return ParsedKey{}, fmt.Errorf("%w: %s key has trailing bytes", ErrInvalidKey, p.Kind)
		}
	case KeyNode:
		p.Node = r.field(true)
	case KeyArticle:
		p.Article = r.field(true)
	case KeyRelation:
		p.Relation = r.field(true)
	case KeyEvidence:
		p.Relation = r.field(false)
		p.Article = r.field(true)
	case KeyOut, KeyIn:
		p.Node = r.field(false)
		p.Type = r.relType()
		p.Relation = r.field(true)
	case KeyName, KeySurname:
		p.Name = r.field(false)
		p.Node = r.field(true)
	case KeyArticleText, KeyArticleTitle:
		p.Name = r.field(false)
		p.Article = r.field(true)
	case KeyMention:
		p.Node = r.field(false)
		p.Article = r.field(false)
		p.Start = r.uint32()
	case KeyArticleNode:
		p.Article = r.field(false)
		p.Node = r.field(true)
	case KeyArticleRelation:
		p.Article = r.field(false)
		p.Relation = r.field(true)
	case KeyNodeArticle:
		p.Node = r.field(false)
		p.Article = r.field(true)
	default:
		return ParsedKey{}, fmt.Errorf("%w: unknown prefix 0x%02x", ErrInvalidKey, key[0])
	}
	if r.err != nil {
		return ParsedKey{}, fmt.Errorf("%s key %q: %w", p.Kind, key, r.err)
	}
	return p, nil
}
