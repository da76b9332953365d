package lexicon

import "maps"

// speechVerbs attribute words to a speaker, in the forms news writes them
// ("said", "tweeted", "insists"). Verbs of two words are in phrasalVerbs.
var speechVerbs = set(`said says reports states say told tells added adds stressed stresses warned warns noted notes argued argues claimed
	claims insisted insists explained explains announced announces acknowledged acknowledges admitted admits
	conceded concedes confirmed confirms denied denies suggested suggests urged urges demanded demands asserted
	asserts declared declares emphasized emphasised emphasizes emphasises wrote writes posted tweeted alleged
	alleges cautioned cautions predicted predicts promised promises vowed vows pledged pledges complained
	complains maintained maintains reiterated reiterates repeated repeats replied replies responded responds
	recalled recalls described describes accused accuses stated observed remarked estimated reported signaled
	signalled indicated indicates disclosed revealed countered contended contends lamented threatened hinted hints
	believes objected announce estimate estimates insist demand propose proposes proposed accuse warn urge argue
	deny claim vow gushed interjected joked quipped sighed shouted yelled exclaimed boasted boasts bragged
	retorted snapped scoffed mused wondered texted emailed proclaimed proclaims pleaded laughed opined fumed
	griped railed grumbled marveled marvelled sniped concluded concludes recounted testified testifies chided exhorted`)

// remarkVerbs tell that someone spoke without giving the words ("a day
// after the two leaders commented on the talks").
var remarkVerbs = set(`commented comments spoke speaks talked talks remarked weighed addressed testified briefed`)

// phrasalVerbs are speech verbs of two words: the first word, then the
// words that may follow it.
var phrasalVerbs = map[string]string{"according": "to", "called": "for on", "calls": "for on", "call": "for on", "pointed": "out",
	"alluded": "to", "spoke": "of", "weighed": "in", "appealed": "to for", "appealing": "to", "wrote": "in on"}

// closingVerbs close a sentence as its attribution ("…, officials said").
var closingVerbs = set(`said says say told tells added adds wrote writes posted reported reports stated noted notes explained warned
	warns cautioned insisted insists argued argues claimed claims confirmed confirms announced acknowledged
	recalled continued replied responded estimated estimates predicted stressed stresses suggested believes
	believe according observed remarked maintained maintains conceded admitted declared tweeted asked asks joked
	quipped sighed shouted exclaimed boasted retorted snapped scoffed mused wondered gushed interjected proclaimed
	pleaded countered concluded concludes recounted testified answered yelled texted emailed opined fumed griped sniped read
	reads chanted questioned agreed agrees echoed cracked screamed cried barked roared hollered whispered muttered
	murmured thundered cheered sang sings hissed intoned crowed pressed offered added affirmed protested
	explains explained assured assures reassured groused raged urged urges demanded demands vowed vows promised
	promises lamented complained alleged alleges asserted emphasized emphasised exhorted`)

// closingOnlyVerbs say something only when they close an attribution
// ("…?” she asked.", "the sign read"): "asked Israel to wait" and "the talks
// continued" are not speech.
var closingOnlyVerbs = set(`asked asks continued continues answered read reads chanted questioned agreed agrees echoed
	cracked screamed cried barked roared hollered whispered muttered murmured thundered cheered sang sings hissed
	intoned crowed pressed offered affirmed protested assured assures reassured groused raged`)

// leadVerbs open a sentence as an inverted attribution ("Said Ellis: …").
var leadVerbs = set(`Said Says Added Adds Asked Asks Wrote Writes Tweeted Replied Responded Explained Noted Continued Recalled`)

// participles attach what was said to the subject of the sentence ("…,
// saying …").
var participles = set(`adding saying noting stressing warning arguing insisting explaining suggesting asserting claiming telling
	urging declaring acknowledging emphasizing emphasising vowing calling describing promising accusing demanding
	pledging threatening writing tweeting posting adding explaining remarking praising describing referring
	proclaiming boasting joking quipping declaring complaining lamenting predicting recalling`)

// contentParticiples are participles followed directly by what was said
// (", adding that …"), so a statement can be cut there.
var contentParticiples = []string{"adding", "saying", "noting", "stressing", "warning", "arguing", "insisting", "explaining", "vowing", "calling", "describing", "promising", "accusing", "demanding", "pledging"}

// listenerVerbs take who was spoken to right after them ("told The Hill").
var listenerVerbs = set(`told tells tell`)

// IsListenerVerb reports whether w (lower case) takes who was spoken to
// right after it: "told", "tells".
func IsListenerVerb(w string) bool { return listenerVerbs[w] }

// accordanceWords head what "according to" follows when it means "in
// keeping with", not who says so: "went according to plan", "seated
// according to rank".
var accordanceWords = set(`plan plans schedule timetable script rule rules law laws custom customs tradition
	traditions protocol procedure procedures instructions design rank merit need needs size age taste
	preference preferences ability abilities order type class category standard standards form`)

// IsAccordanceWord reports whether w (lower case) heads what "according
// to" follows in the sense of "in keeping with": "plan", "schedule".
func IsAccordanceWord(w string) bool { return accordanceWords[w] }

