//go:build ignore

// Structs holding funcs that take the struct itself: slices, maps, channels
// and arrays of them, a named func type, a type holding another's hooks,
// a generic one, and a tree whose visitors take its nodes.
package main

import (
	"fmt"
	"sort"
	"strings"
)

type Hook func(*Machine)

type Machine struct {
	name    string
	state   string
	hooks   []Hook
	onEnter map[string][]func(*Machine, ...any) error
	queue   chan func(*Machine)
	checks  [2]func(Machine) bool
	audit   *Auditor
	log     []string
}

type Auditor struct {
	rules []func(*Machine) string
}

func NewMachine(name string) *Machine {
	m := &Machine{
		name:  name,
		state: "idle",
		onEnter: map[string][]func(*Machine, ...any) error{
			"running": {func(m *Machine, a ...any) error {
				m.log = append(m.log, fmt.Sprint("enter running ", a))
				return nil
			}},
		},
		queue: make(chan func(*Machine), 4),
		checks: [2]func(Machine) bool{
			func(m Machine) bool { return m.name != "" },
			func(m Machine) bool { return !strings.Contains(m.name, " ") },
		},
		audit: &Auditor{rules: []func(*Machine) string{
			func(m *Machine) string { return "state=" + m.state },
		}},
	}
	m.hooks = append(m.hooks, func(m *Machine) { m.log = append(m.log, "hook saw "+m.state) })
	return m
}

func (m *Machine) Enter(state string, args ...any) error {
	m.state = state
	for _, h := range m.hooks {
		h(m)
	}
	for _, f := range m.onEnter[state] {
		if err := f(m, args...); err != nil {
			return err
		}
	}
	return nil
}

type Pipeline[T any] struct {
	value T
	steps []func(*Pipeline[T])
}

func (p *Pipeline[T]) Run() T {
	for _, s := range p.steps {
		s(p)
	}
	return p.value
}

type Node struct {
	Name     string
	Kids     []*Node
	visitors map[string]func(*Node) int
}

func main() {
	m := NewMachine("press")
	m.onEnter["stopped"] = append(m.onEnter["stopped"], func(m *Machine, a ...any) error {
		return fmt.Errorf("cannot stop %s: %v", m.name, a)
	})
	fmt.Println(m.Enter("running", 1, 2))
	fmt.Println(m.Enter("stopped", "jammed"))
	m.queue <- func(m *Machine) { m.log = append(m.log, "queued ran") }
	close(m.queue)
	for f := range m.queue {
		f(m)
	}
	for i, c := range m.checks {
		fmt.Println("check", i, c(*m))
	}
	fmt.Println(m.audit.rules[0](m))
	fmt.Println(strings.Join(m.log, "; "))

	p := &Pipeline[int]{value: 2}
	p.steps = append(p.steps, func(p *Pipeline[int]) { p.value *= 10 }, func(p *Pipeline[int]) { p.value++ })
	fmt.Println(p.Run())

	root := &Node{Name: "root", Kids: []*Node{{Name: "a"}, {Name: "b"}}}
	root.visitors = map[string]func(*Node) int{
		"kids":  func(n *Node) int { return len(n.Kids) },
		"chars": func(n *Node) int { return len(n.Name) },
	}
	names := make([]string, 0, len(root.visitors))
	for k := range root.visitors {
		names = append(names, k)
	}
	sort.Strings(names)
	for _, k := range names {
		fmt.Println(k, root.visitors[k](root))
	}
}
