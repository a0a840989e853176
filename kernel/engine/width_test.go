package engine

import (
	"strings"
	"testing"
)

func TestDisplayWidth(t *testing.T) {
	tests := []struct {
		in   string
		want int
	}{
		{"", 0},
		{"x := 1", 6},
		{"结果 := 加一(年龄)", 18},
		{"名前 = カタカナ", 15},
		{"e\u0301", 1}, // e and a combining acute accent
		{"，", 2},
		{"🙂!", 3},
	}
	for _, tt := range tests {
		if got := displayWidth(tt.in); got != tt.want {
			t.Errorf("displayWidth(%q): got %d, want %d", tt.in, got, tt.want)
		}
	}
}

func TestSourceExcerptCaretUnderWideText(t *testing.T) {
	src := "x := 1\n\t结果 := 加一(年龄)"
	col := 1 + len("\t结果 := ") // the byte column of 加一
	got := sourceExcerpt(src, 2, col)
	if len(got) != 2 {
		t.Fatalf("got %q, want the line and a caret", got)
	}
	caret := strings.Index(got[1], "^")
	if want := len("    ") + displayWidth("    结果 := "); caret != want {
		t.Errorf("caret at column %d, want %d (%q)", caret, want, got)
	}
}
