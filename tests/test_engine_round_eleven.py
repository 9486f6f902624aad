"""Round eleven: how good rewrites say what happens to the answers, in words the rules did not
know, found where the rules alone read the learners' development answers as broadcast and
only the word model saved them (data/learners, split dev; and bokmål versions of the English
learners' training and development rewrites; never the test split). Both languages, each
with the finding that must carry it.

Every text was written for this file from the rubric, not copied from a bank, the corpus,
the learners' answers or any blind set.
"""

import pytest
from engine_cases import POST_FIELDS, check_broadcast_without, check_post

from dialogue_coach import analyze_post

# (family, lang, text, expected label, finding kind that must be present)
POSTS = [
    ("counted_and_left_to_decide", "en", "Plain or with seeds? We'll count your answers and "
     "tell you on Monday which rye bread stays. All loaves are 2 for 1 on Saturday at the "
     "Torget bakery.", "dialogue", "uses_answers"),
    ("counted_and_left_to_decide", "nb", "Med frø eller uten? Vi teller svarene og lar dem "
     "avgjøre hvilket rugbrød som blir. Alle brød er 2 for 1 på lørdag i bakeriet på "
     "Torget.", "dialogue", "uses_answers"),
    ("the_best_taken_along", "en", "What did your kids actually eat on holiday? Share the "
     "tricks that work at your table: we'll take the best ones on board for the new kids' "
     "menu. Kids eat free on Sundays in May.", "dialogue", "uses_answers"),
    ("the_best_taken_along", "nb", "Hva spiste ungene faktisk på ferie? Del triksene som "
     "funker rundt bordet hjemme, så tar vi de beste med når vi lager den nye barnemenyen. "
     "Barn spiser gratis på søndager i mai.", "dialogue", "uses_answers"),
    ("someone_reads_the_suggestions", "en", "How should we run the queue on opening day? "
     "Our manager Per reads all the suggestions and posts the plan here on Thursday. The new "
     "café opens on Saturday with half-price coffee.", "dialogue", "uses_answers"),
    ("someone_reads_the_suggestions", "nb", "Hvordan skal vi løse køen på åpningsdagen? "
     "Driftslederen vår Per går gjennom forslagene og legger ut planen her på torsdag. Den "
     "nye kafeen åpner lørdag med halv pris på kaffe.", "dialogue", "uses_answers"),
    ("answers_everything", "en", "First time at a climbing wall and not sure what to wear? "
     "Ask away: our instructor Mia answers everything in the comments tonight. Intro "
     "classes are 50% off in March.", "dialogue", "uses_answers"),
    ("answers_everything", "nb", "Første gang på klatreveggen og usikker på hva du skal ha "
     "på deg? Spør i vei: instruktøren vår Mia svarer på alt i kommentarene i kveld. "
     "Introkursene er 50 % billigere i mars.", "dialogue", "uses_answers"),
    ("most_votes_goes_on_the_menu", "en", "Lefse, flatbread or sourdough with the new "
     "stew? The one that gets the most votes by Friday goes on the menu, and it's 2 for 1 "
     "on stews on Saturday.", "dialogue", "uses_answers"),
    ("most_votes_goes_on_the_menu", "nb", "Lefse, flatbrød eller surdeigsbrød til den nye "
     "lapskausen? Det som får flest stemmer innen fredag, står på menyen, og lørdag er det "
     "2 for 1 på gryteretter.", "dialogue", "uses_answers"),
    ("we_do_something_about_it", "en", "What makes a café a good place to sit alone? Tell "
     "us in the comments, and we'll do something about it before the summer. Iced coffee "
     "is half price in June.", "dialogue", "uses_answers"),
    ("we_do_something_about_it", "nb", "Hva gjør en kafé til et godt sted å sitte alene? "
     "Skriv det i kommentarene, så gjør vi noe med det før sommeren. Iskaffe er halv pris i "
     "juni.", "dialogue", "uses_answers"),
    ("answers_will_be_read", "en", "Which walks near the lake would you show a visitor? "
     "Every suggestion will be read by our guide Arne and used for the new trail map. "
     "Guided walks are free in April.", "dialogue", "uses_answers"),
    ("answers_will_be_read", "nb", "Hvilke turer ved vannet ville du vist en gjest? Alle "
     "forslag blir lest av guiden vår Arne og brukt i det nye turkartet. Guidede turer er "
     "gratis i april.", "dialogue", "uses_answers"),
    ("you_said_rightly", "en", "Last week's post was loud, and some of you said, quite "
     "rightly, that it read like a billboard. So, calmer: the new soup is here, and we'd "
     "like to know if it's worth the fuss. 2 for 1 on Saturday.", "dialogue",
     "report_back"),
    ("you_said_rightly", "nb", "Innlegget i forrige uke var høylytt, og noen av dere sa, "
     "helt rett, at det leste som en reklameplakat. Så, roligere: den nye suppa er her, og "
     "vi vil gjerne vite om den er verdt bråket. 2 for 1 på lørdag.", "dialogue",
     "report_back"),
]

