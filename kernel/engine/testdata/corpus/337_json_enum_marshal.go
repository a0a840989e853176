//go:build ignore

package main

import (
	"encoding/json"
	"fmt"
	"strings"
)

type Status int

const (
	Pending Status = iota
	Active
	Suspended
)

var statusNames = []string{"pending", "active", "suspended"}

func (s Status) String() string { return statusNames[s] }

func (s Status) MarshalJSON() ([]byte, error) {
	return json.Marshal(s.String())
}

func (s *Status) UnmarshalJSON(b []byte) error {
	var name string
	if err := json.Unmarshal(b, &name); err != nil {
		return fmt.Errorf("status: %w", err)
	}
	for i, n := range statusNames {
		if n == strings.ToLower(name) {
			*s = Status(i)
			return nil
		}
	}
	return fmt.Errorf("unknown status %q", name)
}

type Tags []string

func (t Tags) MarshalText() ([]byte, error) { return []byte(strings.Join(t, "|")), nil }

type Account struct {
	ID     int               `json:"id"`
	Owner  string            `json:"owner"`
	Status Status            `json:"status"`
	Prev   *Status           `json:"previous,omitempty"`
	Limits map[Status]int    `json:"limits,omitempty"`
	Labels map[string]string `json:"labels,omitempty"`
}

func main() {
	prev := Pending
	a := Account{ID: 7, Owner: "ada", Status: Active, Prev: &prev}
	b, err := json.Marshal(a)
	fmt.Println(string(b), err)

	var back Account
	err = json.Unmarshal([]byte(`{"id":8,"owner":"bob","status":"SUSPENDED","labels":{"tier":"gold"}}`), &back)
	fmt.Printf("%+v %v %v\n", back, back.Status, err)

	err = json.Unmarshal([]byte(`{"status":"deleted"}`), &back)
	fmt.Println("error:", err)
	err = json.Unmarshal([]byte(`{"status":3}`), &back)
	fmt.Println("error:", err)

	list := []Status{Active, Pending, Suspended}
	b, _ = json.Marshal(list)
	fmt.Println(string(b))
	var decoded []Status
	json.Unmarshal(b, &decoded)
	fmt.Println(decoded, decoded[2] == Suspended)

	b, err = json.Marshal(map[string]any{"tags": Tags{"a", "b"}, "n": 1})
	fmt.Println(string(b), err)
	out, _ := json.MarshalIndent(struct {
		S Status `json:"s"`
		T Tags   `json:"t"`
	}{Suspended, Tags{"x"}}, "", "  ")
	fmt.Println(string(out))
}
