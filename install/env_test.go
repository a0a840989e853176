package install

import (
	"maps"
	"testing"
)

func TestParseEnv(t *testing.T) {
	tests := []struct {
		name    string
		pairs   []string
		want    map[string]string
		wantErr bool
	}{
		{"none", nil, nil, false},
		{"one", []string{"GOFLAGS=-mod=mod"}, map[string]string{"GOFLAGS": "-mod=mod"}, false},
		{"empty value", []string{"K="}, map[string]string{"K": ""}, false},
		{"later wins", []string{"K=1", "L=2", "K=3"}, map[string]string{"K": "3", "L": "2"}, false},
		{"missing equals", []string{"K"}, nil, true},
		{"empty key", []string{"=V"}, nil, true},
		{"bad after good", []string{"K=1", "oops"}, nil, true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, err := ParseEnv(tt.pairs)
			if (err != nil) != tt.wantErr {
				t.Fatalf("ParseEnv(%q) error = %v, want error %v", tt.pairs, err, tt.wantErr)
			}
			if !maps.Equal(got, tt.want) {
				t.Errorf("ParseEnv(%q) = %v, want %v", tt.pairs, got, tt.want)
			}
		})
	}
}
