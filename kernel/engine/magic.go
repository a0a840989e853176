package engine

import (
	"context"
	"fmt"
	"os"
	"os/exec"
	"sort"
	"strings"
	"syscall"
	"time"

	"gokernel/kernel"
)

// Magics: a cell whose first line starts with %% is a cell magic, which
// takes the whole cell; lines at the top of a cell that start with % (line
// magics) or ! (shell commands) run first, in order, and the rest of the
// cell runs as Go.

// magic is one magic command.
type magic struct {
	name string
	cell bool // a %% magic
	help string
	run  func(e *Engine, ctx context.Context, m *magicCall) kernel.ExecuteResult
}

// magicCall is one use of a magic.
type magicCall struct {
	args  string // the rest of the magic's line
	body  string // for a cell magic: the lines after the first
	name  string // the cell's name in positions ("cell3")
	count int
	out   kernel.Output
}

func (m *magicCall) print(format string, a ...any) {
	m.out.Stream("stdout", []byte(fmt.Sprintf(format, a...)))
}

// magics lists every magic, in the order %help shows them.
var magics []magic

func init() {
	magics = []magic{
		{name: "help", help: "list the magics", run: (*Engine).magicHelp},
		{name: "time", help: "%time STATEMENT: run a line of Go and print its wall and CPU time", run: (*Engine).magicTime},
		{name: "time", cell: true, help: "%%time: run the cell and print its wall and CPU time", run: (*Engine).magicTime},
		{name: "timeit", help: "%timeit [-n N] [-r R] STATEMENT: time a statement over many loops (best of R repeats)", run: (*Engine).magicTimeit},
		{name: "timeit", cell: true, help: "%%timeit [-n N] [-r R]: time the cell's code over many loops", run: (*Engine).magicTimeit},
		{name: "who", help: "list the names defined in the session", run: (*Engine).magicWho},
		{name: "whos", help: "list the names defined in the session with their kind, type and value", run: (*Engine).magicWhos},
		{name: "reset", help: "forget everything defined (a fresh interpreter; the history stays)", run: (*Engine).magicReset},
		{name: "env", help: "%env: list the environment; %env K: show K; %env K=V or %env K V: set K", run: (*Engine).magicEnv},
		{name: "cd", help: "%cd [DIR]: change the working directory (to $HOME without DIR)", run: (*Engine).magicCd},
		{name: "pwd", help: "print the working directory", run: (*Engine).magicPwd},
		{name: "history", help: "%history [-n] [-o] [-l N]: the inputs of this session (-n: with numbers, -o: with outputs, -l: last N)", run: (*Engine).magicHistory},
		{name: "writefile", cell: true, help: "%%writefile [-a] PATH: write (or -a append) the cell's text to PATH", run: (*Engine).magicWritefile},
		{name: "bash", cell: true, help: "%%bash: run the cell with bash", run: shellMagic("bash")},
		{name: "sh", cell: true, help: "%%sh: run the cell with sh", run: shellMagic("sh")},
		{name: "html", cell: true, help: "%%html: show the cell as HTML", run: mimeMagic("text/html")},
		{name: "markdown", cell: true, help: "%%markdown: show the cell as Markdown", run: mimeMagic("text/markdown")},
		{name: "svg", cell: true, help: "%%svg: show the cell as an SVG image", run: mimeMagic("image/svg+xml")},
		{name: "latex", cell: true, help: "%%latex: show the cell as LaTeX", run: mimeMagic("text/latex")},
		{name: "javascript", cell: true, help: "%%javascript: run the cell as JavaScript in the browser", run: mimeMagic("application/javascript")},
	}
}

// findMagic returns the magic called name.
func findMagic(name string, cell bool) (magic, bool) {
	for _, m := range magics {
		if m.name == name && m.cell == cell {
			return m, true
		}
	}
	return magic{}, false
}

// runMagics runs the magics at the top of code and returns the Go code
// left to run (done is set when nothing is left or a magic failed).
func (e *Engine) runMagics(ctx context.Context, name string, count int, code string, out kernel.Output) (rest string, res kernel.ExecuteResult, done bool) {
	trimmed := strings.TrimLeft(code, " \t\r\n")
	if strings.HasPrefix(trimmed, "%%") {
		first, body, _ := strings.Cut(trimmed, "\n")
		mname, args, _ := strings.Cut(strings.TrimSpace(first[2:]), " ")
		m, ok := findMagic(mname, true)
		if !ok {
			return "", usageError(fmt.Sprintf("unknown cell magic %%%%%s", mname)), true
		}
		return "", m.run(e, ctx, &magicCall{args: strings.TrimSpace(args), body: body, name: name, count: count, out: out}), true
	}
	lines := strings.Split(code, "\n")
	var magicLines []int
	i := 0
	for ; i < len(lines); i++ {
		line := strings.TrimSpace(lines[i])
		switch {
		case line == "", strings.HasPrefix(line, "//"):
			continue // comments may come before the magics, as in IPython
		case strings.HasPrefix(line, "!"):
			magicLines = append(magicLines, i)
			if r := e.shell(ctx, line[1:], out); r.Error != nil {
				return "", r, true
			}
			continue
		case strings.HasPrefix(line, "%"):
			magicLines = append(magicLines, i)
			mname, args, _ := strings.Cut(line[1:], " ")
			m, ok := findMagic(mname, false)
			if !ok {
				return "", usageError(fmt.Sprintf("unknown magic %%%s", mname)), true
			}
			r := m.run(e, ctx, &magicCall{args: strings.TrimSpace(args), name: name, count: count, out: out})
			if r.Error != nil || r.Result != nil {
				return "", r, true
			}
			continue
		}
		break
	}
	if len(magicLines) == 0 {
		return code, kernel.ExecuteResult{}, false
	}
	// Keep the line numbers of the Go code: blank the magic lines.
	for _, j := range magicLines {
		lines[j] = ""
	}
	rest = strings.Join(lines, "\n")
	return rest, kernel.ExecuteResult{}, strings.TrimSpace(rest) == ""
}

