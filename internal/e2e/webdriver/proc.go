//go:build e2e

package webdriver

import (
	"bytes"
	"context"
	"fmt"
	"net"
	"os"
	"os/exec"
	"strconv"
	"strings"
	"sync"
	"syscall"
	"time"
)

// proc is a child in its own process group: browsers fork helpers (content
// processes, WebKit's web and network processes, MiniBrowser under the
// driver), and signalling the group reaches all of them.
type proc struct {
	cmd  *exec.Cmd
	out  *tail
	done chan struct{}
}

func startProc(env []string, files []*os.File, name string, args ...string) (*proc, error) {
	p := &proc{cmd: exec.Command(name, args...), out: &tail{}, done: make(chan struct{})}
	p.cmd.Env = env
	p.cmd.Stdout, p.cmd.Stderr = p.out, p.out
	p.cmd.ExtraFiles = files
	// Pdeathsig: a test binary that dies must not leave browsers behind.
	p.cmd.SysProcAttr = &syscall.SysProcAttr{Setpgid: true, Pdeathsig: syscall.SIGKILL}
	p.cmd.WaitDelay = time.Second
	if err := p.cmd.Start(); err != nil {
		return nil, err
	}
	go func() { p.cmd.Wait(); close(p.done) }()
	return p, nil
}

// stop sends sig to the group, and SIGKILL if the leader lingers.
func (p *proc) stop(sig syscall.Signal) {
	pid := p.cmd.Process.Pid
	syscall.Kill(-pid, sig)
	select {
	case <-p.done:
	case <-time.After(3 * time.Second):
		syscall.Kill(-pid, syscall.SIGKILL)
		<-p.done
	}
	// Helpers that outlive the leader still carry its group id; wait for
	// them too, so that nothing writes into a profile being removed.
	for end := time.Now().Add(3 * time.Second); len(inGroup(pid)) > 0 && time.Now().Before(end); {
		syscall.Kill(-pid, syscall.SIGKILL)
		time.Sleep(20 * time.Millisecond)
	}
}

// inGroup lists the live processes in process group pgid. Zombies do not
// count: they are dead, merely waiting for init to reap them.
func inGroup(pgid int) []int {
	ents, _ := os.ReadDir("/proc")
	var pids []int
	for _, e := range ents {
		pid, err := strconv.Atoi(e.Name())
		if err != nil {
			continue
		}
		stat, err := os.ReadFile("/proc/" + e.Name() + "/stat")
		if err != nil {
			continue
		}
		// pid (comm) state ppid pgrp ...; comm may contain anything.
		_, rest, _ := bytes.Cut(stat[bytes.LastIndexByte(stat, ')')+1:], []byte(" "))
		f := strings.Fields(string(rest))
		if len(f) > 2 && f[0] != "Z" && f[2] == strconv.Itoa(pgid) {
			pids = append(pids, pid)
		}
	}
	return pids
}

// waitOutput waits until the process has written a line containing marker
// and returns the rest of that line.
func (p *proc) waitOutput(ctx context.Context, marker string) (string, error) {
	tick := time.NewTicker(20 * time.Millisecond)
	defer tick.Stop()
	for {
		s := p.out.String()
		if i := strings.Index(s, marker); i >= 0 {
			if rest, _, ok := strings.Cut(s[i+len(marker):], "\n"); ok {
				return rest, nil
			}
		}
		select {
		case <-ctx.Done():
			return "", fmt.Errorf("%w waiting for %q; output:\n%s", ctx.Err(), marker, s)
		case <-p.done:
			return "", fmt.Errorf("%s exited (%v); output:\n%s", p.cmd.Path, p.cmd.ProcessState, s)
		case <-tick.C:
		}
	}
}

// tail keeps the last few KB a process wrote, for error messages.
type tail struct {
	mu sync.Mutex
	b  []byte
}

const tailSize = 16 << 10

func (t *tail) Write(p []byte) (int, error) {
	t.mu.Lock()
	defer t.mu.Unlock()
	t.b = append(t.b, p...)
	if len(t.b) > tailSize {
		t.b = t.b[len(t.b)-tailSize:]
	}
	return len(p), nil
}

func (t *tail) String() string {
	t.mu.Lock()
	defer t.mu.Unlock()
	return string(t.b)
}

// freePort asks the kernel for an unused loopback port, for drivers that
// cannot report the port they chose themselves.
func freePort() (int, error) {
	l, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		return 0, err
	}
	defer l.Close()
	return l.Addr().(*net.TCPAddr).Port, nil
}
