//go:build ignore

package main

import (
	"errors"
	"fmt"
	"strings"
)

type Tx struct {
	log       []string
	committed bool
}

func (t *Tx) Exec(stmt string) {
	if strings.Contains(stmt, "DROP") {
		panic(fmt.Sprintf("refusing to run %q", stmt))
	}
	t.log = append(t.log, stmt)
}

func (t *Tx) Rollback() { t.log = append(t.log, "ROLLBACK") }
func (t *Tx) Commit()   { t.committed = true; t.log = append(t.log, "COMMIT") }

func runTx(stmts ...string) (tx *Tx, err error) {
	tx = &Tx{}
	defer func() {
		if r := recover(); r != nil {
			tx.Rollback()
			err = fmt.Errorf("transaction aborted: %v", r)
		}
	}()
	for _, s := range stmts {
		tx.Exec(s)
	}
	tx.Commit()
	return tx, nil
}

func deferOrder() (out []int) {
	for i := range 4 {
		defer func() { out = append(out, i) }()
	}
	return []int{100}
}

func tripleResult() (n int) {
	defer func() { n *= 3 }()
	n = 2
	return n + 1
}

func safeDiv(a, b int) (q int, err error) {
	defer func() {
		if r := recover(); r != nil {
			if re, ok := r.(error); ok {
				err = fmt.Errorf("recovered: %w", re)
			} else {
				err = fmt.Errorf("recovered: %v", r)
			}
		}
	}()
	return a / b, nil
}

func nested() (msg string) {
	defer func() {
		msg = fmt.Sprint("outer recovered: ", recover())
	}()
	defer func() {
		if r := recover(); r != nil {
			panic(fmt.Sprintf("re-panic(%v)", r))
		}
	}()
	panic("first")
}

var errCustom = errors.New("custom failure")

func panicWithError() (err error) {
	defer func() {
		if r := recover(); r != nil {
			err = r.(error)
		}
	}()
	panic(fmt.Errorf("wrapped: %w", errCustom))
}

func main() {
	tx, err := runTx("INSERT 1", "UPDATE 2")
	fmt.Println(tx.log, tx.committed, err)
	tx, err = runTx("INSERT 1", "DROP TABLE users", "INSERT 3")
	fmt.Println(tx.log, tx.committed, err)
	fmt.Println(deferOrder())
	fmt.Println(tripleResult())
	fmt.Println(safeDiv(7, 2))
	q, err := safeDiv(1, 0)
	fmt.Println(q, err)
	fmt.Println(nested())
	err = panicWithError()
	fmt.Println(err, errors.Is(err, errCustom))

	for i := 0; i < 3; i++ {
		defer fmt.Println("deferred in main", i)
	}
	func() {
		defer fmt.Println("inner defer runs first")
	}()
	fmt.Println("end of main")
}