// usageError is the error of a magic used wrongly.
func usageError(msg string) kernel.ExecuteResult {
	names := make([]string, 0, len(magics))
	for _, m := range magics {
		p := "%"
		if m.cell {
			p = "%%"
		}
		names = append(names, p+m.name)
	}
	return kernel.ExecuteResult{Error: &kernel.Error{Name: "UsageError", Value: msg,
		Traceback: []string{"UsageError: " + msg, "Magics: " + strings.Join(names, " ") + " and !command (%help explains them)"}}}
}

func (e *Engine) magicHelp(ctx context.Context, m *magicCall) kernel.ExecuteResult {
	var b strings.Builder
	b.WriteString("Magics (on the first lines of a cell):\n")
	for _, mg := range magics {
		p := "%"
		if mg.cell {
			p = "%%"
		}
		fmt.Fprintf(&b, "  %-12s %s\n", p+mg.name, mg.help)
	}
	b.WriteString("  !COMMAND     run a shell command, with its output shown as it comes\n")
	m.print("%s", b.String())
	return kernel.ExecuteResult{}
}

// shell runs a shell command with its output going to the cell.
func (e *Engine) shell(ctx context.Context, command string, out kernel.Output) kernel.ExecuteResult {
	res := e.runCommand(ctx, e.command(ctx, "/bin/sh", "-c", command), "command failed")
	if res.Error != nil && res.Error.Value == "exit status 127" {
		// Not found: maybe Go's ! was meant (!ok).
		res.Error.Traceback = append(res.Error.Traceback,
			"(a cell starting with ! runs a shell command; for Go's not operator, write (!"+command+"))")
	}
	return res
}

// command prepares a command run by a cell: its output goes live to the
// cell (through the process's captured stdout and stderr), and an
// interrupt kills it with every process it started (its process group),
// so that the cell ends at once.
func (e *Engine) command(ctx context.Context, name string, args ...string) *exec.Cmd {
	cmd := exec.CommandContext(ctx, name, args...)
	cmd.Stdout, cmd.Stderr = e.opt.Stdout, e.opt.Stderr
	cmd.SysProcAttr = &syscall.SysProcAttr{Setpgid: true}
	cmd.Cancel = func() error { return syscall.Kill(-cmd.Process.Pid, syscall.SIGKILL) }
	// Stop waiting for output a process left running still writes.
	cmd.WaitDelay = time.Second
	return cmd
}

// runCommand runs cmd and reports how it failed; what names the failure
// in the traceback.
func (e *Engine) runCommand(ctx context.Context, cmd *exec.Cmd, what string) kernel.ExecuteResult {
	err := cmd.Run()
	e.flush()
	if ctx.Err() != nil {
		return kernel.ExecuteResult{Error: interrupted()}
	}
	if err == nil {
		return kernel.ExecuteResult{}
	}
	msg := err.Error()
	if ee, ok := err.(*exec.ExitError); ok && ee.ExitCode() >= 0 {
		msg = fmt.Sprintf("exit status %d", ee.ExitCode())
	}
	return kernel.ExecuteResult{Error: &kernel.Error{Name: "ShellError", Value: msg,
		Traceback: []string{"ShellError: " + what + ": " + msg}}}
}

// shellMagic runs a cell with a shell.
func shellMagic(shell string) func(e *Engine, ctx context.Context, m *magicCall) kernel.ExecuteResult {
	return func(e *Engine, ctx context.Context, m *magicCall) kernel.ExecuteResult {
		cmd := e.command(ctx, shell)
		cmd.Stdin = strings.NewReader(m.body)
		return e.runCommand(ctx, cmd, shell)
	}
}

