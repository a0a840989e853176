//go:build ignore

package main

import (
	"errors"
	"fmt"
)

type State int

const (
	Locked State = iota
	Unlocked
	Broken
)

func (s State) String() string {
	switch s {
	case Locked:
		return "Locked"
	case Unlocked:
		return "Unlocked"
	case Broken:
		return "Broken"
	}
	return fmt.Sprintf("State(%d)", int(s))
}

type Event string

const (
	Coin   Event = "coin"
	Push   Event = "push"
	Kick   Event = "kick"
	Repair Event = "repair"
)

type transition struct {
	from State
	ev   Event
}

var ErrInvalid = errors.New("invalid transition")

type Turnstile struct {
	state   State
	rules   map[transition]State
	coins   int
	history []string
	onEnter map[State]func(*Turnstile)
}

func NewTurnstile() *Turnstile {
	t := &Turnstile{
		state: Locked,
		rules: map[transition]State{
			{Locked, Coin}:   Unlocked,
			{Locked, Push}:   Locked,
			{Unlocked, Push}: Locked,
			{Unlocked, Coin}: Unlocked,
			{Locked, Kick}:   Broken,
			{Unlocked, Kick}: Broken,
			{Broken, Repair}: Locked,
		},
	}
	t.onEnter = map[State]func(*Turnstile){
		Unlocked: func(t *Turnstile) { t.coins++ },
		Broken:   func(t *Turnstile) { t.history = append(t.history, "ALARM") },
	}
	return t
}

func (t *Turnstile) Fire(e Event) error {
	next, ok := t.rules[transition{t.state, e}]
	if !ok {
		return fmt.Errorf("%w: %s in state %s", ErrInvalid, e, t.state)
	}
	t.history = append(t.history, fmt.Sprintf("%s-%s->%s", t.state, e, next))
	t.state = next
	if f := t.onEnter[next]; f != nil {
		f(t)
	}
	return nil
}

func main() {
	t := NewTurnstile()
	for _, e := range []Event{Push, Coin, Coin, Push, Kick, Coin, Repair, Coin} {
		if err := t.Fire(e); err != nil {
			fmt.Println("error:", err, errors.Is(err, ErrInvalid))
			continue
		}
		fmt.Println(e, "=>", t.state)
	}
	fmt.Println("coins:", t.coins)
	for i, h := range t.history {
		fmt.Println(i, h)
	}
}
