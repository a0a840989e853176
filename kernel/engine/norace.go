//go:build !race

package engine

// raceBuild: see race.go.
const raceBuild = false
