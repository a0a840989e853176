//go:build ignore

// encoding/binary: byte orders, fixed-size structs, varints, a tiny
// length-prefixed message format.
package main

import (
	"bytes"
	"encoding/binary"
	"errors"
	"fmt"
	"io"
)

type Header struct {
	Magic   [4]byte
	Version uint16
	Flags   uint16
	Length  uint32
}

func writeMsg(w io.Writer, payload string) error {
	if err := binary.Write(w, binary.BigEndian, uint16(len(payload))); err != nil {
		return err
	}
	_, err := io.WriteString(w, payload)
	return err
}

func readMsg(r io.Reader) (string, error) {
	var n uint16
	if err := binary.Read(r, binary.BigEndian, &n); err != nil {
		return "", err
	}
	buf := make([]byte, n)
	if _, err := io.ReadFull(r, buf); err != nil {
		return "", err
	}
	return string(buf), nil
}

func main() {
	b := make([]byte, 8)
	binary.BigEndian.PutUint32(b, 0xCAFEBABE)
	binary.LittleEndian.PutUint32(b[4:], 0xCAFEBABE)
	fmt.Printf("% x\n", b)
	fmt.Printf("%#x %#x\n", binary.BigEndian.Uint32(b), binary.LittleEndian.Uint16(b))
	fmt.Printf("%#x\n", binary.BigEndian.Uint64(b))

	h := Header{Magic: [4]byte{'G', 'K', 'N', 'L'}, Version: 2, Flags: 0x8001, Length: 1024}
	var buf bytes.Buffer
	if err := binary.Write(&buf, binary.LittleEndian, h); err != nil {
		fmt.Println(err)
	}
	fmt.Println(buf.Len(), binary.Size(h))
	fmt.Printf("% x\n", buf.Bytes())
	var h2 Header
	binary.Read(bytes.NewReader(buf.Bytes()), binary.LittleEndian, &h2)
	fmt.Printf("%s %+v %v\n", h2.Magic[:], h2, h == h2)

	vb := make([]byte, binary.MaxVarintLen64)
	for _, v := range []int64{0, 1, -1, 63, -64, 300, -1 << 40} {
		n := binary.PutVarint(vb, v)
		got, m := binary.Varint(vb[:n])
		fmt.Printf("%d -> % x (%d) -> %d %d\n", v, vb[:n], n, got, m)
	}
	ub := binary.AppendUvarint(nil, 1<<20)
	ub = binary.AppendUvarint(ub, 127)
	u1, n1 := binary.Uvarint(ub)
	u2, _ := binary.Uvarint(ub[n1:])
	fmt.Println(ub, u1, u2)

	var wire bytes.Buffer
	for _, m := range []string{"hello", "", "binary world"} {
		writeMsg(&wire, m)
	}
	fmt.Println(wire.Len())
	for {
		m, err := readMsg(&wire)
		if errors.Is(err, io.EOF) {
			fmt.Println("EOF")
			break
		}
		fmt.Printf("%q %v\n", m, err)
	}

	nums := []float32{1.5, -2}
	var fb bytes.Buffer
	binary.Write(&fb, binary.BigEndian, nums)
	fmt.Printf("% x\n", fb.Bytes())
	out := make([]float32, 2)
	binary.Read(&fb, binary.BigEndian, out)
	fmt.Println(out)
	be, _ := binary.Append(nil, binary.BigEndian, uint16(258))
	fmt.Println(be)
}
