package display

import (
	"encoding/json"
	"errors"
	"fmt"
	"strings"
	"sync"
	"testing"
)

// message is one call of a Publisher.
type message struct {
	kind   string // "display", "clear" or "input"
	b      Bundle
	id     string
	update bool
	wait   bool
	prompt string
}

// recorder is a Publisher that records what it is asked to publish.
type recorder struct {
	mu    sync.Mutex // guards msgs
	msgs  []message
	reply string
	err   error
}

var _ Publisher = (*recorder)(nil)

func (r *recorder) add(m message) {
	r.mu.Lock()
	defer r.mu.Unlock()
	r.msgs = append(r.msgs, m)
}

func (r *recorder) Display(b Bundle, id string, update bool) {
	r.add(message{kind: "display", b: b, id: id, update: update})
}

func (r *recorder) Clear(wait bool) { r.add(message{kind: "clear", wait: wait}) }

func (r *recorder) Input(prompt string, password bool) (string, error) {
	r.add(message{kind: "input", prompt: prompt, update: password})
	return r.reply, r.err
}

func (r *recorder) messages() []message {
	r.mu.Lock()
	defer r.mu.Unlock()
	return append([]message(nil), r.msgs...)
}

// newTestSession returns a session publishing to a recorder, with display
// ids id1, id2, ...
func newTestSession() (*Session, *recorder) {
	r := &recorder{}
	s := NewSession(r)
	var mu sync.Mutex
	n := 0
	s.newID = func() string {
		mu.Lock()
		defer mu.Unlock()
		n++
		return fmt.Sprintf("id%d", n)
	}
	return s, r
}

func TestSessionDisplay(t *testing.T) {
	s, r := newTestSession()
	withID := HTML("x")
	withID.Transient = MIMEMap{"display_id": "mine"}
	err := s.Display(HTML("<b>x</b>"), nil, 42, testImage(2, 2), htmlValue{}, withID, s.New(nil))
	if err != nil {
		t.Fatalf("Display: %v", err)
	}
	msgs := r.messages()
	// New publishes first (an empty text), then the five non-nil values;
	// the handle itself is not shown again.
	want := []struct {
		id    string
		mime  string
		value string
	}{
		{"id1", MIMETypeText, ""},
		{"", MIMETypeHTML, "<b>x</b>"},
		{"", MIMETypeText, "42"},
		{"", MIMETypePNG, ""},
		{"", MIMETypeHTML, "<i>h</i>"},
		{"mine", MIMETypeHTML, "x"},
	}
	if len(msgs) != len(want) {
		t.Fatalf("published %d messages, want %d: %+v", len(msgs), len(want), msgs)
	}
	for i, w := range want {
		m := msgs[i]
		if m.kind != "display" || m.update || m.id != w.id {
			t.Errorf("message %d = %s id %q update %v, want display id %q", i, m.kind, m.id, m.update, w.id)
		}
		v, ok := m.b.Data[w.mime]
		if !ok || w.value != "" && v != w.value {
			t.Errorf("message %d %s = %v, want %q", i, w.mime, v, w.value)
		}
		if _, ok := m.b.Data[MIMETypeText].(string); !ok {
			t.Errorf("message %d has no text/plain: %v", i, m.b.Data)
		}
		if _, err := json.Marshal(m.b.Data); err != nil {
			t.Errorf("message %d does not encode: %v", i, err)
		}
	}
	// A value with methods only gets its fmt text as fallback.
	if got := msgs[4].b.Data[MIMETypeText]; got != "{}" {
		t.Errorf("text/plain of htmlValue = %v, want {}", got)
	}
}

func TestSessionDisplayErrors(t *testing.T) {
	s, r := newTestSession()
	bad := MIME(MIMEMap{MIMETypeHTML: "<b>ok</b>", "application/x-bad": func() {}}, nil)
	err := s.Display(bad, Image(nil), panicky{})
	if err == nil || !strings.Contains(err.Error(), "application/x-bad") || !strings.Contains(err.Error(), "bad HTML") {
		t.Fatalf("Display error = %v, want the encoding error and the panic", err)
	}
	msgs := r.messages()
	if len(msgs) != 3 {
		t.Fatalf("published %d messages, want 3", len(msgs))
	}
	if _, ok := msgs[0].b.Data["application/x-bad"]; ok {
		t.Error("the value that cannot be encoded was published")
	}
	if msgs[0].b.Data[MIMETypeHTML] != "<b>ok</b>" {
		t.Errorf("the rest of the bundle was not published: %v", msgs[0].b.Data)
	}
	if s, _ := msgs[1].b.Data[MIMETypeText].(string); !strings.Contains(s, "nil image") {
		t.Errorf("Image(nil) shows %q, want the error", s)
	}
}

