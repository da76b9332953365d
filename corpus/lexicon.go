package corpus

import "strings"

func set(words string) map[string]bool {
	m := map[string]bool{}
	for _, w := range strings.Fields(words) {
		m[w] = true
	}
	return m
}

// speechVerbs are verbs that attribute words to a speaker. Multi-word verbs
// are in phrasalVerbs.
var speechVerbs = set(`said says say told tells added adds stressed stresses warned warns noted notes argued argues
	claimed claims insisted insists explained explains announced announces acknowledged acknowledges admitted admits
	conceded concedes confirmed confirms denied denies suggested suggests urged urges demanded demands asserted asserts
	declared declares emphasized emphasised emphasizes emphasises wrote writes posted tweeted alleged alleges cautioned cautions
	predicted predicts promised promises vowed vows pledged pledges complained complains maintained maintains reiterated
	reiterates repeated repeats replied replies responded responds recalled recalls described describes accused accuses
	stated observed remarked estimated reported signaled signalled indicated indicates disclosed revealed countered
	contended contends lamented threatened hinted hints believes objected
	announce estimate estimates insist demand propose proposes proposed accuse warn urge argue deny denied claim
	vowed vow vows stressed reported`)

// phrasalVerbs are speech verbs of two words: the first word, then the second.
var phrasalVerbs = map[string]string{"according": "to", "called": "for on", "calls": "for on", "call": "for on", "pointed": "out",
	"alluded": "to", "spoke": "of", "weighed": "in", "appealed": "to for", "appealing": "to", "wrote": "in on"}

// perfectMarkers before a speech verb make it habitual or undated ("has long
// said", "have argued").
var perfectMarkers = set(`has have had long consistently repeatedly often regularly always frequently previously`)

// adverbs may stand between a speaker and the speech verb.
var adverbs = set(`also later earlier previously repeatedly long consistently regularly publicly privately separately again
	then has have had further reportedly recently often already once since always frequently initially subsequently
	similarly likewise meanwhile too himself herself themselves itself directly explicitly flatly bluntly firmly
	would will could did does do is are was were has`)

// stopWords end a speaker phrase when reading it backwards from its verb.
var stopWords = set(`as and but or while when because after before since which who whom whose that if though although where
	so than is are was were be been being not to it this these those we i you our us me him them my your
	would will could can should may might must did do does there here what how why also even just only has have had
	from into onto by about over under at in on`)

// pronouns that can stand for a speaker.
var pronouns = map[string]string{"he": "m", "she": "f", "they": "p", "He": "m", "She": "f", "They": "p"}

// roleNouns are heads of anonymous or collective speaker phrases.
var roleNouns = set(`official officials diplomat diplomats source sources people person spokesman spokeswoman spokesperson
	spokespeople spokesmen minister ministers negotiator negotiators mediator mediators envoy envoys adviser advisers advisor
	advisors aide aides analyst analysts expert experts general generals commander commanders leader leaders military army
	government administration ministry office police embassy agency group movement militants militia statement officer
	officers president premier chief chiefs representative representatives ambassador ambassadors lawmaker lawmakers senator
	senators secretary spokespersons delegation delegate delegates member members authorities authority residents resident
	witness witnesses mediator observers observer insider insiders counterpart counterparts forces force coalition council
	cabinet parliament committee campaign organization organisation union team staff staffer staffers officials' daughter
	son wife husband mother father brother sister family families relatives relative survivor survivors hostage hostages
	worker workers doctor doctors nurse nurses journalist journalists activist activists side sides party parties rebels
	insurgents fighters negotiators diplomats delegations mayor governor envoy commander spokespersons deputy director
	chairman chairwoman head heads investigators monitors agencies ministers presidents leaders residents
	commissioner commissioners coordinator ombudsman secretary-general prosecutor judge marine soldier soldiers
	officer commander-in-chief chief-of-staff forum network broadcaster newspaper channel presidency agency outlet
	station daily paper tv radio companies company firms operators insurers experts`)

// roleSynonyms maps a head noun to the heads it may refer back to.
var roleSynonyms = map[string][]string{
	"people":  {"people", "sources", "source", "person"},
	"person":  {"person", "people", "sources", "source"},
	"source":  {"source", "sources", "people", "person"},
	"sources": {"sources", "source", "people", "person"},
}

// titleWords are words of a role that may stand before a name
// ("Secretary of State Antony Blinken").
var titleWords = set(`President Vice Prime Minister Secretary State Foreign Defense Defence Interior Finance Affairs Chancellor
	King Queen Crown Prince Princess Emir Sheikh Ambassador Envoy Special Senior Chief Staff General Gen. Lt. Col. Maj. Adm.
	Admiral Commander Director Spokesman Spokeswoman Spokesperson Speaker Sen. Senator Rep. Representative Gov. Governor
	Mayor Leader Chairman Chairwoman Chair Secretary-General Deputy National Security Adviser Advisor Coordinator
	Negotiator Mediator Pope Cardinal Rabbi Imam Dr. Mr. Mrs. Ms. Justice Judge Attorney High Commissioner Head Pres.
	Premier Sultan Ayatollah Supreme Opposition Minority Majority Senate House White Army Military Intelligence Israeli
	Palestinian Egyptian Qatari Lebanese Iranian Russian Ukrainian Chinese Turkish Saudi Jordanian Syrian Emirati British
	French German American US U.S. UN U.N. EU European NATO Hamas Hezbollah Israel Department Council Defense General's
	Lieutenant Colonel Major Captain Sgt. Capt. Sir Dame Lord Lady Former Acting Interim Top Political Military Bureau
	Politburo Cabinet Office Assembly Parliament Knesset Health Justice Economy Energy Trade Treasury Homeland Israel's
	Spy Intelligence Mossad Shin Bet CIA Central Command Ministry Minister-President Foreign-Minister Egypt's Qatar's US's
	America's Britain's Iran's Russia's Ukraine's Lebanon's Gaza's Hamas's Hezbollah's Sudan's China's France's Germany's`)

// honorifics give a name's gender.
var honorifics = map[string]string{"Mr.": "m", "Mr": "m", "Mrs.": "f", "Mrs": "f", "Ms.": "f", "Ms": "f", "Sir": "m", "Dame": "f", "Lord": "m", "Lady": "f", "King": "m", "Queen": "f", "Prince": "m", "Princess": "f", "Sheikh": "m", "Emir": "m", "Sultan": "m"}

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

// institutions are heads of speaker phrases that are not one person, so
// "he" and "she" never refer to them.
var institutions = set(`government administration ministry office military army group movement family families council
	police embassy agency forces force authority authorities statement committee cabinet parliament union coalition
	campaign organization organisation team delegation militia court secretariat mission presidency`)
