package lexicon

// notNames are capitalised words that do not start or make a person's
// name: function words as a sentence opens them, days and months, and the
// places, bodies, peoples and outlets news names most. Not the titles,
// which are read before a name, nor are they notTalksNames: a place
// names no one, but it names talks.
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

// NotNameSet returns the capitalised words that do not start or make a
// person's name ("The", "Monday", "Gaza", "Reuters"), as a set.
func NotNameSet() map[string]bool { return copySet(notNames) }

// femaleNames and maleNames are first names that tell a person's gender,
// as written.
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

// FemaleNameSet returns the first names that tell a woman ("Ema" is not
// one of them), as a set.
func FemaleNameSet() map[string]bool { return copySet(femaleNames) }

// MaleNameSet returns the first names that tell a man, as a set.
func MaleNameSet() map[string]bool { return copySet(maleNames) }

// nameParticles join the parts of a name ("Hamad bin Nasser", "Ursula
// von der Leyen"), in lower case.
var nameParticles = set(`bin ibn bint abu de da di du van von der den la le`)

// NameParticleSet returns the lower-case words that join the parts of a
// name ("bin", "von", "de"), as a set.
func NameParticleSet() map[string]bool { return copySet(nameParticles) }

// nameRunJoiners join the names and titles of a run that names people and
// bodies ("Government of Ethiopia National Security Advisor Redwan Hussein
// and TPLF Spokesperson Getachew Reda"), besides the particles of a name.
var nameRunJoiners = set(`of and the for`)

// IsNameRunJoiner: w, in lower case, may stand inside a run of names and
// titles: "of", "and", "the", "for", or a particle of a name.
func IsNameRunJoiner(w string) bool { return nameRunJoiners[w] || nameParticles[w] }

// nicknames are the short forms people are called by, each with the
// first names it is short for, in lower case: "condi" asks for Condoleezza
// Rice, "nick" for Nicholas Burns.
var nicknames = map[string][]string{
	"condi": {"condoleezza"}, "nick": {"nicholas", "nicolas"}, "mike": {"michael"}, "bill": {"william"},
	"bob": {"robert"}, "rob": {"robert"}, "bobby": {"robert"}, "jim": {"james"}, "jimmy": {"james"},
	"joe": {"joseph"}, "tony": {"antony", "anthony"}, "tom": {"thomas"}, "dick": {"richard"},
	"rick": {"richard"}, "dan": {"daniel"}, "dave": {"david"}, "steve": {"steven", "stephen"},
	"chris": {"christopher", "christine", "christina"}, "matt": {"matthew"}, "pete": {"peter"},
	"ben": {"benjamin"}, "bibi": {"benjamin"}, "sam": {"samuel", "samantha"}, "alex": {"alexander", "alexandra"},
	"liz": {"elizabeth"}, "kate": {"catherine", "katherine"}, "maddy": {"madeleine"}, "hilary": {"hillary"},
	"chuck": {"charles"}, "ted": {"edward", "theodore"}, "ed": {"edward"}, "jeff": {"jeffrey"},
	"greg": {"gregory"}, "andy": {"andrew"}, "don": {"donald"}, "ron": {"ronald"}, "vlad": {"vladimir"},
}

// NicknameOf reports whether nick (lower case) is a short form people
// are called by for the first name given (lower case): "condi" for
// "condoleezza".
func NicknameOf(nick, given string) bool {
	for _, g := range nicknames[nick] {
		if g == given {
			return true
		}
	}
	return false
}