func TestHandle(t *testing.T) {
	s, r := newTestSession()
	h := s.New(Markdown("one"))
	if h.ID() != "id1" {
		t.Fatalf("ID() = %q, want id1", h.ID())
	}
	if err := h.Update(Markdown("two")); err != nil {
		t.Fatalf("Update: %v", err)
	}
	if err := h.Update(nil); err != nil {
		t.Fatalf("Update(nil): %v", err)
	}
	h2 := s.New(Text("other"))
	msgs := r.messages()
	want := []struct {
		id     string
		update bool
		text   string
	}{
		{"id1", false, "one"},
		{"id1", true, "two"},
		{"id1", true, ""},
		{"id2", false, "other"},
	}
	if len(msgs) != len(want) {
		t.Fatalf("published %d messages, want %d", len(msgs), len(want))
	}
	for i, w := range want {
		m := msgs[i]
		if m.id != w.id || m.update != w.update || m.b.String() != w.text {
			t.Errorf("message %d: id %q update %v text %q, want %q %v %q", i, m.id, m.update, m.b.String(), w.id, w.update, w.text)
		}
	}
	if h2.ID() == h.ID() {
		t.Error("two handles share an id")
	}
}

func TestClearAndPassword(t *testing.T) {
	s, r := newTestSession()
	s.Clear(true)
	r.reply = "secret"
	got, err := s.Password("Key:")
	if got != "secret" || err != nil {
		t.Fatalf("Password = %q, %v, want secret", got, err)
	}
	r.err = errors.New("no stdin")
	if _, err := s.Password("Key:"); err == nil {
		t.Error("Password did not return the publisher's error")
	}
	msgs := r.messages()
	if len(msgs) != 3 || msgs[0].kind != "clear" || !msgs[0].wait {
		t.Fatalf("messages = %+v, want clear(wait) then two inputs", msgs)
	}
	if msgs[1].kind != "input" || msgs[1].prompt != "Key:" || !msgs[1].update {
		t.Errorf("input request = %+v, want prompt Key: with password", msgs[1])
	}
}

func TestDetached(t *testing.T) {
	sessions := map[string]*Session{"nil": nil, "NoPublisher": NewSession(nil)}
	for name, s := range sessions {
		t.Run(name, func(t *testing.T) {
			if err := s.Display(HTML("x")); !errors.Is(err, ErrNoSession) {
				t.Errorf("Display error = %v, want ErrNoSession", err)
			}
			s.Clear(false)
			h := s.New(HTML("x"))
			if h.ID() == "" {
				t.Error("New gave no id")
			}
			if err := h.Update(HTML("y")); !errors.Is(err, ErrNoSession) {
				t.Errorf("Update error = %v, want ErrNoSession", err)
			}
			if _, err := s.Password("p"); !errors.Is(err, ErrNoSession) {
				t.Errorf("Password error = %v, want ErrNoSession", err)
			}
			p := s.Progress(10)
			p.Add(4)
			p.Done()
			if p.Value() != 4 {
				t.Errorf("detached bar counts %d, want 4", p.Value())
			}
		})
	}
	// The package-level functions are detached.
	if err := Display(HTML("x")); !errors.Is(err, ErrNoSession) {
		t.Errorf("Display error = %v, want ErrNoSession", err)
	}
	Clear(true)
	if err := New(nil).Update(Text("x")); !errors.Is(err, ErrNoSession) {
		t.Errorf("Update error = %v, want ErrNoSession", err)
	}
	if _, err := Password(""); !errors.Is(err, ErrNoSession) {
		t.Errorf("Password error = %v, want ErrNoSession", err)
	}
	var h *Handle
	if err := h.Update(nil); !errors.Is(err, ErrNoSession) || h.ID() != "" {
		t.Errorf("nil handle: Update error = %v, ID %q", err, h.ID())
	}
}

func TestConcurrentPublishing(t *testing.T) {
	s, r := newTestSession()
	p := s.Progress(800)
	h := s.New(Text("0"))
	var wg sync.WaitGroup
	for i := range 8 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for j := range 100 {
				p.Add(1)
				_ = h.Update(Text(fmt.Sprint(i, j)))
				_ = s.Display(HTML("x"))
			}
		}()
	}
	wg.Wait()
	p.Done()
	if p.Value() != 800 {
		t.Errorf("count = %d, want 800", p.Value())
	}
	if n := len(r.messages()); n < 1600 {
		t.Errorf("published %d messages, want at least 1600", n)
	}
}
