//go:build ignore

package main

import (
	"context"
	"errors"
	"fmt"
	"io"
	"os"
	"strconv"
	"strings"
)

type Lener interface{ Len() int }

type Code int

func (c Code) Error() string { return "code " + strconv.Itoa(int(c)) }
func (c Code) Timeout() bool { return c == 504 }

func describe(x any) string {
	switch v := x.(type) {
	case interface{ Unwrap() []error }:
		return fmt.Sprintf("multi(%d)", len(v.Unwrap()))
	case interface{ Unwrap() error }:
		return "wraps " + v.Unwrap().Error()
	case Lener:
		return fmt.Sprintf("len %d", v.Len())
	}
	return "other"
}

func main() {
	var r io.Reader = strings.NewReader("hello")
	_, ok1 := r.(interface{ Len() int })
	_, ok2 := r.(Lener)
	_, ok3 := r.(io.Seeker)
	var a any = strings.NewReader("hello")
	l, ok4 := a.(Lener)
	fmt.Println(ok1, ok2, ok3, ok4, l.Len())

	_, err := os.Open("/nonexistent/x")
	_, ok := err.(interface{ Unwrap() error })
	fmt.Println("unwrap:", ok)
	_, err = strconv.Atoi("x")
	u, ok := err.(interface{ Unwrap() error })
	fmt.Println("numerr unwrap:", ok, u.Unwrap())

	joined := errors.Join(errors.New("a"), errors.New("b"))
	if m, ok := joined.(interface{ Unwrap() []error }); ok {
		for _, e := range m.Unwrap() {
			fmt.Println(" -", e)
		}
	}
	fmt.Println(describe(joined), describe(fmt.Errorf("x: %w", io.EOF)), describe(strings.NewReader("abc")), describe(3))

	var te interface{ Timeout() bool }
	fmt.Println(errors.As(fmt.Errorf("op: %w", context.DeadlineExceeded), &te), te != nil && te.Timeout())
	var c interface{ Timeout() bool } = Code(504)
	fmt.Println(c, c.Timeout())

	defer func() {
		r := recover()
		_, isRT := r.(interface{ RuntimeError() })
		fmt.Println("runtime error:", isRT, r)
	}()
	var s []int
	_ = s[3]
}
