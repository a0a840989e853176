package compile

import (
	"go/ast"

	"go/token"
	"gokernel/kernel/engine/cell"
	"sort"
	"strings"
)

// Kind is the kind of a session declaration.
type Kind int

// Kinds of declarations.
const (
	KindFunc Kind = iota
	KindMethod
	KindType
	KindConst
	KindVar
)

func (k Kind) String() string {
	return [...]string{"func", "method", "type", "const", "var"}[k]
}

// Decl is one declaration of the session: a package-level name (or a
// method, keyed "T.M") as the latest cell that declared it left it.
type Decl struct {
	Key  string // "f", "T", "T.M", "x"
	Kind Kind
	// Cell is the name of the cell that declared it ("cell3").
	Cell string
	// Node is what the type checker sees: a *ast.FuncDecl or a *ast.GenDecl
	// holding this declaration alone (for a const group: the group).
	Node ast.Decl
	// Src is the declaration's text as written (after the cell's edits
	// when emitted), for inspection and re-emission.
	Src string
	// Names lists the package-level names the declaration binds (a const
	// group binds several; a method binds none).
	Names []string
	// Type is, for a var, its type in Go source form; for a func, its
	// signature. A change of Type forces dependents to be re-emitted.
	Type string
	// Deps are the keys of session declarations this one refers to.
	Deps []string
	// Gen is the yaegi name of a type (types are versioned on
	// redefinition: T, then T__gk2, ...); empty for other kinds.
	Gen string
	// Doc is the doc comment.
	Doc string
	// Pos is where the declaration starts in its cell.
	Pos token.Position
	// StructID is the tag ID of a struct type (see structs.go).
	StructID int

	// cell is the parsed cell the declaration comes from (nil for
	// declarations the compiler wrote itself).
	cell *cell.Cell
}

// Session is what the interpreter holds: the imports and the latest
// declaration of every name.
type Session struct {
	// Imports maps a package's local name to its import path, as bound
	// in the interpreter.
	Imports map[string]string
	// Decls holds the declarations by key.
	Decls map[string]*Decl
	// seq numbers declarations so the session file keeps their order.
	seq   int
	order map[string]int
	// versions counts redefinitions of each type name.
	versions map[string]int
	// Closures holds the function literals kept to be evaluated again,
	// by variable (see Closure).
	Closures map[string]*Closure
}

// NewSession returns an empty session.
func NewSession() *Session {
	return &Session{
		Imports:  map[string]string{},
		Decls:    map[string]*Decl{},
		order:    map[string]int{},
		versions: map[string]int{},
		Closures: map[string]*Closure{},
	}
}

// put records d, replacing an earlier declaration with the same key.
func (s *Session) put(d *Decl) {
	if _, ok := s.order[d.Key]; !ok {
		s.seq++
		s.order[d.Key] = s.seq
	}
	s.Decls[d.Key] = d
}

// sorted returns the declarations in the order they were first declared.
func (s *Session) sorted() []*Decl {
	out := make([]*Decl, 0, len(s.Decls))
	for _, d := range s.Decls {
		out = append(out, d)
	}
	sort.Slice(out, func(i, j int) bool { return s.order[out[i].Key] < s.order[out[j].Key] })
	return out
}

// genName returns the interpreter's name for a new version of type name.
func (s *Session) genName(name string, redefined bool) string {
	if !redefined {
		if _, ok := s.versions[name]; !ok {
			s.versions[name] = 1
			return name
		}
	}
	s.versions[name]++
	if s.versions[name] == 1 {
		return name
	}
	return name + genSep + itoa(s.versions[name])
}

// genSep separates a type's name from its version in the interpreter.
const genSep = "__gk"

// InstanceSep separates a generic type's name from the number of one of
// its instances in the instance's name (List__gki5 for a List[int]).
const InstanceSep = genSep + "i"

// UserName strips the version suffix the kernel adds to redefined types
// ("T__gk2" → "T"), for messages.
func UserName(s string) string {
	for {
		i := strings.Index(s, genSep)
		if i < 0 {
			return s
		}
		j := i + len(genSep)
		for j < len(s) && s[j] >= '0' && s[j] <= '9' {
			j++
		}
		if j == i+len(genSep) {
			// Not a version suffix (a name of the kernel's own, say).
			return s[:j] + UserName(s[j:])
		}
		s = s[:i] + s[j:]
	}
}

// Dependents returns the keys of declarations that refer, directly or
// through others, to any of keys.
func (s *Session) Dependents(keys []string) []string {
	rev := map[string][]string{}
	for _, d := range s.Decls {
		for _, dep := range d.Deps {
			rev[dep] = append(rev[dep], d.Key)
		}
	}
	seen := map[string]bool{}
	var out []string
	var walk func(k string)
	walk = func(k string) {
		for _, d := range rev[k] {
			if !seen[d] {
				seen[d] = true
				out = append(out, d)
				walk(d)
			}
		}
	}
	for _, k := range keys {
		walk(k)
	}
	sort.Slice(out, func(i, j int) bool { return s.order[out[i]] < s.order[out[j]] })
	return out
}

func itoa(n int) string {
	if n == 0 {
		return "0"
	}
	var b [20]byte
	i := len(b)
	for n > 0 {
		i--
		b[i] = byte('0' + n%10)
		n /= 10
	}
	return string(b[i:])
}
