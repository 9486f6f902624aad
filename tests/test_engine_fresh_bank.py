"""A bank of fresh posts written from the rubric by the engine's maintainer, not taken
from the corpus: plain ones and traps, short and long, in both languages.

The bank was written in rounds while broadening the lexicons (each round was first run
blind, then its misses were fixed with rules meant for the whole family of phrasings,
not the one sentence), so it is a regression guard for generalisation, not an unbiased
measure: the corpus's test split and the blind hold-out set are for that. The thresholds
leave room for a rule change to trade one example for a better reading of the rubric.
"""

from collections import Counter

import pytest

from dialogue_coach import analyze_post

# (lang, label, text)
BANK = [
    ("en", "dialogue",
     "We want to redo the playground in the park. What do your kids miss there today?"),
    ("en", "dialogue",
     "Honest question: how are you holding up after this long winter? We're planning "
     "spring courses and want them to fit what you need."),
    ("en", "dialogue",
     "Have any of you made fish soup without cream? We need advice before the "
     "Christmas party!"),
    ("en", "dialogue",
     "Has anyone here walked the whole coastal trail? We'd like to know which stage "
     "was the most beautiful."),
    ("en", "dialogue",
     "We're trialling a new route for the number 4 from next month. Say what you "
     "think, good and bad."),
    ("en", "dialogue",
     "Send us your wishes for the summer concert series – we read every one."),
    ("en", "dialogue",
     "Lots of you use the park-and-ride. What works, and what should we change?"),
    ("en", "dialogue",
     "Your turn: which book should everyone read before they turn 18?"),
    ("en", "dialogue",
     "Thanks for all the input on the new high street! Many of you wanted benches and "
     "fewer cars, so both are in the plan we present in June."),
    ("en", "dialogue",
     "A lot of you said the app was a pain to log into. You can now sign in with your "
     "fingerprint."),
    ("en", "dialogue",
     "After hearing from you, we've decided to keep the library open on Sundays this "
     "summer too."),
    ("en", "dialogue",
     "We were wrong when we said the new bike racks would be up in May. It'll be "
     "August. Sorry, and thanks for your patience."),
    ("en", "dialogue",
     "Sorry, our mistake: the invoice went out twice. The double charge will be paid "
     "back this week."),
    ("en", "dialogue",
     "We honestly can't agree among ourselves on whether to open between Christmas and"
     " New Year. What would you prefer?"),
    ("en", "dialogue",
     "Congratulations on your apprenticeship certificate, Jonas! It's been a joy "
     "having you in the workshop for two years."),
    ("en", "dialogue",
     "A huge thank you to Randi, who has been on our tills for 25 years. We'll miss "
     "that laugh."),
    ("en", "dialogue",
     "We got a letter from Oda (7) asking why the bus can't be pink. Great question, "
     "Oda! We've passed it on to the designers."),
    ("en", "dialogue",
     "Which local walk would you recommend to someone who's never been up a mountain? "
     "We're collecting the tips into a little guide for newcomers."),
    ("en", "dialogue",
     "We're wondering what makes you choose the bike over the car. Let us know below!"),
    ("en", "dialogue",
     "Help us name the new ferry. The best suggestions go to a public vote in June."),
    ("en", "dialogue",
     "Does your gran bake the world's best pancakes? Tell us about her!"),
    ("en", "dialogue",
     "Any tips for getting teenagers to come along on a hike?"),
    ("en", "dialogue",
     "We've heard from several of you that phone waiting times are too long. You're "
     "right, and we're hiring five more people in customer service."),
    ("en", "dialogue",
     "You pointed out that the signs at the entrance were confusing. We've put up new "
     "ones – let us know if they work better."),
    ("en", "dialogue",
     "What comes to mind when you hear the word \"volunteering\"? We're curious!"),
    ("en", "dialogue",
     "Where in town do you get the best coffee? Asking for a friend. ☕"),
    ("en", "dialogue",
     "What's your best trick for making a Friday packed lunch less boring?"),
    ("en", "dialogue",
     "We're considering cutting the Tuesday night bus. Before we decide, we want to "
     "hear who uses it and what it means to you."),
    ("en", "dialogue",
     "To be honest, we don't know how to fix parking at the stadium. Got any ideas?"),
    ("en", "dialogue",
     "We'd like to know how you found the new booking system."),
    ("en", "dialogue",
     "Questions about the new recycling scheme? Post them here and our waste officer "
     "Kari will answer them live tonight."),
    ("en", "dialogue",
     "To everyone who came to the beach clean-up yesterday: thank you! We cleared the "
     "whole shore and filled 40 bags."),
    ("en", "dialogue",
     "Tell us how you celebrated Constitution Day this year – with or without a "
     "raincoat."),
    ("en", "dialogue",
     "What's the worst word in council-speak? We want to write more plainly and need "
     "help finding the culprits."),
    ("en", "dialogue",
     "If you commute by train every day: how could we make your mornings a bit better?"),
    ("en", "dialogue",
     "Does anyone know who built the snowman outside the town hall? We'd love to thank"
     " the artist!"),
    ("en", "dialogue",
     "We asked for your summer party song, and \"Dancing Queen\" won by a mile. Thanks "
     "for all the votes!"),
    ("en", "dialogue",
     "Many of you have asked for more vegetarian food in the canteen. From Monday "
     "every other day is green – give us a shout about what you think."),
    ("en", "dialogue",
     "Feel free to share your experience with heat pumps in old houses – other readers"
     " have a lot to learn from you."),
    ("en", "dialogue",
     "We haven't decided yet, so here's your chance: should the Christmas market be in"
     " the square or in the hall?"),
    ("en", "dialogue",
     "Morning from all of us at the Customs House! ☕ What's the first thing you do "
     "when you get to work?"),
    ("en", "dialogue",
     "We're repainting the waiting room at the surgery. Which colour makes you feel "
     "calmest?"),
    ("en", "dialogue",
     "You've sent us over 300 name ideas for the new polar bear cub. The jury has "
     "picked five finalists – see them below and vote for your favourite."),
    ("en", "dialogue",
     "Snow clearing on the hill was poor yesterday, and that's on us. We've added an "
     "extra truck from today. Shout if it's still icy where you live."),
    ("en", "dialogue",
     "Wondering about the new school plan? Head teacher Helge is answering questions "
     "right here on Thursday evening."),
    ("en", "dialogue",
     "Know someone who deserves an extra thank-you this Christmas? Nominate them here "
     "and we'll deliver flowers to five of them."),
    ("en", "dialogue",
     "Hi! We're a tiny yarn shop in Levanger, thinking of starting a knitting café on "
     "Wednesdays. Would you come?"),
    ("en", "dialogue",
     "We've had lots of questions about why prices went up. Here's an honest "
     "explanation, and we're happy to answer more in the comments."),
    ("en", "dialogue",
     "Thanks so much for all the birthday wishes for Per! He was moved to tears."),
    ("en", "dialogue",
     "How should we make the library better for teenagers? We're asking those of you "
     "aged 13–19 – all ideas welcome, even the weird ones."),
    ("en", "dialogue",
     "Did you stay home over Easter this year? Tell us what you got up to!"),
    ("en", "dialogue",
     "We haven't got the new app right, and we know it. What annoys you most?"),
    ("en", "dialogue",
     "We'd really like to find out what would make you take the bus more often."),
    ("en", "dialogue",
     "What's your best childhood memory from the school playground?"),
    ("en", "dialogue",
     "Greetings from the bakery: we've been experimenting with rye bread and sunflower"
     " seeds. What do you reckon – should we keep going?"),
    ("en", "dialogue",
     "Our night-shift nurses asked us to say thank you to whoever left the box of "
     "cookies at reception on Sunday. You made their week!"),
    ("en", "dialogue",
     "Quick one: what's the most useful thing we could put on the new info screens at "
     "the station?"),
    ("en", "dialogue",
     "We're testing two layouts for the new timetable. Which one do you find easier to"
     " read, and why? Both are pinned in the comments."),
    ("en", "dialogue",
     "Last spring you helped us pick the new playground equipment. It's finally built,"
     " and the kids of Eikeli have already worn out the swings. Thank you!"),
    ("en", "dialogue",
     "Not gonna lie, the new checkout has been a mess this week. What went wrong for "
     "you? We're fixing things as the reports come in."),
    ("en", "dialogue",
     "Who taught you to ride a bike? Tag... no, actually, just tell us the story. 🚲"),
    ("en", "dialogue",
     "Planning a trip to the islands this summer? We'd love to know what would make "
     "the ferry journey better for families."),
    ("en", "dialogue",
     "We've read all 86 comments on the parking post. The main thing we heard: "
     "evenings are the problem, not daytime. So from May the car park stays free after"
     " 6."),
    ("en", "dialogue",
     "Tell us honestly: do our recipe cards actually get used, or do they end up in "
     "the bin?"),
    ("en", "dialogue",
     "Grandma Liv turns 100 today and has shopped with us every week since 1961. Happy"
     " birthday, Liv – the flowers are on us!"),
    ("en", "dialogue",
     "There's been a lot of talk about the new bridge. Come to the open meeting on "
     "Tuesday and tell the planners what you think."),
    ("en", "dialogue",
     "We can't decide what to call our new sourdough. Ideas?"),
    ("en", "dialogue",
     "What would make you feel safer walking home at night in the town centre? We're "
     "drawing up a plan with the police and want residents' views first."),
    ("en", "dialogue",
     "How do you keep your kids off screens on holiday? Share your tricks – we're out "
     "of ideas."),
    ("en", "dialogue",
     "Dear Mrs Berg, thank you for your letter about the bus driver who waited for you"
     " in the rain. We passed your words on to Tor, and he was delighted."),
    ("en", "dialogue",
     "Summer holidays are nearly here! 🌞 Where are you off to this year – or are you "
     "staying home?"),
    ("en", "dialogue",
     "We got the sizing wrong in the new collection, and many of you ended up with "
     "trousers that are too small. Send them back for free, and tell us how we could "
     "label sizes better."),
    ("en", "dialogue",
     "Tonight's question from the newsroom: which film have you watched the most "
     "times?"),
    ("en", "dialogue",
     "How did your little one find starting nursery? The parents' committee would love"
     " to hear your experiences before the August intake."),
    ("en", "dialogue",
     "We read every piece of feedback after the Christmas concert. The sound at the "
     "back was poor, so next year we're hiring extra speakers."),
    ("en", "dialogue",
     "Three cheers for Marit, who today celebrates 40 years at the care home! Thank "
     "you for everything you've given the residents. 💐"),
    ("en", "dialogue",
     "The council is drawing up a new cycle plan. Where in town do you feel least safe"
     " on your bike? Mark the spots on the map in the link."),
    ("en", "dialogue",
     "We want to hear from those of you who shop with us online: what's the most "
     "annoying thing about our checkout?"),
    ("en", "dialogue",
     "You know the neighbourhood better than we do. Which spots in Grünerløkka need "
     "more benches?"),
    ("en", "dialogue",
     "We tried making waffles with chickpea flour today. The result was... "
     "interesting. 😅 Anyone got a recipe that actually works?"),
    ("en", "dialogue",
     "Got an old photo of the high street? The museum is collecting pictures for an "
     "autumn exhibition, and we'd love to borrow yours."),
    ("en", "dialogue",
     "Thank you for coming to the hearing last night! We noted over 60 comments, and "
     "we'll post the main ones here next week."),
    ("en", "broadcast",
     "Finally Friday! 🎉 All weekend you get 30% off every pizza. Order in the app."),
    ("en", "broadcast",
     "We're proud to share that we've once again been voted the country's best online "
     "bank!"),
    ("en", "broadcast",
     "Remember the taste of summer? Strawberry ice cream is back in the freezer aisle."),
    ("en", "broadcast",
     "Tell us why you deserve a new bike – and win! Like and share this post to enter "
     "the draw."),
    ("en", "broadcast",
     "Summer's big news is here: three new flavours in our best-loved yoghurt range. "
     "At your nearest shop."),
    ("en", "broadcast",
     "Important information: the out-of-hours clinic moves to new premises at 10 High "
     "Street from 1 September."),
    ("en", "broadcast",
     "You deserve a break. Book a weekend at the Mountain Hotel today – just £120 a "
     "night."),
    ("en", "broadcast",
     "We always listen to our customers. That's why we're launching an even better "
     "mobile plan."),
    ("en", "broadcast",
     "Who wants free coffee? ☕ Pop into our High Street shop tomorrow between 8 and "
     "10!"),
    ("en", "broadcast",
     "Wondering which insurance is right for you? We have the answer. Read more on our"
     " website."),
    ("en", "broadcast",
     "Thanks for shopping with us! All members get double points for the rest of the "
     "month."),
    ("en", "broadcast",
     "We've upgraded the mobile network across the north. Now you get even faster 5G "
     "wherever you are."),
    ("en", "broadcast",
     "Which is your favourite: classic or chilli? Vote in the comments! Both are in "
     "shops now."),
    ("en", "broadcast",
     "The council reminds parents that the nursery application deadline is 1 March. "
     "Apply on the council website."),
    ("en", "broadcast",
     "Tag a friend who needs a coffee today! ☕😄"),
    ("en", "broadcast",
     "What's better than fresh bread on a Saturday? Nothing! Pop into the bakery, "
     "we're open until 4."),
    ("en", "broadcast",
     "We're so happy to welcome you to our new shop in Lade! Opening offers all week."),
    ("en", "broadcast",
     "Hi everyone! Just a reminder that the office is closed over Easter. Happy "
     "Easter! 🐣"),
    ("en", "broadcast",
     "Share this post if you agree that taco Friday is the highlight of the week! 🌮"),
    ("en", "broadcast",
     "Ask us anything about energy deals – or even easier: switch to us today and save"
     " £50."),
    ("en", "broadcast",
     "What do you think of our new salmon roll? Grab one now at the launch price of "
     "£4.99!"),
    ("en", "broadcast",
     "What's your Friday plan? Ours: 2-for-1 pizzas all evening at Vesuvio."),
    ("en", "broadcast",
     "What would you do with an extra hour every morning? Our app plans your day for "
     "you. Download it now."),
    ("en", "broadcast",
     "Why pay more? With us you get power at cost price. Switch today!"),
    ("en", "broadcast",
     "Our customers are the most satisfied in the industry for the third year running."
     " Thanks for your trust!"),
    ("en", "broadcast",
     "Did you know we stock over 200 kinds of tea? Pop in and find your favourite!"),
    ("en", "broadcast",
     "Feel free to share this post with friends and family – and remember the weekend "
     "deal ends Sunday!"),
    ("en", "broadcast",
     "Reminder: from Monday High Street is closed to through traffic because of "
     "roadworks. Follow the diversion signs."),
    ("en", "broadcast",
     "Have you seen our winter collection? It's warmer, lighter and more sustainable "
     "than ever."),
    ("en", "broadcast",
     "20% off all winter jackets now! Pop in before Saturday."),
    ("en", "broadcast",
     "We've hired a new managing director! Ole Hansen joins from his role as head of "
     "sales in Bergen and starts on 1 March."),
    ("en", "broadcast",
     "Who wants to win a £100 gift card? Follow us and tag two friends!"),
    ("en", "broadcast",
     "What's better than Friday pizza? Friday pizza at 40% off, of course! 🍕"),
    ("en", "broadcast",
     "New in: linen shirts in six summer colours. Free delivery over £50."),
    ("en", "broadcast",
     "Thirsty? Our iced lemon tea is the perfect pick-me-up. Grab one at any of our "
     "cafés!"),
    ("en", "broadcast",
     "Ever wondered what makes our bread so good? 100 years of craft. Taste the "
     "difference today."),
    ("en", "broadcast",
     "This is Mari, our head chef. She's been perfecting the Sunday roast for ten "
     "years – book your table now!"),
    ("en", "broadcast",
     "We're delighted to announce our partnership with Nordic Outdoor. Together we'll "
     "bring you even better gear."),
    ("en", "broadcast",
     "Comment 🔥 if you're ready for summer!"),
    ("en", "broadcast",
     "Important: due to a system upgrade, online banking will be unavailable Saturday "
     "22:00–02:00."),
    ("en", "broadcast",
     "We hear you! That's why our new app is faster than ever. Download it today."),
    ("en", "broadcast",
     "Your opinion matters to us. Rate your stay on TripAdvisor!"),
    ("en", "broadcast",
     "Which bag are you? The Traveller, the Commuter or the Weekender? Shop the "
     "collection now."),
    ("en", "broadcast",
     "Looking for the perfect gift? Give a gift card – the present that always fits."),
    ("en", "broadcast",
     "Winner winner! 🏆 We've been named Best Café in Bergen 2024. Thank you to our "
     "amazing team!"),
    ("en", "broadcast",
     "This week's deal: chicken breast £6.99/kg! Only while stocks last."),
    ("en", "broadcast",
     "Know someone who needs a new phone? Tell them about our Christmas sale – up to "
     "40% off!"),
    ("en", "broadcast",
     "Happy 25th birthday to us! 🎉 Thank you to all our customers for choosing us."),
    ("en", "broadcast",
     "What are you up to this weekend? Maybe a trip to our new water park? Tickets "
     "online."),
    ("en", "broadcast",
     "Have you remembered to book your tyre change? Book now on our website!"),
    ("en", "broadcast",
     "We're the country's most recommended dental chain. Book an appointment today."),
    ("en", "broadcast",
     "Say yes to summer! ☀️ Our sun cream protects all day long. Available in every "
     "pharmacy."),
    ("en", "broadcast",
     "Today only: free delivery on everything! Shop now."),
    ("en", "broadcast",
     "Tell your friends about us and you'll both get £10 off!"),
    ("en", "broadcast",
     "Who doesn't remember that good old taste? The classic is back in shops now."),
    ("nb", "dialogue",
     "Vi har lyst til å pusse opp lekeplassen i parken. Hva savner ungene deres der i "
     "dag?"),
    ("nb", "dialogue",
     "Hvordan har du det egentlig etter en lang vinter? Vi spør fordi vi planlegger "
     "vårens kurs og vil treffe det dere trenger."),
    ("nb", "dialogue",
     "Har dere prøvd å lage fiskesuppe uten fløte? Vi trenger gode råd før julebordet!"),
    ("nb", "dialogue",
     "Er det noen her som har gått hele Kystleden? Vi vil gjerne vite hvilken etappe "
     "som var finest."),
    ("nb", "dialogue",
     "Vi tester ut en ny rute for linje 4 fra neste måned. Si gjerne hva du tenker, "
     "både ris og ros."),
    ("nb", "dialogue",
     "Kom gjerne med ønsker til sommerens konsertserie – vi leser alt."),
    ("nb", "dialogue",
     "Dere er mange som bruker pendlerparkeringen. Hva fungerer, og hva bør vi endre?"),
    ("nb", "dialogue",
     "Nå er det ditt tur: hvilken bok burde alle lese før de fyller 18?"),
    ("nb", "dialogue",
     "Takk for alle innspillene til nye Storgata! Flere ønsket seg benker og mindre "
     "biltrafikk, så det blir med i planen vi legger fram i juni."),
    ("nb", "dialogue",
     "Mange av dere har sagt at appen er tungvint å logge inn i. Nå har vi lagt inn "
     "innlogging med fingeravtrykk."),
    ("nb", "dialogue",
     "Etter tilbakemeldingene deres har vi bestemt oss for å beholde søndagsåpent på "
     "biblioteket også i sommer."),
    ("nb", "dialogue",
     "Vi tok feil da vi sa at nye sykkelstativ ville stå klare i mai. Det blir august."
     " Beklager, og takk for tålmodigheten."),
    ("nb", "dialogue",
     "Beklager, det var vår feil at fakturaen kom to ganger. Den doble belastningen "
     "blir betalt tilbake i løpet av uka."),
    ("nb", "dialogue",
     "Vi er ikke helt enige internt om vi skal ha åpent i romjula. Hva ville dere "
     "foretrukket?"),
    ("nb", "dialogue",
     "Gratulerer med fagbrevet, Jonas! Du har vært en fryd å ha på verkstedet i to år."),
    ("nb", "dialogue",
     "Tusen takk til Randi, som har stått i kassa hos oss i 25 år. Vi kommer til å "
     "savne latteren din."),
    ("nb", "dialogue",
     "Vi fikk et brev fra Oda (7) som lurte på hvorfor bussen ikke kan være rosa. Godt"
     " spørsmål, Oda! Vi har tatt det med til designerne."),
    ("nb", "dialogue",
     "Hvilken tur i nærområdet anbefaler du til en som aldri har gått i fjellet? "
     "Tipsene samles i en liten guide til nye innbyggere."),
    ("nb", "dialogue",
     "Vi lurer på hva som får dere til å velge sykkel framfor bil. Skriv det gjerne "
     "under!"),
    ("nb", "dialogue",
     "Hjelp oss med å finne et navn på den nye fergen. De beste forslagene går videre "
     "til en avstemning i juni."),
    ("nb", "dialogue",
     "Har du en bestemor som baker verdens beste lefser? Fortell oss om henne!"),
    ("nb", "dialogue",
     "Har noen av dere tips til hvordan man får tenåringer med på fjelltur?"),
    ("nb", "dialogue",
     "Vi har hørt fra flere av dere at ventetiden på telefon er for lang. Det er helt "
     "riktig, og vi ansetter nå fem nye i kundeservice."),
    ("nb", "dialogue",
     "Dere sa fra om at skiltingen ved inngangen var forvirrende. Nå har vi satt opp "
     "nye skilt – si ifra om de fungerer bedre."),
    ("nb", "dialogue",
     "Hva tenker du når du hører ordet «dugnad»? Vi er nysgjerrige!"),
    ("nb", "dialogue",
     "Hvor i byen drikker du den beste kaffen? Vi spør for en venn. ☕"),
    ("nb", "dialogue",
     "Hva er ditt beste tips for å få matpakken til å smake bedre på fredag?"),
    ("nb", "dialogue",
     "Vi vurderer å legge ned nattbussen på tirsdager. Før vi bestemmer oss, vil vi "
     "høre hvem som bruker den og hva den betyr for dere."),
    ("nb", "dialogue",
     "Ærlig talt vet vi ikke helt hvordan vi skal løse parkeringen ved stadion. Har "
     "dere forslag?"),
    ("nb", "dialogue",
     "Vi vil gjerne vite hvordan dere opplevde den nye timebestillingen."),
    ("nb", "dialogue",
     "Har du spørsmål om den nye avfallsordningen? Still dem her, så svarer "
     "renovatøren vår Kari fortløpende i kveld."),
    ("nb", "dialogue",
     "Kjære alle som kom på dugnaden i går: Tusen takk! Vi fikk ryddet hele fjæra og "
     "fylte 40 sekker."),
    ("nb", "dialogue",
     "Fortell gjerne hvordan dere feiret 17. mai i år – med eller uten regnjakke."),
    ("nb", "dialogue",
     "Hva er det verste ordet i kommunalt språk? Vi vil skrive enklere, og vi trenger "
     "hjelp til å finne synderne."),
    ("nb", "dialogue",
     "Du som pendler med tog hver dag – hvordan kan vi gjøre morgenen din litt bedre?"),
    ("nb", "dialogue",
     "Noen som vet hvem som har laget snømannen utenfor rådhuset? Vi vil gjerne takke "
     "kunstneren!"),
    ("nb", "dialogue",
     "Vi spurte dere om favorittsangen til sommerfesten, og «Kvitt eller dobbelt» vant"
     " med god margin. Takk for alle svarene!"),
    ("nb", "dialogue",
     "Mange har etterlyst flere vegetarretter i kantina. Fra mandag er annenhver dag "
     "grønn – gi oss en lyd om hva dere synes."),
    ("nb", "dialogue",
     "Del gjerne erfaringene dine med varmepumpe i gammelt hus – andre lesere har mye "
     "å lære av deg."),
    ("nb", "dialogue",
     "Vi har ikke bestemt oss ennå, så nå er sjansen: skal vi ha julemarked på torget "
     "eller i hallen?"),
    ("nb", "dialogue",
     "God morgen fra oss på Tollboden! ☕ Hva er det første du gjør når du kommer på "
     "jobb?"),
    ("nb", "dialogue",
     "Vi skal male om venterommet på legekontoret. Hvilken farge gjør deg roligst?"),
    ("nb", "dialogue",
     "Dere har sendt oss over 300 forslag til navn på den nye isbjørnungen. Nå har "
     "juryen valgt fem finalister – se dem under og stem på favoritten din."),
    ("nb", "dialogue",
     "Det ble for dårlig brøyting på Haugen i går, og det tar vi selvkritikk på. Vi "
     "har satt inn en ekstra bil fra i dag. Si fra hvis det fortsatt er glatt der du "
     "bor."),
    ("nb", "dialogue",
     "Lurer du på noe om den nye skolestrukturen? Rektor Helge svarer på spørsmål her "
     "i kommentarfeltet torsdag kveld."),
    ("nb", "dialogue",
     "Kjenner du noen som fortjener en ekstra takk denne jula? Nominer dem her, så "
     "kjører vi ut blomster til fem av dem."),
    ("nb", "dialogue",
     "Hei! Vi er ei lita strikkebutikk i Levanger og lurer på om vi skal starte "
     "strikkekafé på onsdager. Ville du kommet?"),
    ("nb", "dialogue",
     "Vi har fått mange spørsmål om hvorfor prisene har gått opp. Her er en ærlig "
     "forklaring, og vi svarer gjerne på mer i kommentarene."),
    ("nb", "dialogue",
     "Tusen takk for alle hilsenene til Per på 70-årsdagen! Han ble rørt til tårer."),
    ("nb", "dialogue",
     "Hvordan skal vi gjøre biblioteket bedre for ungdom? Vi spør dere som er 13–19 år"
     " – alle ideer er velkomne, også de rare."),
    ("nb", "dialogue",
     "Ble du værende hjemme i påsken i år? Fortell hva du fant på!"),
    ("nb", "dialogue",
     "Vi har ikke fått det til med den nye appen, og det vet vi. Hva er det som "
     "irriterer deg mest?"),
    ("nb", "dialogue",
     "Vi vil gjerne få vite hva som skal til for at du tar bussen oftere."),
    ("nb", "dialogue",
     "Hva er din beste barndomserindring fra skolegården?"),
    ("nb", "dialogue",
     "Hilsen fra bakeriet: Vi har prøvd oss på rugbrød med solsikkefrø. Hva syns dere "
     "– skal vi fortsette?"),
    ("nb", "dialogue",
     "Nattevaktene våre ba oss takke den som la igjen en boks med kaker i resepsjonen "
     "søndag. Du reddet uka deres!"),
    ("nb", "dialogue",
     "Kjapt spørsmål: hva er det mest nyttige vi kan vise på de nye infoskjermene på "
     "stasjonen?"),
    ("nb", "dialogue",
     "Vi tester to oppsett for den nye rutetabellen. Hvilken synes du er lettest å "
     "lese, og hvorfor? Begge ligger i kommentarfeltet."),
    ("nb", "dialogue",
     "I fjor vår hjalp dere oss å velge nye lekeapparater. Nå står de endelig ferdige,"
     " og ungene på Eikeli har allerede slitt ut huskene. Takk!"),
    ("nb", "dialogue",
     "Vi skal ikke pynte på det: den nye kassa har vært et rot denne uka. Hva gikk "
     "galt for deg? Vi retter feilene etter hvert som meldingene kommer inn."),
    ("nb", "dialogue",
     "Hvem lærte deg å sykle? Fortell historien! 🚲"),
    ("nb", "dialogue",
     "Skal du til øyene i sommer? Vi vil gjerne vite hva som kan gjøre fergeturen "
     "bedre for barnefamilier."),
    ("nb", "dialogue",
     "Vi har lest alle de 86 kommentarene på parkeringsinnlegget. Det vi hørte mest: "
     "Det er kveldene som er problemet, ikke dagtid. Derfor blir parkeringen gratis "
     "etter kl. 18 fra mai."),
    ("nb", "dialogue",
     "Vær ærlige nå: blir oppskriftskortene våre faktisk brukt, eller havner de i "
     "søpla?"),
    ("nb", "dialogue",
     "Bestemor Liv fyller 100 i dag og har handlet hos oss hver uke siden 1961. "
     "Gratulerer med dagen, Liv – blomstene spanderer vi!"),
    ("nb", "dialogue",
     "Det har vært mye prat om den nye brua. Kom på det åpne møtet tirsdag og si til "
     "planleggerne hva du mener."),
    ("nb", "dialogue",
     "Vi klarer ikke å bestemme oss for hva det nye surdeigsbrødet skal hete. Forslag?"),
    ("nb", "dialogue",
     "Hva ville fått deg til å føle deg tryggere når du går hjem om kvelden i sentrum?"
     " Vi lager en plan sammen med politiet og vil høre innbyggerne først."),
    ("nb", "dialogue",
     "Hvordan holder dere ungene unna skjermen i ferien? Del triksene deres – vi er "
     "helt tomme for ideer."),
    ("nb", "dialogue",
     "Kjære fru Berg, takk for brevet om bussjåføren som ventet på deg i regnet. Vi "
     "har sendt hilsenen videre til Tor, og han ble kjempeglad."),
    ("nb", "dialogue",
     "Sommerferie snart! 🌞 Hvor drar dere i år – eller blir dere hjemme?"),
    ("nb", "dialogue",
     "Vi har bommet på størrelsene i den nye kolleksjonen, og mange av dere har fått "
     "bukser som er for små. Send dem tilbake gratis, og fortell oss gjerne hvordan vi"
     " kan merke størrelsene bedre."),
    ("nb", "dialogue",
     "Kveldens spørsmål fra redaksjonen: Hvilken norsk film har du sett flest ganger?"),
    ("nb", "dialogue",
     "Hvordan var det å begynne i barnehagen for deres minste? Foreldreutvalget vil "
     "gjerne ha erfaringer før oppstarten i august."),
    ("nb", "dialogue",
     "Vi leste alle tilbakemeldingene etter julekonserten. Lyden bakerst i salen var "
     "for dårlig, så neste år leier vi inn ekstra høyttalere."),
    ("nb", "dialogue",
     "Heia Marit, som i dag har jobbet 40 år på sykehjemmet! Takk for alt du har gitt "
     "beboerne. 💐"),
    ("nb", "dialogue",
     "Kommunen skal lage ny plan for sykkelveier. Hvor i byen føler du deg minst trygg"
     " på sykkelen? Marker gjerne på kartet i lenken."),
    ("nb", "dialogue",
     "Nå vil vi høre fra dere som handler hos oss på nett: Hva er det mest irriterende"
     " med kassen vår?"),
    ("nb", "dialogue",
     "Det er du som kjenner nabolaget best. Hvilke steder på Grünerløkka burde få "
     "flere benker?"),
    ("nb", "dialogue",
     "Vi prøvde å lage vafler med kikertmel i dag. Resultatet var ... interessant. 😅 "
     "Har noen en oppskrift som faktisk funker?"),
    ("nb", "dialogue",
     "Har du et bilde fra gamle Storgata? Museet samler bilder til en utstilling i "
     "høst, og vi vil gjerne låne ditt."),
    ("nb", "dialogue",
     "Takk for at dere stilte opp på høringsmøtet i går! Vi noterte over 60 innspill, "
     "og de viktigste legger vi ut her neste uke."),
    ("nb", "broadcast",
     "Endelig fredag! 🎉 Hele helgen får du 30 % på alle pizzaer. Bestill i appen."),
    ("nb", "broadcast",
     "Vi er stolte av å kunne fortelle at vi nok en gang er kåret til landets beste "
     "nettbank!"),
    ("nb", "broadcast",
     "Husker du smaken av sommer? Nå er jordbærisen tilbake i frysedisken."),
    ("nb", "broadcast",
     "Fortell oss hvorfor du fortjener en ny sykkel – og vinn! Lik og del innlegget "
     "for å bli med i trekningen."),
    ("nb", "broadcast",
     "Sommerens nyhet er her: tre nye smaker i den populære yoghurtserien. Finnes i "
     "din nærmeste butikk."),
    ("nb", "broadcast",
     "Viktig informasjon: Legevakten flytter til nye lokaler i Storgata 10 fra 1. "
     "september."),
    ("nb", "broadcast",
     "Du fortjener en pause. Book en weekend på Fjellhotellet i dag – kun 1 990 kr per"
     " natt."),
    ("nb", "broadcast",
     "Vi lytter alltid til kundene våre. Derfor lanserer vi nå en enda bedre "
     "mobilpakke."),
    ("nb", "broadcast",
     "Hvem vil ha gratis kaffe? ☕ Kom innom butikken vår i Storgata i morgen mellom 8 "
     "og 10!"),
    ("nb", "broadcast",
     "Lurer du på hva som er riktig forsikring for deg? Vi har svaret. Les mer på "
     "nettsiden vår."),
    ("nb", "broadcast",
     "Takk for at dere handler hos oss! Nå får alle medlemmer dobbel bonus ut måneden."),
    ("nb", "broadcast",
     "Vi har oppgradert mobilnettet i hele Nord-Norge. Nå får du enda raskere 5G, "
     "uansett hvor du er."),
    ("nb", "broadcast",
     "Hvilken er din favoritt: klassisk eller chili? Stem i kommentarfeltet! Begge "
     "finnes i butikken nå."),
    ("nb", "broadcast",
     "Mange av dere har ventet lenge – nå er den endelig her: vinterjakken i ny farge!"),
    ("nb", "broadcast",
     "Kommunen minner om at søknadsfristen for barnehageplass er 1. mars. Søk på "
     "kommunens nettside."),
    ("nb", "broadcast",
     "Tagg en venn som trenger en kaffe i dag! ☕😄"),
    ("nb", "broadcast",
     "Hva er bedre enn nybakt brød på en lørdag? Ingenting! Kom innom bakeriet, vi har"
     " åpent til 16."),
    ("nb", "broadcast",
     "Vi er så glade for å ønske velkommen til vår nye butikk på Lade! Åpningstilbud "
     "hele uka."),
    ("nb", "broadcast",
     "Hei alle sammen! Vi minner om at kontoret er stengt i påsken. God påske! 🐣"),
    ("nb", "broadcast",
     "Del dette innlegget hvis du er enig i at fredagstaco er ukas høydepunkt! 🌮"),
    ("nb", "broadcast",
     "Spør oss gjerne om hva som helst om strømavtaler – eller enda enklere: bytt til "
     "oss i dag og spar 500 kr."),
    ("nb", "broadcast",
     "Hva synes du om vår nye lakserull? Kjøp den nå til introduksjonspris 49,90!"),
    ("nb", "broadcast",
     "Hvorfor betale mer? Hos oss får du strøm til innkjøpspris. Bytt i dag!"),
    ("nb", "broadcast",
     "Våre kunder er de mest fornøyde i bransjen for tredje år på rad. Takk for "
     "tilliten!"),
    ("nb", "broadcast",
     "Visste du at vi har over 200 sorter te? Kom innom og finn din favoritt!"),
    ("nb", "broadcast",
     "Del gjerne innlegget med venner og familie – og husk at helgetilbudet gjelder "
     "til søndag!"),
    ("nb", "broadcast",
     "Påminnelse: Fra mandag er Storgata stengt for gjennomkjøring på grunn av "
     "graving. Følg skiltet omkjøring."),
    ("nb", "broadcast",
     "Har du sett vinterkolleksjonen vår? Den er varmere, lettere og mer bærekraftig "
     "enn noen gang."),
    ("nb", "broadcast",
     "Nå er det 20 % på alle vinterjakker! Kom innom før lørdag."),
    ("nb", "broadcast",
     "Vi har ansatt ny daglig leder! Ole Hansen kommer fra stillingen som salgssjef i "
     "Bergen og begynner 1. mars."),
    ("nb", "broadcast",
     "Hvem vil vinne et gavekort på 1000 kr? Følg oss og tagg to venner!"),
    ("nb", "broadcast",
     "Hva er bedre enn fredagspizza? Fredagspizza med 40 % rabatt, selvfølgelig! 🍕"),
    ("nb", "broadcast",
     "Nyhet: linskjorter i seks sommerfarger. Fri frakt over 500 kr."),
    ("nb", "broadcast",
     "Tørst? Vår iste med sitron er den perfekte oppkvikkeren. Kjøp en på en av "
     "kafeene våre!"),
    ("nb", "broadcast",
     "Har du noen gang lurt på hvorfor brødet vårt er så godt? 100 år med håndverk. "
     "Smak forskjellen i dag."),
    ("nb", "broadcast",
     "Dette er Mari, kjøkkensjefen vår. Hun har perfeksjonert søndagsmiddagen i ti år "
     "– bestill bord nå!"),
    ("nb", "broadcast",
     "Vi er glade for å kunngjøre vårt samarbeid med Nordic Outdoor. Sammen gir vi deg"
     " enda bedre utstyr."),
    ("nb", "broadcast",
     "Kommenter 🔥 hvis du er klar for sommeren!"),
    ("nb", "broadcast",
     "Viktig: På grunn av systemoppgradering er nettbanken utilgjengelig lørdag kl. "
     "22–02."),
    ("nb", "broadcast",
     "Vi hører deg! Derfor er den nye appen vår raskere enn noen gang. Last den ned i "
     "dag."),
    ("nb", "broadcast",
     "Din mening betyr mye for oss. Gi oss en vurdering på TripAdvisor!"),
    ("nb", "broadcast",
     "Hvilken veske er du? Reisende, pendler eller helgetur? Se hele kolleksjonen nå."),
    ("nb", "broadcast",
     "Leter du etter den perfekte gaven? Gi et gavekort – gaven som alltid passer."),
    ("nb", "broadcast",
     "Vinner! 🏆 Vi er kåret til Bergens beste kafé 2024. Takk til det fantastiske "
     "teamet vårt!"),
    ("nb", "broadcast",
     "Ukas tilbud: Kyllingfilet 89,90 kr/kg! Kun så lenge lageret rekker."),
    ("nb", "broadcast",
     "Kjenner du noen som trenger ny mobil? Tips dem om vårt julesalg – opptil 40 % "
     "rabatt!"),
    ("nb", "broadcast",
     "Vi gratulerer oss selv med 25 år i bransjen! 🎉 Takk til alle kundene våre for at"
     " dere valgte oss."),
    ("nb", "broadcast",
     "Hva gjør du i helgen? Kanskje en tur til vårt nye badeland? Billetter på nett."),
    ("nb", "broadcast",
     "Har du husket å bestille time til dekkskift? Book nå på nettsiden vår!"),
    ("nb", "broadcast",
     "Vi er Norges mest anbefalte tannlegekjede. Bestill time i dag."),
    ("nb", "broadcast",
     "Si ja til sommer! ☀️ Solkremen vår beskytter hele dagen. Finnes i alle apotek."),
    ("nb", "broadcast",
     "Kun i dag: gratis frakt på alt! Handle nå."),
    ("nb", "broadcast",
     "Fortell vennene dine om oss, så får dere begge 100 kr i rabatt!"),
    ("nb", "broadcast",
     "Hvem husker ikke den gode gamle smaken? Nå er klassikeren tilbake i butikkene."),
]



@pytest.fixture(scope="module")
def verdicts():
    return [(lang, label, analyze_post(text, lang).label) for lang, label, text in BANK]


def test_the_bank_is_balanced():
    counts = Counter((lang, label) for lang, label, _ in BANK)
    assert len(counts) == 4 and min(counts.values()) >= 40, counts


@pytest.mark.parametrize("lang", ["en", "nb"])
@pytest.mark.parametrize("label", ["dialogue", "broadcast"])
def test_the_engine_reads_fresh_posts_by_the_rubric(verdicts, lang, label):
    mine = [got for lg, lab, got in verdicts if lg == lang and lab == label]
    wrong = sum(got != label for got in mine)
    assert wrong / len(mine) <= 0.05, (lang, label, wrong, len(mine))
