package kernel

import (
	"context"
	"encoding/json"
	"fmt"
	"time"
)

// decode unmarshals the request's content into v; on failure it answers with
// an error reply and returns false.
func (r *request) decode(v any) bool {
	err := json.Unmarshal(r.msg.Content, v)
	if err != nil {
		r.badRequest(fmt.Errorf("malformed %s content: %w", r.msg.Header.MsgType, err))
		return false
	}
	return true
}

// badRequest answers a request whose content is unusable.
func (r *request) badRequest(err error) {
	r.s.log.Warn("bad request", "msg_type", r.msg.Header.MsgType, "err", err)
	r.reply(replyType(r.msg.Header.MsgType), errorReply{
		Status: "error", Ename: "BadRequest", Evalue: err.Error(), Traceback: []string{err.Error()},
	})
}

func (r *request) kernelInfo(ctx context.Context) {
	info := r.s.cfg.Engine.Info()
	_, dbg := r.s.cfg.Engine.(Debugger)
	links := info.HelpLinks
	if links == nil {
		links = []HelpLink{}
	}
	r.reply("kernel_info_reply", kernelInfoReply{
		Status:                "ok",
		ProtocolVersion:       ProtocolVersion,
		Implementation:        info.Implementation,
		ImplementationVersion: info.Version,
		LanguageInfo:          info.Language,
		Banner:                info.Banner,
		HelpLinks:             links,
		Debugger:              dbg,
	})
}

func (r *request) complete(ctx context.Context) {
	var req completeRequest
	if !r.decode(&req) {
		return
	}
	if req.Code == nil {
		r.badRequest(fmt.Errorf("complete_request without code"))
		return
	}
	code := *req.Code
	cursor := len([]rune(code))
	if req.CursorPos != nil {
		cursor = *req.CursorPos
	}
	bc := byteOffset(code, cursor)
	c := r.s.cfg.Engine.Complete(ctx, code, bc)
	matches := c.Matches
	if matches == nil {
		matches = []string{}
	}
	meta := map[string]any{}
	if len(c.Types) > 0 {
		types := make([]CompletionType, len(c.Types))
		for i, t := range c.Types {
			t.Start = runeOffset(code, t.Start)
			t.End = runeOffset(code, t.End)
			types[i] = t
		}
		meta["_jupyter_types_experimental"] = types
	}
	start, end := c.CursorStart, c.CursorEnd
	if len(c.Matches) == 0 {
		start, end = bc, bc
	}
	r.reply("complete_reply", completeReply{
		Status:      "ok",
		Matches:     matches,
		CursorStart: runeOffset(code, start),
		CursorEnd:   runeOffset(code, end),
		Metadata:    meta,
	})
}

func (r *request) inspect(ctx context.Context) {
	var req inspectRequest
	if !r.decode(&req) {
		return
	}
	if req.Code == nil {
		r.badRequest(fmt.Errorf("inspect_request without code"))
		return
	}
	code := *req.Code
	cursor := len([]rune(code))
	if req.CursorPos != nil {
		cursor = *req.CursorPos
	}
	in := r.s.cfg.Engine.Inspect(ctx, code, byteOffset(code, cursor), req.DetailLevel)
	data, meta := in.Data, in.Metadata
	if data == nil || !in.Found {
		data = map[string]any{}
	}
	if meta == nil || !in.Found {
		meta = map[string]any{}
	}
	r.reply("inspect_reply", inspectReply{Status: "ok", Found: in.Found, Data: data, Metadata: meta})
}

func (r *request) isComplete(ctx context.Context) {
	var req isCompleteRequest
	if !r.decode(&req) {
		return
	}
	if req.Code == nil {
		r.badRequest(fmt.Errorf("is_complete_request without code"))
		return
	}
	ic := r.s.cfg.Engine.IsComplete(*req.Code)
	rep := isCompleteReply{Status: ic.Status}
	if ic.Status == "incomplete" {
		rep.Indent = ic.Indent
	}
	if rep.Status == "" {
		rep.Status = "unknown"
	}
	r.reply("is_complete_reply", rep)
}

