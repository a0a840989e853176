package engine

import (
	"context"
	"fmt"
	"os"
	"path/filepath"
	"runtime/debug"
	"sort"
	"strconv"
	"sync"

	"gokernel/kernel"
	"gokernel/kernel/engine/dap"
)

// The Jupyter debugger (DAP in debug_request, debug_reply and debug_event).
//
// JupyterLab names a cell's source by hashing its code (dumpCell, whose
// path is computed as JupyterLab does) and sets breakpoints per source.
// When a cell runs while the debugger is started and breakpoints exist,
// its statements run under yaegi's debugger (debug_run.go); otherwise
// cells run as always, at full speed. A cell stopped at a breakpoint
// keeps Execute waiting while the control channel keeps calling Debug.
//
// Threads are yaegi's goroutines: 1 runs the cell. (The compiler starts a
// cell's goroutines from Go, to recover their panics; yaegi then sees
// their code as goroutine 1's.) Lines in DAP messages are the cell's own
// (see dbgLineMap).
//
// Files: debug.go (the session), debug_source.go (cells and sources),
// debug_breakpoints.go, debug_run.go (running cells), debug_events.go
// (stops and steps), debug_stack.go (frames and scopes), debug_values.go
// and debug_show.go (variables), debug_globals.go (cell variables,
// inspectVariables), debug_eval.go and debug_eval_ops.go (evaluate),
// debug_yaegi.go (what yaegi does not export).

var _ kernel.Debugger = (*Engine)(nil)

// debugState is the engine's debugger. Its zero value is a debugger not
// started.
type debugState struct {
	// busy is held by Execute while a cell runs: the control channel uses
	// the interpreter only when it can take busy (TryLock), or while the
	// running cell is stopped (the interpreter then waits).
	busy sync.Mutex

	seq dap.Seq // numbers responses and events

	mu       sync.Mutex         // guards the fields below
	emitFunc func(event []byte) // publishes events: the latest Debug call's
	started  bool               // initialize received, no disconnect since
	tmpDir   string             // where dumpCell writes sources

	src     dbgSources                  // cells and their sources
	bps     map[string][]dap.Breakpoint // breakpoints by source path, as answered
	bpLines map[string][]int            // the lines requested, by source path
	dirty   bool                        // breakpoints changed since they were applied
	lines   dbgLineMap                  // the cells of line directives

	y     *yaegiDebugger     // the interpreter's debugged program, once needed
	run   *debugRun          // the debugged run of a cell in progress, or nil
	stops map[int]*dbgStop   // stopped goroutines, by id
	steps map[int]dbgStepReq // steps in progress, by goroutine id

	frames    dap.Handles[*dbgFrameRef] // frame ids of the current stops
	vars      dap.Handles[dbgVarsRef]   // variable references
	inspected []dap.Variable            // the last inspectVariables answer
}

// debugHandler answers one command; its error becomes a failed response.
type debugHandler func(e *Engine, ctx context.Context, req dap.Request) (any, error)

// debugHandlers are the commands the debugger answers.
var debugHandlers = map[string]debugHandler{
	"initialize":              (*Engine).dbgInitialize,
	"attach":                  (*Engine).dbgAttach,
	"configurationDone":       (*Engine).dbgConfigurationDone,
	"debugInfo":               (*Engine).dbgDebugInfo,
	"disconnect":              (*Engine).dbgDisconnect,
	"setExceptionBreakpoints": (*Engine).dbgSetExceptionBreakpoints,
	"modules":                 (*Engine).dbgModules,
	"dumpCell":                (*Engine).dbgDumpCell,
	"source":                  (*Engine).dbgSource,
	"setBreakpoints":          (*Engine).dbgSetBreakpoints,
	"threads":                 (*Engine).dbgThreads,
	"continue":                (*Engine).dbgContinue,
	"next":                    (*Engine).dbgNext,
	"stepIn":                  (*Engine).dbgStepIn,
	"stepOut":                 (*Engine).dbgStepOut,
	"pause":                   (*Engine).dbgPause,
	"stackTrace":              (*Engine).dbgStackTrace,
	"scopes":                  (*Engine).dbgScopes,
	"variables":               (*Engine).dbgVariables,
	"evaluate":                (*Engine).dbgEvaluate,
	"inspectVariables":        (*Engine).dbgInspectVariables,
	"richInspectVariables":    (*Engine).dbgRichInspectVariables,
	"copyToGlobals":           (*Engine).dbgCopyToGlobals,
}

// Debug implements kernel.Debugger: it answers one DAP request. Events
// (also those of a cell that runs later) are published through the emit
// of the latest call. A malformed request gets a failed response.
func (e *Engine) Debug(ctx context.Context, request []byte, emit func(event []byte)) (reply []byte) {
	d := &e.dbg
	req, err := dap.Decode(request)
	if err != nil {
		e.log.Debug("malformed debug request", "err", err)
		return d.seq.Fail(req, err.Error())
	}
	if emit != nil {
		d.mu.Lock()
		d.emitFunc = emit
		d.mu.Unlock()
	}
	h, ok := debugHandlers[req.Command]
	if !ok {
		return d.seq.Fail(req, fmt.Sprintf("the Go kernel's debugger does not support %q", req.Command))
	}
	defer func() {
		if r := recover(); r != nil {
			e.log.Error("debugger failed", "command", req.Command, "panic", r, "stack", string(debug.Stack()))
			reply = d.seq.Fail(req, fmt.Sprintf("internal error: %v", r))
		}
	}()
	body, err := h(e, ctx, req)
	if err != nil {
		return d.seq.Fail(req, err.Error())
	}
	return d.seq.Reply(req, body)
}

