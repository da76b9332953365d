package slack

import (
	"context"
	"log/slog"
	"slices"
	"strings"
	"sync"
	"time"

	slackapi "github.com/slack-go/slack"

	"github.com/talkbot/talkbot/bot"
)

// channelManagerRole is the role ID Slack gives a channel's managers
// (admin.roles.addAssignments lists "Channel Manager | Rl0A").
const channelManagerRole = "Rl0A"

// How long an answer to "does this user manage this channel" is kept.
const (
	managerTTL     = 5 * time.Minute
	managerMaxKeys = 10000
	managerPages   = 10 // of 200 assignments each
)

// rolesAPI is the one admin call the manager check makes.
type rolesAPI interface {
	AdminRolesListAssignments(ctx context.Context, options ...slackapi.AdminRolesListAssignmentsOption) (*slackapi.AdminRolesListAssignmentsResponse, error)
}

// managers tells whether a user manages a channel. Slack gives bot tokens
// no way to know: only admin.roles.listAssignments lists a channel's
// managers, and it needs a user token with admin.roles:read from an
// Enterprise organisation (SLACK_ADMIN_TOKEN). Without one, only
// TALKBOT_ADMINS may change a channel's settings.
type managers struct {
	api rolesAPI
	log *slog.Logger

	mu     sync.Mutex
	known  map[string]managerAnswer
	warned bool
}

type managerAnswer struct {
	manager bool
	until   time.Time
}

func newManagers(api rolesAPI, log *slog.Logger) *managers {
	return &managers{api: api, log: log, known: map[string]managerAnswer{}}
}

// manages reports whether req's asker manages req's channel. A failed
// look-up is logged (once, with what Slack said) and counts as no.
func (m *managers) manages(ctx context.Context, req bot.Request) bool {
	channel := req.Channel[strings.LastIndexByte(req.Channel, '/')+1:]
	user := req.User[strings.LastIndexByte(req.User, '/')+1:]
	if channel == "" || user == "" || !strings.HasPrefix(req.User, "slack:") {
		return false
	}
	key := channel + "/" + user
	now := time.Now()
	m.mu.Lock()
	if a, ok := m.known[key]; ok && now.Before(a.until) {
		m.mu.Unlock()
		return a.manager
	}
	m.mu.Unlock()

	ids, err := m.list(ctx, channel)
	if err != nil {
		m.mu.Lock()
		first := !m.warned
		m.warned = true
		m.mu.Unlock()
		if first {
			m.log.Warn("cannot list the channel's managers with SLACK_ADMIN_TOKEN (an Enterprise organisation's user token with admin.roles:read); only TALKBOT_ADMINS may change settings",
				"err", loggable(err))
		}
		return false
	}
	manager := slices.Contains(ids, user)
	m.mu.Lock()
	if len(m.known) >= managerMaxKeys {
		for k, a := range m.known {
			if !now.Before(a.until) {
				delete(m.known, k)
			}
		}
		if len(m.known) >= managerMaxKeys {
			m.known = map[string]managerAnswer{}
		}
	}
	m.known[key] = managerAnswer{manager: manager, until: now.Add(managerTTL)}
	m.mu.Unlock()
	return manager
}

// list returns the IDs of the users with the channel manager role in
// channel.
func (m *managers) list(ctx context.Context, channel string) ([]string, error) {
	ctx, cancel := context.WithTimeout(ctx, 5*time.Second)
	defer cancel()
	var ids []string
	cursor := ""
	for range managerPages {
		opts := []slackapi.AdminRolesListAssignmentsOption{
			slackapi.AdminRolesListAssignmentsOptionRoleIDs([]string{channelManagerRole}),
			slackapi.AdminRolesListAssignmentsOptionEntityIDs([]string{channel}),
			slackapi.AdminRolesListAssignmentsOptionLimit(200),
		}
		if cursor != "" {
			opts = append(opts, slackapi.AdminRolesListAssignmentsOptionCursor(cursor))
		}
		res, err := m.api.AdminRolesListAssignments(ctx, opts...)
		if err != nil {
			return nil, err
		}
		for _, a := range res.RoleAssignments {
			if a.RoleID == channelManagerRole && (a.EntityID == "" || a.EntityID == channel) {
				ids = append(ids, a.UserID)
			}
		}
		if cursor = res.ResponseMetadata.Cursor; cursor == "" {
			break
		}
	}
	return ids, nil
}
