package notebook

import (
	"bytes"
	"encoding/json"
	"fmt"
	"strings"
)

// Cell types.
const (
	CellCode     = "code"
	CellMarkdown = "markdown"
	CellRaw      = "raw"
)

// Output types.
const (
	OutputStream        = "stream"
	OutputDisplayData   = "display_data"
	OutputExecuteResult = "execute_result"
	OutputError         = "error"
)

// Tags with a meaning for [Run] (the conventions of nbclient).
const (
	// TagRaisesException marks a code cell that must fail.
	TagRaisesException = "raises-exception"
	// TagSkipExecution marks a code cell that is not run.
	TagSkipExecution = "skip-execution"
)

// Notebook is an nbformat 4 notebook.
type Notebook struct {
	// Metadata is the notebook's metadata (kernelspec, language_info, and
	// whatever else tools put there), kept as decoded.
	Metadata map[string]any
	// Format and FormatMinor are nbformat and nbformat_minor.
	Format, FormatMinor int
	Cells               []*Cell
	// Extra holds top-level fields this package does not know.
	Extra map[string]any
}

// Cell is one cell of a notebook.
type Cell struct {
	// Type is CellCode, CellMarkdown, CellRaw, or another type, which is
	// kept but never run.
	Type string
	// ID is the cell's id (nbformat 4.5); empty when the file has none.
	ID       string
	Metadata map[string]any
	// Source is the cell's text.
	Source string
	// Attachments maps attachment names to MIME bundles (markdown and raw
	// cells); nil when the file has none.
	Attachments map[string]map[string]any
	// ExecutionCount is the In[n] number of a code cell; nil when the cell
	// has not run.
	ExecutionCount *int
	// Outputs are what a code cell produced.
	Outputs []*Output
	// Extra holds fields this package does not know for the cell's type.
	Extra map[string]any
}

// Output is one output of a code cell. Which fields are used depends on
// Type.
type Output struct {
	// Type is one of OutputStream, OutputDisplayData, OutputExecuteResult,
	// OutputError; other types are kept as they are.
	Type string
	// Name ("stdout" or "stderr") and Text are a stream's.
	Name string
	Text string
	// Data and Metadata are the MIME bundle of a display_data or
	// execute_result. Multi-line text values are single strings.
	Data     map[string]any
	Metadata map[string]any
	// ExecutionCount is an execute_result's.
	ExecutionCount *int
	// EName, EValue and Traceback are an error's.
	EName     string
	EValue    string
	Traceback []string
	// Extra holds fields this package does not know for the output's type.
	Extra map[string]any
}

// Tags returns the cell's metadata.tags, ignoring entries that are not
// strings.
func (c *Cell) Tags() []string {
	list, _ := c.Metadata["tags"].([]any)
	var tags []string
	for _, t := range list {
		if s, ok := t.(string); ok {
			tags = append(tags, s)
		}
	}
	if tags == nil {
		// Set programmatically rather than decoded.
		tags, _ = c.Metadata["tags"].([]string)
	}
	return tags
}

// HasTag reports whether the cell's metadata.tags holds tag.
func (c *Cell) HasTag(tag string) bool {
	for _, t := range c.Tags() {
		if t == tag {
			return true
		}
	}
	return false
}