// mimeMagic shows a cell's text as a MIME type.
func mimeMagic(mime string) func(e *Engine, ctx context.Context, m *magicCall) kernel.ExecuteResult {
	return func(e *Engine, ctx context.Context, m *magicCall) kernel.ExecuteResult {
		m.out.Display(kernel.Display{Bundle: kernel.Bundle{Data: map[string]any{mime: m.body, "text/plain": "<" + mime + ">"}}})
		return kernel.ExecuteResult{}
	}
}

func (e *Engine) magicEnv(ctx context.Context, m *magicCall) kernel.ExecuteResult {
	args := m.args
	switch {
	case args == "":
		env := os.Environ()
		sort.Strings(env)
		m.print("%s\n", strings.Join(env, "\n"))
	case strings.Contains(args, "="):
		k, v, _ := strings.Cut(args, "=")
		return setenv(m, strings.TrimSpace(k), strings.TrimSpace(v))
	case strings.Contains(args, " "):
		k, v, _ := strings.Cut(args, " ")
		return setenv(m, k, strings.TrimSpace(v))
	default:
		v, ok := os.LookupEnv(args)
		if !ok {
			return usageError(fmt.Sprintf("environment variable %s is not set", args))
		}
		m.print("%s\n", v)
	}
	return kernel.ExecuteResult{}
}

func setenv(m *magicCall, k, v string) kernel.ExecuteResult {
	if err := os.Setenv(k, v); err != nil {
		return usageError(err.Error())
	}
	m.print("env: %s=%s\n", k, v)
	return kernel.ExecuteResult{}
}

func (e *Engine) magicCd(ctx context.Context, m *magicCall) kernel.ExecuteResult {
	dir := m.args
	if dir == "" || dir == "~" {
		home, err := os.UserHomeDir()
		if err != nil {
			return usageError(err.Error())
		}
		dir = home
	} else if rest, ok := strings.CutPrefix(dir, "~/"); ok {
		if home, err := os.UserHomeDir(); err == nil {
			dir = home + "/" + rest
		}
	}
	if err := os.Chdir(dir); err != nil {
		return usageError(err.Error())
	}
	return e.magicPwd(ctx, m)
}

func (e *Engine) magicPwd(ctx context.Context, m *magicCall) kernel.ExecuteResult {
	wd, err := os.Getwd()
	if err != nil {
		return usageError(err.Error())
	}
	m.print("%s\n", wd)
	return kernel.ExecuteResult{}
}

func (e *Engine) magicWritefile(ctx context.Context, m *magicCall) kernel.ExecuteResult {
	args := strings.Fields(m.args)
	appendMode := false
	if len(args) > 0 && (args[0] == "-a" || args[0] == "--append") {
		appendMode, args = true, args[1:]
	}
	if len(args) != 1 {
		return usageError("%%writefile [-a] PATH")
	}
	flag := os.O_CREATE | os.O_WRONLY | os.O_TRUNC
	verb := "Writing"
	if appendMode {
		flag = os.O_CREATE | os.O_WRONLY | os.O_APPEND
		verb = "Appending to"
	} else if _, err := os.Stat(args[0]); err == nil {
		verb = "Overwriting"
	}
	f, err := os.OpenFile(args[0], flag, 0o644)
	if err != nil {
		return usageError(err.Error())
	}
	body := m.body
	if body != "" && !strings.HasSuffix(body, "\n") {
		body += "\n"
	}
	_, err = f.WriteString(body)
	if cerr := f.Close(); err == nil {
		err = cerr
	}
	if err != nil {
		return usageError(err.Error())
	}
	m.print("%s %s\n", verb, args[0])
	return kernel.ExecuteResult{}
}

func (e *Engine) magicHistory(ctx context.Context, m *magicCall) kernel.ExecuteResult {
	if e.hist == nil {
		return usageError("no history available")
	}
	numbers, outputs, last := false, false, 0
	args := strings.Fields(m.args)
	for i := 0; i < len(args); i++ {
		switch args[i] {
		case "-n":
			numbers = true
		case "-o":
			outputs = true
		case "-l":
			if i+1 < len(args) {
				fmt.Sscan(args[i+1], &last)
				i++
			}
		default:
			return usageError("%history [-n] [-o] [-l N]")
		}
	}
	entries := e.hist.Tail(0, outputs)
	var mine []kernel.HistoryEntry
	if len(entries) > 0 {
		session := entries[len(entries)-1].Session
		for _, h := range entries {
			if h.Session == session && h.Line != m.count {
				mine = append(mine, h)
			}
		}
	}
	if last > 0 && len(mine) > last {
		mine = mine[len(mine)-last:]
	}
	var b strings.Builder
	for _, h := range mine {
		if numbers {
			fmt.Fprintf(&b, "%3d: ", h.Line)
			b.WriteString(strings.ReplaceAll(h.Input, "\n", "\n     "))
		} else {
			b.WriteString(h.Input)
		}
		b.WriteString("\n")
		if outputs && h.Output != "" {
			fmt.Fprintf(&b, "Out[%d]: %s\n", h.Line, h.Output)
		}
	}
	m.print("%s", b.String())
	return kernel.ExecuteResult{}
}
