package compile

import (
	"fmt"
	"go/ast"
	"go/token"
	"go/types"

	"gokernel/kernel/engine/cell"
)

// rewriter collects the edits that turn one cell's source into what the
// interpreter runs: names of redefined types and aliased packages,
// goroutines that report their panics, Go 1.22 loop variables, range over
// integers, and the builtins the interpreter lacks.
type rewriter struct {
	// fixedLenCache holds fixedLens' answers, by function body.
	fixedLenCache map[*ast.BlockStmt]map[types.Object]int64

	c    *Compiler
	cell *cell.Cell
	root *ast.File // the cell as checked: its declarations and statements
	info *types.Info
	pkg  *types.Package
	// name returns the interpreter's name for a package-level object of
	// the cell's package or an imported package name, or "".
	name func(obj types.Object) string
	// gen returns the interpreter name of a type of the cell package.
	gen func(name string) string
	// qual names imported packages as the interpreter knows them.
	qual types.Qualifier
	// desc returns the ID of a type's description for printing (0: none).
	desc func(types.Type) int
	// tmplDesc is desc for data handed to a template (with methods).
	tmplDesc func(types.Type) int
	// inst returns the concrete copy of an instance of a generic
	// declaration of the cell package (see generics.go).
	inst func(origin types.Object, args []string) string
	// subst binds type parameters (in an instance being written);
	// substTypes binds them to the type arguments, when known.
	subst      map[string]string
	substTypes map[string]types.Type
	// instArgs records the type arguments of the instances made (by
	// instance name), for their rewriters' substTypes.
	instArgs func(name string, targs []types.Type)
	// litDepth counts the function literals around the node walked.
	litDepth int
	// declNames holds the names the cell declares (see labelClash).
	declNames map[string]bool
	// initMoved holds the switch statements whose init switchInit moved
	// out in front.
	initMoved map[ast.Stmt]bool
	// chained holds the ranges of statements deferChain moves into a
	// function literal, which lateCall treats as being in one.
	chained [][2]token.Pos
	// describedSession records the descriptions describeSession made
	// (plain, for templates).
	describedSession [2]bool
	// reflectMethods is set when the cell asks reflection for methods
	// (see reflectTypeCall).
	reflectMethods bool
	// sharedLocals holds the local variables function literals use or
	// whose address is taken (see sharedVar), once asked.
	sharedLocals map[*types.Var]bool
	// hoisted holds the calls operandsAfterCalls put in front of a
	// statement.
	hoisted map[ast.Stmt]string
	// lateFunc names the variable that holds the latest version of a
	// session function, or "" (see lateCall).
	lateFunc func(name string) string
	// typeSetUse notes a top-level declaration whose rewrite lists the
	// session's types (nil: none to note).
	typeSetUse   func(decl ast.Node)
	litTypeExprs map[ast.Expr]bool          // the types of composite literals
	logStmts     map[*ast.CallExpr]bool     // log calls of go and defer statements, written by logStmt
	calledSels   map[*ast.SelectorExpr]bool // methods of deferred calls, called on a parameter (see compiledMethodCall)
	pkgVarsSet   map[*types.Var]bool        // other packages' variables the cell assigns (see stdvars.go)
	sessInsts    *[]*types.Named            // the instances earlier cells wrote (see sessionInstances)
	// located reports a session function whose calls record their
	// position (see callsites.go).
	located func(name string) bool
	// shadowAlias names a package where its usual name is shadowed.
	shadowAlias func(path, name string) string
	// lateAsserter names the late asserter of an assertion in a function
	// literal, or "" (see lateAssert).
	lateAsserter func(r *rewriter, it, xt types.Type, commaOk bool) string
	// conv lists identifiers used as conversions (T(x)).
	conv map[*ast.Ident]bool
	// inRewrittenLoop marks returns a loop rewrite (or deferChain) took
	// care of, which namedReturns leaves alone.
	inRewrittenLoop map[*ast.ReturnStmt]bool
	ed              edits
	done            map[ast.Node]bool
	// markers lists the marker variables this rewriter created.
	markers []string
	// helpers are the functions this rewriter's code calls, declared
	// with the cell's variables, by their declarations (see helper).
	helpers map[string]string
	// helperDecls are their declarations, in order.
	helperDecls []string
	// lits counts the function literals of each function, for their names.
	lits map[string]int
	// pendingLits are the recovering closures deferred through variables
	// (see deferFuncValue); pendingOf gives the one a deferred name holds.
	pendingLits map[*ast.FuncLit]bool
	pendingOf   map[*ast.Ident]*ast.FuncLit
	// rangeKeys are the new names of the keys of ranges over maps keyed
	// by interfaces (ifaceRangeKey).
	rangeKeys map[*ast.RangeStmt]rangeKey
	// parents maps the cell's nodes to their parents (see loopOf), made on
	// first use, and those of the foreign nodes walked.
	parents map[ast.Node]ast.Node
	// slicePlans are how callResultSlice writes slice expressions.
	slicePlans map[*ast.SliceExpr]*slicePlan
	// foreign are the nodes walked outside the cell's own (declarations
	// of earlier cells written again).
	foreign []ast.Node
	// comms are the statements commStmt saw.
	comms map[ast.Stmt]bool
	// topStmts are the statements of the cell's top level, and
	// resultStmt the one whose value is the cell's result (nil: none).
	topStmts   map[ast.Stmt]bool
	resultStmt *ast.ExprStmt
	// indexKeys are the constant keys of array and slice literals, written
	// as plain integers (see litTypes).
	indexKeys map[ast.Expr]bool
	// litCalls are calls to wrap in a function literal (see std.go).
	litCalls map[*ast.CallExpr]bool
	// loops lists the loop statements met so far (see deferLit).
	loops []ast.Stmt
	// loopVarObjs are the variables of the loops walked (see isLoopVar).
	loopVarObjs map[*types.Var]bool
	// instNode is the generic declaration an instance rewriter writes
	// (see typeString).
	instNode ast.Node
	// typedNils are the expressions typedNilError wrapped, converted those
	// operatorToIface converted.
	typedNils, converted map[ast.Expr]bool
	// selfWrapped are the expressions selfWrap wrapped.
	selfWrapped map[ast.Expr]bool
	// hasTaggable caches sessionHasTaggable.
	hasTaggable *bool
	// wrappedArgs are the arguments of go and defer statements that
	// wrapCall passes as an interface of compiled code (see selfWrap).
	wrappedArgs map[ast.Expr]bool
	// calledAtDefer are the deferred calls of function literals deferLit
	// makes plain calls (their arguments go in as to any call).
	calledAtDefer map[*ast.CallExpr]bool
	// chainedReturns are the return statements deferChain writes as
	// assignments of the function's results (see chainReturns).
	chainedReturns map[*ast.ReturnStmt]bool
}

