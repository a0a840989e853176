package engine

import (
	"context"
	"fmt"
	"go/ast"
	"go/parser"
	"math"
	"reflect"
	"sort"
	"strconv"
	"strings"
	"syscall"
	"time"

	"gokernel/kernel"
	"gokernel/kernel/engine/compile"
	"gokernel/kernel/engine/format"
)

// cpuTime returns the CPU time the process has used (user, system).
func cpuTime() (user, sys time.Duration) {
	var ru syscall.Rusage
	if err := syscall.Getrusage(syscall.RUSAGE_SELF, &ru); err != nil {
		return 0, 0
	}
	return time.Duration(ru.Utime.Nano()), time.Duration(ru.Stime.Nano())
}

// magicTime runs Go code and reports its wall and CPU time.
func (e *Engine) magicTime(ctx context.Context, m *magicCall) kernel.ExecuteResult {
	code := m.args
	if m.body != "" || code == "" {
		code = "\n" + m.body // keep the body's lines (line 1 is the magic)
	}
	u0, s0 := cpuTime()
	t0 := time.Now()
	res := e.run(ctx, m.name, code)
	wall := time.Since(t0)
	u1, s1 := cpuTime()
	e.flush()
	m.print("CPU times: user %s, sys %s, total %s\nWall time: %s\n",
		fmtDuration(u1-u0), fmtDuration(s1-s0), fmtDuration(u1-u0+s1-s0), fmtDuration(wall))
	return res
}

// fmtDuration writes d with three significant digits, as timeit does.
func fmtDuration(d time.Duration) string {
	return fmtSeconds(d.Seconds())
}

func fmtSeconds(s float64) string {
	units := []struct {
		name  string
		scale float64
	}{{"s", 1}, {"ms", 1e-3}, {"µs", 1e-6}, {"ns", 1e-9}}
	for _, u := range units {
		if s >= u.scale || u.name == "ns" {
			return strconv.FormatFloat(s/u.scale, 'g', 3, 64) + " " + u.name
		}
	}
	return "0 s"
}

// timeitTarget is how long one timing run lasts at least when %timeit
// chooses the number of loops (as Python's timeit.autorange).
const timeitTarget = 200 * time.Millisecond

// magicTimeit times a statement (or a cell's code) over many loops.
func (e *Engine) magicTimeit(ctx context.Context, m *magicCall) kernel.ExecuteResult {
	loops, repeat := 0, 5
	args := strings.Fields(m.args)
	i := 0
	for ; i < len(args); i++ {
		switch args[i] {
		case "-n", "-r":
			if i+1 >= len(args) {
				return usageError("%timeit [-n N] [-r R] STATEMENT")
			}
			v, err := strconv.Atoi(args[i+1])
			if err != nil || v < 1 {
				return usageError(fmt.Sprintf("%s needs a positive number, got %q", args[i], args[i+1]))
			}
			if args[i] == "-n" {
				loops = v
			} else {
				repeat = v
			}
			i++
			continue
		}
		break
	}
	stmt := strings.Join(args[i:], " ")
	if m.body != "" {
		stmt = m.body
	}
	if strings.TrimSpace(stmt) == "" {
		return usageError("%timeit needs a statement to time")
	}
	if ex, err := parser.ParseExpr(strings.TrimSpace(stmt)); err == nil && !isCall(ex) {
		stmt = "_ = " + stmt // an expression that is not a call is not a statement
	}
	e.timeits++
	fn := fmt.Sprintf("__gk_timeit%d", e.timeits)
	// One line for the wrapper, so that the statement keeps its line numbers.
	src := "func " + fn + "(n int) int64 { t := __gk_time.Now(); for i := 0; i < n; i++ { " + stmt +
		"\n}; return int64(__gk_time.Since(t)) }"
	if res := e.run(ctx, m.name, src); res.Error != nil {
		return res
	}
	timeOnce := func(n int) (time.Duration, *kernel.Error) {
		v, err := e.in.EvalWithContext(ctx, fmt.Sprintf("%s(%d)", fn, n))
		if err != nil {
			if ctx.Err() != nil {
				return 0, interrupted()
			}
			return 0, e.runtimeError(err, m.name)
		}
		if !v.IsValid() || !v.CanInt() {
			return 0, &kernel.Error{Name: "TimeitError", Value: "no timing"}
		}
		return time.Duration(v.Int()), nil
	}
	if loops == 0 {
		for _, n := range autorange() {
			d, err := timeOnce(n)
			if err != nil {
				return kernel.ExecuteResult{Error: err}
			}
			loops = n
			if d >= timeitTarget {
				break
			}
		}
	}
	best := time.Duration(math.MaxInt64)
	for r := 0; r < repeat; r++ {
		d, err := timeOnce(loops)
		if err != nil {
			return kernel.ExecuteResult{Error: err}
		}
		best = min(best, d)
	}
	per := best.Seconds() / float64(loops)
	plural := "s"
	if loops == 1 {
		plural = ""
	}
	m.print("%d loop%s, best of %d: %s per loop\n", loops, plural, repeat, fmtSeconds(per))
	return kernel.ExecuteResult{}
}

