package engine

import (
	"context"
	"errors"
	"fmt"
	"go/ast"
	"os"
	"reflect"
	"regexp"
	"runtime/debug"
	"strconv"
	"strings"
	"time"

	"github.com/traefik/yaegi/interp"

	"gokernel/kernel"
	"gokernel/kernel/engine/compile"
	"gokernel/kernel/engine/format"
	"gokernel/kernel/engine/stdgen"
)

// Execute implements kernel.Engine: it compiles the cell against the
// session, evaluates its declarations, and runs its statements.
func (e *Engine) Execute(ctx context.Context, req kernel.ExecuteRequest, out kernel.Output) kernel.ExecuteResult {
	select {
	case <-e.ready:
	case <-ctx.Done():
		return kernel.ExecuteResult{Error: interrupted()}
	}
	if e.setupErr != nil {
		return kernel.ExecuteResult{Error: &kernel.Error{Name: "KernelError", Value: e.setupErr.Error(),
			Traceback: []string{e.setupErr.Error()}}}
	}
	e.setOutput(out, ctx)
	defer e.setOutput(out, nil)
	e.running.Store(e.cells.Add(1))
	defer e.running.Store(0)
	e.flushLate(out)
	e.stdin.reset()
	name := cellName(req.Count)
	e.stderrTrace.setSource(name, req.Code)
	e.debugBegin(name, req.Code)
	defer e.debugEnd()
	res := e.guard(func() kernel.ExecuteResult {
		code, res, done := e.runMagics(ctx, name, req.Count, req.Code, out)
		if !done {
			res = e.run(ctx, name, code)
		}
		return res
	})
	if len(req.UserExpressions) > 0 {
		res.UserExpressions = e.userExpressions(ctx, req.UserExpressions)
	}
	e.flush()
	return res
}

// guard runs f, turning a panic that escapes it (a bug of the
// interpreter or the kernel, not of the cell) into an error: the kernel
// lives on.
func (e *Engine) guard(f func() kernel.ExecuteResult) (res kernel.ExecuteResult) {
	defer func() {
		if r := recover(); r != nil {
			e.log.Error("internal error while running a cell", "panic", r, "stack", string(debug.Stack()))
			if debugTrace {
				fmt.Fprintln(os.Stderr, "PANIC", r, string(debug.Stack()))
			}
			msg := fmt.Sprint(r)
			res = kernel.ExecuteResult{Error: &kernel.Error{Name: "InternalError",
				Value: "the interpreter failed on this cell: " + compile.UserName(stripPos(msg)),
				Traceback: []string{"InternalError: the interpreter failed on this cell: " + compile.UserName(stripPos(msg)),
					"The kernel keeps running; the cell may have run in part."}}}
		}
	}()
	return f()
}

// flush waits (briefly) until the cell's output written to the process's
// file descriptors has reached the cell's Output.
func (e *Engine) flush() {
	if e.opt.Flush == nil {
		return
	}
	ctx, cancel := context.WithTimeout(context.Background(), 2*time.Second)
	defer cancel()
	if err := e.opt.Flush(ctx); err != nil {
		e.log.Debug("flushing output", "err", err)
	}
}

// cellName names the cell with execution count n in positions ("cell3").
func cellName(n int) string { return "cell" + strconv.Itoa(n) }

// cellPos is a position in a cell as go/types writes it in messages
// ("declared at cell1:1:11").
var cellPos = regexp.MustCompile(`\bcell(\d+):(\d+):\d+`)

// cellLabel is how messages name a cell: "Cell [3]".
func cellLabel(name string) string {
	if n, ok := strings.CutPrefix(name, "cell"); ok {
		return "Cell [" + n + "]"
	}
	return name
}

