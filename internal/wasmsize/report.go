package wasmsize

import (
	"fmt"
	"io"
)

// Report writes the sections and the top packages of m as a table. With
// no name section, it says how to get one.
func (m *Module) Report(w io.Writer, top int) {
	total := 8
	for _, s := range m.Sections {
		total += s.Size
	}
	fmt.Fprintf(w, "%-44s %10s %6s\n", "section", "bytes", "share")
	for _, s := range m.Sections {
		fmt.Fprintf(w, "%-44s %10d %5.1f%%\n", s.Name, s.Size, percent(s.Size, total))
	}
	fmt.Fprintf(w, "%-44s %10d\n\n", "whole binary", total)
	pkgs := m.Packages()
	if len(pkgs) == 1 && pkgs[0].Path == "(other)" {
		fmt.Fprintln(w, "no function names: link without -s to see the code by package")
		return
	}
	codeSize := 0
	for _, p := range pkgs {
		codeSize += p.Size
	}
	fmt.Fprintf(w, "%-44s %10s %6s %6s\n", "package (code section)", "bytes", "share", "funcs")
	for i, p := range pkgs {
		if i == top {
			rest, funcs := 0, 0
			for _, q := range pkgs[i:] {
				rest, funcs = rest+q.Size, funcs+q.Funcs
			}
			fmt.Fprintf(w, "%-44s %10d %5.1f%% %6d\n", fmt.Sprintf("%d more packages", len(pkgs)-i), rest, percent(rest, codeSize), funcs)
			break
		}
		fmt.Fprintf(w, "%-44s %10d %5.1f%% %6d\n", p.Path, p.Size, percent(p.Size, codeSize), p.Funcs)
	}
}

func percent(n, of int) float64 {
	if of == 0 {
		return 0
	}
	return float64(n) * 100 / float64(of)
}