// issuingParticiples tell who put out a record after "by" ("figures
// released by the ministry"), unlike those that tell who saw or got it
// ("a draft reviewed by the agency").
var issuingParticiples = set(`released issued published compiled conducted filed prepared produced posted commissioned
	sponsored authored written signed sent distributed circulated`)

// IsIssuingParticiple reports whether w (lower case) is a participle that
// takes who issued a record after "by": "released", "published".
func IsIssuingParticiple(w string) bool { return issuingParticiples[w] }

// findingVerbs report what a poll, a study or a report found ("a new poll
// shows", "the report found", "the data suggest"): verbs of saying after
// such a record only.
var findingVerbs = set(`show shows showed found finds suggest suggests suggested indicate indicates indicated`)

// beliefVerbs tell what someone thinks, fears or hopes ("Many growers
// fear the frost will return", "Kern thinks that …"): verbs of saying
// before a clause only ("hope to win", "worries about the cost" are not).
// Not the past forms a noun or an adjective shares ("thought",
// "expected", "worried", "felt").
var beliefVerbs = set(`think thinks believe believes believed fear fears feared hope hopes hoped expect expects
	worry worries doubt doubts doubted suspect suspects suspected`)

// IsBeliefVerb reports whether w (lower case) tells what someone thinks,
// fears or hopes, before a clause: "think", "fear", "hopes".
func IsBeliefVerb(w string) bool { return beliefVerbs[w] }

// agreeingVerbs tell a view someone shares before a clause ("most agreed
// that …", "agrees with the mayor that …"); "agreed to" a deal or a task
// is no view.
var agreeingVerbs = set(`agree agrees agreed`)

// IsAgreeingVerb reports whether w (lower case) tells a view shared:
// "agree", "agreed".
func IsAgreeingVerb(w string) bool { return agreeingVerbs[w] }

// rulingVerbs tell what a court or a judge decided before "that" ("the
// court ruled that …", "the judge held that …", "the panel found that
// …"): "ruled" after anyone, the others after a court or a judge only
// ("party rules that …" are rules).
var rulingVerbs = set(`ruled rules held holds found finds`)

// courtWords name a court or a judge: "court", "judge", "tribunal".
var courtWords = set(`court courts judge judges justice justices tribunal tribunals jury`)

// IsRuling reports whether verb (lower case), after the word before it
// (lower case), tells what a court decided when "that" follows: "ruled"
// after anyone, "rules", "held" and "found" after "court" or "judge"
// ("the appeals court held"; not "party rules that …").
func IsRuling(before, verb string) bool {
	return verb == "ruled" || rulingVerbs[verb] && courtWords[before]
}

// IsCourtWord reports whether w (lower case) names a court or a judge:
// "court", "judge", "tribunal".
func IsCourtWord(w string) bool { return courtWords[w] }

// findingRecords are the records findingVerbs report for ("poll",
// "survey", "report", "records", "data").
var findingRecords = set(`poll polls polling survey surveys report reports study studies analysis audit records filings
	data figures statistics estimates documents review investigation research`)

// IsFinding reports whether verb (lower case) right after record (lower
// case) reports what the record found: "poll shows", "report found".
func IsFinding(record, verb string) bool { return findingRecords[record] && findingVerbs[verb] }

// IsFindingRecord reports whether w (lower case) is a record a finding
// verb may report for: "poll", "records", "data".
func IsFindingRecord(w string) bool { return findingRecords[w] }

// IsFindingVerb reports whether w (lower case) reports what a record
// found: "shows", "found", "suggest".
func IsFindingVerb(w string) bool { return findingVerbs[w] }

// askingVerbs take who was asked after them where they close a quotation
// ("…?” she asked reporters"); before a name that ends the clause they are
// inverted and the name is the asker ("…?” asked Sen. Ames").
var askingVerbs = set(`asked asks`)

// IsAskingVerb reports whether w (lower case) is a verb of asking that may
// take who was asked: "asked", "asks".
func IsAskingVerb(w string) bool { return askingVerbs[w] }

// continuingVerbs go on with what the one who spoke last was saying: "he
// added", "she continued".
var continuingVerbs = set(`added adds continued continues`)

// IsContinuingVerb reports whether w (lower case) goes on with the last
// speaker's words: "added", "continued".
func IsContinuingVerb(w string) bool { return continuingVerbs[w] }

// habitualMarkers before a speech verb make it habitual or undated ("has
// long said", "have argued"): of the speakerAdverbs, those that tell how
// often, not when or how.
var habitualMarkers = set(`has have had long consistently repeatedly often regularly always frequently previously`)

// HabitualMarkerSet returns the words that make a speech verb after them
// habitual or undated ("has", "long", "repeatedly"), as a set.
func HabitualMarkerSet() map[string]bool { return copySet(habitualMarkers) }

