package display

import (
	"fmt"
	"testing"
)

// sprintRecorder is a recorder that prints values itself, as the engine
// prints an interpreter's values.
type sprintRecorder struct{ recorder }

func (*sprintRecorder) Sprint(v any) string { return fmt.Sprintf("<%v>", v) }

// TestPublisherSprint checks that a Publisher with a Sprint method gives
// the text of the values Display, New and Update show as text, and only
// of those.
func TestPublisherSprint(t *testing.T) {
	r := &sprintRecorder{}
	s := NewSession(r)
	if err := s.Display(42, HTML("<b>x</b>"), struct{ A int }{1}); err != nil {
		t.Fatal(err)
	}
	h := s.New(7)
	if err := h.Update("s"); err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, m := range r.messages() {
		got = append(got, m.b.String())
	}
	want := []string{"<42>", "<b>x</b>", "<{1}>", "<7>", "<s>"}
	if fmt.Sprint(got) != fmt.Sprint(want) {
		t.Errorf("got texts %q, want %q", got, want)
	}
}
