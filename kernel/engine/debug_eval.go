package engine

import (
	"context"
	"fmt"
	"go/ast"
	"go/constant"
	"go/parser"
	"go/token"
	"reflect"

	"gokernel/kernel/engine/dap"
)

// evaluate reads values; it does not run code. It knows variables (of the
// stopped frame, and cell variables), literals, field selectors, index
// expressions, *p, len and cap, unary and binary operators on numbers,
// strings and booleans: enough to look into values. (Running code while
// a cell is stopped would need the interpreter, which waits.)

// dbgEvaluate evaluates an expression in a stopped frame, or among the
// cell variables.
func (e *Engine) dbgEvaluate(ctx context.Context, req dap.Request) (any, error) {
	var args dap.EvaluateArguments
	if err := req.Args(&args); err != nil {
		return nil, err
	}
	x, err := parser.ParseExpr(args.Expression)
	if err != nil {
		return nil, fmt.Errorf("evaluate: %w", err)
	}
	return e.withVariables(ctx, args.FrameID, func(lookup func(string) (dbgNamed, bool)) (any, error) {
		ev := &dbgEvaluator{e: e, lookup: lookup}
		v, err := ev.eval(x)
		if err != nil {
			return nil, err
		}
		dv := e.variable(dbgNamed{name: args.Expression, expr: args.Expression, v: v})
		return dap.EvaluateBody{Result: dv.Value, Type: dv.Type, VariablesReference: dv.VariablesReference}, nil
	})
}

// dbgEvaluator evaluates one expression.
type dbgEvaluator struct {
	e      *Engine
	lookup func(string) (dbgNamed, bool)
}

// eval evaluates x.
func (ev *dbgEvaluator) eval(x ast.Expr) (reflect.Value, error) {
	switch x := x.(type) {
	case *ast.ParenExpr:
		return ev.eval(x.X)
	case *ast.Ident:
		if nv, ok := ev.lookup(x.Name); ok {
			return nv.v, nil
		}
		switch x.Name {
		case "true", "false":
			return reflect.ValueOf(x.Name == "true"), nil
		case "nil":
			return reflect.Value{}, nil
		}
		return reflect.Value{}, fmt.Errorf("undefined: %s", x.Name)
	case *ast.BasicLit:
		return dbgLiteral(x)
	case *ast.SelectorExpr:
		v, err := ev.eval(x.X)
		if err != nil {
			return v, err
		}
		return ev.selectField(v, x.Sel.Name)
	case *ast.IndexExpr:
		return ev.index(x)
	case *ast.StarExpr:
		v, err := ev.eval(x.X)
		if err != nil {
			return v, err
		}
		if v = dbgPlain(v); v.Kind() != reflect.Pointer || v.IsNil() {
			return reflect.Value{}, fmt.Errorf("cannot indirect %s", dbgExprString(x.X))
		}
		return v.Elem(), nil
	case *ast.CallExpr:
		return ev.call(x)
	case *ast.UnaryExpr:
		v, err := ev.eval(x.X)
		if err != nil {
			return v, err
		}
		return dbgUnary(x.Op, dbgPlain(v))
	case *ast.BinaryExpr:
		a, err := ev.eval(x.X)
		if err != nil {
			return a, err
		}
		b, err := ev.eval(x.Y)
		if err != nil {
			return b, err
		}
		return dbgBinary(x.Op, dbgPlain(a), dbgPlain(b))
	}
	return reflect.Value{}, fmt.Errorf("the debugger cannot evaluate %s while a cell is stopped (only variables, fields, indexes, len, cap and operators)", dbgExprString(x))
}

// selectField selects a field by its declared name, through pointers.
func (ev *dbgEvaluator) selectField(v reflect.Value, name string) (reflect.Value, error) {
	v = dbgPlain(v)
	for v.IsValid() && v.Kind() == reflect.Pointer && !v.IsNil() {
		v = dbgPlain(v.Elem())
	}
	if !v.IsValid() || v.Kind() != reflect.Struct {
		return reflect.Value{}, fmt.Errorf("no field %s in a %s", name, ev.e.debugTypeName(v))
	}
	for i, n := range ev.e.fieldNames(v.Type()) {
		if n == name {
			return v.Field(i), nil
		}
	}
	return reflect.Value{}, fmt.Errorf("no field %s in %s", name, ev.e.debugTypeName(v))
}

