package kernel

import (
	"context"
	"errors"
)

// Engine runs a language's code for the kernel. The kernel knows the
// Jupyter protocol and nothing of the language; an Engine knows the language
// and nothing of the protocol.
//
// The kernel calls Execute, Complete, Inspect and IsComplete from one
// goroutine at a time (the shell channel is sequential), but Info may be
// called concurrently from the control channel. Execute must return soon
// after ctx is cancelled (an interrupt), and must not panic: a failing cell
// is reported in ExecuteResult.Error.
type Engine interface {
	// Info describes the language for kernel_info_reply.
	Info() Info
	// Execute runs one cell. Output produced while it runs (and later, by
	// goroutines the cell started) goes to out.
	Execute(ctx context.Context, req ExecuteRequest, out Output) ExecuteResult
	// Complete proposes completions at byte offset cursor of code.
	Complete(ctx context.Context, code string, cursor int) Completion
	// Inspect describes the symbol at byte offset cursor of code.
	Inspect(ctx context.Context, code string, cursor, detail int) Inspection
	// IsComplete tells a console whether code is ready to run.
	IsComplete(code string) IsComplete
}

// Debugger is implemented by engines that speak the Jupyter debugger
// protocol (DAP messages carried in debug_request/debug_reply/debug_event).
// Debug is called from the control channel, concurrently with Execute.
type Debugger interface {
	// Debug handles one DAP request and returns its response; events are
	// published through emit at any time, also while a cell runs.
	Debug(ctx context.Context, request []byte, emit func(event []byte)) []byte
}

// Historian is implemented by engines that want to read the session's
// input history (for a %history magic, say).
type Historian interface {
	SetHistory(h HistoryReader)
}

// HistoryReader gives read access to the kernel's input history.
type HistoryReader interface {
	// Tail returns the last n entries of all sessions, oldest first.
	Tail(n int, output bool) []HistoryEntry
}

// HistoryEntry is one stored cell.
type HistoryEntry struct {
	Session int
	Line    int
	Input   string
	Output  string // text/plain of the cell's result, when asked for
}

// Info is what kernel_info_reply says about the engine's language.
type Info struct {
	Language       LanguageInfo
	Implementation string // e.g. "gokernel"
	Version        string // implementation version
	Banner         string
	HelpLinks      []HelpLink
}

// LanguageInfo is the language_info of kernel_info_reply.
type LanguageInfo struct {
	Name              string `json:"name"`
	Version           string `json:"version"`
	Mimetype          string `json:"mimetype"`
	FileExtension     string `json:"file_extension"`
	PygmentsLexer     string `json:"pygments_lexer,omitempty"`
	CodemirrorMode    string `json:"codemirror_mode,omitempty"`
	NbconvertExporter string `json:"nbconvert_exporter,omitempty"`
}

// HelpLink is one entry of the Help menu.
type HelpLink struct {
	Text string `json:"text"`
	URL  string `json:"url"`
}

// ExecuteRequest is the part of execute_request an engine needs.
type ExecuteRequest struct {
	Code            string
	Silent          bool
	StoreHistory    bool
	AllowStdin      bool
	UserExpressions map[string]string
	// Count is the execution count of this cell (the In[n] number), for
	// error messages and tracebacks ("Cell [n], line L").
	Count int
}

// ExecuteResult is what a cell produced besides streamed output.
type ExecuteResult struct {
	// Result is the value of a trailing expression, published as
	// execute_result; nil when the cell has no value.
	Result *Bundle
	// Error is set when the cell failed.
	Error *Error
	// UserExpressions holds the value of each requested user expression.
	UserExpressions map[string]UserExpression
	// NotRun reports that the cell failed before any of its code ran (it
	// does not compile): the kernel gives its execution count to the next
	// cell.
	NotRun bool
}

// Bundle is a MIME bundle: data keyed by MIME type, and its metadata.
type Bundle struct {
	Data     map[string]any `json:"data"`
	Metadata map[string]any `json:"metadata"`
}

// Error describes a failed cell or expression.
type Error struct {
	Name      string   `json:"ename"`
	Value     string   `json:"evalue"`
	Traceback []string `json:"traceback"`
}

// Error implements error.
func (e *Error) Error() string { return e.Name + ": " + e.Value }

// UserExpression is the result of one user expression: Bundle when it
// succeeded, Error otherwise.
type UserExpression struct {
	Bundle *Bundle
	Error  *Error
}

// Display is a display_data (or update_display_data) message.
type Display struct {
	Bundle
	// ID is the display_id; empty for a plain display.
	ID string
	// Update replaces the outputs that have display ID instead of adding one.
	Update bool
}

// Output receives what a running cell produces. Its methods are safe for
// concurrent use and may be called after Execute returned (by goroutines the
// cell left running); the kernel then attributes the output to that cell.
type Output interface {
	// Stream writes to stdout or stderr ("stdout", "stderr"). The kernel
	// coalesces writes and never splits a UTF-8 sequence across messages.
	Stream(name string, p []byte)
	// Display publishes rich output.
	Display(d Display)
	// Clear clears the cell's output (clear_output); with wait, only when
	// new output arrives.
	Clear(wait bool)
	// Input asks the frontend for a line of input. The prompt sent is
	// prompt, or, when prompt is empty, the unfinished last line the cell
	// wrote to stdout. It returns ErrStdinNotAllowed when the request did not
	// allow stdin, and ctx's error when interrupted.
	Input(ctx context.Context, prompt string, password bool) (string, error)
}

// ErrStdinNotAllowed is returned by Output.Input when the frontend does not
// accept input requests for the running cell.
var ErrStdinNotAllowed = errors.New("kernel: this frontend does not support input requests (allow_stdin is false)")

// Completion is a complete_reply. Offsets are byte offsets into the code.
type Completion struct {
	Matches     []string
	CursorStart int
	CursorEnd   int
	// Types gives, per match, what JupyterLab shows next to it
	// (metadata._jupyter_types_experimental); may be nil.
	Types []CompletionType
}

// CompletionType is one entry of metadata._jupyter_types_experimental.
type CompletionType struct {
	Text      string `json:"text"`
	Type      string `json:"type"`
	Signature string `json:"signature,omitempty"`
	Start     int    `json:"start"`
	End       int    `json:"end"`
}

// Inspection is an inspect_reply.
type Inspection struct {
	Found bool
	Bundle
}

// IsComplete is an is_complete_reply.
type IsComplete struct {
	Status string // "complete", "incomplete", "invalid" or "unknown"
	Indent string // for "incomplete": the indentation of the next line
}
