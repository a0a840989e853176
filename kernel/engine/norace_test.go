//go:build !race

package engine

// raceBuild: see race_test.go.
const raceBuild = false
