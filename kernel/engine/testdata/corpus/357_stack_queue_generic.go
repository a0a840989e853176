//go:build ignore

package main

import (
	"errors"
	"fmt"
	"strconv"
	"strings"
)

var ErrEmpty = errors.New("empty collection")

type Stack[T any] []T

func (s *Stack[T]) Push(v T) { *s = append(*s, v) }

func (s *Stack[T]) Pop() (T, error) {
	var zero T
	if len(*s) == 0 {
		return zero, ErrEmpty
	}
	v := (*s)[len(*s)-1]
	*s = (*s)[:len(*s)-1]
	return v, nil
}

func (s Stack[T]) Peek() (T, bool) {
	if len(s) == 0 {
		var zero T
		return zero, false
	}
	return s[len(s)-1], true
}

type Queue[T any] struct {
	in, out Stack[T]
}

func (q *Queue[T]) Enqueue(v T) { q.in.Push(v) }

func (q *Queue[T]) Dequeue() (T, error) {
	if len(q.out) == 0 {
		for len(q.in) > 0 {
			v, _ := q.in.Pop()
			q.out.Push(v)
		}
	}
	return q.out.Pop()
}

func (q *Queue[T]) Len() int { return len(q.in) + len(q.out) }

// evalRPN evaluates a reverse Polish expression.
func evalRPN(expr string) (float64, error) {
	var st Stack[float64]
	for _, tok := range strings.Fields(expr) {
		switch tok {
		case "+", "-", "*", "/":
			b, err1 := st.Pop()
			a, err2 := st.Pop()
			if err := errors.Join(err1, err2); err != nil {
				return 0, fmt.Errorf("operator %s: %w", tok, err)
			}
			switch tok {
			case "+":
				st.Push(a + b)
			case "-":
				st.Push(a - b)
			case "*":
				st.Push(a * b)
			case "/":
				st.Push(a / b)
			}
		default:
			n, err := strconv.ParseFloat(tok, 64)
			if err != nil {
				return 0, err
			}
			st.Push(n)
		}
	}
	if len(st) != 1 {
		return 0, fmt.Errorf("bad expression: %d values left", len(st))
	}
	return st[0], nil
}

func balanced(s string) bool {
	pairs := map[rune]rune{')': '(', ']': '[', '}': '{'}
	var st Stack[rune]
	for _, r := range s {
		switch r {
		case '(', '[', '{':
			st.Push(r)
		case ')', ']', '}':
			if top, err := st.Pop(); err != nil || top != pairs[r] {
				return false
			}
		}
	}
	return len(st) == 0
}

func main() {
	for _, e := range []string{"3 4 + 2 *", "5 1 2 + 4 * + 3 -", "1 +", "2 3", "1 0 /", "x"} {
		v, err := evalRPN(e)
		fmt.Printf("%-20q = %v, %v\n", e, v, err)
	}
	for _, s := range []string{"([]{})", "([)]", "((", "", "{[()()]}"} {
		fmt.Printf("%q balanced=%v\n", s, balanced(s))
	}
	var q Queue[string]
	for _, w := range strings.Fields("one two three") {
		q.Enqueue(w)
	}
	first, _ := q.Dequeue()
	q.Enqueue("four")
	fmt.Print(first, " ", q.Len(), ":")
	for q.Len() > 0 {
		v, _ := q.Dequeue()
		fmt.Print(" ", v)
	}
	fmt.Println()
	_, err := q.Dequeue()
	fmt.Println(err, errors.Is(err, ErrEmpty))
	s := Stack[int]{1, 2}
	top, ok := s.Peek()
	fmt.Println(top, ok, len(s))
}
