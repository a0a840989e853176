package e2e

import (
	"encoding/json"
	"fmt"
	"os"
)

// The records e2e/jupyterlab/run_many.py writes: what JupyterLab rendered,
// read back from the page (see e2e/jupyterlab/README.md, run_notebook).

// labRecord is one notebook run in JupyterLab.
type labRecord struct {
	Notebook        string        `json:"notebook"`
	Error           string        `json:"error"`
	ErrorScreenshot string        `json:"error_screenshot"`
	ServerLogTail   string        `json:"server_log_tail"`
	Timings         labTimings    `json:"timings"`
	KernelInfo      labKernelInfo `json:"kernel_info"`
	RunAll          struct {
		OK    *bool   `json:"ok"`
		Error *string `json:"error"`
	} `json:"run_all"`
	AllExecuted   bool      `json:"all_executed"`
	Highlighted   bool      `json:"highlighted"`
	ModesSettled  bool      `json:"modes_settled"`
	KernelStatus  string    `json:"kernel_status"`
	Screenshots   []string  `json:"screenshots"`
	BrowserErrors []string  `json:"browser_errors"`
	BugButton     labButton `json:"bug_button"`
	// Stdin lists the input requests the driver answered (with "gopher").
	Stdin    []labStdin `json:"stdin"`
	Cells    []labCell  `json:"cells"`
	ElapsedS float64    `json:"elapsed_s"`
}

// labTimings are seconds from navigation.
type labTimings struct {
	LabReadyS   float64 `json:"lab_ready_s"`
	KernelIdleS float64 `json:"kernel_idle_s"`
	RunAllS     float64 `json:"run_all_s"`
}

// labKernelInfo is the live kernel_info_reply and kernelspec as the page
// saw them.
type labKernelInfo struct {
	LanguageInfo struct {
		Name           string          `json:"name"`
		Mimetype       string          `json:"mimetype"`
		CodemirrorMode json.RawMessage `json:"codemirror_mode"`
	} `json:"language_info"`
	Implementation string `json:"implementation"`
	// Debugger is kernel_info_reply.debugger; nil when the key is absent.
	Debugger     *bool  `json:"debugger"`
	CodeMimetype string `json:"code_mimetype"`
	Spec         *struct {
		Name     string `json:"name"`
		Metadata struct {
			Debugger bool `json:"debugger"`
		} `json:"metadata"`
	} `json:"spec"`
}

// labStdin is an input box (input_request) that JupyterLab showed.
type labStdin struct {
	Cell     int    `json:"cell"`
	Prompt   string `json:"prompt"`
	Password bool   `json:"password"`
}

// labButton is the debugger toggle in the notebook toolbar.
type labButton struct {
	Present bool   `json:"present"`
	Enabled bool   `json:"enabled"`
	Pressed bool   `json:"pressed"`
	Title   string `json:"title"`
}

// labCell is one cell as rendered.
type labCell struct {
	Index          int          `json:"index"`
	CellType       string       `json:"cell_type"`
	Source         string       `json:"source"`
	ExecutionCount *int         `json:"execution_count"`
	Prompt         string       `json:"prompt"`
	Highlight      labHighlight `json:"highlight"`
	Outputs        []labOutput  `json:"outputs"`
	// Rendered and HTML are a markdown cell's.
	Rendered bool   `json:"rendered"`
	HTML     string `json:"html"`
}

// labHighlight is the state of a code cell's CodeMirror editor.
type labHighlight struct {
	Mimetype     string      `json:"mimetype"`
	Mode         string      `json:"mode"`
	ExpectedMode string      `json:"expected_mode"`
	Highlighted  bool        `json:"highlighted"`
	TokenClasses []string    `json:"token_classes"`
	Tokens       [][2]string `json:"tokens"` // [class, text] of the first 60 spans
}

// labOutput is one output of a code cell as JupyterLab's output model holds
// it and as its DOM node shows it.
type labOutput struct {
	Index      int    `json:"index"`
	OutputType string `json:"output_type"`
	// Kind is "stream", "error", or the MIME type JupyterLab chose to render.
	Kind     string   `json:"kind"`
	Name     string   `json:"name"`
	EName    string   `json:"ename"`
	EValue   string   `json:"evalue"`
	Mimes    []string `json:"mimes"`
	Rendered bool     `json:"rendered"`
	DOMMime  *string  `json:"dom_mime"`
	// Text is the node's innerText (at most 20000 characters).
	Text  string    `json:"text"`
	HTML  string    `json:"html"`
	Image *labImage `json:"image"`
	SVG   bool      `json:"svg"`
}

// labImage is the natural size of a rendered <img>.
type labImage struct {
	Width    int  `json:"width"`
	Height   int  `json:"height"`
	Complete bool `json:"complete"`
}

// labSummary is run_many.py's summary.json.
type labSummary struct {
	Kernel       string  `json:"kernel"`
	Error        string  `json:"error"`
	ServerStartS float64 `json:"server_start_s"`
	ElapsedS     float64 `json:"elapsed_s"`
	Notebooks    []struct {
		Notebook string `json:"notebook"`
		Record   string `json:"record"`
		Error    string `json:"error"`
	} `json:"notebooks"`
}

// readJSON decodes the JSON file name into v.
func readJSON(name string, v any) error {
	data, err := os.ReadFile(name)
	if err != nil {
		return err
	}
	if err := json.Unmarshal(data, v); err != nil {
		return fmt.Errorf("decoding %s: %w", name, err)
	}
	return nil
}
