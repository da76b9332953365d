package corpus

import (
	"encoding/json"
	"flag"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"
)

var update = flag.Bool("update", false, "rewrite golden files")

// TestGolden extracts each test article, and each document of the other
// formats (transcripts, readouts, statements), and compares the
// statements, as JSON lines, with testdata/golden/<article>.jsonl.
func TestGolden(t *testing.T) {
	files, _ := filepath.Glob("testdata/articles/*")
	formats, _ := filepath.Glob("testdata/formats/*")
	files = append(files, formats...)
	if len(files) == 0 {
		t.Fatal("no test articles")
	}
	for _, f := range files {
		name := filepath.Base(f)
		t.Run(name, func(t *testing.T) {
			c, err := Load(Options{}, f)
			if err != nil || len(c.Errors) > 0 {
				t.Fatalf("load: %v %v", err, c.Errors)
			}
			var b strings.Builder
			enc := json.NewEncoder(&b)
			enc.SetEscapeHTML(false)
			for _, s := range c.Statements {
				s.File = name
				enc.Encode(s)
			}
			golden := filepath.Join("testdata", "golden", strings.TrimSuffix(name, filepath.Ext(name))+".jsonl")
			if *update {
				os.MkdirAll(filepath.Dir(golden), 0o755)
				if err := os.WriteFile(golden, []byte(b.String()), 0o644); err != nil {
					t.Fatal(err)
				}
				return
			}
			want, err := os.ReadFile(golden)
			if err != nil {
				t.Fatalf("%v (run go test ./corpus -update to create it)", err)
			}
			if got := b.String(); got != string(want) {
				gl, wl := strings.Split(got, "\n"), strings.Split(string(want), "\n")
				for i := 0; i < len(gl) || i < len(wl); i++ {
					var g, w string
					if i < len(gl) {
						g = gl[i]
					}
					if i < len(wl) {
						w = wl[i]
					}
					if g != w {
						t.Fatalf("statement %d differs from %s (go test ./corpus -update to accept):\n got %s\nwant %s", i+1, golden, g, w)
					}
				}
			}
		})
	}
}

func TestDateIn(t *testing.T) {
	wed := time.Date(2024, 9, 25, 0, 0, 0, 0, time.UTC) // a Wednesday
	tests := []struct {
		text string
		want string
		ok   bool
	}{
		{"Blinken said Wednesday", "2024-09-25", true},
		{"On Monday night, a US official told CNN", "2024-09-23", true},
		{"earlier Wednesday", "2024-09-25", true},
		{"scheduled for later Wednesday", "2024-09-25", true},
		{"said on Tuesday", "2024-09-24", true},
		{"said on Thursday", "2024-09-19", true},
		{"last Wednesday", "2024-09-18", true},
		{"on Sept. 14", "2024-09-14", true},
		{"on September 14, 2023", "2023-09-14", true},
		{"on 3 March", "2024-03-03", true},
		{"on Dec. 30", "2023-12-30", true},
		{"yesterday", "2024-09-24", true},
		{"last week", "", true},
		{"the talks run through Friday, the envoy said", "", false},
		{"said on Monday that talks go on until Friday", "2024-09-23", true},
		{"talks continue through Friday and resume on Tuesday", "2024-09-24", true},
		{"a meeting set for next Monday", "", false},
		{"both presidents plan to put their names to the accord Thursday", "", false},
		{"the envoys are due to meet Friday", "", false},
		{"the talks were halted due to shelling on Monday", "2024-09-23", true},
		{"due to the storm, the delegates left early Monday", "2024-09-23", true},
		{"the ministers, who will meet again soon, said Monday", "2024-09-23", true},
		{"the deal they signed Monday will hold", "2024-09-23", true},
		{"talks will resume Thursday after they broke off Monday", "2024-09-23", true},
		// A plan further off than a few words, with nothing done between.
		{"the minister will represent the country at the signing ceremonies in the capital Sunday", "", false},
		{"the envoy will fly to the capital after completing the tour with a visit to the coast on Friday", "", false},
		{"the talks will go on although the rebels walked out of the session on Monday", "2024-09-23", true},
		{"the truce begins at dawn on Thursday, September 26, 2024", "", false},
		{"on Monday, September 23", "2024-09-23", true},
		{"before the October 10th deadline", "", false},
		{"on Oct. 20", "", false},
		{"on Dec. 20", "2023-12-20", true},
		{"the mediator said the day before", "2024-09-24", true},
		{"a day earlier, the minister said", "2024-09-24", true},
		{"said the day before the vote", "", false},
		{"has long said", "", false},
		{"said in a statement", "", false},
	}
	for _, tt := range tests {
		got, ok := dateIn(tt.text, wed)
		if got != tt.want || ok != tt.ok {
			t.Errorf("dateIn(%q) = %q, %v; want %q, %v", tt.text, got, ok, tt.want, tt.ok)
		}
	}
}

