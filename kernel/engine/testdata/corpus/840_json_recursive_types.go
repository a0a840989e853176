//go:build ignore

// json decodes into recursive struct types (trees, comment threads) whose
// fields have UnmarshalText or UnmarshalJSON methods, at every depth, and
// its type errors name the whole path of fields, also for the errors
// those methods return.
package main

import (
	"encoding/json"
	"fmt"
)

type Level int

func (l Level) MarshalText() ([]byte, error) { return []byte([]string{"low", "high"}[l]), nil }
func (l *Level) UnmarshalText(b []byte) error {
	switch string(b) {
	case "low":
		*l = 0
	case "high":
		*l = 1
	default:
		return fmt.Errorf("bad level %q", b)
	}
	return nil
}

type Task struct {
	Name     string `json:"name"`
	Prio     Level  `json:"prio"`
	Subtasks []Task `json:"subtasks,omitempty"`
	Next     *Task  `json:"next,omitempty"`
	ByName   map[string]Task
}

type Tree struct {
	Val         Level
	Left, Right *Tree
}

func (t *Tree) String() string {
	if t == nil {
		return "."
	}
	return fmt.Sprintf("(%v %v %v)", t.Left, t.Val, t.Right)
}

func main() {
	in := `{"name":"root","prio":"high","subtasks":[{"name":"a","prio":"low","subtasks":[{"name":"a1","prio":"high"}]},{"name":"b","prio":"high"}],
	"next":{"name":"n","prio":"high","next":null},"ByName":{"k":{"name":"kk","prio":"high"}}}`
	var t Task
	err := json.Unmarshal([]byte(in), &t)
	fmt.Println(err)
	out, err := json.Marshal(t)
	n := t.Next
	t.Next = nil
	fmt.Printf("%+v\n", t)
	fmt.Println(n.Name, n.Prio, n.Next == nil)
	fmt.Println(string(out), err)

	var tr *Tree
	err = json.Unmarshal([]byte(`{"Val":"high","Left":{"Val":"low"},"Right":{"Val":"high","Left":{"Val":"low"}}}`), &tr)
	fmt.Println(tr, err)

	// Fields absent from the input keep their values; null clears a pointer.
	keep := Task{Name: "old", Next: &Task{Name: "x"}, Subtasks: []Task{{Name: "s", Prio: 1}}}
	err = json.Unmarshal([]byte(`{"prio":"high","next":null}`), &keep)
	fmt.Printf("%v %+v\n", err, keep)
	err = json.Unmarshal([]byte(`{"subtasks":[{"prio":"medium"}]}`), &keep)
	fmt.Println(err)
}
