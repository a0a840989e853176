package compile

import "testing"

func TestCheckSyntax(t *testing.T) {
	tests := []struct {
		name  string
		steps []*Step
		run   *Step
		ok    bool
	}{
		{"declarations", []*Step{{Src: "\nimport fmt \"fmt\"", What: "imports"}, {Src: "\nvar x int", What: "vars"}}, nil, true},
		{"accessors", []*Step{{Src: "\n__gk_acc1 = func(x *T) string { return x.String() }", What: "accessors"}}, nil, true},
		{"cell", nil, &Step{Src: "\nfunc __gk_c1() {\nx = 1\n}", What: "cell"}, true},
		{"broken cell", []*Step{{Src: "\nvar x int", What: "vars"}}, &Step{Src: "\nfunc __gk_c1() { m := []any{f(a), 1) }() }", What: "cell"}, false},
		{"broken funcs", []*Step{{Src: "\nfunc f( {", What: "funcs"}}, nil, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			p := &Plan{Steps: tt.steps, Run: tt.run}
			err := p.CheckSyntax()
			if got := err == nil; got != tt.ok {
				t.Errorf("CheckSyntax() = %v, want ok %v", err, tt.ok)
			}
		})
	}
}
