package corpus

import (
	"strings"

	"github.com/talkbot/talkbot/lexicon"
)

// The words of attribution live in package lexicon, shared with the bot;
// these are corpus's look-up sets over them.
var (
	speechVerbs  = lexicon.SpeechVerbSet()
	remarkVerbs  = lexicon.RemarkVerbSet()
	phrasalVerbs = lexicon.PhrasalVerbs()
	closingVerbs = lexicon.ClosingVerbSet()
	leadVerbs    = lexicon.LeadVerbSet()
	participles  = lexicon.ParticipleSet()
	roleNouns    = lexicon.RoleNounSet()
	titleWords   = lexicon.TitleWordSet()
	honorifics   = lexicon.Honorifics()
	institutions = lexicon.InstitutionSet()
	determiners  = lexicon.DeterminerSet()
)

// roleLike: a noun for someone who may speak ("businessman", "pollster",
// "the editorial").
func roleLike(w string) bool { return lexicon.IsPersonNoun(w) }

func set(words string) map[string]bool {
	m := map[string]bool{}
	for _, w := range strings.Fields(words) {
		m[w] = true
	}
	return m
}

// perfectMarkers before a speech verb make it habitual or undated ("has long
// said", "have argued").
var perfectMarkers = set(`has have had long consistently repeatedly often regularly always frequently previously`)

// adverbs may stand between a speaker and the speech verb.
var adverbs = set(`also later earlier previously repeatedly long consistently regularly publicly privately separately again
	then has have had further reportedly recently often already once since always frequently initially subsequently
	similarly likewise meanwhile too himself herself themselves itself directly explicitly flatly bluntly firmly
	would will could did does do is are was were has even still never only just already quickly finally famously
	immediately angrily flatly simply first bluntly gently quietly loudly proudly sharply tersely curtly`)

// stopWords end a speaker phrase when reading it backwards from its verb.
var stopWords = set(`as and but or while when because after before since which who whom whose that if though although where
	so than is are was were be been being not to it this these those we i you our us me him them my your
	would will could can should may might must did do does there here what how why also even just only has have had
	from into onto by about over under at in on`)

// pronouns that can stand for a speaker.
var pronouns = map[string]string{"he": "m", "she": "f", "they": "p", "He": "m", "She": "f", "They": "p"}

// roleSynonyms maps a head noun to the heads it may refer back to.
var roleSynonyms = map[string][]string{
	"people":  {"people", "sources", "source", "person"},
	"person":  {"person", "people", "sources", "source"},
	"source":  {"source", "sources", "people", "person"},
	"sources": {"sources", "source", "people", "person"},
}

// notNames are capitalized words that do not start or make a person's name.
var notNames = set(`The A An In On At But And As For To Of By With From After Before While When Where Why How What Who Which
	This That These Those It Its He She They We I You Our Their His Her Some Many Most Several Two Three Four Five Both
	Monday Tuesday Wednesday Thursday Friday Saturday Sunday January February March April May June July August September
	October November December Jan. Feb. Mar. Apr. Aug. Sept. Sep. Oct. Nov. Dec. If Since Until Asked Still Yet Also
	Meanwhile However Earlier Later Recently Speaking According Given Despite During Under Over Against Among Between
	Without Within Across Through Last Next Now Then Today Yesterday Tomorrow Such Other Another Each Every No Not Only
	Even Just So Thus Instead Indeed Separately Hamas Hezbollah Israel Gaza Lebanon Iran Egypt Qatar Russia Ukraine
	Sudan Syria Yemen Jordan France Britain China Washington Jerusalem Cairo Doha Beirut Tehran Moscow Kyiv London Paris
	Geneva New York West Bank Strip City Street United States Nations Kingdom Union Council Security General Assembly
	Department House Office Ministry Army Forces Defense Defence Force Palestinian Israeli Israelis Palestinians Arab
	European American British French German Russian Ukrainian Iranian Egyptian Qatari Lebanese Western Eastern Northern
	Southern Middle East Iranian-backed UN U.N. US U.S. EU NATO IDF CNN NBC ABC CBS BBC AP Reuters Fox News Times Post
	Journal Press Associated Agence Al Jazeera Sky Channel Television TV Radio Senate Congress Parliament Knesset Cabinet
	Said Says Added Adds Asked Asks Wrote Writes Tweeted Replied Responded Explained Noted Continued Recalled`)

// nationalities and country possessives that prefix a role ("British
// Prime Minister").
var femaleNames = set(`Mary Maria Marie Anna Anne Ann Sarah Sara Linda Susan Karen Nancy Lisa Margaret Elizabeth Kamala Hillary
	Ursula Kaja Annalena Giorgia Angela Theresa Liz Jacinda Golda Tzipi Miri Orit Gila Yael Noa Shira Tamar Rachel Leah
	Hanan Fatima Aisha Layla Leila Rania Samantha Linda Nikki Condoleezza Madeleine Victoria Catherine Kate Emily Emma
	Olivia Sophia Sophie Julia Julie Laura Jennifer Jessica Michelle Barbara Patricia Helen Claire Christine Christina
	Ngozi Amina Mia Hana Hannah Natasha Lauren Kristalina Agnes Catherine Penny Yvette Rosemary Marta Mariana Olena Iryna
	Yulia Tatiana Natalia Svetlana Maria Valentina Nadia Nadine Huda Reem Lina Dalia Rasha Sana Zeina Mona Hala Nour`)

var maleNames = set(`Joe Joseph Antony Anthony Tony John James Robert Michael William David Richard Charles Thomas Daniel
	Matthew Mark Donald Steven Paul Andrew Kenneth George Edward Brian Ronald Kevin Jason Jeffrey Ryan Jacob Gary Eric
	Benjamin Benny Yoav Isaac Yair Itamar Bezalel Gideon Ron Amos Jake Lloyd Keir Rishi Boris Emmanuel Olaf Vladimir
	Volodymyr Sergei Sergey Dmitry Mohammed Mohammad Muhammad Ahmed Ahmad Ali Hassan Hussein Yahya Ismail Khalil Mahmoud
	Abdel Abdul Abdullah Fattah Tamim Sameh Najib Nabih Naim Hossein Abbas Ebrahim Masoud Recep Hakan Xi Wang Antonio
	Pedro Luiz Jair Javier Pope Francis Herzi Gershon Bill Barack Mike Marco Pete Steve Steven Chuck Mitch Lindsey Ted
	Josep Borrell Friedrich Mark Rutte Jens Andrzej Viktor Giorgos Recep Nicolas Narendra Shehbaz Ashraf Mousa Moussa
	Marwan Salah Tariq Omar Osama Khaled Walid Ziad Karim Samir Nasser Jamal Fuad Fouad Abdulrahman Mansour Majed Hamad`)

// nameParticles join the parts of a name ("Hamad bin Nasser").
var nameParticles = set(`bin ibn bint abu de da di du van von der den la le`)
