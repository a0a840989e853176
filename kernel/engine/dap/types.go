package dap

// Arguments of the requests, and bodies of responses and events. Only
// the fields the Jupyter debugger uses are declared; see the Debug Adapter
// Protocol specification for the others.

// Capabilities is the body of the initialize response.
type Capabilities struct {
	SupportsConfigurationDoneRequest bool                         `json:"supportsConfigurationDoneRequest"`
	SupportsEvaluateForHovers        bool                         `json:"supportsEvaluateForHovers"`
	SupportsSetVariable              bool                         `json:"supportsSetVariable"`
	SupportsConditionalBreakpoints   bool                         `json:"supportsConditionalBreakpoints"`
	SupportsStepBack                 bool                         `json:"supportsStepBack"`
	SupportsRestartRequest           bool                         `json:"supportsRestartRequest"`
	SupportsTerminateRequest         bool                         `json:"supportsTerminateRequest"`
	SupportTerminateDebuggee         bool                         `json:"supportTerminateDebuggee"`
	SupportsExceptionInfoRequest     bool                         `json:"supportsExceptionInfoRequest"`
	SupportsModulesRequest           bool                         `json:"supportsModulesRequest"`
	SupportsDelayedStackTraceLoading bool                         `json:"supportsDelayedStackTraceLoading"`
	ExceptionBreakpointFilters       []ExceptionBreakpointsFilter `json:"exceptionBreakpointFilters"`
}

// ExceptionBreakpointsFilter is a kind of exception the adapter can stop on.
type ExceptionBreakpointsFilter struct {
	Filter  string `json:"filter"`
	Label   string `json:"label"`
	Default bool   `json:"default"`
}

// DebugInfoBody is Jupyter's debugInfo response: how sources are named and
// the state a reconnecting front end restores.
type DebugInfoBody struct {
	IsStarted      bool                `json:"isStarted"`
	HashMethod     string              `json:"hashMethod"`
	HashSeed       uint32              `json:"hashSeed"`
	TmpFilePrefix  string              `json:"tmpFilePrefix"`
	TmpFileSuffix  string              `json:"tmpFileSuffix"`
	Breakpoints    []SourceBreakpoints `json:"breakpoints"`
	StoppedThreads []int               `json:"stoppedThreads"`
	RichRendering  bool                `json:"richRendering"`
	ExceptionPaths []string            `json:"exceptionPaths"`
	CopyToGlobals  bool                `json:"copyToGlobals"`
}

// SourceBreakpoints lists the breakpoints of one source, for debugInfo.
type SourceBreakpoints struct {
	Source      string       `json:"source"`
	Breakpoints []Breakpoint `json:"breakpoints"`
}

// DumpCellArguments are the arguments of Jupyter's dumpCell.
type DumpCellArguments struct {
	Code string `json:"code"`
}

// DumpCellBody is the body of the dumpCell response.
type DumpCellBody struct {
	SourcePath string `json:"sourcePath"`
}

// Source names a source file.
type Source struct {
	Name            string `json:"name,omitempty"`
	Path            string `json:"path,omitempty"`
	SourceReference int    `json:"sourceReference,omitempty"`
}

// SourceBreakpoint is a breakpoint requested by the client.
type SourceBreakpoint struct {
	Line      int    `json:"line"`
	Column    int    `json:"column,omitempty"`
	Condition string `json:"condition,omitempty"`
}

// SetBreakpointsArguments are the arguments of setBreakpoints: the whole
// set of breakpoints of one source.
type SetBreakpointsArguments struct {
	Source         Source             `json:"source"`
	Breakpoints    []SourceBreakpoint `json:"breakpoints"`
	Lines          []int              `json:"lines,omitempty"`
	SourceModified bool               `json:"sourceModified"`
}

// Breakpoint is a breakpoint as the adapter set it.
type Breakpoint struct {
	ID       int     `json:"id,omitempty"`
	Verified bool    `json:"verified"`
	Message  string  `json:"message,omitempty"`
	Source   *Source `json:"source,omitempty"`
	Line     int     `json:"line,omitempty"`
}

// BreakpointsBody is the body of the setBreakpoints response.
type BreakpointsBody struct {
	Breakpoints []Breakpoint `json:"breakpoints"`
}

// SetExceptionBreakpointsArguments are the arguments of
// setExceptionBreakpoints.
type SetExceptionBreakpointsArguments struct {
	Filters []string `json:"filters"`
}

// Thread is a thread (a goroutine).
type Thread struct {
	ID   int    `json:"id"`
	Name string `json:"name"`
}

// ThreadsBody is the body of the threads response.
type ThreadsBody struct {
	Threads []Thread `json:"threads"`
}

// ThreadArguments are the arguments of continue, next, stepIn, stepOut and
// pause.
type ThreadArguments struct {
	ThreadID int `json:"threadId"`
}

// ContinueBody is the body of the continue response.
type ContinueBody struct {
	AllThreadsContinued bool `json:"allThreadsContinued"`
}