// index evaluates an index expression on a map, slice, array or string.
func (ev *dbgEvaluator) index(x *ast.IndexExpr) (reflect.Value, error) {
	v, err := ev.eval(x.X)
	if err != nil {
		return v, err
	}
	k, err := ev.eval(x.Index)
	if err != nil {
		return k, err
	}
	v, k = dbgPlain(v), dbgPlain(k)
	if v.IsValid() && v.Kind() == reflect.Pointer && !v.IsNil() && v.Elem().Kind() == reflect.Array {
		v = v.Elem()
	}
	if !v.IsValid() {
		return reflect.Value{}, fmt.Errorf("cannot index nil")
	}
	switch v.Kind() {
	case reflect.Map:
		if !k.IsValid() || !k.Type().ConvertibleTo(v.Type().Key()) {
			return reflect.Value{}, fmt.Errorf("invalid map key %s", dbgExprString(x.Index))
		}
		r := v.MapIndex(k.Convert(v.Type().Key()))
		if !r.IsValid() {
			return reflect.Zero(v.Type().Elem()), nil
		}
		return r, nil
	case reflect.Slice, reflect.Array, reflect.String:
		if !k.IsValid() || !k.CanInt() {
			return reflect.Value{}, fmt.Errorf("invalid index %s", dbgExprString(x.Index))
		}
		i := k.Int()
		if i < 0 || i >= int64(v.Len()) {
			return reflect.Value{}, fmt.Errorf("index out of range [%d] with length %d", i, v.Len())
		}
		return v.Index(int(i)), nil
	}
	return reflect.Value{}, fmt.Errorf("cannot index a %s", ev.e.debugTypeName(v))
}

// call evaluates len(x) and cap(x), the only calls it knows.
func (ev *dbgEvaluator) call(x *ast.CallExpr) (reflect.Value, error) {
	fn, ok := x.Fun.(*ast.Ident)
	if !ok || (fn.Name != "len" && fn.Name != "cap") || len(x.Args) != 1 {
		return reflect.Value{}, fmt.Errorf("the debugger calls no functions but len and cap while a cell is stopped")
	}
	v, err := ev.eval(x.Args[0])
	if err != nil {
		return v, err
	}
	v = dbgPlain(v)
	if v.IsValid() && v.Kind() == reflect.Pointer && !v.IsNil() && v.Elem().Kind() == reflect.Array {
		v = v.Elem()
	}
	if !v.IsValid() {
		return reflect.ValueOf(0), nil
	}
	switch {
	case fn.Name == "len" && (v.Kind() == reflect.Map || v.Kind() == reflect.String):
		return reflect.ValueOf(v.Len()), nil
	case v.Kind() == reflect.Slice, v.Kind() == reflect.Array, v.Kind() == reflect.Chan:
		if fn.Name == "len" {
			return reflect.ValueOf(v.Len()), nil
		}
		return reflect.ValueOf(v.Cap()), nil
	}
	return reflect.Value{}, fmt.Errorf("invalid argument for %s: %s", fn.Name, ev.e.debugTypeName(v))
}

// dbgLiteral is the value of a basic literal, typed as Go types untyped
// constants by default.
func dbgLiteral(x *ast.BasicLit) (reflect.Value, error) {
	c := constant.MakeFromLiteral(x.Value, x.Kind, 0)
	switch x.Kind {
	case token.INT:
		if i, ok := constant.Int64Val(c); ok {
			return reflect.ValueOf(int(i)), nil
		}
	case token.FLOAT:
		f, _ := constant.Float64Val(c)
		return reflect.ValueOf(f), nil
	case token.CHAR:
		if i, ok := constant.Int64Val(c); ok {
			return reflect.ValueOf(rune(i)), nil
		}
	case token.STRING:
		return reflect.ValueOf(constant.StringVal(c)), nil
	}
	return reflect.Value{}, fmt.Errorf("invalid literal %s", x.Value)
}

// dbgExprString is the source of an expression, for messages.
func dbgExprString(x ast.Expr) string {
	switch x := x.(type) {
	case *ast.Ident:
		return x.Name
	case *ast.BasicLit:
		return x.Value
	case *ast.SelectorExpr:
		return dbgExprString(x.X) + "." + x.Sel.Name
	}
	return fmt.Sprintf("%T", x)[5:] // the node kind: "FuncLit", ...
}
