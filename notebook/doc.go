// Package notebook reads, writes and executes nbformat 4 notebooks through
// an engine, without Jupyter.
//
// # Reading and writing
//
// [Unmarshal] and [ReadFile] decode a notebook into typed structs
// ([Notebook], [Cell], [Output]). Fields this package does not know are kept
// in the Extra maps, and metadata (of the notebook, cells and outputs) is
// kept as decoded, so a notebook survives a round trip untouched. Source and
// text fields may be a string or a list of strings in the file; in memory
// they are one string.
//
// [Marshal] and [WriteFile] write what Jupyter's nbformat writes: JSON with
// a one-space indent, keys sorted, non-ASCII characters unescaped, a
// trailing newline, and multi-line strings (sources, stream text, text/*
// data, SVG and JavaScript) split into lists of lines exactly as Python's
// str.splitlines(keepends=True) splits them. Numbers read from a file are
// written back as they were spelled. A notebook read from a file written by
// nbformat is therefore written back byte for byte, and executing a
// notebook twice gives identical files when its outputs are identical.
//
// # Executing
//
// [Run] executes a notebook's code cells in order through an [Executor]
// (the Go engine, gokernel/kernel/engine, is one) and records their outputs
// as Jupyter's clients do: consecutive writes to one stream are merged into
// one output, displays with an ID are updated in place wherever they are in
// the notebook, clear_output(wait=True) clears when the next output arrives,
// and a trailing value becomes an execute_result. Cells tagged
// "raises-exception" must fail; cells tagged "skip-execution" are left
// alone. Run records no timing metadata, so that executed notebooks diff
// cleanly.
package notebook
