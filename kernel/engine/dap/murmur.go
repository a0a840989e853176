package dap

import (
	"encoding/binary"
	"strconv"
)

// HashSeed is the seed of the Murmur2 hash that names cell sources; the
// kernel announces it in debugInfo and JupyterLab hashes with it.
const HashSeed uint32 = 0xC70F6907

// Murmur2 is the 32-bit MurmurHash2 of data with seed, as JupyterLab
// (hash.ts, over the UTF-8 bytes of the code) and ipykernel (murmur2_x86)
// compute it.
func Murmur2(data []byte, seed uint32) uint32 {
	const m = 0x5bd1e995
	h := seed ^ uint32(len(data))
	for len(data) >= 4 {
		k := binary.LittleEndian.Uint32(data)
		k *= m
		k ^= k >> 24
		k *= m
		h = h*m ^ k
		data = data[4:]
	}
	switch len(data) {
	case 3:
		h ^= uint32(data[2]) << 16
		fallthrough
	case 2:
		h ^= uint32(data[1]) << 8
		fallthrough
	case 1:
		h ^= uint32(data[0])
		h *= m
	}
	h ^= h >> 13
	h *= m
	h ^= h >> 15
	return h
}

// SourcePath is the path JupyterLab computes for a cell's code: prefix,
// the decimal Murmur2 hash of the code with HashSeed, suffix.
func SourcePath(prefix, code, suffix string) string {
	return prefix + strconv.FormatUint(uint64(Murmur2([]byte(code), HashSeed)), 10) + suffix
}
