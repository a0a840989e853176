//go:build race

package engine

// raceBuild is set in -race builds: an interrupted cell's interpreter
// goroutine may still be ending (yaegi's EvalWithContext returns at the
// interrupt) while the next cell starts, which the race detector reports;
// tests leave out such follow-up cells under -race.
const raceBuild = true