# Found by bokmål versions of the English learners' training and development rewrites: the
# English already had a rule, the bokmål twin did not.
POSTS += [
    ("one_of_your_versions_made", "nb", "Bakeren vår vokste opp i Trøndelag, og det nye "
     "julebrødet er litt herfra og litt derfra. Fortell hvordan dere bakte det hjemme, så "
     "baker hun en av versjonene deres til adventsmarkedet. 2 for 1 på julebrød hele "
     "desember.", "dialogue", "uses_answers"),
    ("what_you_said_shared", "nb", "Vi har flyttet lesekroken. Kom innom og si hva du "
     "synes, her eller i skranken: vi deler hva dere sa på fredag. Kaffe er gratis hele "
     "uka.", "dialogue", "uses_answers"),
    ("the_best_memories_passed_on", "nb", "Hvilken tur med skolen husker du best? De "
     "beste minnene går rett til lærerne som planlegger neste års tur. Billetter til "
     "jubileet selges fra mandag.", "dialogue", "uses_answers"),
    ("every_one_read_by_name", "nb", "Hva skulle du ønske biblioteket hadde mer av? Legg "
     "en lapp i kassa, så leser bibliotekaren vår Oda hver eneste en før vårinnkjøpet.",
     "dialogue", "uses_answers"),
]

# Part two, from the development rewrites the rules still read as broadcast: an order to
# write down something from the reader's own life invites, and "the best story gets a spot
# in our booklet" uses the answers.
POSTS += [
    ("write_down_one_thing_you", "en", "Write down one thing you remember from your first "
     "day at school. Our teachers are collecting them for the anniversary. Tickets for the "
     "party are on sale from Monday.", "dialogue", "invitation"),
    ("write_down_one_thing_you", "nb", "Skriv ned én ting du husker fra første skoledag. "
     "Lærerne samler dem til jubileet. Billetter til festen selges fra mandag.", "dialogue",
     "invitation"),
    ("the_best_story_gets_a_spot", "en", "What was your worst camping trip? The best story "
     "gets a spot in our summer newsletter, with your name on it if you like. Tents are 30% "
     "off in June.", "dialogue", "uses_answers"),
    ("the_best_story_gets_a_spot", "nb", "Hva var din verste teltur? Den beste historien "
     "får plass i sommerbrevet vårt, med navnet ditt på om du vil. Telt er 30 % billigere i "
     "juni.", "dialogue", "uses_answers"),
]