// StackTraceArguments are the arguments of stackTrace.
type StackTraceArguments struct {
	ThreadID   int `json:"threadId"`
	StartFrame int `json:"startFrame,omitempty"`
	Levels     int `json:"levels,omitempty"`
}

// StackFrame is one frame of a stack trace.
type StackFrame struct {
	ID     int     `json:"id"`
	Name   string  `json:"name"`
	Source *Source `json:"source,omitempty"`
	Line   int     `json:"line"`
	Column int     `json:"column"`
}

// StackTraceBody is the body of the stackTrace response.
type StackTraceBody struct {
	StackFrames []StackFrame `json:"stackFrames"`
	TotalFrames int          `json:"totalFrames"`
}

// ScopesArguments are the arguments of scopes.
type ScopesArguments struct {
	FrameID int `json:"frameId"`
}

// Scope is a named set of variables of a frame.
type Scope struct {
	Name               string `json:"name"`
	PresentationHint   string `json:"presentationHint,omitempty"`
	VariablesReference int    `json:"variablesReference"`
	Expensive          bool   `json:"expensive"`
}

// ScopesBody is the body of the scopes response.
type ScopesBody struct {
	Scopes []Scope `json:"scopes"`
}

// VariablesArguments are the arguments of variables.
type VariablesArguments struct {
	VariablesReference int    `json:"variablesReference"`
	Filter             string `json:"filter,omitempty"`
	Start              int    `json:"start,omitempty"`
	Count              int    `json:"count,omitempty"`
}

// Variable is a named value; a VariablesReference above 0 means it has
// children to ask for.
type Variable struct {
	Name               string `json:"name"`
	Value              string `json:"value"`
	Type               string `json:"type,omitempty"`
	EvaluateName       string `json:"evaluateName,omitempty"`
	VariablesReference int    `json:"variablesReference"`
}

// VariablesBody is the body of the variables and inspectVariables
// responses.
type VariablesBody struct {
	Variables []Variable `json:"variables"`
}

// EvaluateArguments are the arguments of evaluate; FrameID is nil for the
// global scope.
type EvaluateArguments struct {
	Expression string `json:"expression"`
	FrameID    *int   `json:"frameId,omitempty"`
	Context    string `json:"context,omitempty"`
}

// EvaluateBody is the body of the evaluate response.
type EvaluateBody struct {
	Result             string `json:"result"`
	Type               string `json:"type,omitempty"`
	VariablesReference int    `json:"variablesReference"`
}

// SourceArguments are the arguments of source.
type SourceArguments struct {
	Source          *Source `json:"source,omitempty"`
	SourceReference int     `json:"sourceReference"`
}

// SourceBody is the body of the source response.
type SourceBody struct {
	Content  string `json:"content"`
	MimeType string `json:"mimeType,omitempty"`
}

// RichInspectArguments are the arguments of Jupyter's richInspectVariables.
type RichInspectArguments struct {
	VariableName string `json:"variableName"`
	FrameID      *int   `json:"frameId,omitempty"`
}

// RichInspectBody is a MIME bundle, the body of the richInspectVariables
// response.
type RichInspectBody struct {
	Data     map[string]any `json:"data"`
	Metadata map[string]any `json:"metadata"`
}

// CopyToGlobalsArguments are the arguments of Jupyter's copyToGlobals.
type CopyToGlobalsArguments struct {
	SrcVariableName string `json:"srcVariableName"`
	DstVariableName string `json:"dstVariableName"`
	SrcFrameID      int    `json:"srcFrameId"`
}

// ModulesBody is the body of the modules response.
type ModulesBody struct {
	Modules      []Module `json:"modules"`
	TotalModules int      `json:"totalModules"`
}

// Module is a loaded module.
type Module struct {
	ID   int    `json:"id"`
	Name string `json:"name"`
	Path string `json:"path,omitempty"`
}

// DisconnectArguments are the arguments of disconnect.
type DisconnectArguments struct {
	Restart           bool `json:"restart"`
	TerminateDebuggee bool `json:"terminateDebuggee"`
}

// StoppedEventBody is the body of the stopped event.
type StoppedEventBody struct {
	Reason            string `json:"reason"`
	Description       string `json:"description,omitempty"`
	ThreadID          int    `json:"threadId"`
	AllThreadsStopped bool   `json:"allThreadsStopped"`
	HitBreakpointIDs  []int  `json:"hitBreakpointIds,omitempty"`
}

// ContinuedEventBody is the body of the continued event.
type ContinuedEventBody struct {
	ThreadID            int  `json:"threadId"`
	AllThreadsContinued bool `json:"allThreadsContinued"`
}

// ThreadEventBody is the body of the thread event.
type ThreadEventBody struct {
	Reason   string `json:"reason"` // "started" or "exited"
	ThreadID int    `json:"threadId"`
}

// OutputEventBody is the body of the output event.
type OutputEventBody struct {
	Category string `json:"category"` // "console", "stdout", "stderr"
	Output   string `json:"output"`
}
