//go:build ignore

// runtime.FuncForPC(pc).Name() of the program counter runtime.Caller(0)
// gives: functions, methods and function literals.
package main

import (
	"fmt"
	"runtime"
)

type T struct{}

func (t *T) M() string { pc, _, _, _ := runtime.Caller(0); return runtime.FuncForPC(pc).Name() }

func (t T) V() string { pc, _, _, _ := runtime.Caller(0); return runtime.FuncForPC(pc).Name() }

func whereAmI() string {
	pc, file, line, ok := runtime.Caller(0)
	return fmt.Sprint(runtime.FuncForPC(pc).Name(), " ", line, " ", ok, " ", file != "")
}

func trace(msg string) string {
	pc, _, _, _ := runtime.Caller(0)
	return fmt.Sprintf("[%s] %s", runtime.FuncForPC(pc).Name(), msg)
}

func main() {
	fmt.Println(whereAmI())
	fmt.Println((&T{}).M(), T{}.V())
	f := func() string { pc, _, _, _ := runtime.Caller(0); return runtime.FuncForPC(pc).Name() }
	fmt.Println(f())
	fmt.Println(trace("hello"))
	pc, _, _, _ := runtime.Caller(0)
	fmt.Println(runtime.FuncForPC(pc).Name())
}