# Part three: "write a few lines", a bare «Fortell!»; each comment "will be read" with the
# word order turned round; "the stories you write, we'll hang up"; "we've taken that to
# heart".
POSTS += [
    ("write_a_few_lines", "en", "What should a good library café serve? Write a few "
     "lines, and every comment will be read by the staff. Coffee is free all week.",
     "dialogue", "invitation"),
    ("write_a_few_lines", "nb", "Hva bør en god bibliotekkafé servere? Skriv gjerne noen "
     "linjer, så blir hver kommentar lest av de ansatte. Kaffen er gratis hele uka.",
     "dialogue", "uses_answers"),
    ("stories_you_write_hung_up", "en", "Who taught you to ride a bike? Tell us! Some of "
     "the stories you write, we'll hang on the wall of the shop. Kids' bikes are 20% off "
     "in April.", "dialogue", "uses_answers"),
    ("stories_you_write_hung_up", "nb", "Hvem lærte deg å sykle? Fortell! Noen av "
     "historiene dere skriver, henger vi på veggen i butikken. Barnesykler er 20 % "
     "billigere i april.", "dialogue", "uses_answers"),
    ("taken_to_heart", "en", "Several of you have written that the gym is too crowded at "
     "six. We've taken that to heart: from Monday the big hall opens at half past five.",
     "dialogue", "report_back"),
    ("taken_to_heart", "nb", "Flere har skrevet at treningssenteret er for fullt klokka "
     "seks. Det har vi tatt til oss: fra mandag åpner den store salen halv seks.",
     "dialogue", "report_back"),
]

# Two fresh banks written in pairs (data/learners, banks 10 and 11, split dev), graded before
# the fixes: a genuine question read as a lead-in because the promise after it was missed.
POSTS += [
    ("tips_from_people_who", "en", "How do you get teenagers out of bed on a Saturday? We're "
     "planning a late-morning climbing class and would love tips from parents who manage it. "
     "The best tricks go straight to our instructor Jo. Day passes are 2 for 1 on Saturday.",
     "dialogue", "uses_answers"),
    ("tips_from_people_who", "nb", "Hvordan får dere tenåringer ut av senga på en lørdag? Vi "
     "planlegger et klatrekurs sent på formiddagen og vil gjerne ha tips fra foreldre som får "
     "det til. De beste triksene går rett til instruktøren vår Jo. Dagskort er 2 for 1 på "
     "lørdag.", "dialogue", "uses_answers"),
    ("tips_from_people_who", "en", "We're planning a climbing class for teenagers and would "
     "love tips from parents who get theirs out of bed.", "dialogue", "invitation"),
    ("tips_from_people_who", "nb", "Vi planlegger et klatrekurs for tenåringer og vil gjerne "
     "ha tips fra foreldre som får sine ut av senga.", "dialogue", "invitation"),
    ("we_do_as_you_say", "en", "Where do you like to sit in a café: by the window, outside or "
     "in a corner? We're moving the furniture before the new cakes arrive on Friday, half "
     "price, and we'll do as you say.", "dialogue", "uses_answers"),
    ("we_do_as_you_say", "nb", "Hvor liker du å sitte på en kafé – ved vinduet, ute eller i et "
     "hjørne? Vi møblerer om før de nye kakene kommer på fredag, til halv pris, og vi gjør "
     "som dere sier.", "dialogue", "uses_answers"),
    ("most_popular_end_up", "en", "soup people, we need you ✨ what's the topping that makes a "
     "soup for you? the three most popular end up on the topping bar when the new soup "
     "arrives on Friday, 2 for 1 all day", "dialogue", "uses_answers"),
    ("most_popular_end_up", "nb", "suppefolk, vi trenger dere ✨ hva er toppingen som gjør "
     "suppa for deg? de tre mest populære havner på toppingbaren når den nye suppa kommer på "
     "fredag, 2 for 1 hele dagen", "dialogue", "uses_answers"),
]

