package display

import (
	"fmt"
	"strings"
	"sync"
	"time"
)

// progressInterval is the default minimum time between two updates of a
// progress bar: at most ten a second.
const progressInterval = 100 * time.Millisecond

// barWidth is the number of characters of the text bar.
const barWidth = 20

// ProgressBar is a progress bar shown in the cell's output and updated in
// place. Create it with Progress. Its methods are safe for concurrent use;
// the updates they cause are throttled to about ten a second, plus one
// when the count reaches the total and one on Done, so calling Add in a
// tight loop is cheap.
type ProgressBar struct {
	h *Handle

	mu      sync.Mutex // guards the fields below
	total   int        // <= 0: unknown
	n       int
	label   string
	start   time.Time
	last    time.Time // when the last update was published
	reached bool      // the last update showed n >= total
	done    bool
}

// Progress shows a progress bar counting up to total (total <= 0 for an
// unknown total) and returns it.
func (s *Session) Progress(total int) *ProgressBar {
	now := s.clock()
	p := &ProgressBar{total: total, start: now, last: now}
	p.h = s.New(p.bundle(now))
	return p
}

// Progress shows a progress bar; see Session.Progress. Cells get this
// function bound to the kernel; elsewhere the bar counts but is not shown.
func Progress(total int) *ProgressBar { return (*Session)(nil).Progress(total) }

// Add adds n to the count.
func (p *ProgressBar) Add(n int) {
	if p == nil {
		return
	}
	p.mu.Lock()
	defer p.mu.Unlock()
	if p.done || n == 0 {
		return
	}
	p.n += n
	p.changed()
}

// Set sets the count to n.
func (p *ProgressBar) Set(n int) {
	if p == nil {
		return
	}
	p.mu.Lock()
	defer p.mu.Unlock()
	if p.done || n == p.n {
		return
	}
	p.n = n
	p.changed()
}

// SetLabel sets the text shown before the bar.
func (p *ProgressBar) SetLabel(label string) {
	if p == nil {
		return
	}
	p.mu.Lock()
	defer p.mu.Unlock()
	if p.done || label == p.label {
		return
	}
	p.label = label
	p.changed()
}

// Done shows the final state of the bar. Later calls of Add, Set and Done
// do nothing.
func (p *ProgressBar) Done() {
	if p == nil {
		return
	}
	p.mu.Lock()
	defer p.mu.Unlock()
	if p.done {
		return
	}
	p.done = true
	p.publish(p.h.s.clock())
}

// Value returns the count.
func (p *ProgressBar) Value() int {
	if p == nil {
		return 0
	}
	p.mu.Lock()
	defer p.mu.Unlock()
	return p.n
}

// String returns the bar as text, as a text-only frontend shows it.
func (p *ProgressBar) String() string {
	if p == nil {
		return ""
	}
	p.mu.Lock()
	defer p.mu.Unlock()
	return p.text(p.h.s.clock())
}

// selfPublished marks ProgressBar as a selfPublisher.
func (*ProgressBar) selfPublished() {}

// changed publishes an update unless one was published less than the
// minimum interval ago; reaching the total is always published. p.mu is
// held.
func (p *ProgressBar) changed() {
	atEnd := p.total > 0 && p.n >= p.total
	if !atEnd {
		p.reached = false
	}
	now := p.h.s.clock()
	if atEnd && !p.reached || now.Sub(p.last) >= p.h.s.minInterval() {
		p.publish(now)
	}
}

// publish sends the bar's state as of now. p.mu is held, which keeps the
// updates in order.
func (p *ProgressBar) publish(now time.Time) {
	p.last = now
	p.reached = p.total > 0 && p.n >= p.total
	_ = p.h.Update(p.bundle(now)) // only ErrNoSession: a detached bar
}

// bundle renders the bar as of now. p.mu is held (or p is not shared yet).
func (p *ProgressBar) bundle(now time.Time) Bundle {
	var h strings.Builder
	h.WriteString(`<div style="display:flex;align-items:center;gap:0.6em;font-family:monospace;font-size:13px">`)
	if p.label != "" {
		fmt.Fprintf(&h, `<span>%s</span>`, escapeHTML(p.label))
	}
	color := "#4c9be8"
	if p.done {
		color = "#4caf50"
	}
	fmt.Fprintf(&h, `<div style="flex:none;width:20em;height:1em;background:#e5e5e5;border-radius:3px;overflow:hidden">`+
		`<div style="width:%.1f%%;height:100%%;background:%s"></div></div>`, 100*p.fraction(), color)
	fmt.Fprintf(&h, `<span>%s</span></div>`, escapeHTML(p.status(now)))
	return Bundle{Data: MIMEMap{MIMETypeText: p.text(now), MIMETypeHTML: h.String()}}
}

// text renders the bar as text.
func (p *ProgressBar) text(now time.Time) string {
	var b strings.Builder
	if p.label != "" {
		b.WriteString(p.label)
		b.WriteByte(' ')
	}
	if p.total > 0 {
		full := int(p.fraction() * barWidth)
		b.WriteByte('[')
		b.WriteString(strings.Repeat("#", full))
		b.WriteString(strings.Repeat(".", barWidth-full))
		b.WriteString("] ")
	}
	b.WriteString(p.status(now))
	return b.String()
}

// fraction is the part of the bar that is filled, in [0, 1].
func (p *ProgressBar) fraction() float64 {
	if p.total <= 0 {
		if p.done {
			return 1
		}
		return 0
	}
	return min(1, max(0, float64(p.n)/float64(p.total)))
}

// status is the counts and times, such as "50/100 (50%) 1.2s elapsed, eta
// 1.2s".
func (p *ProgressBar) status(now time.Time) string {
	elapsed := now.Sub(p.start)
	var b strings.Builder
	if p.total > 0 {
		fmt.Fprintf(&b, "%d/%d (%d%%)", p.n, p.total, int(100*float64(p.n)/float64(p.total)))
	} else {
		fmt.Fprintf(&b, "%d", p.n)
	}
	if p.done {
		fmt.Fprintf(&b, " done in %s", fmtDuration(elapsed))
		return b.String()
	}
	fmt.Fprintf(&b, " %s elapsed", fmtDuration(elapsed))
	if p.total > 0 && p.n > 0 && p.n < p.total {
		eta := time.Duration(float64(elapsed) * float64(p.total-p.n) / float64(p.n))
		fmt.Fprintf(&b, ", eta %s", fmtDuration(eta))
	}
	return b.String()
}

// fmtDuration formats d briefly: "0.4s", "12s", "3m05s", "2h07m".
func fmtDuration(d time.Duration) string {
	switch {
	case d < 0:
		d = 0
	case d >= 100*24*time.Hour:
		return ">100d"
	}
	switch {
	case d < 10*time.Second:
		return fmt.Sprintf("%.1fs", d.Seconds())
	case d < time.Minute:
		return fmt.Sprintf("%ds", int(d.Seconds()))
	case d < time.Hour:
		return fmt.Sprintf("%dm%02ds", int(d.Minutes()), int(d.Seconds())%60)
	}
	return fmt.Sprintf("%dh%02dm", int(d.Hours()), int(d.Minutes())%60)
}
