// Package compile turns notebook cells of Go into the Go source the yaegi
// interpreter runs: it type-checks each cell against the session with
// go/types, keeps redefinitions late-bound, and rewrites what the
// interpreter lacks (Go 1.22 loops, range over integers, min/max/clear,
// recoverable goroutines).
package compile

import (
	"fmt"
	"go/ast"
	"go/token"
	"go/types"
	"strings"
	"sync"

	"gokernel/kernel/engine/cell"
	"gokernel/kernel/engine/format"
)

// Options configures a Compiler.
type Options struct {
	// Importer resolves imports for type checking.
	Importer types.Importer
	// GoVersion is the language version cells are checked against, e.g.
	// "go1.26".
	GoVersion string
	// PackageName returns the declared name of the package at an import
	// path ("rand" for "math/rand/v2"), or "".
	PackageName func(path string) string
	// Lookup returns the import paths of packages with a given name, the
	// preferred first, for importing packages a cell uses without an
	// import line.
	Lookup func(name string) []string
	// Importable reports whether the interpreter can import a package;
	// others (generic-only packages such as iter) are known to the type
	// checker only. Nil means all.
	Importable func(path string) bool
}

// Compiler compiles the cells of one session. It is not safe for
// concurrent use.
type Compiler struct {
	opt       Options
	fset      *token.FileSet
	imp       types.Importer
	goVersion string
	sess      *Session
	// aliases maps an import path to the name the interpreter imported it
	// as; bound maps such names back to paths.
	aliases map[string]string
	bound   map[string]string
	uniq    int
	// stdUsed records the stdgen packages the cell being compiled uses.
	stdUsed map[string]bool
	cells   int
	// marks maps marker values to lines; funcs lists the functions with
	// markers (see marks.go).
	marks     []Origin
	markIndex map[Origin]int
	funcs     []Func
	// chains are the function literals deferChain adds, by line: the
	// number of ".func" in the interpreter's name of each.
	chains map[Origin]int
	// structs describes the tagged struct types (see structs.go).
	structSeq int
	structs   map[int]StructType
	// reflectMethods is set once a cell asked reflection for methods:
	// cells that declare types or methods then give the runtime their
	// method values (see methodtable.go).
	reflectMethods bool
	// anonStructs describes untagged struct types (see anonstructs.go).
	anonStructs map[string]anonStruct
	// descs are the type descriptions of desc.go, by ID-1; descIDs finds
	// them by type; descAccessors are their method accessors by
	// "type.method".
	// instances holds the concrete copies of generic declarations, by
	// instKey; methodGen counts changes of a generic type's methods, or of
	// what a generic function calls.
	instances map[string]string
	methodGen map[string]int
	// instArgs spells the type arguments of the instances written, by
	// generic and arguments (see argsKey), in the cell package's terms
	// ("Meters", "[]Label"): a later cell that writes an instance again
	// finds their types by them.
	instArgs map[string][]string
	// typeInsts names the latest instance of each generic type's
	// instantiation, by argsKey (a new one replaces it when the type's
	// methods change).
	typeInsts    map[string]string
	typeInstArgs map[string][]string // their arguments, as instance.args
	// taggedDescs holds the latest description of each named non-struct
	// type, by its name as %T prints it (see format.Tagged).
	taggedMu    sync.Mutex // guards taggedDescs
	taggedDescs map[string]*format.Desc
	// lateVars names the late-binding variables (see lateCall) declared,
	// by function name and type ("f func(string) int"): one per type a
	// function has had, so that a closure made for one type calls the
	// function again once it has that type again.
	lateVars map[string]string
	// located tells the session functions that call runtime.Caller with
	// a skip other than 0 (see callsites.go).
	located map[string]bool
	// promoted lists, per type, the methods promotedMethods declared for
	// it: one the cell declares later gives the type a new version.
	promoted map[string]map[string]bool
	// methodCells counts the cells that declared methods (see descID).
	methodCells int
	// asserters are the late asserters declared, by key (see
	// lateAssert); asserterSeq numbers them.
	asserters   map[string]*lateAsserter
	asserterSeq int

	descs         []*format.Desc
	descIDs       map[string]int
	descAccessors map[string]string
	// structDescs are the descriptions of struct types, by tag ID;
	// tmplStructDescs those with the methods a template may call.
	structDescs, tmplStructDescs map[int]*format.Desc
	// cellNums numbers the cells for line directives; cellNames is the
	// reverse.
	cellNums  map[string]int
	cellNames []string
	// relocs maps the lines of declarations to the cell that wrote them
	// again unchanged (see Relocate).
	relocs map[string][]reloc
}