func (r *request) commInfo(ctx context.Context) {
	var req commInfoRequest
	if !r.decode(&req) {
		return
	}
	r.reply("comm_info_reply", commInfoReply{Status: "ok", Comms: map[string]commTarget{}})
}

// commOpen closes every comm at once: the kernel registers no comm targets.
func (r *request) commOpen(ctx context.Context) {
	var req commOpen
	if !r.decode(&req) {
		return
	}
	if req.CommID == "" {
		r.s.log.Warn("comm_open without comm_id")
		return
	}
	r.s.log.Debug("closing comm for unknown target", "target", req.TargetName)
	r.s.iopub.send(r.msg, "comm_close", commClose{CommID: req.CommID, Data: map[string]any{}})
}

func (r *request) commIgnore(ctx context.Context) {}

func (r *request) interrupt(ctx context.Context) {
	r.s.interruptCell()
	r.reply("interrupt_reply", interruptReply{Status: "ok"})
}

func (r *request) shutdownReq(ctx context.Context) {
	var req shutdownRequest
	if !r.decode(&req) {
		return
	}
	r.s.interruptCell()
	rep := shutdownReply{Status: "ok", Restart: req.Restart}
	r.reply("shutdown_reply", rep)
	r.s.iopub.send(r.msg, "shutdown_reply", rep)
	r.s.requestShutdown()
}

// debug forwards a DAP request to the engine's debugger.
func (r *request) debug(ctx context.Context) {
	d, ok := r.s.cfg.Engine.(Debugger)
	if !ok {
		var req struct {
			Seq     int    `json:"seq"`
			Command string `json:"command"`
		}
		_ = json.Unmarshal(r.msg.Content, &req)
		r.reply("debug_reply", map[string]any{
			"type": "response", "seq": 0, "request_seq": req.Seq, "success": false,
			"command": req.Command, "message": "this kernel has no debugger",
		})
		return
	}
	emit := func(event []byte) {
		r.s.iopub.send(r.msg, "debug_event", json.RawMessage(event))
	}
	rep := d.Debug(ctx, r.msg.Content, emit)
	if !json.Valid(rep) {
		rep = []byte("{}")
	}
	r.reply("debug_reply", json.RawMessage(rep))
}

func (r *request) history(ctx context.Context) {
	var req historyRequest
	if !r.decode(&req) {
		return
	}
	var entries []HistoryEntry
	h := r.s.hist
	switch req.HistAccessType {
	case "tail":
		entries = h.Tail(req.N, req.Output)
	case "range":
		session := req.Session
		if session <= 0 {
			session = h.Session() + session // 0 is the current session, -1 the one before
		}
		entries = h.Range(session, req.Start, req.Stop, req.Output)
	case "search":
		entries = h.Search(req.Pattern, req.N, req.Unique, req.Output)
	}
	items := make([]any, 0, len(entries))
	for _, e := range entries {
		if req.Output {
			var out any
			if e.Output != "" {
				out = e.Output
			}
			items = append(items, []any{e.Session, e.Line, []any{e.Input, out}})
		} else {
			items = append(items, []any{e.Session, e.Line, e.Input})
		}
	}
	r.reply("history_reply", historyReply{Status: "ok", History: items})
}

