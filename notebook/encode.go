package notebook

import (
	"bytes"
	"encoding/json"
	"fmt"
	"math"
	"sort"
	"strconv"
	"strings"
	"unicode/utf8"
)

// Marshal encodes nb as nbformat writes it: one-space indented JSON with
// sorted keys, unescaped non-ASCII text, multi-line strings split into
// lists of lines, and a trailing newline.
func Marshal(nb *Notebook) ([]byte, error) {
	v, err := nb.value()
	if err != nil {
		return nil, fmt.Errorf("notebook: encode: %w", err)
	}
	var b bytes.Buffer
	if err := encodeValue(&b, v, 0); err != nil {
		return nil, fmt.Errorf("notebook: encode: %w", err)
	}
	b.WriteByte('\n')
	return b.Bytes(), nil
}

// value returns the notebook as JSON-like values for encodeValue.
func (nb *Notebook) value() (map[string]any, error) {
	m := withExtra(nb.Extra)
	cells := make([]any, len(nb.Cells))
	for i, c := range nb.Cells {
		if c == nil {
			return nil, fmt.Errorf("cell %d is nil", i)
		}
		v, err := c.value()
		if err != nil {
			return nil, fmt.Errorf("cell %d: %w", i, err)
		}
		cells[i] = v
	}
	m["cells"] = cells
	m["metadata"] = nonNilMap(nb.Metadata)
	m["nbformat"] = nb.Format
	m["nbformat_minor"] = nb.FormatMinor
	return m, nil
}

// value returns the cell as JSON-like values.
func (c *Cell) value() (map[string]any, error) {
	m := withExtra(c.Extra)
	m["cell_type"] = c.Type
	if c.ID != "" {
		m["id"] = c.ID
	}
	m["metadata"] = nonNilMap(c.Metadata)
	m["source"] = splitLines(c.Source)
	if c.Attachments != nil {
		atts := make(map[string]any, len(c.Attachments))
		for name, bundle := range c.Attachments {
			atts[name] = splitBundle(bundle)
		}
		m["attachments"] = atts
	}
	if c.Type == CellCode {
		m["execution_count"] = c.ExecutionCount
		outs := make([]any, len(c.Outputs))
		for i, o := range c.Outputs {
			if o == nil {
				return nil, fmt.Errorf("output %d is nil", i)
			}
			outs[i] = o.value()
		}
		m["outputs"] = outs
	}
	return m, nil
}

// value returns the output as JSON-like values.
func (o *Output) value() map[string]any {
	m := withExtra(o.Extra)
	m["output_type"] = o.Type
	switch o.Type {
	case OutputStream:
		m["name"] = o.Name
		m["text"] = splitLines(o.Text)
	case OutputDisplayData, OutputExecuteResult:
		m["data"] = splitBundle(o.Data)
		m["metadata"] = nonNilMap(o.Metadata)
		if o.Type == OutputExecuteResult {
			m["execution_count"] = o.ExecutionCount
		}
	case OutputError:
		m["ename"] = o.EName
		m["evalue"] = o.EValue
		tb := o.Traceback
		if tb == nil {
			tb = []string{}
		}
		m["traceback"] = tb
	}
	return m
}

// withExtra returns a new map holding extra's entries.
func withExtra(extra map[string]any) map[string]any {
	m := make(map[string]any, len(extra)+6)
	for k, v := range extra {
		m[k] = v
	}
	return m
}

// nonNilMap returns m, or an empty map for nil.
func nonNilMap(m map[string]any) map[string]any {
	if m == nil {
		return map[string]any{}
	}
	return m
}

// splitBundle returns a copy of a MIME bundle with its multi-line strings
// split as nbformat splits them.
func splitBundle(data map[string]any) map[string]any {
	out := make(map[string]any, len(data))
	for mime, v := range data {
		if s, ok := v.(string); ok && splitMime(mime) {
			out[mime] = splitLines(s)
			continue
		}
		out[mime] = v
	}
	return out
}

// splitLines splits s after each line boundary, as Python's
// str.splitlines(keepends=True) does: \n, \r, \r\n, \v, \f, \x1c, \x1d,
// \x1e, U+0085, U+2028 and U+2029 end lines. The result is never nil.
func splitLines(s string) []string {
	lines := []string{}
	start := 0
	for i := 0; i < len(s); {
		r, size := utf8.DecodeRuneInString(s[i:])
		end := -1
		switch r {
		case '\r':
			end = i + 1
			if end < len(s) && s[end] == '\n' {
				end++
			}
		case '\n', '\v', '\f', 0x1c, 0x1d, 0x1e, 0x85, 0x2028, 0x2029:
			end = i + size
		}
		if end < 0 {
			i += size
			continue
		}
		lines = append(lines, s[start:end])
		start, i = end, end
	}
	if start < len(s) {
		lines = append(lines, s[start:])
	}
	return lines
}