// Unmarshal decodes an nbformat 4 notebook from JSON.
func Unmarshal(data []byte) (*Notebook, error) {
	var fields map[string]json.RawMessage
	if err := json.Unmarshal(data, &fields); err != nil {
		return nil, fmt.Errorf("notebook: decode: %w", err)
	}
	if fields == nil {
		return nil, fmt.Errorf("notebook: decode: not a JSON object")
	}
	nb := &Notebook{}
	if err := decodeField(fields, "nbformat", &nb.Format); err != nil {
		return nil, err
	}
	if nb.Format != 4 {
		return nil, fmt.Errorf("notebook: unsupported nbformat %d, want 4", nb.Format)
	}
	if err := decodeField(fields, "nbformat_minor", &nb.FormatMinor); err != nil {
		return nil, err
	}
	var err error
	if nb.Metadata, err = decodeMap(fields, "metadata"); err != nil {
		return nil, err
	}
	var cells []json.RawMessage
	if _, ok := fields["cells"]; !ok {
		return nil, fmt.Errorf("notebook: decode: no cells")
	}
	if err := decodeField(fields, "cells", &cells); err != nil {
		return nil, err
	}
	nb.Cells = make([]*Cell, len(cells))
	for i, raw := range cells {
		if nb.Cells[i], err = decodeCell(raw); err != nil {
			return nil, fmt.Errorf("notebook: decode cell %d: %w", i, err)
		}
	}
	if nb.Extra, err = decodeExtra(fields); err != nil {
		return nil, err
	}
	return nb, nil
}

// decodeCell decodes one cell.
func decodeCell(data []byte) (*Cell, error) {
	var fields map[string]json.RawMessage
	if err := json.Unmarshal(data, &fields); err != nil {
		return nil, err
	}
	if fields == nil {
		return nil, fmt.Errorf("not a JSON object")
	}
	c := &Cell{}
	if err := decodeField(fields, "cell_type", &c.Type); err != nil {
		return nil, err
	}
	if c.Type == "" {
		return nil, fmt.Errorf("no cell_type")
	}
	if err := decodeField(fields, "id", &c.ID); err != nil {
		return nil, err
	}
	var err error
	if c.Metadata, err = decodeMap(fields, "metadata"); err != nil {
		return nil, err
	}
	if c.Source, err = decodeMultiline(fields, "source"); err != nil {
		return nil, err
	}
	if _, ok := fields["attachments"]; ok {
		atts, err := decodeMap(fields, "attachments")
		if err != nil {
			return nil, err
		}
		c.Attachments = make(map[string]map[string]any, len(atts))
		for name, v := range atts {
			bundle, ok := v.(map[string]any)
			if !ok {
				return nil, fmt.Errorf("decode attachment %q: not a JSON object", name)
			}
			c.Attachments[name] = joinBundle(bundle)
		}
	}
	if c.Type == CellCode {
		if err := decodeField(fields, "execution_count", &c.ExecutionCount); err != nil {
			return nil, err
		}
		var outs []json.RawMessage
		if err := decodeField(fields, "outputs", &outs); err != nil {
			return nil, err
		}
		c.Outputs = make([]*Output, len(outs))
		for i, raw := range outs {
			if c.Outputs[i], err = decodeOutput(raw); err != nil {
				return nil, fmt.Errorf("decode output %d: %w", i, err)
			}
		}
	}
	if c.Extra, err = decodeExtra(fields); err != nil {
		return nil, err
	}
	return c, nil
}

// decodeOutput decodes one output of a code cell.
func decodeOutput(data []byte) (*Output, error) {
	var fields map[string]json.RawMessage
	if err := json.Unmarshal(data, &fields); err != nil {
		return nil, err
	}
	if fields == nil {
		return nil, fmt.Errorf("not a JSON object")
	}
	o := &Output{}
	if err := decodeField(fields, "output_type", &o.Type); err != nil {
		return nil, err
	}
	var err error
	switch o.Type {
	case "":
		return nil, fmt.Errorf("no output_type")
	case OutputStream:
		if err := decodeField(fields, "name", &o.Name); err != nil {
			return nil, err
		}
		if o.Text, err = decodeMultiline(fields, "text"); err != nil {
			return nil, err
		}
	case OutputDisplayData, OutputExecuteResult:
		if o.Data, err = decodeMap(fields, "data"); err != nil {
			return nil, err
		}
		o.Data = joinBundle(o.Data)
		if o.Metadata, err = decodeMap(fields, "metadata"); err != nil {
			return nil, err
		}
		if o.Type == OutputExecuteResult {
			if err := decodeField(fields, "execution_count", &o.ExecutionCount); err != nil {
				return nil, err
			}
		}
	case OutputError:
		if err := decodeField(fields, "ename", &o.EName); err != nil {
			return nil, err
		}
		if err := decodeField(fields, "evalue", &o.EValue); err != nil {
			return nil, err
		}
		if err := decodeField(fields, "traceback", &o.Traceback); err != nil {
			return nil, err
		}
	}
	if o.Extra, err = decodeExtra(fields); err != nil {
		return nil, err
	}
	return o, nil
}