// TestSpeakers checks who an article's words are attributed to, in the
// ways news names people.
func TestSpeakers(t *testing.T) {
	tests := []struct {
		name    string
		body    string
		text    string // words of the statement to check
		speaker string
		title   string
		mention string
	}{
		{"title before name, then surname", "Secretary of State Antony Blinken arrived in Cairo on Tuesday.\n\n“We are close,” Blinken said.",
			"We are close", "Antony Blinken", "Secretary of State", "Blinken"},
		{"pronoun in the next paragraph", "Speaking on CBS, President Joe Biden alluded to the talks.\n\n“There is a way to do it,” he said.",
			"There is a way to do it", "Joe Biden", "President", "he"},
		{"she and he", "Foreign Minister Maria Lopez met envoy Karim Haddad.\n\n“The door is open,” she said. “We will keep talking.”",
			"The door is open, We will keep talking.", "Maria Lopez", "Foreign Minister", "she"},
		{"inverted with appositive", "“We need a pause in the fighting,” said Carla Moussa, a spokeswoman for the ministry.",
			"We need a pause in the fighting", "Carla Moussa", "spokeswoman for the ministry", "Carla Moussa"},
		{"title, name, said", "China’s envoy, Zhang Wei, said Beijing would “support any text that ends the war.”",
			"support any text that ends the war", "Zhang Wei", "China’s envoy", "Zhang Wei"},
		{"anonymous, then the official", "An Israeli official told CNN the cabinet would meet.\n\nThe official said that a vote was “still several days away.”",
			"still several days away", "an Israeli official", "", "The official"},
		{"the people said", "Mediators are drafting a new text, according to three sources familiar with the matter.\n\nThe draft would free hostages first, the people said.",
			"The draft would free hostages first", "three sources familiar with the matter", "", "the people"},
		{"participle", "A European diplomat expressed doubt about the plan, saying there was “no reason to be optimistic right now.”",
			"no reason to be optimistic right now", "a European diplomat", "", "A European diplomat"},
		{"according to", "The talks will resume on Sunday, according to a senior Egyptian official.",
			"The talks will resume on Sunday", "a senior Egyptian official", "", "a senior Egyptian official"},
		{"parenthetical", "A deal, officials say, is within reach.", "A deal is within reach", "officials", "", "officials"},
		{"party and state tag", "“The vote will not wait for the recess,” Rep. Dana Wolcott (R-Ohio) said.",
			"The vote will not wait for the recess", "Dana Wolcott", "Rep.", "Rep. Dana Wolcott"},
		{"party tag between commas", "“We expect the veto to be overridden,” Senator Paul Hendry, D-Maine, said Tuesday.",
			"We expect the veto to be overridden", "Paul Hendry", "Senator", "Senator Paul Hendry"},
		{"middle initial and suffix", "“The committee has the votes it needs,” said Harold J. Becket III, the panel’s chairman.",
			"The committee has the votes it needs", "Harold Becket", "panel’s chairman", "Harold J. Becket III"},
		{"any noun phrase after a quote", "“We need a different approach entirely,” the Ohio businessman said.",
			"We need a different approach entirely", "the Ohio businessman", "", "the Ohio businessman"},
		{"inverted, then a modifier", "“This plan will not survive the week,” said campaign manager Tom Aldana in a statement.",
			"This plan will not survive the week", "Tom Aldana", "campaign manager", "campaign manager Tom Aldana"},
		{"question before said", "“Who would have believed we would get this far?” Mendez said, smiling at the crowd.",
			"Who would have believed we would get this far?", "Mendez", "", "Mendez"},
		{"an appositive with a relative clause inside", "Tomas Reyes, a Nevada rancher who had sat on the water board for a decade before leaving in March over a quarrel about fees, said the plan was “dead on arrival in the valley.”",
			"dead on arrival in the valley.", "Tomas Reyes", "", "Tomas Reyes"},
		{"a surname that is also a place's word", "Dana West, a history teacher at Lincoln High who once ran for the school board (2019), called it “a long overdue step.”",
			"a long overdue step.", "Dana West", "history teacher at Lincoln High", "Dana West"},
		{"inverted, then a person noun as appositive", "“We will back the treaty,” Ron Okafor III, founder of the Harbor Policy Center, tells the Ledger in an interview.",
			"We will back the treaty", "Ron Okafor", "founder of the Harbor Policy Center", "Ron Okafor III"},
		{"a one-word quote, then its attribution", "“Meh,” wrote one reader who runs a fan page. “What does the envoy know about the valley?”",
			"Meh, What does the envoy know about the valley?", "one reader", "", "one reader"},
		{"a question, then a name and its appositive", "“Are you with us today? Can we count on you?” Pruitt, a retired teacher from Dayton, said into the phone.",
			"Are you with us today? Can we count on you?", "Pruitt", "retired teacher from Dayton", "Pruitt"},
		{"a relative clause about an unnamed person", "One attendee, who spoke on condition of anonymity to describe the closed meeting, said the mood was “grim but not hopeless.”",
			"grim but not hopeless.", "one attendee", "", "One attendee"},
		{"asked whom, a noun phrase", "“Did you know who wrote that line?” Ortega asked the real estate developer.",
			"Did you know who wrote that line?", "Ortega", "", "Ortega"},
		{"inverted, then when", "“Look at the map before you talk,” said former envoy Ann Roe during the second debate, adding that the border had moved.",
			"Look at the map before you talk", "Ann Roe", "former envoy", "former envoy Ann Roe"},
		{"a chief executive is a title", "Senator Ruth Amsel questioned Harbor Bank CEO John Pell on Tuesday.\n\n“This just isn’t right,” Amsel said. “You pushed staff to the limit” to lift the share price, she said.",
			"This just isn’t right, You pushed staff to the limit", "Ruth Amsel", "Senator", "she"},
		{"a modifier with digits and a slash", "“The reasons given for the veto do not hold up,” said 9/11 widow Ada Strand.",
			"The reasons given for the veto do not hold up", "Ada Strand", "9/11 widow", "9/11 widow Ada Strand"},
		{"a clause put in front with its own verb", "Before city officials had weighed in with any account, Governor Lena Korhonen said at a rally in Turku that “a blast” had hit the port.",
			"“a blast” had hit the port", "Lena Korhonen", "Governor", "Governor Lena Korhonen"},
		{"a closing mark typed to open the paragraph", "” … she delivered the lines with a calm the room had not seen all week,” Ostrowski wrote.",
			"… she delivered the lines with a calm the room had not seen all week", "Ostrowski", "", "Ostrowski"},
		{"a nickname inside the name, a relation as role", "“This is a big year for our town!” Bell’s niece, state Del. Marcia “Cia” Ortiz (D-Norfolk), shouted to the crowd. “The whole state is watching us today.”",
			"This is a big year for our town! The whole state is watching us today.", "Bell’s niece", "", "Bell’s niece"},
		{"a role, then a role and a name between commas", "Bell’s niece, state Del. Marcia Ortiz (D-Norfolk), said the race was “over for them by March.”",
			"over for them by March.", "Marcia Ortiz", "Del.", "state Del. Marcia Ortiz"},
		{"an appositive role with commas inside", "“The new rules will not fix this at all,” Anne Ruiz, deputy director of the office for ports, roads, and bridges, said on the same call.",
			"The new rules will not fix this at all", "Anne Ruiz", "deputy director of the office for ports", "Anne Ruiz"},
		{"a long modifier after the verb", "“Both sides signed the same agreement,” Ada Voss said in an interview with Harbor Radio’s Maria Bell this morning.",
			"Both sides signed the same agreement", "Ada Voss", "", "Ada Voss"},
		{"an aside with a place between name and verb", "Korhonen, during a town hall meeting in Turku, Finland, said she was “going to close the old port for good,” while explaining the plan.",
			"going to close the old port for good", "Korhonen", "", "Korhonen"},
		{"an adverb and a relative clause between name and verb", "Ostrowski, meanwhile, who has no such endorsements, said that fact shows who is “ready to take on the old guard.”",
			"ready to take on the old guard.", "Ostrowski", "", "Ostrowski"},
		{"two quotes, two named speakers", "“He will have to stop the insults,” said Sen. Ruth Amsel. “He has to earn the office,” added Rep. Dana Wolcott.",
			"He has to earn the office", "Dana Wolcott", "Rep.", "Rep. Dana Wolcott"},
		{"an attribution ending in a colon, the words in the next paragraph", "The session opened late.\n\nThat is, when the moderators gave in to the lure of snark, Senator Ruth Amsel called them on it:\n\n“The questions asked tonight show why people do not trust the panel at all.”",
			"The questions asked tonight show why people do not trust the panel at all.", "Ruth Amsel", "Senator", ""},
		{"one of a group after the verb, then a relative clause", "Aides met late on Monday.\n\n“There is no path left for the other side,” said one of those aides, who spoke on condition of anonymity to describe the talks.",
			"There is no path left for the other side", "one of those aides", "", "one of those aides"},
		{"dash signature", "“The candidates never talk about our town at all.” ― Rosa Delgado\n“They only come here when they want votes.” ― Ed Parkin",
			"They only come here when they want votes.", "Ed Parkin", "", "Ed Parkin"},
		{"inverted lead before a colon", "Said Okafor: “Nobody in this room believes the numbers.”",
			"Nobody in this room believes the numbers.", "Okafor", "", "Okafor"},
		{"name before a colon", "Lena Varga, Channel 9: “The count will take at least another day.”",
			"The count will take at least another day.", "Lena Varga", "", "Lena Varga"},
		{"subject of a sentence that quotes", "Governor Ada Lindqvist mocked the ruling as “a gift to the lobbyists” on Monday.",
			"a gift to the lobbyists", "Ada Lindqvist", "Governor", "Governor Ada Lindqvist"},
		{"role, name, verb … quote", "Norway’s trade minister, Sigrid Holm, praised the draft but warned against “a deal written for one side”.",
			"a deal written for one side", "Sigrid Holm", "Norway’s trade minister", "Sigrid Holm"},
		{"name of a state", "Senator Mark Albers of Iowa said the bill was “dead on arrival.”",
			"dead on arrival", "Mark Albers", "Senator", "Senator Mark Albers of Iowa"},
		{"speaker before a colon at the end of a paragraph", "Albers said the bill was late.\n\nThen Kowalski continued:\n\n“The money is simply not there.”",
			"The money is simply not there.", "Kowalski", "", ""},
		{"the person told is not the speaker", "“Nobody can win this race alone,” Ruth Amsel, a historian at Lakeside College, told The Courier.",
			"Nobody can win this race alone", "Ruth Amsel", "historian at Lakeside College", "Ruth Amsel"},
		{"the group spoke, the agency reported", "The rebels said they would free the two engineers on Friday, the Harbor News Agency reported.",
			"they would free the two engineers on Friday", "the rebels", "", "The rebels"},
		{"inverted, with a role noun of public life", "“We cannot wait for the recount,” said the Chicago businessman, who spoke in Dayton.",
			"We cannot wait for the recount", "the Chicago businessman", "", "the Chicago businessman"},
		{"a signature paragraph after the quotation", "“The plan leaves out half the state and everyone knows it.”\n\n- Dana Whitcombe.",
			"The plan leaves out half the state and everyone knows it.", "Dana Whitcombe", "", "Dana Whitcombe"},
		{"a statement announced before a colon", "The mayor's office issued the following statement:\n\n“The curfew ends at dawn and the bridges reopen at noon.”",
			"The curfew ends at dawn and the bridges reopen at noon.", "the mayor's office", "", ""},
		{"asked, inverted after a question", "“Why would we stop now?” asked Sen. Ruth Amsel of Vermont.",
			"Why would we stop now?", "Ruth Amsel", "Sen.", "Sen. Ruth Amsel of Vermont"},
		{"split quote joined", "“But it’s possible,” he said, “and I’m using every bit of energy I have.”\n\nPresident Joe Biden spoke on Tuesday.",
			"But it’s possible, and I’m using every bit of energy I have.", "", "", ""},
		{"said of someone", "“He never stops working,” Mara Quist, the county chair, said of the senator.",
			"He never stops working", "Mara Quist", "county chair", "Mara Quist"},
		{"inverted, then a relative clause", "“The numbers will not hold,” said a veteran pollster who has worked for three governors.",
			"The numbers will not hold", "a veteran pollster", "", "a veteran pollster"},
		{"inverted, then where the speaker works", "“The statute was never meant for this,” said Nils Brandt of the Lakeside Law School.",
			"The statute was never meant for this", "Nils Brandt", "of the Lakeside Law School", "Nils Brandt"},
		{"an opening mark typed to close", "“We will count every ballot,“ said Greta Vogel, a spokeswoman for the county.",
			"We will count every ballot", "Greta Vogel", "spokeswoman for the county", "Greta Vogel"},
		{"an institution said", "The department said it would “publish the missing figures by the end of the month.”",
			"publish the missing figures by the end of the month.", "the department", "", "The department"},
		{"an age for a role", "“It was a long night for all of us,” said the 52-year-old.",
			"It was a long night for all of us", "the 52-year-old", "", "the 52-year-old"},
		{"a closing verb of tone", "“Why did nobody warn the county about the levee?” Dorsey questioned.",
			"Why did nobody warn the county about the levee?", "Dorsey", "", "Dorsey"},
		{"a participle of writing", "Mayor Lena Park took to social media, writing: “The bridge reopens at noon. Thank you all for waiting.”",
			"The bridge reopens at noon. Thank you all for waiting.", "Lena Park", "Mayor", "Mayor Lena Park"},
		{"agreed to, not speech", "The two parties have agreed to work towards a budget before the recess.",
			"The two parties have agreed to work towards a budget before the recess", "", "", ""},
		{"the woman, then who", "“We lock the doors at six now,” said the woman, who asked that her name not be used.",
			"We lock the doors at six now", "the woman", "", "the woman"},
		{"a long appositive with commas inside", "Nora Blake, a county commissioner who has served on the finance board, the zoning board and the transit board, said the budget was “a fiction from the first page.”",
			"a fiction from the first page.", "Nora Blake", "county commissioner", "Nora Blake"},
		{"an appositive between dashes", "Len Ortiz — a welder from the east side — says the plant closing was “the end of the town.”",
			"the end of the town.", "Len Ortiz", "welder from the east side", "Len Ortiz"},
		{"inverted, any noun phrase after a quote", "“The party will come around by the summer,” said one longtime confidant.",
			"The party will come around by the summer", "one longtime confidant", "", "one longtime confidant"},
		{"a verb of urging closes", "“Read the bill before you vote on it,” Marsh urged.",
			"Read the bill before you vote on it", "Marsh", "", "Marsh"},
		{"asked, and the one asked", "“Will you sign the pledge tonight?” Okafor asked Lindqvist.",
			"Will you sign the pledge tonight?", "Okafor", "", "Okafor"},
		{"a closing speaker with age, town and relative clause", "“The mill was the town,” Ruth Kell, 61, of Dayton, Ohio, who worked there for thirty years, said on Monday.",
			"The mill was the town", "Ruth Kell", "", "Ruth Kell"},
		{"my father said", "“Keep your head down and your boots dry,” my father often said.",
			"Keep your head down and your boots dry", "my father", "", "my father"},
		{"a leading clause, then the speaker before a colon", "While arguing about the ballot measures, a neighbor commented: “For you, the bridge is the only reason to vote.”",
			"For you, the bridge is the only reason to vote.", "a neighbor", "", "a neighbor"},
		{"a closing mark typed to open, signed", "Readers wrote in after the debate.\n\n”Fear. I am afraid the count will be wrong.” ― Ada Reyes",
			"Fear. I am afraid the count will be wrong.", "Ada Reyes", "", "Ada Reyes"},
		{"two appositives before a closing verb", "“It is an overreach,” Tom Vance, the attorney general of the state, one of the states suing the agency, said on Monday.",
			"It is an overreach", "Tom Vance", "attorney general of the state", "Tom Vance"},
		{"a possessive subject that is calling", "Presidential candidate Karim Haddad’s doctor is calling him “fit to lead the talks.”",
			"fit to lead the talks.", "Presidential candidate Karim Haddad’s doctor", "", "Presidential candidate Karim Haddad’s doctor"},
		{"a dateline, then the subject describing", "BRUSSELS, March 3 (Meridian) — Foreign Minister Maria Lopez described the draft as “a dead letter for all sides” during a visit.",
			"a dead letter for all sides", "Maria Lopez", "Foreign Minister", "Foreign Minister Maria Lopez"},
		{"an organisation issued a statement calling", "After a closed session, the Security Council issued a statement calling the launch “a clear violation of the truce.”",
			"a clear violation of the truce.", "the Security Council", "", "the Security Council"},
		{"with someone calling", "The delegates left early, with Senator Paul Ames calling the text “a dead letter now.”",
			"a dead letter now.", "Paul Ames", "Senator", "Senator Paul Ames"},
		{"as someone puts it", "The first round ended badly.\n\nAs the columnist Ruth Kale puts it, “nobody in the room believed a word.”",
			"nobody in the room believed a word.", "Ruth Kale", "columnist", "the columnist Ruth Kale"},
		{"refers to someone as", "Ines Holt refers to the envoy, her old rival, as “the last honest man in the room.”",
			"the last honest man in the room.", "Ines Holt", "", "Ines Holt"},
		{"a town and a region end the leading clause", "Speaking at a rally in Lyon, France, Haddad went after Lopez, calling her “a broker with nothing to sell.”",
			"a broker with nothing to sell.", "Haddad", "", "Haddad"},
		{"a leading clause, then a name and its appositive", "With ten days until the vote, Ada Moore, a senior adviser to the envoy, called the remarks “a true wake-up call” for the team.",
			"a true wake-up call", "Ada Moore", "senior adviser to the envoy", "Ada Moore"},
		{"what he called, after another speaker", "“We are close,” Karim Haddad said.\n\nSecretary General Omar Vance condemned what he called “a brazen breach of the truce.”",
			"a brazen breach of the truce.", "Omar Vance", "Secretary General", "Secretary General Omar Vance"},
		{"a named subject citing a capitalised quotation", "At the forum, Lindqvist cited the mayor’s old nickname “Mister Maybe” as proof of his drift.",
			"At the forum, Lindqvist cited the mayor’s old nickname “Mister Maybe” as proof of his drift", "Lindqvist", "", "Lindqvist"},
		{"a leading clause with a comma inside", "Following a brief, tense session, the Harbor Council issued a statement calling the strike “an open breach of the truce.”",
			"an open breach of the truce.", "the Harbor Council", "", "the Harbor Council"},
		{"two named subjects", "Senator Paul Ames and Governor Ada Lindqvist met on Monday.\n\nAmes and Lindqvist call the plan “a surrender on paper” and want a new vote.",
			"a surrender on paper", "Paul Ames and Ada Lindqvist", "", "Ames and Lindqvist"},
		{"a clip speaks", "The clip says the envoy “never meant to sign anything at all.”",
			"never meant to sign anything at all.", "the clip", "", "The clip"},
		{"an article hails, after a phrase of time", "Two years ago, a Meridian article hailed the envoy as “The Quiet Broker” for his patience.",
			"Two years ago, a Meridian article hailed the envoy as “The Quiet Broker” for his patience", "a Meridian article", "", "a Meridian article"},
		{"a day between the subject and its verb", "The port city's new mayor on Monday rejected the ministry's offer to make an “exception” for the fishing fleet.",
			"The port city's new mayor on Monday rejected the ministry's offer to make an “exception” for the fishing fleet", "the port city's new mayor", "", "The port city's new mayor"},
		{"a newspaper by its name", "If the talks fail, the Harbor Post will call it “a failure foretold by everyone.”",
			"a failure foretold by everyone.", "the Harbor Post", "", "the Harbor Post"},
		{"an email sent by someone", "Later, a fundraising email sent out by Ames on Tuesday warned of “a long and costly fight ahead.”",
			"a long and costly fight ahead.", "Ames", "", "Ames"},
		{"with someone reportedly yelling", "Fights broke out at the rally, with the candidate reportedly yelling: “Get them out of here now!”",
			"Get them out of here now!", "the candidate", "", "the candidate"},
		{"the man who shouted is not the subject", "Police arrested a man who shouted “go home now, all of you” at the delegates.",
			"go home now, all of you", "", "", ""},
		{"a phrase of time is not a speaker", "Two years ago, the “peace dividend for everyone” was a popular phrase in the capital.",
			"peace dividend for everyone", "", "", ""},
		{"an embassy named with its place", "The Norlandic Embassy in Vell said the monitors would stay until the spring.",
			"the monitors would stay until the spring", "the Norlandic Embassy in Vell", "", "The Norlandic Embassy in Vell"},
		{"a mission named with its place", "The Estrian Mission in Basel said both delegations had accepted the timetable.",
			"both delegations had accepted the timetable", "the Estrian Mission in Basel", "", "The Estrian Mission in Basel"},
		{"a quotation alone after a sentence about its speaker", "Envoy Karim Haddad said the talks would resume.\n\nThe envoy’s deputy, Lena Fisk, called him a master at closing hard deals. “He sees a way through when nobody else does.”",
			"He sees a way through when nobody else does.", "Lena Fisk", "envoy’s deputy", ""},
		{"a quotation alone in the paragraph after its speaker's sentence", "Mayor Ines Holt walked to the front of the hall.\n\n“We will rebuild every bridge in this county.”",
			"We will rebuild every bridge in this county.", "Ines Holt", "Mayor", ""},
		{"an adverb before the leading comma", "Conversely, the Harbor Council rated the plan as “mostly workable in the short run.”",
			"mostly workable in the short run.", "the Harbor Council", "", "the Harbor Council"},
		{"a possessive subject, then its quotation alone", "Senator Paul Ames spoke first.\n\nAmes’s critics were loud that night. “Nobody asked for this plan.”",
			"Nobody asked for this plan.", "Ames’s critics", "", ""},
		{"a pronoun after the quotation is the sentence's own subject", "Governor Dana Wolcott spoke to reporters on Monday.\n\nSenator Ruth Amsel (D-Vt.) scolded the governor: “You have had two years to fix the levee,” she said.",
			"You have had two years to fix the levee", "Ruth Amsel", "Senator", "she"},
		{"an expletive is not a speaker", "It’s been common for columnists to call the plan “a surrender on paper.”",
			"a surrender on paper.", "", "", ""},
		{"a roundup line names its source after a dash", "Turnout was the surprise of the night - More from Ada Reyes: “The lines were longer than in any year we have counted.”",
			"The lines were longer than in any year we have counted.", "Ada Reyes", "", "Ada Reyes"},
		{"a crowd in a clause of its own, shouting", "The first clash came during the mayor's speech, when Harbor Union dockers interrupted her, shouting “no deal without us!”",
			"no deal without us!", "Harbor Union dockers", "", "Harbor Union dockers"},
		{"footage of someone speaking", "The new ad uses footage of Mayor Ines Holt asking, “Why would anyone trust the port authority now?”",
			"Why would anyone trust the port authority now?", "Ines Holt", "Mayor", "Mayor Ines Holt"},
		{"another clause's subject between verb and quotation", "Vance reopened the inquiry into the fire, an incident Holt once brought up as “a simple accident.”",
			"a simple accident.", "", "", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := extractOne(t, tt.body, tt.text)
			if got.Speaker != tt.speaker || got.SpeakerTitle != tt.title || got.Mention != tt.mention {
				t.Errorf("speaker %q title %q mention %q; want %q %q %q", got.Speaker, got.SpeakerTitle, got.Mention, tt.speaker, tt.title, tt.mention)
			}
		})
	}
}

