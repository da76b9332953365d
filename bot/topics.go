package bot

// TopicKeywords are the words of a topic that tell one set of talks from
// another, as status and timeline read them: "the Gaza ceasefire talks" →
// [gaza]; "Ukraine-Russia energy truce" → [ukraine russia energy]. Words
// that name talks in general are kept only when nothing else is left.
func TopicKeywords(topic string) []string { return topicKeywords(topic) }