# Part four: the good answers of banks 9 to 11 that only the word model read as dialogue.
POSTS += [
    ("tell_him_what", "en", "Our baker Yusuf is testing toppings this week. Tell him what "
     "went on top of buns in your house. Buns are 2 for 1 on Friday.",
     "dialogue", "invitation"),
    ("tell_him_what", "nb", "Bakeren vår Yusuf tester pynt denne uka. Fortell ham hva dere "
     "hadde på bollene hjemme. Boller er 2 for 1 på fredag.",
     "dialogue", "invitation"),
    ("what_we_have_learned", "en", "How did your family make pancakes? Please write a few "
     "lines. We shall read them all, and in May we will tell you what we have learned from "
     "them.", "dialogue", "uses_answers"),
    ("summed_up_by_us", "nb", "Hva ville gjort morgenen på stasjonen bedre for deg? Vi tar "
     "gjerne imot forslag i kommentarfeltet. Innspillene oppsummerer vi i et eget innlegg "
     "neste uke.", "dialogue", "uses_answers"),
    ("the_team_picks_a_favourite", "en", "Our new cake has no name yet. What would you call "
     "it? Suggest one below: the team picks a favourite on Thursday. Cakes are half price on "
     "Saturday.", "dialogue", "uses_answers"),
    ("the_team_picks_a_favourite", "nb", "Den nye kaka vår har ikke noe navn ennå. Hva ville "
     "du kalt den? Foreslå et under: teamet velger en favoritt på torsdag. Kaker er halv "
     "pris på lørdag.", "dialogue", "uses_answers"),
    ("contact_the_ones_you_recommend", "en", "Which small farms near town should we buy "
     "from? Tell us about them, and we'll contact the ones you recommend. Open day on "
     "Saturday, 20% off all veg.", "dialogue", "uses_answers"),
    ("contact_the_ones_you_recommend", "nb", "Hvilke små gårder i nærheten burde vi handle "
     "fra? Fortell oss om dem, så tar vi kontakt med dem dere anbefaler. Åpen dag på "
     "lørdag, 20 % på alle grønnsaker.", "dialogue", "uses_answers"),
    ("buy_in_the_most_popular", "en", "What's the best book for a long lunch alone? Write a "
     "title, and we'll buy the ten most popular for the café shelf.", "dialogue",
     "uses_answers"),
    ("buy_in_the_most_popular", "nb", "Hva er den beste boka til en lang lunsj alene? Skriv "
     "en tittel, så kjøper vi inn de ti mest populære til kafehylla.", "dialogue",
     "uses_answers"),
    ("invites_those_who_write", "en", "How did the harbour smell when you were small? Our "
     "guide Kåre invites three of those who write to walk the old quay with him. Tours are "
     "free in May.", "dialogue", "uses_answers"),
    ("invites_those_who_write", "nb", "Hvordan luktet havna da du var liten? Guiden vår Kåre "
     "inviterer tre av dem som skriver, til å gå langs den gamle kaia med ham. Turene er "
     "gratis i mai.", "dialogue", "uses_answers"),
]

# Bank 13 (learners written in pairs, new voices): "write yours", "I'll show the best ones to
# the kitchen".
POSTS += [
    ("write_yours_shown_to_the_kitchen", "en", "which cake did your gran bake for birthdays? "
     "write yours and I'll show the best ones to the kitchen 🙏 cakes are 2 for 1 on "
     "saturday", "dialogue", "uses_answers"),
    ("write_yours_shown_to_the_kitchen", "nb", "hvilken kake bakte bestemor til bursdager? "
     "skriv din, så viser jeg de beste til kjøkkenet 🙏 kaker er 2 for 1 på lørdag",
     "dialogue", "uses_answers"),
]

