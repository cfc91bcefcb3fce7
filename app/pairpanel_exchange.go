package app

import (
	"context"
	"crypto/rand"
	"time"

	"github.com/kindly/kindly/internal/backup"
	ksync "github.com/kindly/kindly/internal/sync"
	goapp "github.com/maxence-charriere/go-app/v10/pkg/app"
)

// The pairing panel's side of the exchange, once the channel is open.

// exchange starts the exchange once the channel is open: each device
// first sends a summary of its records (their versions, no words), then
// only the records that change the other. A journal of 10,000 entries that
// differs in 500 sends 500, not 10,000.
func (p *pairPanel) exchange() {
	if p.timer != nil {
		p.timer.Stop()
	}
	p.step = "merging"
	p.ctx.Async(func() {
		err := p.readMine()
		var summary []byte
		if err == nil {
			summary, err = ksync.Summarize(p.mine, db.clock().Device).Encode()
		}
		if err == nil {
			err = p.send(summary)
		}
		if err != nil {
			p.ctx.Dispatch(func(goapp.Context) { p.fail(err) })
		}
	})
}

// readMine reads this device's records once; the other device's summary
// may arrive while they are still being read, and waits for them.
func (p *pairPanel) readMine() error {
	defer close(p.mineRead)
	s, err := db.open()
	if err == nil {
		p.mine, err = backup.SyncRecords(context.Background(), s, pace())
	}
	p.mineErr = err
	return err
}

// send seals a message with the pairing's secret, as a sync file is
// sealed, and sends it.
func (p *pairPanel) send(message []byte) error {
	file, err := ksync.SealWithCode(message, p.secret, ksync.CodeKDF, rand.Reader, pace())
	if err != nil {
		return err
	}
	return p.peer.Send(file)
}

// receive opens a message from the other device: its summary, answered
// with what it lacks, or the records it sends, merged here.
func (p *pairPanel) receive(b []byte) {
	s, err := ksync.Read(b, pace())
	var data []byte
	if err == nil {
		data, err = s.OpenWithCode(p.secret, pace())
	}
	if err == nil && ksync.FormatOf(data) == ksync.SummaryFormat {
		err = p.answer(data)
		p.ctx.Dispatch(func(goapp.Context) {
			if err != nil {
				p.fail(err)
				return
			}
			p.sent = true
			p.settle()
		})
		return
	}
	var plan backup.SyncPlan
	if err == nil {
		plan, err = planFrom(data)
	}
	if err == nil && !plan.Drastic {
		err = applyPlan(plan)
	}
	p.ctx.Dispatch(func(goapp.Context) {
		if err != nil {
			p.fail(err)
			return
		}
		p.plan, p.received = &plan, !plan.Drastic
		if plan.Drastic {
			p.step = "confirm"
			return
		}
		p.settle()
	})
}

// answer sends the records the other device's summary shows it lacks.
func (p *pairPanel) answer(summary []byte) error {
	theirs, err := ksync.ParseSummary(summary)
	if err != nil {
		return err
	}
	<-p.mineRead
	if p.mineErr != nil {
		return p.mineErr
	}
	bundle, err := ksync.Bundle{Device: db.clock().Device, SentAt: time.Now(), Records: ksync.Needed(p.mine, theirs)}.Encode(pace())
	if err != nil {
		return err
	}
	return p.send(bundle)
}