// encodeValue writes v as Python's json.dumps(v, indent=1, sort_keys=True,
// ensure_ascii=False, separators=(",", ": ")) would, at nesting depth.
func encodeValue(b *bytes.Buffer, v any, depth int) error {
	switch v := v.(type) {
	case nil:
		b.WriteString("null")
	case bool:
		b.WriteString(strconv.FormatBool(v))
	case string:
		writeString(b, v)
	case int:
		b.WriteString(strconv.Itoa(v))
	case *int:
		if v == nil {
			b.WriteString("null")
		} else {
			b.WriteString(strconv.Itoa(*v))
		}
	case float64:
		s, err := pyFloat(v)
		if err != nil {
			return err
		}
		b.WriteString(s)
	case json.Number:
		if !isNumber(string(v)) {
			return fmt.Errorf("invalid number %q", string(v))
		}
		b.WriteString(string(v))
	case []string:
		return encodeList(b, len(v), depth, func(i int) error { writeString(b, v[i]); return nil })
	case []any:
		return encodeList(b, len(v), depth, func(i int) error { return encodeValue(b, v[i], depth+1) })
	case map[string]any:
		if len(v) == 0 {
			b.WriteString("{}")
			return nil
		}
		keys := make([]string, 0, len(v))
		for k := range v {
			keys = append(keys, k)
		}
		sort.Strings(keys) // byte order of UTF-8 is code point order, as Python sorts
		b.WriteString("{\n")
		for i, k := range keys {
			if i > 0 {
				b.WriteString(",\n")
			}
			indent(b, depth+1)
			writeString(b, k)
			b.WriteString(": ")
			if err := encodeValue(b, v[k], depth+1); err != nil {
				return err
			}
		}
		b.WriteByte('\n')
		indent(b, depth)
		b.WriteByte('}')
	default:
		// Anything else (structs, typed maps and slices, other numbers):
		// through encoding/json, then as the values it gives.
		data, err := json.Marshal(v)
		if err != nil {
			return err
		}
		g, err := decodeValue(data)
		if err != nil {
			return err
		}
		return encodeValue(b, g, depth)
	}
	return nil
}

// encodeList writes a list of n elements, each written by elem.
func encodeList(b *bytes.Buffer, n, depth int, elem func(i int) error) error {
	if n == 0 {
		b.WriteString("[]")
		return nil
	}
	b.WriteString("[\n")
	for i := 0; i < n; i++ {
		if i > 0 {
			b.WriteString(",\n")
		}
		indent(b, depth+1)
		if err := elem(i); err != nil {
			return err
		}
	}
	b.WriteByte('\n')
	indent(b, depth)
	b.WriteByte(']')
	return nil
}

// indent writes depth spaces.
func indent(b *bytes.Buffer, depth int) {
	for range depth {
		b.WriteByte(' ')
	}
}

// writeString writes s quoted as Python's json module does with
// ensure_ascii=False: only the quote, the backslash and control characters
// are escaped. Invalid UTF-8 becomes U+FFFD.
func writeString(b *bytes.Buffer, s string) {
	const hex = "0123456789abcdef"
	b.WriteByte('"')
	for i := 0; i < len(s); {
		c := s[i]
		if c < utf8.RuneSelf {
			switch {
			case c == '"':
				b.WriteString(`\"`)
			case c == '\\':
				b.WriteString(`\\`)
			case c == '\n':
				b.WriteString(`\n`)
			case c == '\r':
				b.WriteString(`\r`)
			case c == '\t':
				b.WriteString(`\t`)
			case c == '\b':
				b.WriteString(`\b`)
			case c == '\f':
				b.WriteString(`\f`)
			case c < 0x20:
				b.WriteString(`\u00`)
				b.WriteByte(hex[c>>4])
				b.WriteByte(hex[c&0xf])
			default:
				b.WriteByte(c)
			}
			i++
			continue
		}
		r, size := utf8.DecodeRuneInString(s[i:])
		if r == utf8.RuneError && size == 1 {
			b.WriteString("\ufffd")
		} else {
			b.WriteString(s[i : i+size])
		}
		i += size
	}
	b.WriteByte('"')
}

// isNumber reports whether s is a JSON number.
func isNumber(s string) bool {
	return s != "" && (s[0] == '-' || s[0] >= '0' && s[0] <= '9') && json.Valid([]byte(s))
}

// pyFloat formats f as Python's repr does: the shortest digits that read
// back as f, in positional notation with at least one decimal when its
// decimal exponent is in [-4, 16), in scientific notation otherwise.
func pyFloat(f float64) (string, error) {
	if math.IsNaN(f) || math.IsInf(f, 0) {
		return "", fmt.Errorf("unsupported value %v", f)
	}
	if f == 0 {
		if math.Signbit(f) {
			return "-0.0", nil
		}
		return "0.0", nil
	}
	e := strconv.FormatFloat(f, 'e', -1, 64) // "-d.ddde±XX"
	mant, expStr, _ := strings.Cut(e, "e")
	exp, err := strconv.Atoi(expStr)
	if err != nil {
		return "", fmt.Errorf("formatting %v: %w", f, err)
	}
	if exp < -4 || exp >= 16 {
		sign := "+"
		if exp < 0 {
			sign, exp = "-", -exp
		}
		return fmt.Sprintf("%se%s%02d", mant, sign, exp), nil
	}
	s := strconv.FormatFloat(f, 'f', -1, 64)
	if !strings.Contains(s, ".") {
		s += ".0"
	}
	return s, nil
}