# Bank 12 (written in pairs by a writer who had read the training answers): "Yusuf wants to
# know before …", «det vil Yusuf vite», an offer in a relative clause («, som er 2 for 1»),
# «vi vil gjerne ha rådene deres», «vi svarer på spørsmålene deres», «så leser hun dem for
# morgenskiftet», «de tre mest overraskende svarene havner på tavla».
POSTS += [
    ("wants_to_know_before", "en", "Vegan friends: what's the question you're most tired of "
     "hearing at a bakery? Our baker Lise wants to know before she makes a vegan version of "
     "the new bun, which is 2 for 1 on Friday.", "dialogue", "invitation"),
    ("wants_to_know_before", "nb", "Til dere som er veganere: hvilket spørsmål er du mest lei "
     "av å høre på et bakeri? Det vil bakeren vår Lise vite før hun baker en vegansk variant "
     "av den nye bollen, som er 2 for 1 på fredag.", "dialogue", "invitation"),
    ("your_advice_wanted", "nb", "Alle kjenner noen som ikke liker grønnsaker. Vi vil gjerne "
     "ha rådene deres: hvordan fikk du den personen til å spise dem? Vi svarer på spørsmålene "
     "deres her og prøver de beste triksene på vår egen kresne kollega. Grønnsaker er 2 for 1 "
     "på lørdag.", "dialogue", "uses_answers"),
    ("read_to_the_morning_shift", "nb", "Hva minner lukta av nybakt brød deg om? Skriv ditt "
     "her under, så leser hun dem for morgenskiftet før vi åpner. Alle brød er 2 for 1 i "
     "helga. ^Oda", "dialogue", "uses_answers"),
    ("most_surprising_answers_on_the_board", "nb", "Hva drikker du til taco, og hvor har du "
     "den vanen fra? De tre mest overraskende svarene havner på drikketavla ved siden av den "
     "nye tacoen, som er 2 for 1 på fredag.", "dialogue", "uses_answers"),
]

# Bank 14 (written in pairs by a writer who had read the training answers): the answers
# settle it, are taken to the morning meeting, written on the board, turned into a picture,
# every place you name is called; "say who and why", "describe the best … you"; a promise to
# read everything you write.
POSTS += [
    ("what_you_write_settles_it", "en", "Half our bakers want raisins in the new bun. In "
     "your experience, what do raisins do to a bun? Whatever you write here will settle it by "
     "June. Buns are two for the price of one on Friday.", "dialogue", "uses_answers"),
    ("what_you_write_settles_it", "nb", "Halve bakeriet vil ha rosiner i den nye bollen. Hva "
     "gjør rosiner med en bolle, etter din erfaring? Det dere skriver her, avgjør saken innen "
     "juni. Boller er to for prisen av én på fredag.", "dialogue", "uses_answers"),
    ("taken_to_the_morning_meeting", "en", "What do you wish a shop assistant had told you "
     "before you bought your bike? I'll take whatever you write here to our morning "
     "briefing. Helmets are 20% off in May. – Mats", "dialogue", "uses_answers"),
    ("taken_to_the_morning_meeting", "nb", "Hva skulle du ønske ekspeditøren hadde sagt før "
     "du kjøpte sykkelen? Det du skriver her, tar jeg med på morgenmøtet. Hjelmer er 20 % "
     "billigere i mai. – Mats", "dialogue", "uses_answers"),
    ("answers_on_the_board", "en", "Moved to town from somewhere else? Which dish from home "
     "do you miss most? We'll write your answers on the board by the door. Lunch is half "
     "price on Monday.", "dialogue", "uses_answers"),
    ("answers_on_the_board", "nb", "Har du flyttet hit fra et annet sted? Hvilken rett "
     "hjemmefra savner du mest? Vi skriver svarene på tavla ved døra. Lunsj er halv pris på "
     "mandag.", "dialogue", "uses_answers"),
    ("every_place_you_name_called", "nb", "Vi vil kjøpe mer kaffe fra små brennerier. Kjenner "
     "du et brenneri som fortjener flere kunder? Si hvem og hvorfor. Innkjøperen vår ringer "
     "hver eneste en dere nevner. Kaffe er 2 for 1 på lørdag.", "dialogue", "uses_answers"),
    ("words_turned_into_a_picture", "nb", "Beskriv den beste kaka du har smakt, med tre ord. "
     "Vi gjør alle ordene deres om til ett stort bilde og henger det i vinduet. Alle kaker er "
     "2 for 1 på lørdag.", "dialogue", "uses_answers"),
    ("promised_to_read_everything", "en", "Vidar is making a new summer salad, and he has "
     "promised to read everything you write here first. What do you miss most in a salad? "
     "Taste it on Saturday: two salads for the price of one.", "dialogue", "uses_answers"),
    ("promised_to_read_everything", "nb", "Vidar lager en ny sommersalat, og han har lovet å "
     "lese alt dere skriver her først. Hva savner du oftest i en salat? Smak den på lørdag: "
     "to salater til prisen av én.", "dialogue", "uses_answers"),
]