// autorange lists the loop counts %timeit tries: 1, 2, 5, 10, 20, 50, ...
func autorange() []int {
	var out []int
	for p := 1; p <= 100_000_000; p *= 10 {
		out = append(out, p, 2*p, 5*p)
	}
	return out
}

func isCall(e ast.Expr) bool {
	_, ok := ast.Unparen(e).(*ast.CallExpr)
	return ok
}

// visibleDecls lists the session's names a user defined, sorted.
func (e *Engine) visibleDecls() []*compile.Decl {
	var out []*compile.Decl
	for k, d := range e.comp.Session().Decls {
		if strings.HasPrefix(k, "__gk") || d.Cell == "prelude" || d.Kind == compile.KindMethod {
			continue
		}
		out = append(out, d)
	}
	sort.Slice(out, func(i, j int) bool { return out[i].Key < out[j].Key })
	return out
}

func (e *Engine) magicWho(ctx context.Context, m *magicCall) kernel.ExecuteResult {
	var names []string
	for _, d := range e.visibleDecls() {
		names = append(names, d.Key)
	}
	if len(names) == 0 {
		m.print("Interactive namespace is empty.\n")
		return kernel.ExecuteResult{}
	}
	m.print("%s\n", strings.Join(names, "\t"))
	return kernel.ExecuteResult{}
}

func (e *Engine) magicWhos(ctx context.Context, m *magicCall) kernel.ExecuteResult {
	decls := e.visibleDecls()
	if len(decls) == 0 {
		m.print("Interactive namespace is empty.\n")
		return kernel.ExecuteResult{}
	}
	type row struct{ name, kind, typ, info string }
	rows := []row{{"Name", "Kind", "Type", "Data/Info"}}
	for _, d := range decls {
		r := row{name: d.Key, kind: d.Kind.String()}
		switch d.Kind {
		case compile.KindVar:
			r.typ = compile.UserName(d.Type)
			if v, err := e.in.Eval(d.Key); err == nil && v.IsValid() {
				r.info = e.short(v)
			}
		case compile.KindConst:
			r.typ = compile.UserName(d.Type)
			if v, err := e.in.Eval(d.Key); err == nil && v.IsValid() {
				r.info = e.short(v)
			}
		case compile.KindFunc:
			r.typ = compile.UserName(d.Type)
		case compile.KindType:
			r.info = firstLine(d.Src)
		}
		r.info += "  (" + cellLabel(d.Pos.Filename) + ")"
		rows = append(rows, r)
	}
	w := [3]int{}
	for _, r := range rows {
		w[0], w[1], w[2] = max(w[0], len(r.name)), max(w[1], len(r.kind)), max(w[2], len([]rune(r.typ)))
	}
	var b strings.Builder
	for i, r := range rows {
		fmt.Fprintf(&b, "%-*s  %-*s  %-*s  %s\n", w[0], r.name, w[1], r.kind, w[2], r.typ, r.info)
		if i == 0 {
			b.WriteString(strings.Repeat("-", w[0]+w[1]+w[2]+6+9) + "\n")
		}
	}
	m.print("%s", b.String())
	return kernel.ExecuteResult{}
}

// short formats a value for %whos, on one line, cut to 60 characters.
func (e *Engine) short(v reflect.Value) string {
	var s string
	if v.CanInterface() {
		s = fmt.Sprint(format.Args(e.types, []any{v.Interface()})...)
	}
	s = strings.ReplaceAll(s, "\n", " ")
	if r := []rune(s); len(r) > 60 {
		s = string(r[:57]) + "..."
	}
	return s
}

func firstLine(s string) string {
	line, _, _ := strings.Cut(s, "\n")
	if len(line) > 60 {
		line = line[:57] + "..."
	}
	return line
}

// magicReset starts a fresh interpreter: every declaration is forgotten.
func (e *Engine) magicReset(ctx context.Context, m *magicCall) kernel.ExecuteResult {
	if err := e.setup(); err != nil {
		return kernel.ExecuteResult{Error: &kernel.Error{Name: "KernelError", Value: err.Error()}}
	}
	m.print("Reset: a fresh interpreter; the history is kept.\n")
	return kernel.ExecuteResult{}
}
