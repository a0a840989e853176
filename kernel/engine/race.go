//go:build race

package engine

// raceBuild is set in -race builds. The flag that loops of cell code poll
// (see stop.go) is written without synchronization, which the race
// detector would report: -race builds leave it down, so loops are stopped
// the hard way. Tests leave out the cells that follow a hard stop under
// -race (the interrupted cell's interpreter goroutine may still be ending
// while the next cell starts), and cells that run while a goroutine of an
// earlier cell reads the session's variables: each Eval of the
// interpreter grows its frame of globals without a lock those readers
// take (yaegi's resizeFrame), which the race detector reports.
const raceBuild = true