# Bank 15: "we need your tricks", «skriv det du tenker»; "reads them all", "will steal at least
# one idea", "tries the best ones on …", «legger vi ut hva dere skrev».
POSTS += [
    ("we_need_your_tricks", "en", "Parents: how do you get your kids to eat vegetables? We "
     "need your tricks. Mia tries the best ones on her own two at home first. Veg boxes are "
     "2 for 1 on Saturday.", "dialogue", "uses_answers"),
    ("we_need_your_tricks", "nb", "Foreldre: hvordan får dere ungene til å spise grønnsaker? "
     "Vi trenger triksene deres. Mia prøver de beste på sine egne to hjemme først. "
     "Grønnsakskasser er 2 for 1 på lørdag.", "dialogue", "uses_answers"),
    ("reads_them_all_steals_an_idea", "en", "What does your perfect cup of coffee come with? "
     "Our barista reads them all and will steal at least one idea for Saturday, when every "
     "cup is half price.", "dialogue", "uses_answers"),
    ("reads_them_all_steals_an_idea", "nb", "Hva hører med til den perfekte kaffekoppen din? "
     "Baristaen vår leser alle sammen og kommer til å stjele minst én idé til lørdag, når "
     "alle kopper er halv pris.", "dialogue", "uses_answers"),
    ("what_you_wrote_posted", "nb", "På lørdag ligger det en notatbok på hvert bord. Skriv det "
     "du tenker: ros, klager, en tegning. På mandag legger vi ut hva dere skrev. Kaffe er "
     "gratis hele dagen.", "dialogue", "uses_answers"),
]

# Banks 16 and 17: the kitchen picks one, the top three tried, a decision not made yet ("so
# tell me"), "we would value your view", "we want your favourite …", a map drawn from the tips.
POSTS += [
    ("the_kitchen_picks_one", "nb", "Den nye kaka vår har ikke noe navn ennå. Har du en idé? "
     "Skriv den under, så velger kjøkkenet ett på fredag. Kaker er 2 for 1 på lørdag.",
     "dialogue", "uses_answers"),
    ("the_top_three_tried", "en", "Which fruit should go into the autumn smoothie? Suggest "
     "anything, and Emil tries the top three. Smoothies are 2 for 1 on Saturday.",
     "dialogue", "uses_answers"),
    ("the_top_three_tried", "nb", "Hvilken frukt bør i høstsmoothien? Foreslå hva som helst, "
     "så prøver Emil de tre mest populære. Smoothier er 2 for 1 på lørdag.", "dialogue",
     "uses_answers"),
    ("a_decision_not_made_yet", "en", "How hot do you like your curry? I'm setting the chili "
     "level for the new one this week, so tell me. Curries are 2 for 1 on Friday. ^Jonas",
     "dialogue", "admits_mistake"),
    ("a_decision_not_made_yet", "nb", "Hvor sterk liker du curryen? Jeg bestemmer chilinivået "
     "på den nye denne uka, så si ifra. Curry er 2 for 1 på fredag. ^Jonas", "dialogue",
     "admits_mistake"),
    ("your_view_valued", "en", "How do you think tea should be served: in a pot, in a glass, "
     "with milk or without? We would value your view, and you can form it at our café on "
     "Saturday, when all teas are 2 for 1.", "dialogue", "invitation"),
    ("your_view_valued", "nb", "Hvordan synes du te skal serveres: i kanne, i glass, med "
     "melk eller uten? Vi setter pris på synspunktene dine, og du kan gjøre deg opp en "
     "mening på kafeen vår på lørdag, når all te er 2 for 1.", "dialogue", "invitation"),
    ("a_map_from_your_tips", "en", "Where should visitors walk after lunch? Locals, we want "
     "your favourite ten-minute detour. Synne is drawing a little map from your tips, and "
     "lunch is half price on Saturday.", "dialogue", "uses_answers"),
    ("a_map_from_your_tips", "nb", "Hvor bør tilreisende gå etter lunsj? Dere som bor her: vi "
     "vil ha favorittomveien deres på ti minutter. Synne tegner et lite kart ut fra tipsene "
     "deres, og lunsj er halv pris på lørdag.", "dialogue", "uses_answers"),
]