// run compiles and runs one cell.
func (e *Engine) run(ctx context.Context, name, code string) kernel.ExecuteResult {
	if strings.TrimSpace(code) == "" {
		return kernel.ExecuteResult{}
	}
	plan, err := e.comp.Compile(name, code)
	if err != nil {
		return kernel.ExecuteResult{Error: compileError(err, map[string]string{name: code}), NotRun: true}
	}
	if err := plan.CheckSyntax(); err != nil {
		return kernel.ExecuteResult{Error: &kernel.Error{Name: "InternalError", Value: err.Error(),
			Traceback: []string{"InternalError: " + err.Error()}}, NotRun: true}
	}
	if err := e.loadStd(plan.Std); err != nil {
		return kernel.ExecuteResult{Error: &kernel.Error{Name: "InternalError", Value: err.Error(),
			Traceback: []string{"InternalError: " + err.Error()}}, NotRun: true}
	}
	if e.types.stale.Swap(false) {
		e.types.revive(e.in)
	}
	saved := e.saveMigrations(plan)
	for _, st := range plan.Steps {
		if err := e.evalStep(st); err != nil {
			return kernel.ExecuteResult{Error: e.stepError(err, st, code, name)}
		}
		plan.Ran(st)
		if st.What == "types" && len(plan.FuncFields) > 0 {
			e.mendFuncFields(plan.FuncFields)
		}
		if st.What == "accessors" {
			e.types.remember(st.Src)
		}
	}
	e.restoreMigrations(saved)
	for _, st := range plan.Upgrade {
		if err := e.evalUpgrade(st); err != nil {
			e.log.Debug("upgrading interface values", "err", err)
			if debugTrace {
				fmt.Fprintln(os.Stderr, "UPGRADE", err)
			}
		}
	}
	e.mig = nil
	var before map[string]ast.Node // (once a type was redefined, no more)
	if !e.typesRedefined.Load() {
		before = e.typeDecls()
	}
	plan.Commit()
	e.noteTypesRedefined(before)
	e.types.load(e.in, plan.Accessors)
	for _, re := range plan.Reeval {
		e.reeval(ctx, re)
	}
	if plan.Run == nil {
		plan.KeepClosures()
		return kernel.ExecuteResult{}
	}
	if err := e.evalStep(plan.Run); err != nil {
		if debugTrace {
			fmt.Fprintln(os.Stderr, "STEP", plan.Run.Src)
		}
		return kernel.ExecuteResult{Error: e.stepError(err, plan.Run, code, name)}
	}
	e.rt.takeResults()
	e.stderrTrace.reset()
	err, hard := e.runCellFunc(ctx, name, plan.CellFunc)
	results := e.rt.takeResults()
	if hard {
		// Made again when the next cell runs (the cancelled cell may
		// still be unwinding in the interpreter).
		e.types.stale.Store(true)
	}
	if err != nil {
		if ctx.Err() != nil {
			return kernel.ExecuteResult{Error: interrupted()}
		}
		return kernel.ExecuteResult{Error: e.runtimeError(err, name)}
	}
	plan.KeepClosures()
	if plan.Results == 0 || len(results) == 0 {
		return kernel.ExecuteResult{}
	}
	return kernel.ExecuteResult{Result: resultBundle(results)}
}

// reeval evaluates again the kept function literals of one cell with
// what the running cell changed (see compile.Closure); when they do not
// compile together, one by one, and one that no longer compiles keeps its
// earlier version, with a note on stderr.
func (e *Engine) reeval(ctx context.Context, re compile.Reeval) {
	res := e.run(ctx, re.Cell, re.Src)
	vars := strings.Join(re.Vars, ", ")
	if res.Error == nil {
		delete(e.reevalNotes, vars)
		return
	}
	if len(re.Each) > 0 {
		for _, one := range re.Each {
			e.reeval(ctx, one)
		}
		return
	}
	e.log.Debug("evaluating a function literal again", "cell", re.Cell, "err", res.Error.Value)
	if e.reevalNotes[vars] == res.Error.Value {
		return // said when it stopped compiling (the same error)
	}
	if e.reevalNotes == nil {
		e.reevalNotes = map[string]string{}
	}
	e.reevalNotes[vars] = res.Error.Value
	if out := e.output(); out != nil {
		out.Stream("stderr", []byte("the function literal assigned to "+vars+
			" no longer compiles after this cell's changes, and keeps its earlier version: "+res.Error.Value+"\n"))
	}
}

