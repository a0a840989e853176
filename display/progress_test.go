package display

import (
	"strings"
	"sync"
	"testing"
	"time"
)

// fakeClock advances by step each time it is read.
type fakeClock struct {
	mu   sync.Mutex // guards t
	t    time.Time
	step time.Duration
}

func (c *fakeClock) now() time.Time {
	c.mu.Lock()
	defer c.mu.Unlock()
	c.t = c.t.Add(c.step)
	return c.t
}

func (c *fakeClock) advance(d time.Duration) {
	c.mu.Lock()
	defer c.mu.Unlock()
	c.t = c.t.Add(d)
}

// newClockSession returns a session with a fake clock.
func newClockSession(step time.Duration) (*Session, *recorder, *fakeClock) {
	s, r := newTestSession()
	c := &fakeClock{t: time.Date(2025, 1, 1, 0, 0, 0, 0, time.UTC), step: step}
	s.now = c.now
	return s, r, c
}

func TestProgressThrottle(t *testing.T) {
	const total = 1_000_000
	// Every clock read takes a microsecond: a million Adds take a second.
	s, r, _ := newClockSession(time.Microsecond)
	p := s.Progress(total)
	for range total {
		p.Add(1)
	}
	p.Done()
	p.Add(5) // after Done: ignored
	p.Done()

	msgs := r.messages()
	if msgs[0].update || msgs[0].id == "" {
		t.Fatalf("first message = %+v, want a display_data with an id", msgs[0])
	}
	updates := len(msgs) - 1
	// About ten a second, plus one at the total and one on Done.
	if updates < 5 || updates > 14 {
		t.Errorf("%d updates for %d Adds over 1s, want about 12", updates, total)
	}
	for i, m := range msgs[1:] {
		if !m.update || m.id != msgs[0].id {
			t.Fatalf("message %d = id %q update %v, want an update of %q", i+1, m.id, m.update, msgs[0].id)
		}
	}
	last := msgs[len(msgs)-1].b
	if got := last.String(); !strings.HasPrefix(got, "[####################] 1000000/1000000 (100%) done in 1.0s") {
		t.Errorf("final text = %q", got)
	}
	if html, _ := last.Data[MIMETypeHTML].(string); !strings.Contains(html, "width:100.0%") || !strings.Contains(html, "done in") {
		t.Errorf("final HTML = %q", html)
	}
	if p.Value() != total {
		t.Errorf("Value() = %d, want %d", p.Value(), total)
	}
}

func TestProgressReachingTotalIsPublished(t *testing.T) {
	s, r, _ := newClockSession(0) // the clock stands still: only forced updates
	p := s.Progress(3)
	p.Add(1)
	p.Add(1)
	if n := len(r.messages()); n != 1 {
		t.Fatalf("%d messages before the total, want 1 (the first display)", n)
	}
	p.Add(1)
	msgs := r.messages()
	if len(msgs) != 2 || !strings.Contains(msgs[1].b.String(), "3/3 (100%)") {
		t.Fatalf("reaching the total published %d messages, last %q", len(msgs), msgs[len(msgs)-1].b.String())
	}
	p.Add(1) // beyond the total, throttled
	p.Set(2) // back below
	p.Set(3) // the total again: published
	if n := len(r.messages()); n != 3 {
		t.Errorf("%d messages, want 3", n)
	}
}

func TestProgressTimeBetweenUpdates(t *testing.T) {
	s, r, c := newClockSession(0)
	p := s.Progress(100)
	p.Add(1) // too soon
	c.advance(99 * time.Millisecond)
	p.Add(1) // still too soon
	c.advance(time.Millisecond)
	p.Add(1) // 100ms after the first display
	p.SetLabel("files")
	c.advance(time.Second)
	p.SetLabel("files") // unchanged: nothing to publish
	p.Set(3)            // unchanged
	msgs := r.messages()
	if len(msgs) != 2 {
		t.Fatalf("%d messages, want 2", len(msgs))
	}
	if got := msgs[1].b.String(); got != "[....................] 3/100 (3%) 0.1s elapsed, eta 3.2s" {
		t.Errorf("text = %q", got)
	}
	c.advance(time.Second)
	p.SetLabel("files")
	p.SetLabel("a<b>")
	if got := r.messages()[2].b.Data[MIMETypeHTML].(string); !strings.Contains(got, "<span>a&lt;b&gt;</span>") {
		t.Errorf("label not escaped: %q", got)
	}
}

func TestProgressText(t *testing.T) {
	start := time.Date(2025, 1, 1, 0, 0, 0, 0, time.UTC)
	tests := []struct {
		name    string
		total   int
		n       int
		label   string
		done    bool
		elapsed time.Duration
		want    string
	}{
		{"Half", 100, 50, "", false, 2 * time.Second, "[##########..........] 50/100 (50%) 2.0s elapsed, eta 2.0s"},
		{"Start", 100, 0, "", false, 0, "[....................] 0/100 (0%) 0.0s elapsed"},
		{"Label", 10, 1, "copying", false, 90 * time.Second, "copying [##..................] 1/10 (10%) 1m30s elapsed, eta 13m30s"},
		{"Over", 10, 15, "", false, time.Second, "[####################] 15/10 (150%) 1.0s elapsed"},
		{"Negative", 10, -3, "", false, time.Second, "[....................] -3/10 (-30%) 1.0s elapsed"},
		{"UnknownTotal", 0, 7, "", false, 12 * time.Second, "7 12s elapsed"},
		{"UnknownTotalDone", -1, 7, "", true, 3 * time.Hour, "7 done in 3h00m"},
		{"Done", 4, 4, "", true, 500 * time.Millisecond, "[####################] 4/4 (100%) done in 0.5s"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			p := &ProgressBar{total: tt.total, n: tt.n, label: tt.label, done: tt.done, start: start}
			if got := p.text(start.Add(tt.elapsed)); got != tt.want {
				t.Errorf("text = %q, want %q", got, tt.want)
			}
		})
	}
}

func TestFmtDuration(t *testing.T) {
	for _, tt := range []struct {
		d    time.Duration
		want string
	}{
		{-time.Second, "0.0s"},
		{0, "0.0s"},
		{1234 * time.Millisecond, "1.2s"},
		{42 * time.Second, "42s"},
		{3*time.Minute + 5*time.Second, "3m05s"},
		{2*time.Hour + 7*time.Minute, "2h07m"},
		{1000 * time.Hour, "1000h00m"},
		{1 << 62, ">100d"},
	} {
		if got := fmtDuration(tt.d); got != tt.want {
			t.Errorf("fmtDuration(%v) = %q, want %q", tt.d, got, tt.want)
		}
	}
}

func TestProgressNil(t *testing.T) {
	var p *ProgressBar
	p.Add(1)
	p.Set(1)
	p.SetLabel("x")
	p.Done()
	if p.Value() != 0 || p.String() != "" {
		t.Error("a nil bar is not inert")
	}
}