func FuzzParseText(f *testing.F) {
	for _, s := range []string{"---\ntitle: x\n---\nbody", "“a,” he said, “b", "---\n[", "\xff\xfe", "(CNN) — “Q”"} {
		f.Add([]byte(s))
	}
	if data, err := os.ReadFile("../../shared/seeds/000_089ffc39f9c6fb99.txt"); err == nil {
		f.Add(data)
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		a, err := ParseText("f.md", data)
		if err == nil {
			Extract(a)
		}
	})
}

func FuzzExtract(f *testing.F) {
	for _, s := range []string{"“A,” he said. “B.”", "X said: “", "“”", "\"a\" b \"c", "‘q’ said the official, a man.", ", said , said ,"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, p string) {
		a := &Article{File: "f", Published: time.Date(2024, 1, 3, 0, 0, 0, 0, time.UTC), Paragraphs: strings.Split(p, "\n")}
		for _, s := range Extract(a) {
			if strings.TrimSpace(s.Text) == "" {
				t.Fatalf("empty statement from %q", p)
			}
		}
	})
}

func TestSaidOn(t *testing.T) {
	// Published on a Wednesday.
	tests := []struct {
		name string
		body string
		text string // words of the statement to check
		want string
	}{
		{"spoke a day after, then said", "The envoys meet again on Wednesday, a day after Prime Minister Lena Korhonen and President Ivo Petrak commented on the draft.\n\nKorhonen said the border clause would “have to be rewritten.”",
			"have to be rewritten", "2024-09-24"},
		{"a day after, counted from the day named", "Delegates gathered on Monday, a day after Foreign Minister Aiko Tanabe spoke to reporters.\n\nTanabe said the ceasefire would “hold for now.”",
			"hold for now", "2024-09-22"},
		{"a day after an event is not a day of speech", "The talks resume on Wednesday, a day after Minister Omar Haddad left Doha.\n\nHaddad said the gaps were “still far too wide.”",
			"still far too wide", "2024-09-25"},
		{"a future weekday is not when", "“The talks continue through Friday,” the mediator Nora Quist said.",
			"The talks continue through Friday", "2024-09-25"},
		{"a weekday heading an explicit date", "The mediators said the truce begins at noon on Friday, September 27, and must hold for a week.",
			"the truce begins at noon on Friday, September 27, and must hold for a week", "2024-09-25"},
		{"the day before", "A day earlier, Envoy Marta Lindgren said both sides had “moved a little.”",
			"moved a little", "2024-09-24"},
		{"said the day before that", "Envoy Marta Lindgren said the day before that the two sides had “moved a little closer.”",
			"the two sides had “moved a little closer.”", "2024-09-24"},
		{"the day before a named event is not dated", "Envoy Marta Lindgren said the day before the vote that the two sides were “nowhere near a deal.”",
			"nowhere near a deal", "2024-09-25"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := extractOne(t, tt.body, tt.text)
			if got.SaidOn != tt.want {
				t.Errorf("said on %q; want %q", got.SaidOn, tt.want)
			}
		})
	}
}

