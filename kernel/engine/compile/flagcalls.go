package compile

import (
	"go/ast"
	"go/token"
	"go/types"
	"strconv"
)

// The functions of package flag work on the process's flag.CommandLine,
// but a cell's flag.CommandLine is the interpreter's: they go to the
// runtime's, which also lets a cell run again define its flags anew.
//
//	flag.Int("n", 3, "count")  →  __gk.FlagFor("n", "cell3.go").Int("n", 3, "count")
//	flag.Parse()               →  __gk.FlagParse()
//	flag.Args()                →  __gk.FlagCommandLine().Args()

// flagDefines gives the functions of package flag that define a flag, with
// the index of the name among their arguments.
var flagDefines = map[string]int{
	"Bool": 0, "BoolFunc": 0, "Duration": 0, "Float64": 0, "Func": 0, "Int": 0, "Int64": 0,
	"String": 0, "Uint": 0, "Uint64": 0,
	"BoolVar": 1, "DurationVar": 1, "Float64Var": 1, "Int64Var": 1, "IntVar": 1, "StringVar": 1,
	"TextVar": 1, "Uint64Var": 1, "UintVar": 1, "Var": 1,
}

// flagUses are the other functions of package flag that use CommandLine.
var flagUses = map[string]bool{
	"Arg": true, "Args": true, "Lookup": true, "NArg": true, "NFlag": true, "Parsed": true,
	"PrintDefaults": true, "Set": true, "Visit": true, "VisitAll": true,
}

// flagCall rewrites a call of a function of package flag.
func (r *rewriter) flagCall(call *ast.CallExpr) {
	sel, ok := ast.Unparen(call.Fun).(*ast.SelectorExpr)
	if !ok || r.off(sel.Pos()) < 0 || r.off(sel.Sel.Pos()) < 0 {
		return
	}
	fn, ok := r.info.Uses[sel.Sel].(*types.Func)
	if !ok || fn.Pkg() == nil || fn.Pkg().Path() != "flag" || fn.Type().(*types.Signature).Recv() != nil {
		return
	}
	head := ""
	switch name := fn.Name(); {
	case name == "Parse":
		r.ed.replace(r.off(sel.Pos()), r.off(sel.End()), rtName+".FlagParse")
		return
	case flagUses[name]:
		head = rtName + ".FlagCommandLine()."
	default:
		i, ok := flagDefines[name]
		if !ok {
			return
		}
		site, arg := "", `""`
		if i < len(call.Args) {
			if tv := r.info.Types[call.Args[i]]; tv.Value != nil {
				// A constant name: the same text again.
				site, arg = r.cell.Name, r.text(call.Args[i].Pos(), call.Args[i].End())
			}
		}
		head = rtName + ".FlagFor(" + arg + ", " + strconv.Quote(site) + ")."
	}
	r.ed.replace(r.off(sel.Pos()), r.off(sel.Sel.Pos()), head)
}

// argsAssign writes an assignment to os.Args, which the interpreter
// ignores, as a call of the runtime's setter.
//
//	os.Args = []string{"prog", "-v"}  →  __gk.SetArgs([]string{"prog", "-v"})
func (r *rewriter) argsAssign(as *ast.AssignStmt) {
	if as.Tok != token.ASSIGN || len(as.Lhs) != 1 || len(as.Rhs) != 1 || r.off(as.Pos()) < 0 || r.off(as.Rhs[0].Pos()) < 0 {
		return
	}
	if sel, ok := ast.Unparen(as.Lhs[0]).(*ast.SelectorExpr); !ok || !r.isOSArgs(sel) {
		return
	}
	r.ed.replace(r.off(as.Pos()), r.off(as.Rhs[0].Pos()), rtName+".SetArgs(")
	r.ed.insert(r.off(as.Rhs[0].End()), ")")
}

// argsRead writes a read of os.Args as a call of the runtime's getter:
// the interpreter hands some reads (s := os.Args, f(os.Args)) the value of
// before the cell assigned it. Not the target of an assignment (see
// argsAssign) nor an operand of &.
func (r *rewriter) argsRead(sel *ast.SelectorExpr) bool {
	if !r.isOSArgs(sel) || r.off(sel.Pos()) < 0 || r.off(sel.End()) < 0 {
		return false
	}
	r.makeParents()
	switch p := r.parents[sel].(type) {
	case *ast.AssignStmt:
		for _, l := range p.Lhs {
			if l == sel {
				return false
			}
		}
	case *ast.UnaryExpr:
		if p.Op == token.AND {
			return false
		}
	}
	r.ed.replace(r.off(sel.Pos()), r.off(sel.End()), rtName+".Args()")
	return true
}

// isOSArgs reports the selector os.Args.
func (r *rewriter) isOSArgs(sel *ast.SelectorExpr) bool {
	v, ok := r.info.Uses[sel.Sel].(*types.Var)
	return ok && v.Pkg() != nil && v.Pkg().Path() == "os" && v.Name() == "Args"
}