// loadStd evaluates the sources of the generic standard library the cell
// uses, once each.
func (e *Engine) loadStd(paths []string) error {
	for _, p := range paths {
		if e.std[p] {
			continue
		}
		src, ok := stdgen.Source(p)
		if !ok {
			return fmt.Errorf("no source for the generic API of %s", p)
		}
		if _, err := e.quiet(func() (any, error) { return e.in.Eval(src) }); err != nil {
			return fmt.Errorf("loading the generic API of %s: %w", p, err)
		}
		if e.std == nil {
			e.std = map[string]bool{}
		}
		e.std[p] = true
	}
	return nil
}

// evalStep evaluates declarations (no user code runs in them).
func (e *Engine) evalStep(st *compile.Step) error {
	e.log.Debug("eval", "step", st.What, "src", st.Src)
	if debugSteps {
		fmt.Fprintf(os.Stderr, "STEP %s\n%s\n", st.What, st.Src)
	}
	_, err := e.quiet(func() (any, error) { return e.in.Eval(st.Src) })
	return err
}

// evalUpgrade evaluates an upgrade step, which may fail, even in the
// interpreter's compiler, without failing the cell: the values it would
// convert keep their old methods.
func (e *Engine) evalUpgrade(st *compile.Step) (err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("upgrade step panicked: %v", r)
		}
	}()
	return e.evalStep(st)
}

// bundle turns several result values into a text/plain tuple.
func bundle(rs []Repr) *kernel.Bundle {
	data := map[string]any{}
	if len(rs) == 1 {
		r := rs[0]
		data["text/plain"] = r.Text
		if r.HTML != "" {
			data["text/html"] = r.HTML
		}
		if r.Markdown != "" {
			data["text/markdown"] = r.Markdown
		}
		if r.SVG != "" {
			data["image/svg+xml"] = r.SVG
		}
		if r.Latex != "" {
			data["text/latex"] = r.Latex
		}
		return &kernel.Bundle{Data: data, Metadata: map[string]any{}}
	}
	texts := make([]string, len(rs))
	for i, r := range rs {
		texts[i] = r.Text
		if r.Value == nil {
			texts[i] = "<nil>"
		}
		if s, ok := r.Value.(string); ok && s == "" && r.Text == "" {
			texts[i] = `""` // (as a lone empty string shows)
		}
	}
	data["text/plain"] = "(" + strings.Join(texts, ", ") + ")"
	return &kernel.Bundle{Data: data, Metadata: map[string]any{}}
}

// interrupted is the error of a cell stopped by an interrupt.
func interrupted() *kernel.Error {
	return &kernel.Error{Name: "Interrupted", Value: "the cell was interrupted",
		Traceback: []string{"Interrupted: the cell was interrupted"}}
}

// runtimeError describes a cell that failed while running: a panic (with
// the frames of cell code) or an error of the interpreter.
func (e *Engine) runtimeError(err error, name string) *kernel.Error {
	var gp goroutinePanic
	if errors.As(err, &gp) {
		return gp.err
	}
	var fe fatalError
	if errors.As(err, &fe) {
		return fe.kernelError()
	}
	var p interp.Panic
	if errors.As(err, &p) {
		return e.panicError(p.Value)
	}
	if ex, ok := exitOf(err); ok {
		return ex
	}
	msg := compile.UserName(err.Error())
	return &kernel.Error{Name: "panic", Value: msg, Traceback: append([]string{panicLine(msg)}, e.frames()...)}
}

// panicLine is the first line of a panic's traceback, as Go prints it:
// the lines of a message after the first are indented with a tab.
func panicLine(msg string) string {
	return "panic: " + strings.ReplaceAll(msg, "\n", "\n\t")
}

// panicError describes a panic value as Go prints it.
func (e *Engine) panicError(v any) *kernel.Error {
	if ex, ok := exitOf(v); ok {
		return ex
	}
	if p, ok := v.(interp.Panic); ok {
		v = p.Value
	}
	if fe, ok := v.(fatalError); ok {
		return fe.kernelError()
	}
	msg := e.panicText(e.fixPanic(v))
	tb := []string{panicLine(msg)}
	if frames := e.frames(); len(frames) > 0 {
		tb = append(tb, "")
		tb = append(tb, frames...)
	}
	return &kernel.Error{Name: "panic", Value: msg, Traceback: tb}
}