// cellNum returns the number of a cell in line directives (from 1).
func (c *Compiler) cellNum(name string) int {
	if n, ok := c.cellNums[name]; ok {
		return n
	}
	c.cellNames = append(c.cellNames, name)
	c.cellNums[name] = len(c.cellNames)
	return len(c.cellNames)
}

// Line decodes a line number the interpreter reported into a cell's
// name and line; ok is false for the kernel's own code.
func (c *Compiler) Line(n int) (cell string, line int, ok bool) {
	k := n / LineBase
	if k < 1 || k > len(c.cellNames) {
		return "", 0, false
	}
	return c.cellNames[k-1], n % LineBase, true
}

// New returns a Compiler for a new session.
func New(fset *token.FileSet, opt Options) *Compiler {
	if opt.PackageName == nil {
		opt.PackageName = func(path string) string { return path[strings.LastIndex(path, "/")+1:] }
	}
	if opt.Lookup == nil {
		opt.Lookup = func(string) []string { return nil }
	}
	return &Compiler{
		opt:         opt,
		fset:        fset,
		imp:         opt.Importer,
		goVersion:   opt.GoVersion,
		sess:        NewSession(),
		aliases:     map[string]string{},
		bound:       map[string]string{},
		markIndex:   map[Origin]int{},
		chains:      map[Origin]int{},
		structs:     map[int]StructType{},
		anonStructs: map[string]anonStruct{},
		cellNums:    map[string]int{},

		instances:     map[string]string{},
		instArgs:      map[string][]string{},
		typeInsts:     map[string]string{},
		typeInstArgs:  map[string][]string{},
		methodGen:     map[string]int{},
		lateVars:      map[string]string{},
		located:       map[string]bool{},
		taggedDescs:   map[string]*format.Desc{},
		promoted:      map[string]map[string]bool{},
		descIDs:       map[string]int{},
		descAccessors: map[string]string{},
	}
}

// Session returns the session's declarations as compiled so far.
func (c *Compiler) Session() *Session { return c.sess }

// Plan is how to run one compiled cell: declarations to evaluate in order
// (then Commit), the cell function to define (Run), then the function to
// call (CellFunc).
type Plan struct {
	Cell *cell.Cell
	// Steps are the declarations, evaluated in order.
	Steps []*Step
	// Run defines the cell function; nil when the cell has no statements.
	Run *Step
	// CellFunc names the function holding the cell's statements; "" when
	// the cell has none.
	CellFunc string
	// Results is the number of values of the cell's trailing expression
	// (passed to the result hook); 0 when the cell has no result.
	Results int
	// Migrations lists variables redeclared with a changed type whose
	// values should be carried over from the old variable.
	Migrations []string
	// Upgrade converts the values the session's interface variables hold
	// to the new versions of types whose methods changed (one step per
	// variable); it runs after the Steps and the migrations, and a step
	// may fail (then the values keep their old methods).
	Upgrade []*Step
	// Vars lists the variables the cell declares (new or redeclared).
	Vars []string
	// Accessors lists the variables (set by the Steps) holding functions
	// that call String and Error methods, for the runtime's printer.
	Accessors []string
	// FuncFields lists the struct types the Steps declare (in the
	// interpreter's names) with fields holding func values: the engine
	// mends the interpreter's types of the fields after the "types" step.
	FuncFields []string
	// Std lists, in order, the packages of stdgen whose sources must be
	// evaluated before the Steps (each once per interpreter).
	Std []string
	// Reeval lists the kept function literals the cell makes stale, to
	// run as cells of their own once it is committed (see Closure).
	Reeval []Reeval

	commit        func()
	commitImports func()
	keepClosures  func()
}

// KeepClosures records the function literals the cell's statements
// assigned, once they ran (see Closure).
func (p *Plan) KeepClosures() {
	if p.keepClosures != nil {
		p.keepClosures()
		p.keepClosures = nil
	}
}

// Step is one source text to evaluate.
type Step struct {
	// Src is Go source in the interpreter's names.
	Src string
	// Origins gives, for each line of Src (index 0 is line 1), the cell
	// and line it comes from; a zero Origin is kernel code.
	Origins []Origin
	// What says what the step does, for logs ("imports", "types", ...).
	What string
}

