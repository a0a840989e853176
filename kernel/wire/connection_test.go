package wire

import (
	"errors"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

func TestReadConnectionFile(t *testing.T) {
	const ports = `"shell_port":5001,"control_port":5002,"stdin_port":5003,"iopub_port":5004,"hb_port":5005`
	full := ConnectionInfo{
		Transport: "tcp", IP: "127.0.0.1", ShellPort: 5001, ControlPort: 5002, StdinPort: 5003,
		IOPubPort: 5004, HBPort: 5005, Key: "k", SignatureScheme: SchemeSHA512, KernelName: "gokernel",
	}
	tests := []struct {
		name    string
		content string
		want    ConnectionInfo
		wantErr string // substring of the error; "" for success
	}{
		{
			name:    "full tcp",
			content: `{"transport":"tcp","ip":"127.0.0.1",` + ports + `,"key":"k","signature_scheme":"hmac-sha512","kernel_name":"gokernel","extra":[1]}`,
			want:    full,
		},
		{
			name:    "defaults",
			content: `{` + ports + `}`,
			want: ConnectionInfo{Transport: "tcp", IP: "127.0.0.1", ShellPort: 5001, ControlPort: 5002,
				StdinPort: 5003, IOPubPort: 5004, HBPort: 5005, SignatureScheme: SchemeSHA256},
		},
		{
			name:    "ipc small ports",
			content: `{"transport":"ipc","ip":"/tmp/k","shell_port":1,"control_port":2,"stdin_port":3,"iopub_port":4,"hb_port":5}`,
			want: ConnectionInfo{Transport: "ipc", IP: "/tmp/k", ShellPort: 1, ControlPort: 2,
				StdinPort: 3, IOPubPort: 4, HBPort: 5, SignatureScheme: SchemeSHA256},
		},
		{name: "udp", content: `{"transport":"udp",` + ports + `}`, wantErr: `transport "udp"`},
		{name: "port zero", content: `{"shell_port":0,"control_port":2,"stdin_port":3,"iopub_port":4,"hb_port":5}`, wantErr: "shell_port 0"},
		{name: "port missing", content: `{"shell_port":1,"control_port":2,"stdin_port":3,"iopub_port":4}`, wantErr: "hb_port 0"},
		{name: "port too big", content: `{"shell_port":1,"control_port":2,"stdin_port":3,"iopub_port":65536,"hb_port":5}`, wantErr: "iopub_port 65536"},
		{name: "port negative", content: `{"shell_port":1,"control_port":-2,"stdin_port":3,"iopub_port":4,"hb_port":5}`, wantErr: "control_port -2"},
		{name: "ipc port zero", content: `{"transport":"ipc","ip":"/tmp/k","shell_port":0,"control_port":2,"stdin_port":3,"iopub_port":4,"hb_port":5}`, wantErr: "shell_port 0"},
		{name: "port a string", content: `{"shell_port":"5001"}`, wantErr: "cannot unmarshal"},
		{name: "port fractional", content: `{"shell_port":1.5}`, wantErr: "cannot unmarshal"},
		{name: "unknown scheme", content: `{` + ports + `,"signature_scheme":"hmac-md5"}`, wantErr: "unknown signature scheme"},
		{name: "not JSON", content: `shell_port=1`, wantErr: "invalid character"},
		{name: "trailing garbage", content: `{` + ports + `} {}`, wantErr: "invalid character"},
		{name: "JSON list", content: `[]`, wantErr: "cannot unmarshal"},
		{name: "empty file", content: ``, wantErr: "unexpected end"},
		{name: "too large", content: `{` + ports + `,"kernel_name":"` + strings.Repeat("x", 1<<20) + `"}`, wantErr: "larger than"},
	}
	dir := t.TempDir()
	for i, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			path := filepath.Join(dir, "kernel-"+string(rune('a'+i))+".json")
			if err := os.WriteFile(path, []byte(tt.content), 0o600); err != nil {
				t.Fatal(err)
			}
			got, err := ReadConnectionFile(path)
			if tt.wantErr != "" {
				if err == nil || !strings.Contains(err.Error(), tt.wantErr) {
					t.Fatalf("got error %v, want one containing %q", err, tt.wantErr)
				}
				if !strings.HasPrefix(err.Error(), "wire: read connection file") {
					t.Errorf("got error %q, want prefix %q", err, "wire: read connection file")
				}
				return
			}
			if err != nil {
				t.Fatalf("ReadConnectionFile: %v", err)
			}
			if got != tt.want {
				t.Errorf("got %+v, want %+v", got, tt.want)
			}
		})
	}
}

