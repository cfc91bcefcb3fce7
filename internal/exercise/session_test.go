package exercise

import (
	"errors"
	"slices"
	"testing"
	"time"
)

var t0 = time.Date(2026, 11, 22, 9, 0, 0, 0, time.UTC)

// three is a small exercise for the state machine.
var three = Exercise{ID: "three", Steps: []Step{
	{ID: "a", Input: Text, Prompt: "A?"},
	{ID: "b", Input: Choice, Prompt: "B?", Options: []Option{{"Yes", "y"}, {"No", "n"}}},
	{ID: "c", Input: Text, Prompt: "C?"},
}}

func TestSessionEvents(t *testing.T) {
	tests := []struct {
		name    string
		events  []Event
		step    int
		status  Status
		skipped []string
		err     error // of the last event
	}{
		{"start", nil, 0, Running, nil, nil},
		{"next", []Event{Next}, 1, Running, nil, nil},
		{"next twice", []Event{Next, Next}, 2, Running, nil, nil},
		{"next past the end", []Event{Next, Next, Next}, 2, Running, nil, ErrLastStep},
		{"back from first", []Event{Back}, 0, Running, nil, ErrFirstStep},
		{"next back", []Event{Next, Back}, 0, Running, nil, nil},
		{"skip", []Event{Skip}, 1, Running, []string{"a"}, nil},
		{"skip then back then next unskips", []Event{Skip, Back, Next}, 1, Running, nil, nil},
		{"skip twice", []Event{Skip, Skip}, 2, Running, []string{"a", "b"}, nil},
		{"skip on last", []Event{Skip, Skip, Skip}, 2, Running, []string{"a", "b"}, ErrLastStep},
		{"pause", []Event{Next, Pause}, 1, Paused, nil, nil},
		{"paused refuses next", []Event{Pause, Next}, 0, Paused, nil, ErrPaused},
		{"paused refuses finish", []Event{Pause, Finish}, 0, Paused, nil, ErrPaused},
		{"pause resume", []Event{Next, Pause, Resume}, 1, Running, nil, nil},
		{"resume when running", []Event{Resume}, 0, Running, nil, ErrNotPaused},
		{"finish early", []Event{Next, Finish}, 1, Finished, nil, nil},
		{"finish at the end", []Event{Next, Next, Finish}, 2, Finished, nil, nil},
		{"finished refuses back", []Event{Finish, Back}, 0, Finished, nil, ErrFinished},
		{"finished refuses resume", []Event{Finish, Resume}, 0, Finished, nil, ErrFinished},
		{"unknown event", []Event{"dance"}, 0, Running, nil, ErrUnknown},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			s := Start(three, t0)
			var err error
			for i, ev := range tt.events {
				var n Session
				n, err = s.Do(three, ev, t0.Add(time.Duration(i+1)*time.Second))
				if err != nil && (n.Step != s.Step || n.Status != s.Status) {
					t.Fatalf("%s failed with %v but changed the session", ev, err)
				}
				s = n
			}
			if !errors.Is(err, tt.err) {
				t.Errorf("last error = %v, want %v", err, tt.err)
			}
			if s.Step != tt.step || s.Status != tt.status || !slices.Equal(s.Skipped, tt.skipped) {
				t.Errorf("got step %d %s skipped %v, want step %d %s skipped %v", s.Step, s.Status, s.Skipped, tt.step, tt.status, tt.skipped)
			}
		})
	}
}

func TestSessionSet(t *testing.T) {
	s := Start(three, t0)
	s, _ = s.Do(three, Skip, t0)
	tests := []struct {
		name string
		step string
		a    Answer
		err  error
	}{
		{"text", "a", Answer{Text: "hello"}, nil},
		{"choice", "b", Answer{Text: "y"}, nil},
		{"choice not offered", "b", Answer{Text: "maybe"}, ErrAnswer},
		{"unknown step", "zz", Answer{Text: "x"}, ErrUnknown},
		{"mood out of range", "a", Answer{Mood: &Mood{Pleasantness: 3}}, ErrAnswer},
		{"intensity out of range", "a", Answer{Intensity: 6}, ErrAnswer},
		{"too many small steps", "a", Answer{Items: make([]string, MaxSmallSteps+1)}, ErrAnswer},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			n, err := s.Set(three, tt.step, tt.a, t0)
			if !errors.Is(err, tt.err) {
				t.Fatalf("err = %v, want %v", err, tt.err)
			}
			if err != nil {
				if _, changed := n.Answers[tt.step]; changed {
					t.Error("a refused answer was kept")
				}
				return
			}
			if slices.Contains(n.Skipped, tt.step) {
				t.Error("answering a skipped step should bring it back")
			}
			if _, kept := s.Answers[tt.step]; kept {
				t.Error("Set changed the session it was called on")
			}
		})
	}
	p, _ := s.Do(three, Pause, t0)
	if _, err := p.Set(three, "a", Answer{Text: "x"}, t0); !errors.Is(err, ErrPaused) {
		t.Errorf("Set on a paused session: %v, want ErrPaused", err)
	}
}

func TestEarlier(t *testing.T) {
	s := Start(three, t0)
	s, _ = s.Set(three, "a", Answer{Text: "first"}, t0)
	if got := s.Earlier(en, three); len(got) != 0 {
		t.Errorf("on the first step, earlier = %v", got)
	}
	s, _ = s.Do(three, Next, t0)
	s, _ = s.Set(three, "b", Answer{Text: "n"}, t0)
	s, _ = s.Do(three, Next, t0)
	want := []Written{{"A?", "first"}, {"B?", "No"}}
	if got := s.Earlier(en, three); !slices.Equal(got, want) {
		t.Errorf("earlier = %v, want %v", got, want)
	}
	s, _ = s.Do(three, Back, t0)
	s, _ = s.Do(three, Back, t0)
	s, _ = s.Do(three, Skip, t0)
	s, _ = s.Do(three, Next, t0)
	if got := s.Earlier(en, three); !slices.Equal(got, want[1:]) {
		t.Errorf("after skipping the first step, earlier = %v, want %v", got, want[1:])
	}
}
