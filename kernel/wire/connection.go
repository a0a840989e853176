package wire

import (
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"net"
	"os"
	"strconv"
)

// maxConnectionFile bounds the size of a connection file; real ones are a
// few hundred bytes.
const maxConnectionFile = 1 << 20

// ConnectionInfo is the content of a Jupyter connection file, which tells a
// kernel where to listen and how to sign messages.
type ConnectionInfo struct {
	Transport       string `json:"transport"`        // "tcp" or "ipc"
	IP              string `json:"ip"`               // address for tcp, path prefix for ipc
	ShellPort       int    `json:"shell_port"`       // ROUTER for requests
	ControlPort     int    `json:"control_port"`     // ROUTER for control requests
	StdinPort       int    `json:"stdin_port"`       // ROUTER for input requests
	IOPubPort       int    `json:"iopub_port"`       // PUB for side effects
	HBPort          int    `json:"hb_port"`          // REP echoing heartbeats
	Key             string `json:"key"`              // HMAC key; empty disables signing
	SignatureScheme string `json:"signature_scheme"` // e.g. "hmac-sha256"
	KernelName      string `json:"kernel_name"`      // informational
}

// ReadConnectionFile reads and validates the connection file at path.
// Absent fields take jupyter_client's defaults: transport "tcp", ip
// "127.0.0.1" and signature_scheme "hmac-sha256". Unknown fields are
// ignored.
func ReadConnectionFile(path string) (ConnectionInfo, error) {
	f, err := os.Open(path)
	if err != nil {
		return ConnectionInfo{}, fmt.Errorf("wire: read connection file: %w", err)
	}
	defer f.Close()
	data, err := io.ReadAll(io.LimitReader(f, maxConnectionFile+1))
	if err != nil {
		return ConnectionInfo{}, fmt.Errorf("wire: read connection file: %w", err)
	}
	if len(data) > maxConnectionFile {
		return ConnectionInfo{}, fmt.Errorf("wire: read connection file %s: larger than %d bytes",
			path, maxConnectionFile)
	}
	var info ConnectionInfo
	if err := json.Unmarshal(data, &info); err != nil {
		return ConnectionInfo{}, fmt.Errorf("wire: read connection file %s: %w", path, err)
	}
	info.setDefaults()
	if err := info.validate(); err != nil {
		return ConnectionInfo{}, fmt.Errorf("wire: read connection file %s: %w", path, err)
	}
	return info, nil
}

// setDefaults fills the fields jupyter_client also defaults when a
// connection file omits them.
func (c *ConnectionInfo) setDefaults() {
	if c.Transport == "" {
		c.Transport = "tcp"
	}
	if c.IP == "" {
		c.IP = "127.0.0.1"
	}
	if c.SignatureScheme == "" {
		c.SignatureScheme = SchemeSHA256
	}
}

// Validate checks that the transport is tcp or ipc, that every port is in
// 1..65535 for tcp (positive for ipc, where it is a file suffix), that ip
// is set and that the signature scheme is known. It does not apply the
// defaults ReadConnectionFile fills in.
func (c ConnectionInfo) Validate() error {
	if err := c.validate(); err != nil {
		return fmt.Errorf("wire: invalid connection info: %w", err)
	}
	return nil
}

// validate is Validate without the operation prefix.
func (c ConnectionInfo) validate() error {
	maxPort := 65535
	switch c.Transport {
	case "tcp":
	case "ipc":
		maxPort = int(^uint(0) >> 1)
	default:
		return fmt.Errorf("transport %q, want tcp or ipc", c.Transport)
	}
	if c.IP == "" {
		return errors.New("empty ip")
	}
	for _, p := range [...]struct {
		name string
		port int
	}{
		{"shell_port", c.ShellPort},
		{"control_port", c.ControlPort},
		{"stdin_port", c.StdinPort},
		{"iopub_port", c.IOPubPort},
		{"hb_port", c.HBPort},
	} {
		if p.port < 1 || p.port > maxPort {
			return fmt.Errorf("%s %d out of range 1..%d", p.name, p.port, maxPort)
		}
	}
	if _, err := hashFor(c.SignatureScheme); err != nil {
		return err
	}
	return nil
}

// Endpoint returns the ZeroMQ address of port: "tcp://127.0.0.1:5555" for
// tcp (an IPv6 address is bracketed) and "ipc://<ip>-<port>" for ipc, as
// jupyter_client builds it.
func (c ConnectionInfo) Endpoint(port int) string {
	if c.Transport == "ipc" {
		return "ipc://" + c.IP + "-" + strconv.Itoa(port)
	}
	return "tcp://" + net.JoinHostPort(c.IP, strconv.Itoa(port))
}

// NewCodec returns a Codec for the file's signature scheme and key.
func (c ConnectionInfo) NewCodec() (*Codec, error) {
	return NewCodec(c.SignatureScheme, []byte(c.Key))
}