func TestReadConnectionFileMissing(t *testing.T) {
	_, err := ReadConnectionFile(filepath.Join(t.TempDir(), "absent.json"))
	if !errors.Is(err, fs.ErrNotExist) {
		t.Errorf("got error %v, want %v", err, fs.ErrNotExist)
	}
}

func TestValidate(t *testing.T) {
	ok := ConnectionInfo{Transport: "tcp", IP: "0.0.0.0", ShellPort: 1, ControlPort: 2, StdinPort: 3,
		IOPubPort: 4, HBPort: 65535, SignatureScheme: SchemeSHA1}
	tests := []struct {
		name    string
		edit    func(*ConnectionInfo)
		wantErr error // checked with errors.Is when set
		wantOK  bool
	}{
		{"valid", func(*ConnectionInfo) {}, nil, true},
		{"empty transport", func(c *ConnectionInfo) { c.Transport = "" }, nil, false},
		{"empty ip", func(c *ConnectionInfo) { c.IP = "" }, nil, false},
		{"empty scheme", func(c *ConnectionInfo) { c.SignatureScheme = "" }, ErrUnknownScheme, false},
		{"ipc big port", func(c *ConnectionInfo) { c.Transport = "ipc"; c.ShellPort = 70000 }, nil, true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			c := ok
			tt.edit(&c)
			err := c.Validate()
			if (err == nil) != tt.wantOK {
				t.Fatalf("Validate: got error %v, want ok %v", err, tt.wantOK)
			}
			if tt.wantErr != nil && !errors.Is(err, tt.wantErr) {
				t.Errorf("got error %v, want %v", err, tt.wantErr)
			}
			if err != nil && !strings.HasPrefix(err.Error(), "wire: invalid connection info: ") {
				t.Errorf("got error %q, want the operation prefix", err)
			}
		})
	}
}

func TestEndpoint(t *testing.T) {
	tests := []struct {
		name string
		info ConnectionInfo
		port int
		want string
	}{
		{"tcp v4", ConnectionInfo{Transport: "tcp", IP: "127.0.0.1"}, 5555, "tcp://127.0.0.1:5555"},
		{"tcp any", ConnectionInfo{Transport: "tcp", IP: "0.0.0.0"}, 1, "tcp://0.0.0.0:1"},
		{"tcp host name", ConnectionInfo{Transport: "tcp", IP: "localhost"}, 80, "tcp://localhost:80"},
		// jupyter_client writes tcp://::1:5555; zmq4 needs the brackets.
		{"tcp v6", ConnectionInfo{Transport: "tcp", IP: "::1"}, 5555, "tcp://[::1]:5555"},
		{"ipc", ConnectionInfo{Transport: "ipc", IP: "/run/user/1/kernel-x"}, 3, "ipc:///run/user/1/kernel-x-3"},
		{"ipc relative", ConnectionInfo{Transport: "ipc", IP: "kernel-ipc"}, 12, "ipc://kernel-ipc-12"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := tt.info.Endpoint(tt.port); got != tt.want {
				t.Errorf("got %q, want %q", got, tt.want)
			}
		})
	}
}

func TestConnectionInfoNewCodec(t *testing.T) {
	info := ConnectionInfo{Key: string(testKey), SignatureScheme: SchemeSHA256}
	c, err := info.NewCodec()
	if err != nil {
		t.Fatalf("NewCodec: %v", err)
	}
	if _, err := c.Decode(signed(nil, [4]string{goodHeader, "{}", "{}", "{}"})); err != nil {
		t.Errorf("Decode with the file's key: got %v, want nil", err)
	}
	if _, err := (ConnectionInfo{SignatureScheme: "hmac-md5"}).NewCodec(); !errors.Is(err, ErrUnknownScheme) {
		t.Errorf("got error %v, want %v", err, ErrUnknownScheme)
	}
}