# Part five: the good answers of banks 12 to 17 that only the word model read as dialogue.
PART_FIVE = [
    ("en", "What do you wish our library had? Chef-librarian Per is reading along, and we'll "
     "plan the spring around what you say. Membership is free in March."),
    ("nb", "Hva skulle du ønske biblioteket hadde? Bibliotekar Per leser med, og vi legger opp "
     "våren etter det dere skriver. Medlemskap er gratis i mars."),
    ("en", "Which song goes best with rain on the window? Drop it below: Markus will build the "
     "playlist from your picks. Coffee is 2 for 1 on Saturday."),
    ("nb", "Hvilken sang passer best til regn på ruta? Skriv den under: Markus lager spillelista "
     "av forslagene deres. Kaffe er 2 for 1 på lørdag."),
    ("en", "What must we never change about our café? Tell us, and we'll protect it. The new "
     "menu starts on Saturday with 2 for 1 on cakes."),
    ("nb", "Hva må vi aldri endre på kafeen vår? Si fra, så tar vi vare på det. Den nye menyen "
     "starter lørdag med 2 for 1 på kaker."),
    ("en", "Have you ever caught a fish yourself? Tell us where and who was with you. The best "
     "ones get read aloud at the staff meeting on Monday. Fish cakes are 2 for 1 on Saturday."),
    ("nb", "Har du noen gang fått en fisk selv? Fortell hvor og hvem som var med. De beste blir "
     "lest høyt på personalmøtet på mandag. Fiskekaker er 2 for 1 på lørdag."),
    ("en", "What do you always add to your porridge? Tell us, and Karim tries the most common "
     "one in the new breakfast bowl. Breakfast is half price on Sunday."),
    ("nb", "Hva har du alltid oppi grøten? Fortell oss, så prøver Karim på kjøkkenet det "
     "vanligste forslaget i den nye frokostbollen. Frokost er halv pris på søndag."),
    ("en", "What's your rainy-day ritual? Tell us yours, and we'll gather them into a little "
     "rain guide. Umbrellas are 20% off this week."),
    ("nb", "Hva gjør du på en regnværsdag? Fortell oss, så blir svarene deres til en liten "
     "regnguide. Paraplyer er 20 % billigere denne uka."),
    ("en", "Would you bring your own lunch box? We'll decide in July based on what you say. "
     "Salads are 2 for 1 on Friday."),
    ("nb", "Ville du tatt med din egen matboks? Vi bestemmer oss i juli ut fra det dere sier. "
     "Salater er 2 for 1 på fredag."),
]


@pytest.mark.parametrize(("lang", "text"), PART_FIVE)
def test_part_five_the_answers_used(lang, text):
    check_post(lang, text, "dialogue", "uses_answers")


