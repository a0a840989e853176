package display

import (
	"crypto/rand"
	"errors"
	"fmt"
	"time"
)

// ErrNoSession is returned by the publishing functions when they are not
// bound to a kernel: the package-level Display, New, Password, ... called
// from compiled Go, or a Session without a Publisher.
var ErrNoSession = errors.New("display: no notebook to publish to (not running in a kernel session)")

// Publisher is how a Session reaches the frontend. The engine implements
// it with the kernel's Output of the running cell (or the last one, for
// goroutines that outlive their cell). Its methods must be safe for
// concurrent use and should not block for long, except Input.
//
// A Publisher may also have a method Sprint(v any) string: it then gives
// the text form of the values that have no rich form (an interpreter
// prints its own values better than fmt does).
type Publisher interface {
	// Display publishes b as display_data or, when update is true, as
	// update_display_data that replaces the outputs shown under display
	// id. id is empty for a plain display and never empty with update. b
	// is ready to be encoded as JSON.
	Display(b Bundle, id string, update bool)
	// Clear clears the running cell's output (clear_output); with wait,
	// only when new output arrives.
	Clear(wait bool)
	// Input asks the frontend for a line of input (input_request), hiding
	// what is typed when password is true. It returns an error when the
	// frontend does not accept input, and when the running cell is
	// interrupted.
	Input(prompt string, password bool) (string, error)
}

// sprinter is implemented by Publishers that print values as text better
// than fmt.Sprint does: an interpreter's, whose values (of the types its
// programs declare, or wrapped for passing as interfaces) fmt cannot
// print as their programs would. Sprint gives the text/plain form of
// the values Display, New and Update cannot render richly.
type sprinter interface {
	Sprint(v any) string
}

// Session binds the publishing functions to one Publisher. The engine
// creates one with NewSession and gives cells its methods in place of the
// package-level functions (see Exports). A Session holds no mutable state
// and is safe for concurrent use; a nil *Session, like one with a nil
// Publisher, publishes nothing and returns ErrNoSession.
type Session struct {
	pub      Publisher
	now      func() time.Time // the clock of progress bars
	newID    func() string    // makes display ids
	interval time.Duration    // minimum time between progress bar updates
}

// NewSession returns a Session that publishes through pub.
func NewSession(pub Publisher) *Session {
	return &Session{pub: pub, now: time.Now, newID: rand.Text, interval: progressInterval}
}

// publisher returns the session's Publisher, nil when detached.
func (s *Session) publisher() Publisher {
	if s == nil {
		return nil
	}
	return s.pub
}

// clock returns the current time.
func (s *Session) clock() time.Time {
	if s == nil || s.now == nil {
		return time.Now()
	}
	return s.now()
}

// id returns a fresh display id.
func (s *Session) id() string {
	if s == nil || s.newID == nil {
		return rand.Text()
	}
	return s.newID()
}

// minInterval is the minimum time between two progress bar updates.
func (s *Session) minInterval() time.Duration {
	if s == nil || s.interval <= 0 {
		return progressInterval
	}
	return s.interval
}

// Display publishes each value at once as display_data: a Bundle as it is,
// others as Render describes them, or as text. nil values, handles and
// progress bars (already shown) are skipped. A
// Bundle whose Transient holds a "display_id" is published under that id.
// The error reports values that could not be rendered (they are shown as
// the error) and ErrNoSession.
func (s *Session) Display(vs ...any) error {
	pub := s.publisher()
	if pub == nil {
		return ErrNoSession
	}
	var errs []error
	for _, v := range vs {
		if _, self := v.(selfPublisher); self || v == nil {
			continue
		}
		b, err := bundleOf(v, s.sprint)
		if err != nil {
			errs = append(errs, err)
		}
		pub.Display(b, displayID(b), false)
	}
	return errors.Join(errs...)
}

// Clear clears the running cell's output; with wait, only when new output
// arrives (which avoids flicker when redrawing).
func (s *Session) Clear(wait bool) {
	if pub := s.publisher(); pub != nil {
		pub.Clear(wait)
	}
}

// New publishes v (as Display does; nil shows nothing yet) under a fresh
// display id and returns the handle with which to update it.
func (s *Session) New(v any) *Handle {
	h := &Handle{s: s, id: s.id()}
	if pub := s.publisher(); pub != nil {
		b, _ := s.handleBundle(v)
		pub.Display(b, h.id, false)
	}
	return h
}

// Password asks the frontend for a password, which is not echoed.
func (s *Session) Password(prompt string) (string, error) {
	pub := s.publisher()
	if pub == nil {
		return "", ErrNoSession
	}
	return pub.Input(prompt, true)
}

// Handle is a published output that can be replaced in place. Create it
// with New.
type Handle struct {
	s  *Session
	id string
}

// ID returns the display_id of the output.
func (h *Handle) ID() string {
	if h == nil {
		return ""
	}
	return h.id
}

// Update replaces the output with v (as Display renders it) wherever it
// is shown, with an update_display_data message.
func (h *Handle) Update(v any) error {
	if h == nil {
		return ErrNoSession
	}
	pub := h.s.publisher()
	if pub == nil {
		return ErrNoSession
	}
	b, err := h.s.handleBundle(v)
	pub.Display(b, h.id, true)
	return err
}

// String describes the handle.
func (h *Handle) String() string { return "display handle " + h.ID() }

// selfPublished marks Handle as a selfPublisher.
func (*Handle) selfPublished() {}

// selfPublisher is implemented by the types that publish themselves, which
// Render and Display show as nothing.
type selfPublisher interface{ selfPublished() }

// handleBundle is what New and Update publish for v.
func (s *Session) handleBundle(v any) (Bundle, error) {
	if v == nil {
		return Text(""), nil
	}
	return bundleOf(v, s.sprint)
}

// sprint prints v as text: as the Publisher prints it when it can (see
// sprinter), otherwise as fmt.Sprint does.
func (s *Session) sprint(v any) string {
	if p, ok := s.publisher().(sprinter); ok {
		return p.Sprint(v)
	}
	return fmt.Sprint(v)
}

// Display publishes values at once; see Session.Display. Cells get this
// function bound to the kernel; elsewhere it returns ErrNoSession.
func Display(vs ...any) error { return (*Session)(nil).Display(vs...) }

// Clear clears the running cell's output; see Session.Clear. Cells get
// this function bound to the kernel; elsewhere it does nothing.
func Clear(wait bool) { (*Session)(nil).Clear(wait) }

// New publishes v under a fresh display id; see Session.New. Cells get
// this function bound to the kernel; elsewhere the handle's updates
// return ErrNoSession.
func New(v any) *Handle { return (*Session)(nil).New(v) }

// Password asks for a password; see Session.Password. Cells get this
// function bound to the kernel; elsewhere it returns ErrNoSession.
func Password(prompt string) (string, error) { return (*Session)(nil).Password(prompt) }