// speakerAdverbs may stand between a speaker and the speech verb ("Ames
// also said", "the minister has repeatedly warned"): adverbs, and the
// auxiliaries and reflexives a text puts there too. A question's adverbs
// are sayingAdverbs: there the auxiliary is parsed as a question's.
var speakerAdverbs = set(`also later earlier previously repeatedly long consistently regularly publicly privately separately again
	then has have had further reportedly recently often already once since always frequently initially subsequently
	similarly likewise meanwhile too himself herself themselves itself directly explicitly flatly bluntly firmly
	would will could did does do is are was were even still never only just quickly finally famously
	immediately angrily simply first gently quietly loudly proudly sharply tersely curtly now both twice`)

// SpeakerAdverbSet returns the words that may stand between a speaker and
// the speech verb, as a set.
func SpeakerAdverbSet() map[string]bool { return copySet(speakerAdverbs) }

// phraseStops end a speaker phrase when it is read backwards from its
// verb: conjunctions, relatives, auxiliaries, pronouns and prepositions.
var phraseStops = set(`as and but or while when because after before since which who whom whose that if though although where
	so than is are was were be been being not to it this these those we i you our us me him them my your
	would will could can should may might must did do does there here what how why also even just only has have had
	from into onto by about over under at in on`)

// PhraseStopSet returns the words that end a speaker phrase read
// backwards from its verb, as a set.
func PhraseStopSet() map[string]bool { return copySet(phraseStops) }

// speakerPronouns can stand for a speaker, as written, each with the kind
// of speaker: "m", "f", or "p" for several.
var speakerPronouns = map[string]string{"he": "m", "she": "f", "they": "p", "He": "m", "She": "f", "They": "p"}

// SpeakerPronouns returns the pronouns that can stand for a speaker
// ("he", "She", "they"), each with its kind: "m", "f", or "p" for several.
func SpeakerPronouns() map[string]string { return maps.Clone(speakerPronouns) }

// plainSpeech are the verbs of saying that say nothing about what was
// said: "say", "told", "think", "commented".
var plainSpeech = set(`say said says saying tell told think thinks thought mean speak spoke comment commented`)

// PlainSpeechSet returns the verbs of saying that say nothing about what
// was said ("said", "told", "thinks"), as a set.
func PlainSpeechSet() map[string]bool { return copySet(plainSpeech) }

// denialPhrases open a clause that disputes what came before: "a claim",
// "an allegation".
var denialPhrases = map[string]bool{"a claim": true, "an accusation": true, "a charge": true, "an allegation": true,
	"a contention": true, "an assertion": true, "a version": true, "a characterization": true}

// DenialPhraseSet returns the phrases, in lower case, that open a clause
// disputing what came before ("a claim", "an allegation"), as a set.
func DenialPhraseSet() map[string]bool { return copySet(denialPhrases) }

// recordings are what shows or plays someone speaking: "footage",
// "clip", "audio".
var recordings = set(`footage video videos clip clips tape tapes recording recordings audio`)

// RecordingSet returns the words of what shows or plays someone speaking
// ("footage", "clip", "audio"), as a set.
func RecordingSet() map[string]bool { return copySet(recordings) }

// labelVerbs put a name, a label or a verdict on something, or say
// words over: capitalised words quoted in what they govern are the
// subject's words, not a title ("denounced the new “Ports First”
// alliance", "rated the claim “Misleading”", "pronounced the firm’s name
// “Maersk”").
var labelVerbs = set(`denounce denounces denounced denouncing condemn condemns condemned condemning decry decries decried
	decrying deride derides derided deriding mock mocks mocked mocking ridicule ridicules ridiculed ridiculing
	rate rates rated term terms termed terming pronounce pronounces pronounced pronouncing mispronounced
	repeat repeats repeated repeating reiterate reiterates reiterated reiterating invoke invokes invoked invoking
	coin coins coined coining tout touts touted touting refer refers referred referring`)

// LabelVerbSet returns the verbs that put a name, a label or a verdict
// on something or say words over ("denounced", "rated", "pronounced"),
// as a set.
func LabelVerbSet() map[string]bool { return copySet(labelVerbs) }

// describingParticiples, in the passive before "as" or "to be", tell what
// others say of the subject: "is said to be “good”", "was described as
// “a hard bargainer”", "is seen as “the best hope”". The words quoted
// are theirs, not the subject's.
var describingParticiples = set(`said described seen considered regarded believed thought known called dubbed labeled labelled
	branded viewed deemed billed rumored rumoured portrayed characterized characterised painted styled`)

// IsDescribingParticiple reports whether w (lower case) is a participle
// that, in the passive before "as" or "to be", tells what others say of
// the subject: "said", "described", "seen".
func IsDescribingParticiple(w string) bool { return describingParticiples[w] }

// workNouns name a work or a piece of media whose title is quoted beside
// them: "the “Night Watch” series", "the talk show “Harbor Lights”".
var workNouns = set(`show shows series miniseries film films movie movies documentary documentaries book books memoir novel
	song songs album anthem sequel episode episodes program programs programme podcast play musical sitcom drama
	broadcast column article essay editorial report study poll survey ad ads advert commercial spot video videos
	poem magazine newspaper channel website blog newsletter segment franchise game opera painting`)

// IsWorkNoun reports whether w (lower case) names a work or a piece of
// media whose title may be quoted beside it: "series", "film", "ad".
func IsWorkNoun(w string) bool { return workNouns[w] }