// decodeField decodes fields[key] into dst, if present, and removes it
// from fields, so that what remains is unknown.
func decodeField(fields map[string]json.RawMessage, key string, dst any) error {
	raw, ok := fields[key]
	if !ok {
		return nil
	}
	delete(fields, key)
	if err := json.Unmarshal(raw, dst); err != nil {
		return fmt.Errorf("decode %s: %w", key, err)
	}
	return nil
}

// decodeMap decodes the object fields[key] with numbers kept as spelled.
// A missing or null value gives nil.
func decodeMap(fields map[string]json.RawMessage, key string) (map[string]any, error) {
	raw, ok := fields[key]
	if !ok {
		return nil, nil
	}
	delete(fields, key)
	v, err := decodeValue(raw)
	if err != nil {
		return nil, fmt.Errorf("decode %s: %w", key, err)
	}
	if v == nil {
		return nil, nil
	}
	m, ok := v.(map[string]any)
	if !ok {
		return nil, fmt.Errorf("decode %s: not a JSON object", key)
	}
	return m, nil
}

// decodeExtra decodes the fields left over.
func decodeExtra(fields map[string]json.RawMessage) (map[string]any, error) {
	if len(fields) == 0 {
		return nil, nil
	}
	extra := make(map[string]any, len(fields))
	for k, raw := range fields {
		v, err := decodeValue(raw)
		if err != nil {
			return nil, fmt.Errorf("decode %s: %w", k, err)
		}
		extra[k] = v
	}
	return extra, nil
}

// decodeValue decodes any JSON value, keeping numbers as json.Number.
func decodeValue(raw []byte) (any, error) {
	d := json.NewDecoder(bytes.NewReader(raw))
	d.UseNumber()
	var v any
	if err := d.Decode(&v); err != nil {
		return nil, err
	}
	return v, nil
}

// decodeMultiline decodes fields[key], a string or a list of strings, into
// one string.
func decodeMultiline(fields map[string]json.RawMessage, key string) (string, error) {
	raw, ok := fields[key]
	if !ok {
		return "", nil
	}
	delete(fields, key)
	var s string
	if err := json.Unmarshal(raw, &s); err == nil {
		return s, nil
	}
	var lines []string
	if err := json.Unmarshal(raw, &lines); err != nil {
		return "", fmt.Errorf("decode %s: want a string or a list of strings", key)
	}
	return strings.Join(lines, ""), nil
}

// joinBundle joins the lists of strings of a MIME bundle into strings,
// except for JSON types, as nbformat does when reading.
func joinBundle(data map[string]any) map[string]any {
	for mime, v := range data {
		list, ok := v.([]any)
		if !ok || isJSONMime(mime) {
			continue
		}
		var b strings.Builder
		joined := true
		for _, line := range list {
			s, ok := line.(string)
			if !ok {
				joined = false
				break
			}
			b.WriteString(s)
		}
		if joined {
			data[mime] = b.String()
		}
	}
	return data
}

// isJSONMime reports whether values of MIME type mime are JSON data, never
// joined or split.
func isJSONMime(mime string) bool {
	return mime == "application/json" || strings.HasPrefix(mime, "application/") && strings.HasSuffix(mime, "+json")
}

// splitMime reports whether string values of MIME type mime are written as
// lists of lines.
func splitMime(mime string) bool {
	return strings.HasPrefix(mime, "text/") || mime == "application/javascript" || mime == "image/svg+xml"
}