// execute runs a cell.
func (r *request) execute(ctx context.Context) {
	s := r.s
	var req executeRequest
	if !r.decode(&req) {
		return
	}
	if req.Code == nil {
		r.badRequest(fmt.Errorf("execute_request without code"))
		return
	}
	storeHistory := !req.Silent && (req.StoreHistory == nil || *req.StoreHistory)
	stopOnError := req.StopOnError == nil || *req.StopOnError
	allowStdin := req.AllowStdin == nil || *req.AllowStdin

	s.mu.Lock()
	if r.at.Before(s.abortTo) {
		count := s.count
		s.mu.Unlock()
		r.reply("execute_reply", abortedReply{Status: "aborted", ExecutionCount: count})
		return
	}
	if storeHistory {
		s.count++
	}
	count := s.count
	cellCtx, cancel := context.WithCancel(ctx)
	s.cancel = cancel
	s.mu.Unlock()
	defer func() {
		s.mu.Lock()
		s.cancel = nil
		s.mu.Unlock()
		cancel()
	}()

	if storeHistory {
		s.hist.Add(count, *req.Code)
	}
	if !req.Silent {
		s.iopub.send(r.msg, "execute_input", executeInput{Code: *req.Code, ExecutionCount: count})
	}
	out := &cellOutput{s: s, parent: r.msg, allowStdin: allowStdin}
	res := s.cfg.Engine.Execute(cellCtx, ExecuteRequest{
		Code:            *req.Code,
		Silent:          req.Silent,
		StoreHistory:    storeHistory,
		AllowStdin:      allowStdin,
		UserExpressions: req.UserExpressions,
		Count:           count,
	}, out)

	if res.Result != nil && !req.Silent {
		s.iopub.send(r.msg, "execute_result", executeResultContent{
			ExecutionCount: count, Data: nonNil(res.Result.Data), Metadata: nonNil(res.Result.Metadata),
		})
		if storeHistory {
			if text, ok := res.Result.Data["text/plain"].(string); ok {
				s.hist.SetOutput(count, text)
			}
		}
	}
	if res.NotRun && storeHistory {
		// The cell changed nothing: its number goes to the next cell.
		s.mu.Lock()
		if s.count == count {
			s.count--
		}
		s.mu.Unlock()
	}
	if e := res.Error; e != nil {
		tb := e.Traceback
		if tb == nil {
			tb = []string{}
		}
		s.iopub.send(r.msg, "error", errorContent{Ename: e.Name, Evalue: e.Value, Traceback: tb})
		r.reply("execute_reply", executeReply{
			Status: "error", ExecutionCount: count, Payload: []any{},
			UserExpressions: map[string]userExprResult{},
			Ename:           e.Name, Evalue: e.Value, Traceback: tb,
		})
		if stopOnError {
			s.mu.Lock()
			s.abortTo = time.Now()
			s.mu.Unlock()
		}
		return
	}
	s.iopub.flush()
	r.reply("execute_reply", executeReply{
		Status: "ok", ExecutionCount: count, Payload: []any{},
		UserExpressions: userExpressions(res.UserExpressions),
	})
}

func userExpressions(in map[string]UserExpression) map[string]userExprResult {
	out := make(map[string]userExprResult, len(in))
	for k, v := range in {
		switch {
		case v.Error != nil:
			tb := v.Error.Traceback
			if tb == nil {
				tb = []string{}
			}
			out[k] = userExprResult{Status: "error", Ename: v.Error.Name, Evalue: v.Error.Value, Traceback: tb}
		case v.Bundle != nil:
			out[k] = userExprResult{Status: "ok", Data: nonNil(v.Bundle.Data), Metadata: nonNil(v.Bundle.Metadata)}
		default:
			out[k] = userExprResult{Status: "ok", Data: map[string]any{}, Metadata: map[string]any{}}
		}
	}
	return out
}

func nonNil(m map[string]any) map[string]any {
	if m == nil {
		return map[string]any{}
	}
	return m
}

// byteOffset converts a position in Unicode code points (the protocol's
// unit) into a byte offset of s, clamped to s.
func byteOffset(s string, runes int) int {
	if runes <= 0 {
		return 0
	}
	n := 0
	for i := range s {
		if n == runes {
			return i
		}
		n++
	}
	return len(s)
}

// runeOffset converts a byte offset of s into code points.
func runeOffset(s string, b int) int {
	if b <= 0 {
		return 0
	}
	if b > len(s) {
		b = len(s)
	}
	n := 0
	for i := range s {
		if i >= b {
			break
		}
		n++
	}
	return n
}