// Origin is a line of a cell.
type Origin struct {
	Cell string
	Line int
}

// Origin returns where line (1-based) of the step's source comes from.
func (s *Step) Origin(line int) Origin {
	if line < 1 || line > len(s.Origins) {
		return Origin{}
	}
	return s.Origins[line-1]
}

// Commit records in the session that the plan's Steps have been
// evaluated. It is idempotent.
func (p *Plan) Commit() {
	if p.commit != nil {
		p.commit()
		p.commit = nil
	}
}

// Ran tells the plan that step st ran: once the imports are bound in the
// interpreter, the session knows them even if a later step fails (the
// interpreter refuses to import a name twice).
func (p *Plan) Ran(st *Step) {
	if st.What == "imports" && p.commitImports != nil {
		p.commitImports()
		p.commitImports = nil
	}
}

// alias returns the name the interpreter knows the package at path by,
// choosing one on first use: name when own (a cell imports the package by
// its name) and no other path has it, else a variant of the kernel's.
func (c *Compiler) alias(path, name string, own bool) string {
	if a, ok := c.aliases[path]; ok {
		return a
	}
	a := name
	kernelPkg := strings.HasPrefix(path, "gokernel/")
	if kernelPkg {
		// The kernel's own packages (display, auto-imported) keep a name
		// of the kernel's: a cell may declare display itself.
		a = "__gk_" + strings.ReplaceAll(strings.TrimPrefix(path, "gokernel/"), "/", "_")
	}
	if p, taken := c.bound[a]; taken && p != path || !kernelPkg && (!own || isKernelName(a)) {
		for i := 2; ; i++ {
			a = fmt.Sprintf("%s%sp%d", name, genSep, i)
			if _, taken := c.bound[a]; !taken {
				break
			}
		}
	}
	return a
}

func isKernelName(s string) bool { return strings.HasPrefix(s, "__gk") }

// Compile compiles a cell named name (e.g. "cell3") with source src. A cell
// that does not compile returns a cell.ErrorList (syntax) or an ErrorList
// (types) and changes nothing.
func (c *Compiler) Compile(name, src string) (*Plan, error) {
	cl, err := cell.Parse(c.fset, name, src)
	if err != nil {
		return nil, err
	}
	c.cells++
	c.stdUsed = map[string]bool{}
	u := newUnit(cl)

	imports, err := c.cellImports(u)
	if err != nil {
		return nil, err
	}
	if errs := u.noNewVars(c.fset); len(errs) > 0 {
		return nil, errs
	}
	hoist := map[string]bool{}
	for _, n := range u.varNames() {
		if d, ok := c.sess.Decls[n]; !ok || d.Kind != KindVar {
			hoist[n] = true
		}
	}
	// A var declaration declares its variables anew, whatever the
	// session had (var x string after x := 1).
	for _, it := range u.stmts {
		if gd, ok := it.node.(*ast.GenDecl); ok && gd.Tok == token.VAR {
			for _, n := range definedNames(gd) {
				if d, ok := c.sess.Decls[n]; ok && d.Kind == KindVar && readsName(gd, n) {
					continue // var k = k * 2: the session's k, assigned
				}
				hoist[n] = true
			}
		}
	}
	var ck *checked
	var errs ErrorList
	for attempt := 0; attempt < 4; attempt++ {
		ck, errs, err = c.check(checkInput{unit: u, hoist: hoist, imports: imports})
		if err != nil {
			return nil, err
		}
		// Variables a := declaring others too gives another type are
		// declared anew; with errors, packages used without an import
		// line are imported, and variables re-declared with another type
		// are declared anew; then check again.
		changed := ck != nil && c.mixedRedeclare(u, ck, hoist)
		changed = ck != nil && c.constRedeclare(u, ck, hoist) || changed
		if len(errs) > 0 {
			changed = c.autoImport(u, errs, imports) || changed
			changed = c.redeclare(u, errs, hoist) || changed
		}
		if !changed {
			break
		}
	}
	if len(errs) > 0 {
		return nil, errs
	}
	if errs := c.unsupported(u, ck); len(errs) > 0 {
		return nil, errs
	}
	if u.result != nil && isNil(ck.info.TypeOf(u.result)) {
		return nil, ErrorList{&CheckError{Pos: c.fset.Position(u.result.Pos()), Msg: "use of untyped nil"}}
	}
	return c.translate(u, ck, imports, hoist)
}