// emit publishes an event, if a front end ever sent a request.
func (e *Engine) emit(name string, body any) {
	e.dbg.mu.Lock()
	f := e.dbg.emitFunc
	e.dbg.mu.Unlock()
	if f != nil {
		f(e.dbg.seq.Event(name, body))
	}
}

func (e *Engine) dbgInitialize(ctx context.Context, req dap.Request) (any, error) {
	e.dbg.mu.Lock()
	e.dbg.started = true
	e.dbg.mu.Unlock()
	return dap.Capabilities{
		SupportsConfigurationDoneRequest: true,
		SupportsEvaluateForHovers:        true,
		SupportTerminateDebuggee:         true,
		SupportsModulesRequest:           true,
		ExceptionBreakpointFilters:       []dap.ExceptionBreakpointsFilter{},
	}, nil
}

func (e *Engine) dbgAttach(ctx context.Context, req dap.Request) (any, error) {
	e.dbg.mu.Lock()
	started := e.dbg.started
	e.dbg.mu.Unlock()
	if !started {
		return nil, fmt.Errorf("attach before initialize")
	}
	e.emit("initialized", nil)
	return struct{}{}, nil
}

func (e *Engine) dbgConfigurationDone(ctx context.Context, req dap.Request) (any, error) {
	return struct{}{}, nil
}

// dbgSetExceptionBreakpoints accepts the request: the debugger cannot stop
// where a cell panics (yaegi reports no exceptions; a panic unwinds the
// frames before anything sees it), so it announces no filters.
func (e *Engine) dbgSetExceptionBreakpoints(ctx context.Context, req dap.Request) (any, error) {
	var args dap.SetExceptionBreakpointsArguments
	if err := req.Args(&args); err != nil {
		return nil, err
	}
	return dap.BreakpointsBody{Breakpoints: []dap.Breakpoint{}}, nil
}

func (e *Engine) dbgModules(ctx context.Context, req dap.Request) (any, error) {
	return dap.ModulesBody{Modules: []dap.Module{}}, nil
}

func (e *Engine) dbgDebugInfo(ctx context.Context, req dap.Request) (any, error) {
	d := &e.dbg
	d.mu.Lock()
	defer d.mu.Unlock()
	body := dap.DebugInfoBody{
		IsStarted:      d.started,
		HashMethod:     "Murmur2",
		HashSeed:       dap.HashSeed,
		TmpFilePrefix:  d.tmpPrefix(),
		TmpFileSuffix:  dbgSourceSuffix,
		Breakpoints:    []dap.SourceBreakpoints{},
		StoppedThreads: []int{},
		RichRendering:  true,
		ExceptionPaths: []string{},
		CopyToGlobals:  true,
	}
	paths := make([]string, 0, len(d.bps))
	for p := range d.bps {
		paths = append(paths, p)
	}
	sort.Strings(paths)
	for _, p := range paths {
		body.Breakpoints = append(body.Breakpoints, dap.SourceBreakpoints{Source: p, Breakpoints: d.bps[p]})
	}
	for id := range d.stops {
		body.StoppedThreads = append(body.StoppedThreads, id)
	}
	sort.Ints(body.StoppedThreads)
	return body, nil
}

// dbgDisconnect ends the session: breakpoints are cleared and stopped
// goroutines continue.
func (e *Engine) dbgDisconnect(ctx context.Context, req dap.Request) (any, error) {
	var args dap.DisconnectArguments
	if err := req.Args(&args); err != nil {
		return nil, err
	}
	d := &e.dbg
	d.mu.Lock()
	d.started = false
	d.bps, d.bpLines = nil, nil
	d.dirty = true
	d.inspected = nil
	if len(d.stops) > 0 {
		// The interpreter waits at a stop: the marks can be cleared now
		// (else the next stop, or the next debugged cell, clears them).
		d.applyBreakpoints(e.log)
	}
	stops := d.takeStopsLocked()
	d.mu.Unlock()
	e.resumeAll(stops)
	e.emit("terminated", struct{}{})
	return struct{}{}, nil
}

// tmpPrefix is where dumped sources go: a directory of this process in
// the system's temporary directory, with a trailing separator.
func (d *debugState) tmpPrefix() string {
	if d.tmpDir == "" {
		d.tmpDir = filepath.Join(os.TempDir(), "gokernel_"+strconv.Itoa(os.Getpid()))
	}
	return d.tmpDir + string(filepath.Separator)
}

// dbgSourceSuffix ends the names of dumped sources.
const dbgSourceSuffix = ".go"