func (c *Compiler) newRewriter(cl *cell.Cell, ck *checked, name func(types.Object) string) *rewriter {
	return &rewriter{c: c, cell: cl, root: ck.cell, info: ck.info, pkg: ck.pkg, name: name, done: map[ast.Node]bool{}, logStmts: map[*ast.CallExpr]bool{},
		calledSels: map[*ast.SelectorExpr]bool{},
		lits:       map[string]int{}, inRewrittenLoop: map[*ast.ReturnStmt]bool{}}
}

// off returns the offset of pos in the cell.
func (r *rewriter) off(pos token.Pos) int { return r.cell.Offset(pos) }

// text returns the source of [from, to) with the edits applied.
func (r *rewriter) text(from, to token.Pos) string {
	a, b := r.off(from), r.off(to)
	if a < 0 || b < a {
		return ""
	}
	return r.ed.apply(r.cell.Src, a, b)
}

// innerText is text without the insertions at from and to (see
// edits.applyInner).
func (r *rewriter) innerText(from, to token.Pos) string {
	a, b := r.off(from), r.off(to)
	if a < 0 || b < a {
		return ""
	}
	return r.ed.applyInner(r.cell.Src, a, b)
}

// uniq returns a fresh name with the given stem.
func (r *rewriter) uniq(stem string) string {
	r.c.uniq++
	return fmt.Sprintf("__gk_%s%d", stem, r.c.uniq)
}

