package format

import "testing"

func TestSprintSpacing(t *testing.T) {
	tests := []struct {
		name string
		args []any
		want string
	}{
		{"numbers", []any{1, 2}, "1 2"},
		{"strings", []any{"a", "b", 3}, "ab3"},
		{"string between", []any{1, "x", 2}, "1x2"},
	}
	for _, tt := range tests {
		if got := Sprint(nil, tt.args); got != tt.want {
			t.Errorf("%s: got %q, want %q", tt.name, got, tt.want)
		}
	}
}

func TestStringOperand(t *testing.T) {
	tests := []struct {
		name string
		x    any
		want bool
	}{
		{"string", "a", true},
		{"int", 1, false},
		{"nil", nil, false},
		{"boxed string", Boxed{V: "a"}, true},
		{"boxed int", Boxed{V: 1}, false},
		{"tagged string", Tagged{V: "x", N: "main.Sym"}, true},
		{"tagged stringer", TaggedStringer{Tagged{V: "x"}}, true},
	}
	for _, tt := range tests {
		if got := stringOperand(tt.x); got != tt.want {
			t.Errorf("%s: got %v, want %v", tt.name, got, tt.want)
		}
	}
}
