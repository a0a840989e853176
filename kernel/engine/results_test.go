package engine

import (
	"testing"
)

// TestResults checks the execute_result of a cell's trailing expression:
// its text/plain is the value as %v prints it, and cells without a value
// (statements, declarations, calls of functions without results or with
// only a nil error) have no result.
func TestResults(t *testing.T) {
	e := newTestEngine(t)
	mustExec(t, e, 1, `type P struct {
	A int
	B string
}

func pair() (int, error) { return 7, nil }
func failing() (int, error) { return 0, errors.New("boom") }
func check() error { return nil }
func void() {}`)
	tests := []struct {
		name string
		code string
		want string // text/plain; "" for no result
	}{
		{"arithmetic", "1+2", "3"},
		{"float", "0.1 + 0.2", "0.3"},
		{"slice", "[]int{1, 4, 9}", "[1 4 9]"},
		{"slice of strings", `[]string{"a", "b"}`, "[a b]"},
		{"map, sorted keys", `map[string]int{"b": 2, "a": 1}`, "map[a:1 b:2]"},
		{"string", `"hello"`, "hello"},
		{"string with a newline", `"two\nlines"`, "two\nlines"},
		{"bool", "1 < 2", "true"},
		{"rune", "'a'", "97"},
		{"Stringer", "1500 * time.Millisecond", "1.5s"},
		{"struct", `P{1, "x"}`, "{1 x}"},
		{"pointer to struct", `&P{1, "x"}`, "&{1 x}"},
		{"anonymous struct", "struct{ X, Y int }{1, 2}", "{1 2}"},
		{"nil pointer", "var ip *int\nip", "<nil>"},
		{"error value", `errors.New("boom")`, "boom"},
		{"(int, error) call", "pair()", "(7, <nil>)"},
		{"(int, error) call failing", "failing()", "(0, boom)"},
		{"expression after statements", "x := 5\nx * 2", "10"},
		{"expression with a comment", "x := 5 // five\nx // the value", "5"},
		{"assignment", "y := 3", ""},
		{"declaration", "var z = 3", ""},
		{"func declaration", "func f() int { return 1 }", ""},
		{"type declaration", "type Q int", ""},
		{"void call", "void()", ""},
		{"nil error call", "check()", ""},
		{"nil error variable", "var err error\nerr", ""},
		{"fmt.Println", `fmt.Println("printed")`, ""},
		{"for loop", "s := 0\nfor i := range 3 {\n\ts += i\n}", ""},
	}
	for i, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, res := mustExec(t, e, 10+i, tt.code)
			if tt.want == "" {
				if res.Result != nil {
					t.Errorf("got result %v, want none", res.Result.Data)
				}
				return
			}
			if res.Result == nil {
				t.Fatalf("got no result, want %q", tt.want)
			}
			if got := plain(res.Result); got != tt.want {
				t.Errorf("got %q, want %q", got, tt.want)
			}
			if got := mimes(res.Result.Data); got != "text/plain" {
				t.Errorf("got MIME types %s, want text/plain only", got)
			}
		})
	}
}
