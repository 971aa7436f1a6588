// The entity, role and mention types are the package doc's (doc/entity.go since restruct10:
// doc.Entity, doc.Role, doc.Mention with exported fields, each naming its writing stage, and the
// methods Final, AddAlias, PlaceIn, AddRole, MergeInto); the loader keeps their names through
// aliases. actorKind, whether an entity is a live actor, stays a loader function.

package loader

import docpkg "github.com/claimgraph/claimgraph/doc"

// entity is an actor, policy or claim being built for one article (doc.Entity).
type entity = docpkg.Entity

// roleRec is a title an entity holds, with the organization it is held in (doc.Role).
type roleRec = docpkg.Role

// mention is one occurrence of an entity: tokens [Ts, Te) of sentence Sent (doc.Mention).
type mention = docpkg.Mention
