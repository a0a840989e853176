//go:build ignore

package main

import (
	"fmt"
	"strings"
)

type Account struct {
	Owner   string
	Balance int
}

func (a Account) Summary() string { return fmt.Sprintf("%s:%d", a.Owner, a.Balance) }
func (a *Account) Deposit(n int)  { a.Balance += n }

type Button struct {
	Label   string
	OnClick func() string
}

type Worker struct{ id int }

func (w *Worker) Run() string { return fmt.Sprintf("worker %d ran", w.id) }

func main() {
	acct := Account{"ada", 10}
	snapshot := acct.Summary // the receiver is copied now
	deposit := acct.Deposit
	deposit(5)
	deposit(5)
	fmt.Println(snapshot(), acct.Summary())

	p := &acct
	snap2 := p.Summary // copies *p now
	p.Deposit(100)
	fmt.Println(snap2(), p.Summary())

	workers := []*Worker{{1}, {2}, {3}}
	var jobs []func() string
	for _, w := range workers {
		jobs = append(jobs, w.Run)
	}
	for _, job := range jobs {
		fmt.Println(job())
	}

	var buttons []Button
	for _, label := range []string{"ok", "cancel"} {
		a := Account{Owner: label}
		buttons = append(buttons, Button{label, a.Summary})
	}
	for _, b := range buttons {
		fmt.Println(b.Label, "->", b.OnClick())
	}

	r := strings.NewReplacer("a", "4", "e", "3")
	leet := r.Replace
	fmt.Println(leet("leet speak"))
}
