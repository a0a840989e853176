//go:build ignore

package main

import (
	"errors"
	"fmt"
)

type State interface {
	Insert(m *Machine, cents int) error
	Select(m *Machine, item string) error
	Name() string
}

type Machine struct {
	state   State
	credit  int
	stock   map[string]int
	prices  map[string]int
	history []string
}

var (
	ErrNoCredit   = errors.New("insert coins first")
	ErrSoldOut    = errors.New("sold out")
	ErrUnknown    = errors.New("unknown item")
	ErrBadCoin    = errors.New("coin rejected")
	ErrMaintained = errors.New("machine in maintenance")
)

type idle struct{}
type hasCredit struct{}
type maintenance struct{ reason string }

func (idle) Name() string { return "idle" }
func (idle) Insert(m *Machine, c int) error {
	if c != 5 && c != 10 && c != 25 && c != 100 {
		return fmt.Errorf("%d cents: %w", c, ErrBadCoin)
	}
	m.credit += c
	m.setState(hasCredit{})
	return nil
}
func (idle) Select(*Machine, string) error { return ErrNoCredit }

func (hasCredit) Name() string { return "has-credit" }
func (h hasCredit) Insert(m *Machine, c int) error {
	return idle{}.Insert(m, c)
}
func (hasCredit) Select(m *Machine, item string) error {
	price, ok := m.prices[item]
	if !ok {
		return fmt.Errorf("%q: %w", item, ErrUnknown)
	}
	if m.stock[item] == 0 {
		return fmt.Errorf("%q: %w", item, ErrSoldOut)
	}
	if m.credit < price {
		return fmt.Errorf("%q costs %d, credit %d", item, price, m.credit)
	}
	m.stock[item]--
	m.credit -= price
	m.history = append(m.history, item)
	if m.credit == 0 {
		m.setState(idle{})
	}
	return nil
}

func (mt maintenance) Name() string               { return "maintenance(" + mt.reason + ")" }
func (maintenance) Insert(*Machine, int) error    { return ErrMaintained }
func (maintenance) Select(*Machine, string) error { return ErrMaintained }

func (m *Machine) setState(s State) {
	fmt.Printf("  [%s -> %s]\n", m.state.Name(), s.Name())
	m.state = s
}

func main() {
	m := &Machine{
		state:  idle{},
		stock:  map[string]int{"cola": 1, "chips": 5},
		prices: map[string]int{"cola": 125, "chips": 50},
	}
	steps := []func() error{
		func() error { return m.state.Select(m, "cola") },
		func() error { return m.state.Insert(m, 3) },
		func() error { return m.state.Insert(m, 100) },
		func() error { return m.state.Select(m, "cola") },
		func() error { return m.state.Insert(m, 25) },
		func() error { return m.state.Select(m, "cola") },
		func() error { return m.state.Insert(m, 100) },
		func() error { return m.state.Select(m, "cola") },
		func() error { return m.state.Select(m, "gum") },
		func() error { return m.state.Select(m, "chips") },
		func() error { return m.state.Select(m, "chips") },
	}
	for i, step := range steps {
		err := step()
		fmt.Printf("step %2d: state=%-10s credit=%3d err=%v\n", i+1, m.state.Name(), m.credit, err)
	}
	m.setState(maintenance{"restock"})
	err := m.state.Insert(m, 25)
	fmt.Println(err, errors.Is(err, ErrMaintained))
	fmt.Println("sold:", m.history, "stock:", m.stock)
	_, isIdle := m.state.(idle)
	fmt.Printf("%T %v %+v\n", m.state, isIdle, m.state)
}