// walk collects the edits of every node under n (once per node).
func (r *rewriter) walk(n ast.Node) {
	if n == nil || r.done[n] {
		return
	}
	r.done[n] = true
	r.addForeign(n)
	explicit := map[*ast.Ident]bool{}
	labels := map[ast.Stmt]string{}
	labelOf := map[ast.Stmt]*ast.LabeledStmt{}
	commaOk := map[*ast.TypeAssertExpr]bool{}
	handledComm := map[*ast.CommClause]bool{}
	called := map[*ast.SelectorExpr]bool{}   // method selectors that are called
	deferredOrGo := map[*ast.CallExpr]bool{} // calls of go and defer statements
	goCalls := map[*ast.CallExpr]bool{}      // calls of go statements
	var open []ast.Node                      // the nodes being walked, for litDepth
	visit := func(n ast.Node) bool {
		if e, ok := n.(ast.Expr); ok && r.foldConst(e) {
			return false
		}
		switch n := n.(type) {
		case *ast.LabeledStmt:
			labelOf[n.Stmt] = n
			labels[n.Stmt] = n.Label.Name
		case *ast.ForStmt:
			if _, ok := n.Cond.(*ast.TypeAssertExpr); ok {
				r.callCond(n.Cond)
			}
			r.loops = append(r.loops, n)
			r.forInitOnly(n)
			r.continueInSelect(n, n.Body, labels[n])
			if as, ok := n.Init.(*ast.AssignStmt); ok && as.Tok == token.DEFINE {
				r.loopShadow(as.Lhs, n.Body)
				r.markLoopVars(as.Lhs...)
			}
		case *ast.SwitchStmt:
			r.emptySwitch(n.Body)
			r.switchInit(n, labelOf[n])
			r.taglessCases(n)
			r.tagCases(n)
			r.ifaceSwitch(n)
			r.caseLists(n)
			if n.Tag == nil {
				for _, st := range n.Body.List {
					for _, e := range st.(*ast.CaseClause).List {
						r.callCond(e)
					}
				}
			}
		case *ast.IfStmt:
			r.callCond(n.Cond)

		case *ast.TypeSwitchStmt:
			r.emptySwitch(n.Body)
			if !r.typeSwitch(n, labelOf[n]) {
				r.switchInit(n, labelOf[n])
			}
			r.upgradeSwitch(n)
		case *ast.SelectStmt:
			if r.selectStmt(n, labelOf[n]) {
				for _, c := range n.Body.List {
					handledComm[c.(*ast.CommClause)] = true
				}
			}
		case *ast.CommClause:
			if !handledComm[n] {
				r.selectAssign(n)
			}
			r.clauseLabels(n.Colon, n.Body)
		case *ast.CaseClause:
			r.clauseLabels(n.Colon, n.Body)
		case *ast.CompositeLit:
			if n.Type != nil {
				if r.litTypeExprs == nil {
					r.litTypeExprs = map[ast.Expr]bool{}
				}
				r.litTypeExprs[n.Type] = true
			}
			r.markLitCalls(n)
			r.ifaceMapLit(n)
			r.litTypes(n)
			r.litSliceElems(n)
			r.compiledSliceLit(n)
			r.arrayLen(n)
			r.soleIfaceLit(n)
		case *ast.StructType:
			r.blankFields(n)
			r.anonStruct(n)
		case *ast.TypeSpec:
			r.namedAny(n)
			r.definedFrom(n)
			r.recursiveFuncSpec(n)
		case *ast.DeclStmt:
			r.localAliasDecl(n)
			r.funcVarDecl(n)
			r.localStructDecl(n)
			r.commaOkVarInLoop(n)
			r.genericVarDecl(n)
		case *ast.ParenExpr:
			r.parenName(n)
		case *ast.BinaryExpr:
			r.shortCircuitRead(n)
			r.assertOperand(n)
			r.stdCallOperand(n)
			r.convNil(n)
			r.constShift(n)
			r.floatDivZero(n)
			r.ifaceEqual(n)
			r.unnamedEqual(n)
		case *ast.ExprStmt:
			if r.commStmt(n) {
				return false // walked
			}
		case *ast.AssignStmt:
			if r.commStmt(n) {
				return false // walked
			}
			if ta, ok := n.Rhs[0].(*ast.TypeAssertExpr); ok && len(n.Lhs) == 2 && len(n.Rhs) == 1 {
				commaOk[ta] = true
			}
			r.blankBool(n)
			r.commaOkAssign(n)
			r.commaOkInLoop(n)
			r.commaOkRedeclare(n)
			if lt := r.info.TypeOf(n.Lhs[0]); len(n.Lhs) == 1 && len(n.Rhs) == 1 && lt != nil && !types.IsInterface(lt) {
				r.recvCopy(n.Rhs[0])
			}
			r.parallelAssign(n)
			r.copyAssigned(n)
			r.argsAssign(n)
			r.structLitAssign(n)
			r.compiledFieldAssign(n)
			r.tupleAssign(n)
			r.recvToIface(n)
			r.recursiveFuncAssigns(n)
		case *ast.SendStmt:
			r.copyAssigned(n)
			if r.commStmt(n) {
				return false // walked
			}
		case *ast.IncDecStmt:
			r.uintptrIncDec(n)
		case *ast.ReturnStmt:
			r.returnedFuncs(n)
			r.returnedNamedFuncs(n)
			r.returnedStdCalls(n)
			r.returnedValueCalls(n)
			if !r.callsFirst(n) {
				r.ifaceResultTemps(n)
			}
			r.recursiveFuncAssigns(n)
		case *ast.ValueSpec:
			r.recursiveFuncAssigns(n)
			if lt := r.info.TypeOf(n.Names[0]); len(n.Names) == 1 && len(n.Values) == 1 && lt != nil && !types.IsInterface(lt) {
				r.recvCopy(n.Values[0])
			}
			r.parallelAssign(n)
			r.copyAssigned(n)
			r.commaOkSpec(n)
			if len(n.Values) == 1 && len(n.Names) == 2 {
				if ta, ok := n.Values[0].(*ast.TypeAssertExpr); ok {
					commaOk[ta] = true
				}
			}
		case *ast.TypeAssertExpr:
			r.typeAssert(n, commaOk[n])
			if n.Type != nil {
				r.upgradeOperand(n.X, r.info.TypeOf(n.Type))
			}
			if n.Type != nil {
				r.callOperand(n.X, r.info.TypeOf(n.X))
			}
		case *ast.FuncDecl:
			r.nameParams(n.Recv, n.Type)
			r.closureFrames(n.Body)
			r.selfPrologue(n)
			r.anyResults(n.Type)
			r.zeroResults(n.Type, n.Body)
			r.copyReturned(n.Type, n.Body)
			if obj, ok := r.info.Defs[n.Name].(*types.Func); ok {
				r.boolReturns(obj.Type().(*types.Signature), n.Body)
				r.deferChain(n.Type, n.Body, obj.Type().(*types.Signature))
			}
		case *ast.FuncLit:
			r.anyResults(n.Type)
			r.nameParams(nil, n.Type)
			r.closureFrames(n.Body)
			r.zeroResults(n.Type, n.Body)
			r.copyReturned(n.Type, n.Body)
			if sig, ok := r.info.Types[n].Type.(*types.Signature); ok {
				r.boolReturns(sig, n.Body)
				r.deferChain(n.Type, n.Body, sig)
			}
		case *ast.SelectorExpr:
			if r.methodExpr(n) || r.stdRef(n, n) || r.argsRead(n) {
				return false
			}
			r.pkgVarRead(n)
			r.stdinFile(n)
			if r.calledSels[n] {
				called[n] = true // a call compiledMethodCall wrote
			}
			if !called[n] || !r.promotedViaIface(n) {
				r.promotedDepth(n)
			}
			if !called[n] && (r.syncUnlockValue(n) || r.methodValue(n) || r.ifaceMethodValue(n) || r.jsonFuncValue(n)) {
				return false
			}
		case *ast.MapType:
			r.ifaceMapKey(n)
		case *ast.IndexExpr:
			r.ifaceMapIndex(n)
			r.tagMapKey(n)
			r.arrayPointerIndex(n)
			r.callResultIndex(n)
			r.unhashableKey(n)
			markExplicit(explicit, n.X)
			if r.aliasInstance(n) || r.explicitInstance(n, n.X) || r.stdInstance(n, n.X) || r.stdSelector(n, n.X) {
				return false
			}
		case *ast.SliceExpr:
			r.callResultSlice(n)
		case *ast.IndexListExpr:
			markExplicit(explicit, n.X)
			if r.aliasInstance(n) || r.explicitInstance(n, n.X) || r.stdInstance(n, n.X) || r.stdSelector(n, n.X) {
				return false
			}

		case *ast.Ident:
			r.ident(n)
			if !explicit[n] {
				r.inferred(n)
			}
		case *ast.GoStmt:
			deferredOrGo[n.Call] = true // the function value is made at once
			goCalls[n.Call] = true
			r.goStmt(n)
		case *ast.DeferStmt:
			deferredOrGo[n.Call] = true
			r.deferStmt(n)
		case *ast.RangeStmt:
			r.loops = append(r.loops, n)
			r.continueInSelect(n, n.Body, labels[n])
			if n.Tok == token.DEFINE {
				r.loopShadow([]ast.Expr{n.Key, n.Value}, n.Body)
				r.markLoopVars(n.Key, n.Value)
			}
			r.rangeStmt(n)
			r.ifaceKeyRange(n)
		case *ast.CallExpr:
			r.recursiveFuncCall(n)
			r.recursiveFuncAssigns(n)
			r.ifaceMapDelete(n)
			r.namedFuncResultCall(n)
			if !goCalls[n] {
				r.syncUnlock(n) // (go wg.Wait() keeps the interpreter's call)
			}
			if sel, ok := ast.Unparen(n.Fun).(*ast.SelectorExpr); ok && !deferredOrGo[n] {
				called[sel] = true
			}
			if id, ok := ast.Unparen(n.Fun).(*ast.Ident); ok && r.info.Types[n.Fun].IsType() {
				if r.conv == nil {
					r.conv = map[*ast.Ident]bool{}
				}
				r.conv[id] = true
			}
			r.stdCallInLit(n)
			r.convReceiver(n)
			r.viaCall(n)
			r.copyCallArgs(n)
			r.ptrConv(n)
			r.tagDeleteKey(n)
			r.reflectArgs(n)
			r.reflectTypeCall(n)
			r.reflectTypeArgs(n)
			r.builtin(n)
			r.unsafeCall(n)
			r.boxArgs(n)
			r.errorsAs(n)
			r.errorsJoin(n)
			r.errorsIs(n)
			r.sliceSearch(n)
			r.flagCall(n)
			r.variadicValueCall(n)
			r.variadicSlice(n)
			r.spreadFuncArgs(n)
			r.ifaceResultArgs(n)
			if !deferredOrGo[n] {
				r.tupleCall(n)
				r.staticMethodCall(n)
			}
			r.displayArgs(n)
			r.ifaceArgs(n)
			r.callbackArgs(n)
			if !r.logCall(n) && !r.jsonCall(n) && !r.templateCall(n) {
				r.callerCall(n)
			}
			r.funcForPCName(n)
		}
		return true
	}
	ast.Inspect(n, func(n ast.Node) bool {
		if n == nil {
			switch s := open[len(open)-1].(type) {
			case *ast.FuncLit:
				r.litDepth--
			case *ast.SwitchStmt:
				r.defaultFallthrough(s, labelOf[s]) // (its clauses' edits in)
			case *ast.ExprStmt, *ast.AssignStmt, *ast.ReturnStmt, *ast.DeclStmt:
				r.operandsAfterCalls(s.(ast.Stmt)) // (its edits in)
			}
			open = open[:len(open)-1]
			return true
		}
		if !visit(n) {
			return false
		}
		open = append(open, n)
		if _, ok := n.(*ast.FuncLit); ok {
			r.litDepth++
		}
		return true
	})
}

// namedNonStruct reports a named type of the cell package whose
// underlying type is not a struct: the interpreter's values of it look
// like values of the underlying type (type E string is a string).
func (r *rewriter) namedNonStruct(t types.Type) bool {
	n, ok := types.Unalias(t).(*types.Named)
	if !ok || n.Obj().Pkg() != r.pkg {
		return false
	}
	switch n.Underlying().(type) {
	case *types.Struct, *types.Interface:
		return false
	}
	if _, ok := recursiveFunc(n); ok {
		return false // the interpreter's any (see recursiveFunc)
	}
	return true
}

var errorType = types.Universe.Lookup("error").Type().Underlying().(*types.Interface)

func isTuple(t types.Type) bool {
	_, ok := t.(*types.Tuple)
	return ok
}

// markLoopVars records the variables a loop declares.
func (r *rewriter) markLoopVars(es ...ast.Expr) {
	for _, e := range es {
		id, ok := e.(*ast.Ident)
		if !ok {
			continue
		}
		if v, ok := r.info.Defs[id].(*types.Var); ok {
			if r.loopVarObjs == nil {
				r.loopVarObjs = map[*types.Var]bool{}
			}
			r.loopVarObjs[v] = true
		}
	}
}