@pytest.mark.parametrize(POST_FIELDS, POSTS)
def test_post(family, lang, text, expected, kind):
    check_post(lang, text, expected, kind)


# Traps that borrow a family's words, and the finding they must not give: (lang, text, kind).
TRAPS = [
    # a product that lets you choose, an order to read the reviews, an FAQ that answers
    # everything, a contest for likes, the most popular pizza, insurance that protects:
    # none of them uses what the readers say
    ("en", "We let you choose your own toppings. Order now!", "uses_answers"),
    ("nb", "Vi lar dere velge topping selv. Bestill nå!", "uses_answers"),
    ("en", "Read all the stories of our happy customers and book today!", "uses_answers"),
    ("nb", "Se gjennom forslagene våre og bestill i dag!", "uses_answers"),
    ("en", "Questions? Our FAQ answers everything.", "uses_answers"),
    ("en", "The pizza that gets the most likes wins a gift card. Like and share!",
     "uses_answers"),
    ("nb", "Pizzaen som får flest likes vinner et gavekort. Lik og del!", "uses_answers"),
    ("en", "Try the most popular pizza in town! Order now.", "uses_answers"),
    ("en", "Get our insurance, and we'll protect it. Sign up today!", "uses_answers"),
    ("nb", "Vi tester de mest populære sykkelmodellene. Kjøp nå!", "uses_answers"),
    # asking what they will buy, or telling them to tell Mum with a perfume, is no
    # question about their life
    ("en", "Tell Mum how much you love her with our new perfume. Shop now!", "invitation"),
    ("en", "Suggest a gift you would buy for mum. 20% off everything!", "invitation"),
    ("nb", "Foreslå en gave du ville kjøpt til mor. 20 % på alt!", "invitation"),
]


@pytest.mark.parametrize(("lang", "text", "kind"), TRAPS)
def test_traps_borrowing_a_family_s_words(lang, text, kind):
    check_broadcast_without(lang, text, kind)


@pytest.mark.parametrize(("lang", "text"), [
    # a hype post: the offer in words, one day only, tell your friends
    ("en", "Dear Bergen, we love you, so we're doing something a little crazy: TWO soups for "
     "the price of ONE!!! Only Saturday, only at Bryggen. Bring your appetite and tell your "
     "friends!"),
    ("nb", "Kjære Bergen, vi er så glad i dere at vi gjør noe sprøtt: TO supper for prisen av "
     "ÉN!!! Kun lørdag, kun på Bryggen. Ta med matlysten og si det til vennene dine!"),
])
def test_hype_with_the_offer_in_words_is_broadcast(lang, text):
    r = analyze_post(text, lang=lang)
    kinds = {f.kind for f in r.findings}
    assert r.label == "broadcast"
    assert {"offer", "hard_sell", "engagement_bait"} <= kinds
    assert "invitation" not in kinds


@pytest.mark.parametrize(("lang", "text"), [
    # a promise to listen that asks nothing and cites nothing, beside a push to buy
    ("en", "We read every comment! Shop now."),
    ("nb", "Vi leser alt! Kjøp suppa nå."),
])
def test_a_bare_promise_beside_a_push_is_a_listening_slogan(lang, text):
    r = analyze_post(text, lang=lang)
    kinds = {f.kind for f in r.findings}
    assert r.label == "broadcast"
    assert "listening_slogan" in kinds and "uses_answers" not in kinds


@pytest.mark.parametrize(("lang", "text"), [
    # with a question of the reader's own, the same promise still listens
    ("en", "What's your favourite soup memory? We read every comment. Order now, 20% off!"),
    ("nb", "Hva er ditt beste suppeminne? Vi leser alt. Bestill nå, 20 % rabatt!"),
])
def test_a_promise_beside_a_question_is_no_slogan(lang, text):
    kinds = {f.kind for f in analyze_post(text, lang=lang).findings}
    assert "uses_answers" in kinds and "listening_slogan" not in kinds