// speakerCase is an article's body, the words of one of its statements,
// and the speaker and mention that statement should have.
type speakerCase struct {
	name    string
	body    string
	text    string // words of the statement to check
	speaker string
	mention string
}

// checkSpeakers extracts each case's body and checks its statement's
// speaker and mention.
func checkSpeakers(t *testing.T, tests []speakerCase) {
	t.Helper()
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := extractOne(t, tt.body, tt.text)
			if got.Speaker != tt.speaker || got.Mention != tt.mention {
				t.Errorf("speaker %q mention %q; want %q %q", got.Speaker, got.Mention, tt.speaker, tt.mention)
			}
		})
	}
}

// extractOne extracts body, an article of paragraphs separated by blank
// lines published on 2024-09-25, and returns its statement of text.
func extractOne(t *testing.T, body, text string) Statement {
	t.Helper()
	a := &Article{File: "t.md", Title: "t", Published: time.Date(2024, 9, 25, 0, 0, 0, 0, time.UTC), Paragraphs: strings.Split(body, "\n\n")}
	all := Extract(a)
	for i := len(all) - 1; i >= 0; i-- {
		if NormWords(all[i].Text) == NormWords(text) {
			return all[i]
		}
	}
	t.Fatalf("no statement %q in %+v", text, all)
	return Statement{}
}

func TestListItemOpening(t *testing.T) {
	for _, tc := range []struct {
		para string
		want bool
	}{
		{"• cease hostilities", true},
		{"•open the crossings", true},
		{"* free the detainees", true},
		{"- withdraw to the line", true},
		{"– hold talks monthly", true},
		{"-5 degrees at the border post", false},
		{"--", false},
		{"The parties agreed", false},
	} {
		if got := listItemRE.MatchString(tc.para); got != tc.want {
			t.Errorf("listItemRE.MatchString(%q) = %v, want %v", tc.para, got, tc.want)
		}
	}
}

// holding is the statements whose words hold words; a test fails that
// finds none.
func holding(t *testing.T, sts []Statement, words string) []Statement {
	t.Helper()
	var out []Statement
	for _, s := range sts {
		if strings.Contains(s.Text, words) {
			out = append(out, s)
		}
	}
	if len(out) == 0 {
		t.Errorf("no statement holds %q", words)
	}
	return out
}
