package engine

import (
	"fmt"
	"go/token"
	"reflect"
)

// dbgUnary applies -, + or ! to a value.
func dbgUnary(op token.Token, v reflect.Value) (reflect.Value, error) {
	switch {
	case !v.IsValid():
	case op == token.NOT && v.Kind() == reflect.Bool:
		return reflect.ValueOf(!v.Bool()), nil
	case op == token.ADD && (v.CanInt() || v.CanUint() || v.CanFloat()):
		return v, nil
	case op == token.SUB && v.CanInt():
		return reflect.ValueOf(-v.Int()).Convert(v.Type()), nil
	case op == token.SUB && v.CanFloat():
		return reflect.ValueOf(-v.Float()).Convert(v.Type()), nil
	}
	return reflect.Value{}, fmt.Errorf("invalid operation: %s on %s", op, dbgKind(v))
}

// dbgBinary applies an arithmetic, comparison or logical operator. Numbers
// of different kinds are compared and combined as int64, uint64 or
// float64 (the debugger's values have no untyped constants).
func dbgBinary(op token.Token, a, b reflect.Value) (reflect.Value, error) {
	if !a.IsValid() || !b.IsValid() {
		if (op == token.EQL || op == token.NEQ) && (!a.IsValid() || dbgNilable(a)) && (!b.IsValid() || dbgNilable(b)) {
			eq := dbgIsNil(a) && dbgIsNil(b)
			return reflect.ValueOf(eq == (op == token.EQL)), nil
		}
		return reflect.Value{}, fmt.Errorf("invalid operation: %s with nil", op)
	}
	switch {
	case a.Kind() == reflect.Bool && b.Kind() == reflect.Bool:
		x, y := a.Bool(), b.Bool()
		switch op {
		case token.LAND:
			return reflect.ValueOf(x && y), nil
		case token.LOR:
			return reflect.ValueOf(x || y), nil
		case token.EQL:
			return reflect.ValueOf(x == y), nil
		case token.NEQ:
			return reflect.ValueOf(x != y), nil
		}
	case a.Kind() == reflect.String && b.Kind() == reflect.String:
		x, y := a.String(), b.String()
		if op == token.ADD {
			return reflect.ValueOf(x + y), nil
		}
		if c, ok := dbgCompare(op, dbgOrder(x, y)); ok {
			return reflect.ValueOf(c), nil
		}
	case a.CanFloat() || b.CanFloat():
		x, okx := dbgFloat(a)
		y, oky := dbgFloat(b)
		if okx && oky {
			return dbgArith(op, x, y)
		}
	case a.CanInt() || b.CanInt():
		x, okx := dbgInt(a)
		y, oky := dbgInt(b)
		if okx && oky {
			return dbgArith(op, x, y)
		}
	case a.CanUint() && b.CanUint():
		return dbgArith(op, a.Uint(), b.Uint())
	}
	return reflect.Value{}, fmt.Errorf("invalid operation: %s %s %s", dbgKind(a), op, dbgKind(b))
}

// dbgNumber is the numbers dbgArith combines.
type dbgNumber interface{ ~int64 | ~uint64 | ~float64 }

// dbgArith applies op to two numbers of one type.
func dbgArith[T dbgNumber](op token.Token, x, y T) (reflect.Value, error) {
	switch op {
	case token.ADD:
		return reflect.ValueOf(x + y), nil
	case token.SUB:
		return reflect.ValueOf(x - y), nil
	case token.MUL:
		return reflect.ValueOf(x * y), nil
	case token.QUO:
		if y == 0 {
			return reflect.Value{}, fmt.Errorf("division by zero")
		}
		return reflect.ValueOf(x / y), nil
	}
	if c, ok := dbgCompare(op, dbgOrder(x, y)); ok {
		return reflect.ValueOf(c), nil
	}
	return reflect.Value{}, fmt.Errorf("invalid operation: operator %s on numbers", op)
}

// dbgOrder compares two numbers or strings: -1, 0 or 1.
func dbgOrder[T dbgNumber | ~string](x, y T) int {
	switch {
	case x < y:
		return -1
	case x > y:
		return 1
	}
	return 0
}

// dbgCompare turns an ordering into the result of a comparison operator.
func dbgCompare(op token.Token, c int) (bool, bool) {
	switch op {
	case token.EQL:
		return c == 0, true
	case token.NEQ:
		return c != 0, true
	case token.LSS:
		return c < 0, true
	case token.LEQ:
		return c <= 0, true
	case token.GTR:
		return c > 0, true
	case token.GEQ:
		return c >= 0, true
	}
	return false, false
}

// dbgFloat converts a number to float64.
func dbgFloat(v reflect.Value) (float64, bool) {
	switch {
	case v.CanFloat():
		return v.Float(), true
	case v.CanInt():
		return float64(v.Int()), true
	case v.CanUint():
		return float64(v.Uint()), true
	}
	return 0, false
}

// dbgInt converts an integer to int64.
func dbgInt(v reflect.Value) (int64, bool) {
	switch {
	case v.CanInt():
		return v.Int(), true
	case v.CanUint():
		return int64(v.Uint()), true
	}
	return 0, false
}

// dbgNilable reports whether a value of v's kind can be nil.
func dbgNilable(v reflect.Value) bool {
	switch v.Kind() {
	case reflect.Pointer, reflect.Slice, reflect.Map, reflect.Chan, reflect.Func, reflect.Interface:
		return true
	}
	return false
}

// dbgIsNil reports a nil value (or none).
func dbgIsNil(v reflect.Value) bool { return !v.IsValid() || dbgNilable(v) && v.IsNil() }

// dbgKind names v's kind, for messages.
func dbgKind(v reflect.Value) string {
	if !v.IsValid() {
		return "nil"
	}
	return v.Kind().String()
}