// panicText is panicMessage with the Error or String method of a cell
// type, which Go prints a panic value with.
func (e *Engine) panicText(v any) string {
	if rv, ok := v.(reflect.Value); ok && rv.IsValid() && rv.CanInterface() {
		v = rv.Interface()
	}
	switch v.(type) {
	case error, fmt.Stringer, string, nil:
		return panicMessage(v)
	}
	if err, ok := e.asError(v); ok {
		return compile.UserName(err.Error())
	}
	if t, ok := format.TaggedOf(v); ok && t.N != "" {
		if _, isStringer := v.(fmt.Stringer); !isStringer {
			// A named type's value: main.Code(3), main.Name("x").
			return namedPanicText(t.N, reflect.ValueOf(t.V))
		}
	}
	if s, ok := e.types.Method(reflect.ValueOf(v), "String"); ok {
		return s
	}
	if k := reflect.ValueOf(v).Kind(); k == reflect.Struct || k == reflect.Pointer {
		// Go prints the type and an address; the value says more.
		return fmt.Sprintf("%#v", format.Args(e.types, []any{v})[0])
	}
	return panicMessage(v)
}

// panicMessage returns a panic value as Go prints it.
func panicMessage(v any) string {
	v = fixPanic(v)
	switch x := v.(type) {
	case error:
		return compile.UserName(stripPos(x.Error()))
	case fmt.Stringer:
		return x.String()
	case string:
		return x
	case nil:
		return "nil"
	}
	rv := reflect.ValueOf(v)
	switch rv.Kind() {
	case reflect.Bool, reflect.Int, reflect.Int8, reflect.Int16, reflect.Int32, reflect.Int64,
		reflect.Uint, reflect.Uint8, reflect.Uint16, reflect.Uint32, reflect.Uint64, reflect.Uintptr,
		reflect.Float32, reflect.Float64, reflect.Complex64, reflect.Complex128, reflect.String:
		if rv.Type().PkgPath() != "" {
			// A named type of a package: token.Pos(3), template.HTML("<b>").
			return namedPanicText(rv.Type().String(), rv)
		}
		return fmt.Sprintf("%v", v)
	}
	return fmt.Sprintf("%#v", v)
}

// namedPanicText is a value of the named type name as the runtime prints
// a panic value: main.Code(3), main.Name("x") (unescaped), main.C(1+2i).
func namedPanicText(name string, rv reflect.Value) string {
	switch rv.Kind() {
	case reflect.String:
		return name + "(\"" + rv.String() + "\")"
	case reflect.Complex64, reflect.Complex128:
		return name + fmt.Sprint(rv) // (its parentheses)
	}
	return name + "(" + fmt.Sprint(rv) + ")"
}

// stripPos removes a position the interpreter puts in front of some
// runtime errors ("cell6:2: interface conversion: ...").
func stripPos(msg string) string {
	if m := posPrefix.FindStringIndex(msg); m != nil {
		return msg[m[1]:]
	}
	return msg
}

var posPrefix = regexp.MustCompile(`^(cell\d+|\d{7,}):\d+(:\d+)?: `) // (see leadingPos)

// userExpressions evaluates each expression in the session's scope.
func (e *Engine) userExpressions(ctx context.Context, exprs map[string]string) map[string]kernel.UserExpression {
	out := map[string]kernel.UserExpression{}
	for k, src := range exprs {
		res := e.run(ctx, "expr", src)
		switch {
		case res.Error != nil:
			out[k] = kernel.UserExpression{Error: res.Error}
		case res.Result != nil:
			out[k] = kernel.UserExpression{Bundle: res.Result}
		default:
			out[k] = kernel.UserExpression{Bundle: &kernel.Bundle{Data: map[string]any{"text/plain": ""}}}
		}
	}
	return out
}
