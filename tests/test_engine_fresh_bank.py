"""A bank of fresh examples written from the rubric by the engine's maintainer, not taken
from the corpus: posts and comment-reply pairs, plain ones and traps, short and long,
in both languages.

The bank was written in rounds while broadening the lexicons (each round was first run
blind, then its misses were fixed with rules meant for the whole family of phrasings,
not the one sentence), so it is a regression guard for generalisation, not an unbiased
measure: the corpus's test split and the blind hold-out set are for that. The thresholds
leave room for a rule change to trade one example for a better reading of the rubric.
"""

from collections import Counter

import pytest

from dialogue_coach import analyze_post, analyze_reply

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
    ("en", "dialogue",
     "Our goalkeeper coach Trine wants to know: what's the one drill you hated as a "
     "kid but now admit was useful?"),
    ("en", "dialogue",
     "Visiting hours on ward 4 are changing in March, and before we fix the times we'd"
     " like to hear from relatives. Which times work for you?"),
    ("en", "dialogue",
     "Last month's survey had one clear message: you want a human on the phone, not a "
     "menu. From Monday, calls go straight to an adviser between 8 and 4."),
    ("en", "dialogue",
     "We messed up the seat map for Saturday's show and some of you got double-booked."
     " We're so sorry. Everyone affected gets a full refund and free tickets to the "
     "next show – message us if you haven't heard from us."),
    ("en", "dialogue",
     "Farm shop question: should we keep the Sunday opening through winter, or is it "
     "just us who likes it? Honest answers please."),
    ("en", "dialogue",
     "What did your grandparents grow in their garden? Our allotment group wants to "
     "bring back old varieties and is looking for tips."),
    ("en", "dialogue",
     "Happy retirement, Bjørn! 42 years of getting our planes off the ground on time. "
     "The whole crew will miss your terrible jokes."),
    ("en", "dialogue",
     "Dear parents: thank you for all your messages about the new homework app. Most "
     "of you find it confusing, so we're pausing it until after the autumn break while"
     " we look for something simpler."),
    ("en", "dialogue",
     "The zoo's new otter pups need names! Send your best suggestions, and the keepers"
     " will pick three for a public vote next week."),
    ("en", "dialogue",
     "We keep hearing that the cycle lane on Kongens gate ends too suddenly. Is that "
     "your experience too? Tell us where it feels most dangerous."),
    ("en", "dialogue",
     "Sunday question: what's one small thing a stranger did that made your day?"),
    ("en", "dialogue",
     "Our choir needs more tenors, but first we want to know what stops people from "
     "joining. Is it the time, the music, or something else?"),
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
    ("en", "broadcast",
     "🔥 FLASH SALE 🔥 All memberships 50% off until midnight. Join now!"),
    ("en", "broadcast",
     "Proud sponsor of the city marathon for the tenth year running. See you at the "
     "finish line!"),
    ("en", "broadcast",
     "Is your boiler ready for winter? Book a service with our certified engineers "
     "today."),
    ("en", "broadcast",
     "Ward 4 visiting hours from 1 March: weekdays 14–16 and 18–20, weekends 12–18."),
    ("en", "broadcast",
     "Don't miss our spring show! Tickets from £15 at the box office or online."),
    ("en", "broadcast",
     "What makes a perfect Sunday? Our freshly baked cinnamon buns, of course. Open "
     "9–3."),
    ("en", "broadcast",
     "Tag the friend you'd take on a romantic weekend getaway ❤️ #travel #weekend "
     "#love #getaway"),
    ("en", "broadcast",
     "We value every customer. That's why our new savings account gives you 4.5% "
     "interest."),
    ("en", "broadcast",
     "Congratulations to us on 10,000 followers! Thanks for being here. Use code 10K "
     "for 10% off this week."),
    ("en", "broadcast",
     "Guess the number of sweets in the jar and win it! Comment your answer below."),
    ("en", "broadcast",
     "Our new plant-based burger is here. You'll never go back to beef!"),
    ("en", "broadcast",
     "Heads up, travellers: Terminal 2 security opens at 04:30 from Monday. Arrive in "
     "good time."),
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
    ("nb", "dialogue",
     "Keepertreneren vår Trine lurer på: Hvilken øvelse hatet du som liten, men "
     "innrømmer nå at var nyttig?"),
    ("nb", "dialogue",
     "Besøkstidene på avdeling 4 endres i mars, og før vi bestemmer tidene vil vi høre"
     " fra pårørende. Hvilke tider passer for dere?"),
    ("nb", "dialogue",
     "Undersøkelsen forrige måned hadde ett tydelig budskap: dere vil snakke med et "
     "menneske på telefonen, ikke en meny. Fra mandag går samtalene rett til en "
     "rådgiver mellom 8 og 16."),
    ("nb", "dialogue",
     "Vi rotet til setekartet for lørdagens forestilling, og noen av dere ble "
     "dobbeltbooket. Vi er veldig lei oss. Alle som ble rammet får full refusjon og "
     "gratis billetter til neste forestilling – send oss en melding hvis du ikke har "
     "hørt fra oss."),
    ("nb", "dialogue",
     "Spørsmål fra gårdsbutikken: Skal vi holde søndagsåpent gjennom vinteren, eller "
     "er det bare vi som liker det? Ærlige svar, takk."),
    ("nb", "dialogue",
     "Hva dyrket besteforeldrene dine i hagen? Parsellaget vårt vil ta opp igjen gamle"
     " sorter og leter etter tips."),
    ("nb", "dialogue",
     "God pensjonisttid, Bjørn! 42 år med å få flyene våre i lufta i tide. Hele "
     "gjengen kommer til å savne de elendige vitsene dine."),
    ("nb", "dialogue",
     "Kjære foreldre: takk for alle meldingene om den nye lekseappen. De fleste av "
     "dere synes den er forvirrende, så vi setter den på pause til etter høstferien "
     "mens vi ser etter noe enklere."),
    ("nb", "dialogue",
     "Oterungene i dyreparken trenger navn! Send oss de beste forslagene deres, så "
     "velger dyrepasserne tre til en avstemning neste uke."),
    ("nb", "dialogue",
     "Vi hører stadig at sykkelfeltet i Kongens gate slutter for brått. Er det din "
     "erfaring også? Fortell oss hvor det føles farligst."),
    ("nb", "dialogue",
     "Søndagsspørsmål: Hva er en liten ting en fremmed gjorde som reddet dagen din?"),
    ("nb", "dialogue",
     "Koret vårt trenger flere tenorer, men først vil vi vite hva som hindrer folk i å"
     " bli med. Er det tidspunktet, musikken eller noe annet?"),
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
    ("nb", "broadcast",
     "🔥 LYNSALG 🔥 Alle medlemskap 50 % rabatt til midnatt. Meld deg inn nå!"),
    ("nb", "broadcast",
     "Stolt sponsor av byløpet for tiende år på rad. Vi sees på målstreken!"),
    ("nb", "broadcast",
     "Er fyrkjelen din klar for vinteren? Bestill service hos våre sertifiserte "
     "montører i dag."),
    ("nb", "broadcast",
     "Besøkstider på avdeling 4 fra 1. mars: hverdager 14–16 og 18–20, helger 12–18."),
    ("nb", "broadcast",
     "Ikke gå glipp av vårforestillingen! Billetter fra 150 kr i billettluka eller på "
     "nett."),
    ("nb", "broadcast",
     "Hva gjør en søndag perfekt? Våre nybakte kanelboller, selvfølgelig. Åpent 9–15."),
    ("nb", "broadcast",
     "Tagg vennen du ville tatt med på en romantisk helgetur ❤️ #reise #helg "
     "#kjærlighet #weekend"),
    ("nb", "broadcast",
     "Vi setter pris på hver eneste kunde. Derfor gir den nye sparekontoen vår deg 4,5"
     " % rente."),
    ("nb", "broadcast",
     "Gratulerer til oss med 10 000 følgere! Takk for at dere er her. Bruk koden 10K "
     "for 10 % rabatt denne uka."),
    ("nb", "broadcast",
     "Gjett hvor mange godterier det er i glasset, og vinn det! Skriv svaret ditt "
     "under."),
    ("nb", "broadcast",
     "Den nye plantebaserte burgeren vår er her. Du kommer aldri til å gå tilbake til "
     "biff!"),
    ("nb", "broadcast",
     "Til reisende: Sikkerhetskontrollen i terminal 2 åpner kl. 04.30 fra mandag. Kom "
     "i god tid."),
]


# (lang, label, comment, reply)
REPLY_BANK = [
    ("en", "good",
     "Do you have gluten-free bread on Saturdays?",
     "Hi Sara! Yes – we bake two gluten-free loaves every Saturday, usually gone by "
     "noon, so come early. ^Emil"),
    ("en", "good",
     "The train was cancelled and nobody told us anything. Stood on the platform for "
     "40 minutes.",
     "That's not good enough, Kim, and I'm sorry. The signal fault was announced far "
     "too late. You can claim a full refund of today's ticket at sj.example/refund – "
     "it takes two minutes."),
    ("en", "good",
     "Love the new oat latte!",
     "Thank you, Hanna! It took us six tries to get it right, so that means a lot. ☕"),
    ("en", "good",
     "Why did you cut the number 12 bus on Sundays?",
     "Fair question, Ali. Only about 30 people used it each Sunday, so the money went "
     "to more evening buses on weekdays. We'll look at Sunday numbers again in March."),
    ("en", "good",
     "Can I bring my dog into the café?",
     "Of course! Dogs are welcome inside, and there's a water bowl by the door. 🐶"),
    ("en", "good",
     "Your app keeps logging me out.",
     "Sorry, Jonas, that's maddening. A fix is going out in tonight's update (version "
     "4.2). If it still happens after that, write here and I'll dig into it. ^Lise"),
    ("en", "good",
     "Is the museum free for kids?",
     "Yes, everyone under 18 gets in free, every day."),
    ("en", "good",
     "Your prices are a joke.",
     "I hear you, Per. Prices went up 8% this year because of energy costs; we've kept"
     " the basic menu at last year's price. Happy to explain more if you want."),
    ("en", "good",
     "When does the pool reopen after the refurbishment?",
     "Hi Ahmed – it reopens on Monday 3 June at 06:30. The sauna follows a week later."),
    ("en", "good",
     "My bin hasn't been emptied for two weeks!",
     "Sorry, Grete, two weeks is far too long. I've booked a pickup for tomorrow "
     "morning, and I'll check with the driver why your street was skipped."),
    ("en", "good",
     "Thank you for the lovely birthday cake for my dad!",
     "Aw, thank you for telling us, Linn! Happy birthday to your dad from all of us at"
     " the bakery. 🎂"),
    ("en", "good",
     "Why is there no lift at the new station?",
     "Good question. There is one – it's at the north end, by the bike racks, and it's"
     " signposted from the platform. We'll add a sign at the south end too."),
    ("en", "good",
     "Terrible service today, waited 45 minutes for a table.",
     "You're right, that's far too long, and I'm sorry. We were two staff short "
     "tonight. Next time your dessert is on us – just mention this comment. ^Ina"),
    ("en", "good",
     "Do you deliver to Hamar?",
     "We do! Delivery to Hamar takes two working days."),
    ("en", "good",
     "Your new logo is ugly.",
     "Ha, fair enough – not everyone loves it! We changed it because the old one was "
     "hard to read on phones. Thanks for saying what you think."),
    ("en", "good",
     "The staff at the Storo branch went above and beyond for my mum today.",
     "That's so kind of you to share! I'll pass it on to the Storo team – they'll be "
     "chuffed. Give your mum our best. ^Hege"),
    ("en", "good",
     "Bus 31: the scenic route to being late 🙃",
     "Ha, fair. The 31 has been 6–8 minutes late most mornings because of roadworks at"
     " Ring 2; they finish on 14 May and the old timetable comes back then."),
    ("en", "good",
     "I was charged for two bags but only took one.",
     "Sorry about that, Amir! I've refunded the extra bag today; it'll show on your "
     "card within 3 days."),
    ("en", "good",
     "Can you recycle pizza boxes?",
     "Yes, if they're not too greasy – tear off the greasy part and put it in general "
     "waste, the rest goes in paper."),
    ("en", "good",
     "Just wanted to say the night nurse on ward 7 was an angel to my dad.",
     "Thank you so much for telling us, Leah. I'll make sure the night team on 7 sees "
     "this – it'll mean the world to them. Wishing your dad well."),
    ("en", "good",
     "Wow, another price rise. Bet the CEO's bonus is safe 💸",
     "Fair to be annoyed, Kai. The 4% rise covers higher energy costs; board pay is "
     "frozen this year, and the full accounts are at fjordpower.example/report."),
    ("en", "good",
     "Is the swimming pool warm enough for toddlers?",
     "Yes – the small pool is kept at 32°C, and there's a changing room with baby mats"
     " right next to it."),
    ("en", "good",
     "You've ruined the best chocolate bar by making it smaller.",
     "You're right that it's smaller, Ola, and I'm sorry – cocoa prices doubled. We "
     "chose a smaller bar over a higher price, but we're listening: tell us which "
     "you'd prefer."),
    ("en", "poor",
     "Do you have gluten-free bread on Saturdays?",
     "Thanks for your question! We have a wide range of delicious breads for every "
     "taste. Visit us soon!"),
    ("en", "poor",
     "The train was cancelled and nobody told us anything.",
     "We apologise for any inconvenience caused. Please refer to our website for "
     "information about delays."),
    ("en", "poor",
     "Love the new oat latte!",
     "Thanks! Did you know you can get 2 for 1 on all lattes with our app this week? "
     "Download now!"),
    ("en", "poor",
     "Why did you cut the number 12 bus on Sundays?",
     "Please send us a DM and we'll get back to you."),
    ("en", "poor",
     "Your app keeps logging me out.",
     "Have you tried actually updating your phone? 🙄"),
    ("en", "poor",
     "Is the museum free for kids?",
     "Great question! We love seeing families at the museum. Keep an eye on our page "
     "for news!"),
    ("en", "poor",
     "My order is two weeks late.",
     "As stated in our terms, delivery times are estimates and not guaranteed."),
    ("en", "poor",
     "The staff at the Elm Street branch were so rude to my mum.",
     "We're sorry to hear about your experience. We strive to provide excellent "
     "service to all our customers."),
    ("en", "poor",
     "When does the pool reopen after the refurbishment?",
     "We're working hard to make the new pool amazing! Stay tuned for updates. 💦"),
    ("en", "poor",
     "My bin hasn't been emptied for two weeks!",
     "Please contact our customer service centre via the form on our website."),
    ("en", "poor",
     "Thank you for the lovely birthday cake for my dad!",
     "Glad you liked it! Did you know we also do wedding cakes? Order yours today with"
     " 10% off."),
    ("en", "poor",
     "Why is there no lift at the new station?",
     "Our stations are built to the highest standards of accessibility. We value your "
     "feedback."),
    ("en", "poor",
     "Terrible service today, waited 45 minutes for a table.",
     "Friday nights are always busy. You should have booked."),
    ("en", "poor",
     "Do you deliver to Hamar?",
     "Send us a private message and we'll take a look!"),
    ("en", "poor",
     "Your new logo is ugly.",
     "Lol, good thing nobody asked you 😂"),
    ("en", "poor",
     "The staff at the Storo branch went above and beyond for my mum today.",
     "Storo is our largest branch, with 40 staff and opening hours from 8 to 22 every "
     "day. Visit storo.example for our full range."),
    ("en", "poor",
     "Bus 31: the scenic route to being late 🙃",
     "Maybe leave a bit earlier then? 😉"),
    ("en", "poor",
     "Bus 31: the scenic route to being late 🙃",
     "Thanks for your feedback! We are always working to improve our services."),
    ("en", "poor",
     "I was charged for two bags but only took one.",
     "All baggage fees are clearly stated at booking and are non-refundable."),
    ("en", "poor",
     "Can you recycle pizza boxes?",
     "Great question! Recycling is so important and we all have a part to play. 🌍"),
    ("en", "poor",
     "Why are the toilets at the station always closed?",
     "We understand your frustration. Your feedback has been forwarded to the relevant"
     " department."),
    ("en", "poor",
     "Just wanted to say the night nurse on ward 7 was an angel to my dad.",
     "Ward 7 is part of our award-winning cardiology unit, with 24 beds and a "
     "dedicated team of 30 nurses."),
    ("en", "poor",
     "Wow, another price rise. Bet the CEO's bonus is safe 💸",
     "Our prices remain among the most competitive in the market."),
    ("en", "poor",
     "Is the swimming pool warm enough for toddlers?",
     "We have something for the whole family! Check out our website for all our "
     "activities. 🏊"),
    ("en", "poor",
     "You've ruined the best chocolate bar by making it smaller.",
     "The new size is in line with industry standards."),
    ("nb", "good",
     "Har dere glutenfritt brød på lørdager?",
     "Hei Sara! Ja – vi baker to glutenfrie brød hver lørdag, de går som regel før kl."
     " 12, så kom tidlig. ^Emil"),
    ("nb", "good",
     "Toget ble innstilt, og ingen sa noe. Sto på perrongen i 40 minutter.",
     "Det er ikke godt nok, Kim, og jeg beklager. Signalfeilen ble meldt altfor sent. "
     "Du kan søke om full refusjon av dagens billett på sj.example/refusjon – det tar "
     "to minutter."),
    ("nb", "good",
     "Elsker den nye havrelatten!",
     "Tusen takk, Hanna! Vi brukte seks forsøk på å få den riktig, så det betyr mye. ☕"),
    ("nb", "good",
     "Hvorfor kuttet dere 12-bussen på søndager?",
     "Godt spørsmål, Ali. Bare rundt 30 personer brukte den hver søndag, så pengene "
     "gikk til flere kveldsavganger på hverdager. Vi ser på søndagstallene igjen i "
     "mars."),
    ("nb", "good",
     "Kan jeg ta med hunden inn på kafeen?",
     "Selvsagt! Hunder er velkomne inne, og det står en vannskål ved døra. 🐶"),
    ("nb", "good",
     "Appen logger meg ut hele tiden.",
     "Beklager, Jonas, det er skikkelig irriterende. En retting kommer i kveldens "
     "oppdatering (versjon 4.2). Skjer det fortsatt etter det, skriv her, så graver "
     "jeg i det. ^Lise"),
    ("nb", "good",
     "Er museet gratis for barn?",
     "Ja, alle under 18 kommer inn gratis, hver dag."),
    ("nb", "good",
     "Prisene deres er en vits.",
     "Jeg skjønner deg, Per. Prisene gikk opp 8 % i år på grunn av strømkostnader; "
     "grunnmenyen har vi holdt på fjorårets pris. Forklarer gjerne mer om du vil."),
    ("nb", "good",
     "Når åpner bassenget igjen etter oppussingen?",
     "Hei Ahmed – det åpner mandag 3. juni kl. 06.30. Badstua kommer en uke senere."),
    ("nb", "good",
     "Søppeldunken min har ikke blitt tømt på to uker!",
     "Beklager, Grete, to uker er altfor lenge. Jeg har bestilt henting i morgen "
     "tidlig, og jeg sjekker med sjåføren hvorfor gata di ble hoppet over."),
    ("nb", "good",
     "Takk for den nydelige bursdagskaka til pappa!",
     "Så hyggelig at du sier fra, Linn! Gratulerer med dagen til pappaen din fra alle "
     "oss på bakeriet. 🎂"),
    ("nb", "good",
     "Hvorfor er det ingen heis på den nye stasjonen?",
     "Godt spørsmål. Det er en – den står i nordenden ved sykkelstativene og er "
     "skiltet fra plattformen. Vi setter opp et skilt i sørenden også."),
    ("nb", "good",
     "Elendig service i dag, ventet 45 minutter på bord.",
     "Du har rett, det er altfor lenge, og jeg beklager. Vi var to på jobb for lite i "
     "kveld. Neste gang spanderer vi desserten – bare nevn denne kommentaren. ^Ina"),
    ("nb", "good",
     "Leverer dere til Hamar?",
     "Ja! Levering til Hamar tar to virkedager."),
    ("nb", "good",
     "Den nye logoen deres er stygg.",
     "Ha, greit nok – ikke alle liker den! Vi byttet fordi den gamle var vanskelig å "
     "lese på mobil. Takk for at du sier hva du mener."),
    ("nb", "good",
     "Personalet på Storo stilte virkelig opp for mamma i dag.",
     "Så fint at du sier fra! Jeg sender hilsenen videre til gjengen på Storo – de "
     "blir kjempeglade. Hils mamma fra oss. ^Hege"),
    ("nb", "good",
     "Buss 31: den naturskjønne veien til å komme for sent 🙃",
     "Haha, greit nok. 31-bussen har vært 6–8 minutter forsinket de fleste morgener på"
     " grunn av veiarbeid ved Ring 2; det er ferdig 14. mai, og da kommer den gamle "
     "ruteplanen tilbake."),
    ("nb", "good",
     "Jeg betalte for to kofferter, men hadde bare med én.",
     "Beklager det, Amir! Jeg har refundert den ekstra kofferten i dag, og beløpet er "
     "på kortet ditt innen 3 dager."),
    ("nb", "good",
     "Kan man pante pizzaesker?",
     "Nei, men de kan gå i papiret hvis de ikke er for fete – riv av den fete delen og"
     " kast den i restavfallet."),
    ("nb", "good",
     "Ville bare si at nattsykepleieren på post 7 var en engel for pappa.",
     "Tusen takk for at du forteller oss det, Lea. Jeg skal sørge for at nattlaget på "
     "7 får se dette – det betyr enormt mye for dem. Vi ønsker pappaen din god "
     "bedring."),
    ("nb", "good",
     "Jaja, enda en prisøkning. Sjefens bonus er vel trygg 💸",
     "Forståelig at du er irritert, Kai. Økningen på 4 % dekker høyere strømkostnader;"
     " styrehonorarene er fryst i år, og hele regnskapet ligger på "
     "fjordkraft.example/rapport."),
    ("nb", "good",
     "Er bassenget varmt nok for småbarn?",
     "Ja – småbarnsbassenget holder 32 grader, og det er et stellerom med babymatter "
     "rett ved siden av."),
    ("nb", "good",
     "Dere har ødelagt den beste sjokoladen ved å gjøre den mindre.",
     "Du har rett i at den er mindre, Ola, og jeg beklager – kakaoprisen er doblet. Vi"
     " valgte en mindre plate framfor høyere pris, men vi lytter: si hva du ville "
     "foretrukket."),
    ("nb", "poor",
     "Har dere glutenfritt brød på lørdager?",
     "Takk for spørsmålet! Vi har et stort utvalg av deilige brød for enhver smak. Kom"
     " innom snart!"),
    ("nb", "poor",
     "Toget ble innstilt, og ingen sa noe.",
     "Vi beklager eventuelle ulemper. Se nettsiden vår for informasjon om "
     "forsinkelser."),
    ("nb", "poor",
     "Elsker den nye havrelatten!",
     "Takk! Visste du at du får 2 for 1 på alle latter i appen denne uka? Last den ned"
     " nå!"),
    ("nb", "poor",
     "Hvorfor kuttet dere 12-bussen på søndager?",
     "Send oss en PM, så tar vi det derfra."),
    ("nb", "poor",
     "Appen logger meg ut hele tiden.",
     "Har du prøvd å faktisk oppdatere telefonen? 🙄"),
    ("nb", "poor",
     "Er museet gratis for barn?",
     "Godt spørsmål! Vi elsker å se familier på museet. Følg med på siden vår for "
     "nyheter!"),
    ("nb", "poor",
     "Bestillingen min er to uker forsinket.",
     "Som det står i vilkårene våre, er leveringstider estimater og ikke garantert."),
    ("nb", "poor",
     "Personalet på Storgata-butikken var så frekke mot mamma.",
     "Vi beklager å høre om opplevelsen din. Vi streber etter å gi utmerket service "
     "til alle kundene våre."),
    ("nb", "poor",
     "Når åpner bassenget igjen etter oppussingen?",
     "Vi jobber hardt for å gjøre det nye bassenget fantastisk! Følg med for "
     "oppdateringer. 💦"),
    ("nb", "poor",
     "Søppeldunken min har ikke blitt tømt på to uker!",
     "Vennligst kontakt kundesenteret vårt via skjemaet på nettsiden."),
    ("nb", "poor",
     "Takk for den nydelige bursdagskaka til pappa!",
     "Så glad du likte den! Visste du at vi også lager bryllupskaker? Bestill i dag "
     "med 10 % rabatt."),
    ("nb", "poor",
     "Hvorfor er det ingen heis på den nye stasjonen?",
     "Stasjonene våre er bygget etter høyeste standard for tilgjengelighet. Vi setter "
     "pris på tilbakemeldingen din."),
    ("nb", "poor",
     "Elendig service i dag, ventet 45 minutter på bord.",
     "Fredagskvelder er alltid travle. Du burde ha bestilt bord."),
    ("nb", "poor",
     "Leverer dere til Hamar?",
     "Send oss en privat melding, så tar vi en titt!"),
    ("nb", "poor",
     "Den nye logoen deres er stygg.",
     "Haha, godt ingen spurte deg da 😂"),
    ("nb", "poor",
     "Personalet på Storo stilte virkelig opp for mamma i dag.",
     "Storo er vår største butikk, med 40 ansatte og åpent 8–22 hver dag. Se hele "
     "utvalget på storo.example."),
    ("nb", "poor",
     "Buss 31: den naturskjønne veien til å komme for sent 🙃",
     "Kanskje gå litt tidligere hjemmefra da? 😉"),
    ("nb", "poor",
     "Buss 31: den naturskjønne veien til å komme for sent 🙃",
     "Takk for tilbakemeldingen! Vi jobber kontinuerlig med å forbedre tjenestene "
     "våre."),
    ("nb", "poor",
     "Jeg betalte for to kofferter, men hadde bare med én.",
     "Alle bagasjegebyrer står tydelig ved bestilling og refunderes ikke."),
    ("nb", "poor",
     "Kan man pante pizzaesker?",
     "Godt spørsmål! Resirkulering er så viktig, og vi har alle en rolle å spille. 🌍"),
    ("nb", "poor",
     "Hvorfor er toalettene på stasjonen alltid stengt?",
     "Vi forstår din frustrasjon. Tilbakemeldingen din er videresendt til rette "
     "avdeling."),
    ("nb", "poor",
     "Ville bare si at nattsykepleieren på post 7 var en engel for pappa.",
     "Post 7 er en del av vår prisbelønte hjerteavdeling, med 24 senger og et dedikert"
     " team på 30 sykepleiere."),
    ("nb", "poor",
     "Jaja, enda en prisøkning. Sjefens bonus er vel trygg 💸",
     "Prisene våre er fortsatt blant de mest konkurransedyktige i markedet."),
    ("nb", "poor",
     "Er bassenget varmt nok for småbarn?",
     "Vi har noe for hele familien! Sjekk nettsiden vår for alle aktivitetene. 🏊"),
    ("nb", "poor",
     "Dere har ødelagt den beste sjokoladen ved å gjøre den mindre.",
     "Den nye størrelsen er i tråd med bransjestandarden."),
    ("en", "poor",
     "The barista at Torget drew a little heart in my cappuccino this morning.",
     "Hi Mona! Did you know our new autumn latte is out? Get 20% off with code HEART20"
     " this week."),
    ("nb", "poor",
     "Baristaen på Torget tegnet et lite hjerte i cappuccinoen min i morges.",
     "Hei Mona! Visste du at den nye høstlatten vår er ute? Få 20 % rabatt med koden "
     "HJERTE20 denne uka."),
    ("en", "good",
     "The barista at Torget drew a little heart in my cappuccino this morning.",
     "Aw, Mona, that's Sindre – he'll be so pleased you noticed! ☕ ^Line"),
    ("nb", "good",
     "Baristaen på Torget tegnet et lite hjerte i cappuccinoen min i morges.",
     "Å, Mona, det er Sindre – han blir så glad for at du la merke til det! ☕ ^Line"),
]


@pytest.fixture(scope="module")
def verdicts():
    return [(lang, label, analyze_post(text, lang).label) for lang, label, text in BANK]


def test_the_bank_is_balanced():
    counts = Counter((lang, label) for lang, label, _ in BANK)
    assert len(counts) == 4 and min(counts.values()) >= 40, counts
    counts = Counter((lang, label) for lang, label, _, _ in REPLY_BANK)
    assert len(counts) == 4 and min(counts.values()) >= 15, counts


@pytest.mark.parametrize("lang", ["en", "nb"])
@pytest.mark.parametrize("label", ["dialogue", "broadcast"])
def test_the_engine_reads_fresh_posts_by_the_rubric(verdicts, lang, label):
    mine = [got for lg, lab, got in verdicts if lg == lang and lab == label]
    wrong = sum(got != label for got in mine)
    assert wrong / len(mine) <= 0.05, (lang, label, wrong, len(mine))


@pytest.mark.parametrize("lang", ["en", "nb"])
def test_the_engine_reads_fresh_replies_by_the_rubric(lang):
    mine = [(label, analyze_reply(comment, reply, lang).label)
            for lg, label, comment, reply in REPLY_BANK if lg == lang]
    wrong = sum(got != label for label, got in mine)
    assert wrong / len(mine) <= 0.1, (lang, wrong, len(mine))


# ---------------------------------------------------------------------------------
# Sixth round (posts): genuine questions at the end of a report-back or an announcement,
# and "you/your" / "du/din" inside genuine questions, where the pseudo-dialogue findings
# once fired wrongly ("What else would make your mornings easier?" read as rhetorical and
# as an order to buy); beside them the converse traps, which must stay broadcast. Run
# blind first: 3 of 42 English and 1 of 42 bokmål genuine posts were misread.
QUESTION_GENUINE_EN = [
    "You told us the café opens too late for the early ferry, so from Monday we open at 6. What "
    "else would make your mornings easier?",
    "Many of you asked for longer opening hours at the pool, so from March we're open until 22. "
    "What would make your evening swim better?",
    "The new cycle lane on Elm Street opens next week. How will it change your ride to work?",
    "We've moved the Saturday market to the harbour. What would make your visit worth the trip?",
    "Last month you voted for more vegetarian dishes, and five are now on the menu. Which one "
    "should we never take off again?",
    "Our library now lends out tools as well as books. What would you borrow first, and what's "
    "missing from your shed?",
    "The playground at Løkka is finished. How do your kids like it so far?",
    "You said the bins were emptied too early, so collection now starts at 8. Is there anything "
    "else about your street we should fix?",
    "We're opening a second shop in Nyby in May. What do you wish your local bakery did better?",
    "From next term the school day starts 30 minutes later. How will that change your family's "
    "mornings?",
    "Thanks for all the tips on quiet reading spots! We've marked twenty of them on a map. Which "
    "corner of town did we forget?",
    "The ferry timetable changes on 1 June. Which departure matters most for your commute?",
    "We've started a repair café every first Thursday. What broken thing at your house deserves a "
    "second life?",
    "Several of you wrote that the app kept logging you out. That's fixed in version 4.2. Does it "
    "work better for you now?",
    "We put benches along the river path after your suggestions. Where else would you like to sit "
    "down and rest?",
    "Our new opening hours start today: 7 to 19 on weekdays. Do they suit your week, or should we "
    "shift them?",
    "The swimming school has space for ten more children this autumn. What made your kids love "
    "(or fear) the water?",
    "We changed the recipe for the rye bread after your comments. How does your family eat it – "
    "toasted or fresh?",
    "The community garden has twelve new plots. What would you grow if you had one?",
    "You pointed out that the stairs at the station are slippery, and the new mats went in "
    "yesterday. What else makes your daily trip harder than it should be?",
    "After hearing from you, we're keeping the night bus through the summer. How do you usually "
    "get home after a late shift?",
    "We're redesigning the waiting room. What would make your wait feel shorter?",
    "The new rooftop terrace is open. What kind of evenings would you like to spend up there?",
    "What's the one thing that would make your Monday mornings easier?",
    "How do you keep your kids busy on a rainy Sunday?",
    "What does your perfect Saturday morning look like?",
    "Which teacher changed your life, and how?",
    "What's the best advice your grandmother ever gave you?",
    "How would you spend your first free afternoon of the summer?",
    "What would make your walk to school safer?",
    "Where do you take your visitors when they come to town?",
    "What's in your lunchbox today?",
    "How has your neighbourhood changed since you moved in?",
    "What helped you most in your first week at a new job?",
    "The hospital car park is being rebuilt this summer. How do you get to your appointments, and "
    "what would help?",
    "We've read all 214 answers to the survey – thank you! Most of you want earlier buses. Which "
    "route should we start with?",
    "The new version of the app is out, with dark mode. What would you change next in your daily "
    "use of it?",
    "We tested a four-day week in the shop this spring. Did you notice any difference as "
    "customers?",
    "Our librarian Siri has started a book club for teenagers. What did you love reading at "
    "fifteen?",
    "Thanks to your votes, the new ferry is called Måken. What should we call the next one?",
    "We finally fixed the heating in the sports hall. What else in the hall is getting on your "
    "nerves?",
    "We're closing the old reception desk and opening a help corner instead. What should your "
    "first visit there be like?",
]
QUESTION_GENUINE_NB = [
    "Dere sa at kafeen åpner for sent for den tidlige ferja, så fra mandag åpner vi kl. 6. Hva "
    "annet ville gjort morgenene deres enklere?",
    "Mange av dere ønsket lengre åpningstider i svømmehallen, så fra mars har vi åpent til 22. "
    "Hva ville gjort kveldsbadet ditt bedre?",
    "Det nye sykkelfeltet i Storgata åpner neste uke. Hvordan tror du det endrer turen din til "
    "jobben?",
    "Vi har flyttet lørdagsmarkedet til havna. Hva skal til for at du tar turen?",
    "I forrige måned stemte dere for flere vegetarretter, og nå står fem på menyen. Hvilken av "
    "dem må vi aldri fjerne?",
    "Biblioteket låner nå ut verktøy i tillegg til bøker. Hva ville du lånt først, og hva mangler "
    "i boden din?",
    "Lekeplassen på Løkka er ferdig. Hva synes ungene dine så langt?",
    "Dere sa at søpla ble hentet for tidlig, så nå starter tømmingen kl. 8. Er det noe annet i "
    "gata di vi bør ordne?",
    "Vi åpner en ny butikk på Nyby i mai. Hva skulle du ønske nærbakeriet ditt gjorde bedre?",
    "Fra neste skoleår starter skoledagen en halvtime senere. Hvordan blir morgenene i familien "
    "din da?",
    "Takk for alle tipsene om rolige lesekroker! Vi har tegnet inn tjue av dem på et kart. "
    "Hvilket hjørne av byen har vi glemt?",
    "Ferjerutene endres 1. juni. Hvilken avgang er viktigst for deg?",
    "Vi har startet reparasjonskafé første torsdag i måneden. Hva har du hjemme som fortjener et "
    "nytt liv?",
    "Flere av dere skrev at appen logget dere ut hele tiden. Det er fikset i versjon 4.2. "
    "Fungerer den bedre for deg nå?",
    "Vi satte ut benker langs elvestien etter forslagene deres. Hvor ellers vil du ha et sted å "
    "hvile?",
    "De nye åpningstidene gjelder fra i dag: 7 til 19 på hverdager. Passer de uka di, eller bør "
    "vi flytte dem?",
    "Svømmeskolen har plass til ti barn til i høst. Hva fikk barna dine til å elske (eller grue "
    "seg til) vannet?",
    "Vi endret oppskriften på rugbrødet etter kommentarene deres. Hvordan spiser dere det hjemme "
    "– ristet eller ferskt?",
    "Parsellhagen har fått tolv nye parseller. Hva ville du dyrket om du fikk en?",
    "Dere påpekte at trappa på stasjonen er glatt, og de nye mattene kom på plass i går. Hva "
    "annet gjør den daglige reisen din tyngre enn den trenger å være?",
    "Etter alt vi har hørt fra dere, beholder vi nattbussen hele sommeren. Hvordan kommer du deg "
    "vanligvis hjem etter en sen vakt?",
    "Vi skal pusse opp venterommet. Hva ville fått ventetiden til å føles kortere for deg?",
    "Den nye takterrassen er åpen. Hva slags kvelder vil du tilbringe der oppe?",
    "Hva er den ene tingen som ville gjort mandagsmorgenene dine enklere?",
    "Hvordan holder du ungene i aktivitet en regnfull søndag?",
    "Hvordan ser den perfekte lørdagsmorgenen din ut?",
    "Hvilken lærer forandret livet ditt, og hvordan?",
    "Hva er det beste rådet bestemora di har gitt deg?",
    "Hvordan vil du bruke den første fri ettermiddagen din i sommer?",
    "Hva ville gjort skoleveien til barna dine tryggere?",
    "Hvor tar du med deg besøk når de kommer til byen?",
    "Hva har du i matboksen i dag?",
    "Hvordan har nabolaget ditt forandret seg siden du flyttet inn?",
    "Hva hjalp deg mest den første uka i ny jobb?",
    "Parkeringshuset ved sykehuset bygges om i sommer. Hvordan kommer du deg til timene dine, og "
    "hva ville hjulpet?",
    "Vi har lest alle de 214 svarene på undersøkelsen – takk! De fleste av dere vil ha tidligere "
    "busser. Hvilken rute bør vi begynne med?",
    "Den nye versjonen av appen er ute, med mørk modus. Hva vil du at vi skal endre neste gang?",
    "Vi testet firedagersuke i butikken i vår. Merket du noen forskjell som kunde?",
    "Bibliotekar Siri har startet en bokklubb for ungdom. Hva elsket du å lese da du var femten?",
    "Takket være stemmene deres heter den nye ferja Måken. Hva skal den neste hete?",
    "Endelig er varmen i idrettshallen fikset. Hva annet i hallen irriterer deg?",
    "Vi legger ned den gamle skranken og åpner et hjelpehjørne i stedet. Hvordan vil du at det "
    "første besøket ditt der skal være?",
]
QUESTION_TRAPS_EN = [
    "Tired of cold feet? Our wool socks fix it. Order now!",
    "Hungry? Order now!",
    "Want to make your mornings easier? Our new coffee machine does it for you. Order today.",
    "What would make your week easier? A cleaner from Sparkle, from $29 an hour. Book now!",
    "Ready for summer? The new collection is here – shop now.",
    "Looking for the perfect gift? Look no further: our gift cards are available in all stores.",
    "You deserve a break. Treat yourself to a spa day – book now.",
    "You asked, we delivered! The new app is finally here.",
    "Like and share this post and tag a friend for a chance to win a weekend away!",
    "Chocolate or vanilla? Vote for your favourite new flavour below!",
    "Questions? See our FAQ.",
    "Ever wondered what your skin really needs? Our new serum has the answer. 20% off this week.",
    "Struggling with your morning routine? Our app plans your day for you.",
    "Upgrade your kitchen today! 30% off all blenders.",
    "Who's excited for the weekend? Our burgers are 2 for 1 on Saturday!",
]
QUESTION_TRAPS_NB = [
    "Lei av kalde føtter? Ullsokkene våre fikser det. Bestill nå!",
    "Sulten? Bestill nå.",
    "Vil du gjøre morgenene dine enklere? Den nye kaffemaskinen vår ordner det for deg. Bestill i "
    "dag.",
    "Hva ville gjort uka di enklere? En vaskehjelp fra Glans, fra 299 kr timen. Bestill nå!",
    "Klar for sommeren? Den nye kolleksjonen er her – handle nå.",
    "Leter du etter den perfekte gaven? Gavekortene våre finnes i alle butikker.",
    "Du fortjener en pause. Unn deg en spadag – bestill nå.",
    "Dere spurte, vi leverte! Den nye appen er endelig her.",
    "Lik og del innlegget og tagg en venn for å være med i trekningen av en helgetur!",
    "Sjokolade eller vanilje? Stem på favorittsmaken din nedenfor!",
    "Spørsmål? Se våre ofte stilte spørsmål.",
    "Har du lurt på hva huden din egentlig trenger? Det nye serumet vårt har svaret. 20 % rabatt "
    "denne uka.",
    "Sliter du med morgenrutinene? Appen vår planlegger dagen for deg.",
    "Oppgrader kjøkkenet ditt i dag! 30 % på alle blendere.",
    "Hvem gleder seg til helgen? Burgerne våre er 2 for 1 på lørdag!",
]

PSEUDO_DIALOGUE = {"rhetorical_question", "imperative_you", "promo_poll", "listening_slogan",
                   "engagement_bait", "selling_swallows", "no_conversation"}


@pytest.mark.parametrize(("lang", "bank"), [("en", QUESTION_GENUINE_EN),
                                            ("nb", QUESTION_GENUINE_NB)])
def test_genuine_questions_raise_no_pseudo_dialogue(lang, bank):
    assert len(bank) >= 40
    misread = []
    for text in bank:
        r = analyze_post(text, lang)
        wrong = {f.kind for f in r.findings} & PSEUDO_DIALOGUE
        if r.label != "dialogue" or wrong:
            misread.append((text, r.score, sorted(wrong)))
    assert len(misread) <= len(bank) // 20, misread


@pytest.mark.parametrize(("lang", "bank"), [("en", QUESTION_TRAPS_EN),
                                            ("nb", QUESTION_TRAPS_NB)])
def test_the_converse_traps_stay_broadcast(lang, bank):
    misread = [t for t in bank if analyze_post(t, lang).label != "broadcast"]
    assert len(misread) <= 1, misread


# ---------------------------------------------------------------------------------
# Seventh round (replies): comment-reply pairs of every kind (question, complaint,
# praise and thank-yous, suggestion, jibe), good and poor, each comment answered once
# well and once badly, written in English and, separately, in natural bokmål. Entries:
# (label, comment kind, comment, reply). The first 60 per language were run blind: 53 of
# 60 English and 46 of 60 bokmål were read right; most misses were good replies read as
# poor ("Anytime, Jamal! Ride safe", "Bare hyggelig", "det står på lista", "er
# refundert", a calm answer to "lol who even uses this"). The second 28 per language
# were written after those fixes and run blind: 26 of 28 right in each language.
FRESH_REPLIES_EN = [
    # ---- questions: good
    ("good", "question",
     "What time does the pool open on Sundays?",
     "Hi Tom! 9 o'clock on Sundays, and the kids' pool from 10. ^Hege"),
    ("good", "question",
     "Is the new rye bread vegan?",
     "It is, Lise – no milk, eggs or honey in it."),
    ("good", "question",
     "Do you deliver to Sandnes?",
     "Yes, Mari! Every Tuesday and Friday, free over 300 kr."),
    ("good", "question",
     "Why did the 17 bus skip my stop this morning?",
     "Sorry about that, Ahmed. The driver was diverted because of a burst water main on "
     "Kirkeveien; it's repaired now and the 17 is back on its normal route."),
    ("good", "question",
     "How do I change the delivery address on my order?",
     "Open the order in the app, tap 'Edit' and pick a new address – it works until the parcel is "
     "packed."),
    ("good", "question",
     "When will the lakeside café open again?",
     "It comes back in August, once the new kitchen is in. We'll post the exact date here."),
    ("good", "question",
     "Can I bring my own bags to the market?",
     "Please do, Erik! Most stalls love it."),
    ("good", "question",
     "Will the app work on my old iPhone 7?",
     "Unfortunately not – it needs iOS 15 or later. The website works on any phone though."),
    ("good", "question",
     "Is there parking at the festival?",
     "Hi Nora, there's none on site, but the park-and-ride at Brattøra runs a shuttle every 15 "
     "minutes."),
    ("good", "question",
     "How much is a monthly pass for students?",
     "Kr 480 for students under 30, Jonas. You buy it in the app with your student card."),
    ("good", "question",
     "Any news on when the library reopens?",
     "Hi Siv! The builders finish on 14 March and we open the doors on the 18th."),
    ("good", "question",
     "Why is the playground fenced off?",
     "The climbing frame failed its safety check last week because of a cracked beam. A new one "
     "arrives on Monday and the fence comes down the same day."),
    ("good", "question",
     "Do you have gluten-free pizza?",
     "We do, Ola – any pizza on the menu can be made on a gluten-free base."),
    # ---- questions: poor
    ("poor", "question",
     "What time does the pool open on Sundays?",
     "Hi Tom! Thanks so much for your question. We love seeing families at the pool! 😊"),
    ("poor", "question",
     "Is the new rye bread vegan?",
     "Great question, Lise! Our bakers put so much love into every loaf. Hope you enjoy it!"),
    ("poor", "question",
     "Do you deliver to Sandnes?",
     "Please send us a DM and we'll help you out!"),
    ("poor", "question",
     "Why did the 17 bus skip my stop this morning?",
     "Sorry to hear that, Ahmed. We apologise for any inconvenience this may have caused."),
    ("poor", "question",
     "When will the lakeside café open again?",
     "Stay tuned! Exciting things are happening at the lake. 👀"),
    ("poor", "question",
     "How much is a monthly pass for students?",
     "Hi Jonas! Please visit our website for full details on all our tickets."),
    ("poor", "question",
     "Do you have gluten-free pizza?",
     "Hi Ola! Have you tried our new truffle pizza? 2 for 1 every Tuesday!"),
    ("poor", "question",
     "Any news on when the library reopens?",
     "We're working hard to make the new library amazing for you, Siv! We appreciate your "
     "patience."),
    # ---- complaints: good
    ("good", "complaint",
     "My order arrived with two broken glasses.",
     "Oh no, sorry Kari! I've sent two new glasses today – they'll be with you on Thursday. No "
     "need to return the broken ones."),
    ("good", "complaint",
     "Third day in a row the train is late. I'm fed up.",
     "That's not good enough, Petter, and I understand why you're fed up. A signal fault at "
     "Lillestrøm is behind it; the repair crew finishes tonight, so tomorrow's trains should run "
     "on time."),
    ("good", "complaint",
     "I was charged twice for my ticket.",
     "Sorry, Hanne – that's our mistake. The second charge has been refunded and should show on "
     "your account within three days."),
    ("good", "complaint",
     "The heating in our flat has been off for a week.",
     "A week without heat is awful, Jon – sorry. Our technician is booked for tomorrow between 8 "
     "and 10. I'll call you if that changes. ^Lena"),
    ("good", "complaint",
     "The bread I bought yesterday was mouldy.",
     "Ugh, sorry Mia. Bring the receipt to any of our shops and you'll get a new loaf or your "
     "money back."),
    ("good", "complaint",
     "Your website keeps crashing when I try to pay.",
     "Sorry Arne, that's frustrating. The fix is in version 3.1, which goes live tonight. Until "
     "then, paying in the app works."),
    ("good", "complaint",
     "Waited 40 minutes for a table even though I'd booked.",
     "That shouldn't happen with a booking, Ida – sorry. We double-booked two tables on Friday "
     "and have changed how bookings are confirmed. Your next dessert is on us."),
    # ---- complaints: poor
    ("poor", "complaint",
     "My order arrived with two broken glasses.",
     "Hi Kari! We're sorry to hear that. We take all feedback very seriously. Have a lovely day!"),
    ("poor", "complaint",
     "Third day in a row the train is late. I'm fed up.",
     "Hi Petter, delays can occur. Please refer to our terms and conditions regarding "
     "compensation."),
    ("poor", "complaint",
     "I was charged twice for my ticket.",
     "Please contact our customer service for help with billing questions."),
    ("poor", "complaint",
     "The heating in our flat has been off for a week.",
     "Sorry to hear that, Jon! We'll look into it."),
    ("poor", "complaint",
     "The bread I bought yesterday was mouldy.",
     "Sorry about that! Why not try our new sourdough instead? 20% off this week with code FRESH."),
    ("poor", "complaint",
     "Your website keeps crashing when I try to pay.",
     "Works fine for us. Maybe try a different browser? 🙄"),
    ("poor", "complaint",
     "Waited 40 minutes for a table even though I'd booked.",
     "Friday evenings are always busy. You should have arrived on time."),
    # ---- praise / thanks: good
    ("good", "praise",
     "Loved the jazz night yesterday!",
     "Thank you, Camilla! So glad you came – the band loved the crowd too."),
    ("good", "praise", "Thanks for fixing my bike so quickly!", "Anytime, Jamal! Ride safe 🚲"),
    ("good", "praise",
     "The nurse on ward 4 was so kind to my dad.",
     "Thank you for telling us, Sunniva. I'll pass this on to the ward today – it will mean a lot "
     "to them."),
    ("good", "praise",
     "Best cinnamon buns in town, hands down.",
     "Aw, thank you! That made our morning. ^Nils at the bakery"),
    ("good", "praise",
     "Your driver waited for me when I was running for the bus. Made my day.",
     "That's lovely to hear, Aisha! We'll make sure Geir hears about it."),
    ("good", "praise",
     "Just wanted to say the new cycle path is brilliant.",
     "Thanks, Lars! Glad it makes your ride nicer."),
    ("good", "praise",
     "Thanks for the quick reply yesterday!",
     "You're welcome, Ellen – happy we could help."),
    # ---- praise: poor
    ("poor", "praise",
     "Loved the jazz night yesterday!",
     "Don't miss our next event! Tickets on sale now – book today."),
    ("poor", "praise",
     "Thanks for fixing my bike so quickly!",
     "Thank you for your feedback. Your satisfaction is important to us."),
    ("poor", "praise",
     "Best cinnamon buns in town, hands down.",
     "Thanks! Have you tried our new Premium range? 2 for 69 kr this week."),
    ("poor", "praise",
     "The nurse on ward 4 was so kind to my dad.",
     "Ward 4 is part of our award-winning cardiology department, with 30 beds."),
    ("poor", "praise",
     "Just wanted to say the new cycle path is brilliant.",
     "Thank you for contacting us. All feedback is forwarded to the relevant department."),
    # ---- suggestions: good
    ("good", "suggestion",
     "You should have oat milk at the kiosk.",
     "Good idea, Emma! We're adding oat milk at all kiosks from 1 May."),
    ("good", "suggestion",
     "Why don't you open earlier on Saturdays?",
     "Fair question, Knut. We tried 8 o'clock last spring but almost nobody came before 9, so we "
     "went back. If that's changed, tell us – we can test it again in June."),
    ("good", "suggestion",
     "Please bring back the rhubarb pie!",
     "You're not the only one asking, Hilde! It's back in June when the rhubarb is ready."),
    ("good", "suggestion",
     "It would be great if the app had a dark mode.",
     "Thanks, Vegard – it's on the list for the autumn update."),
    # ---- suggestions: poor
    ("poor", "suggestion",
     "You should have oat milk at the kiosk.",
     "Good idea, Emma! Have you tried our new Premium range? 2 for 69 kr."),
    ("poor", "suggestion",
     "Why don't you open earlier on Saturdays?",
     "Thank you for your suggestion. We value all feedback from our customers."),
    ("poor", "suggestion",
     "Please bring back the rhubarb pie!",
     "Thanks Hilde! We'll keep it in mind. 😊"),
    # ---- trolls: good
    ("good", "troll",
     "Your company is a joke. Overpriced garbage.",
     "Sorry you feel that way, Stian. Prices went up 6% in January because of higher energy "
     "costs; our basic range kept last year's prices. Happy to explain more."),
    ("good", "troll",
     "Lol who even uses this app anymore",
     "About 40,000 people a week, as it happens! If something's putting you off, tell us what."),
    ("good", "troll",
     "Another price rise, great. The CEO's bonus is safe I'm sure.",
     "Fair to be annoyed. The rise is 4% and covers higher ferry fuel costs; board pay is "
     "published in our annual report on page 12."),
    # ---- trolls: poor
    ("poor", "troll",
     "Your company is a joke. Overpriced garbage.",
     "Nobody is forcing you to shop here. 🙄"),
    ("poor", "troll",
     "Lol who even uses this app anymore",
     "People with good taste, obviously 😂"),
    ("poor", "troll",
     "Another price rise, great. The CEO's bonus is safe I'm sure.",
     "We do not comment on individual salaries. This conversation is closed."),
]
FRESH_REPLIES_NB = [
    # ---- spørsmål: gode
    ("good", "question",
     "Når åpner badet på søndager?",
     "Hei Tone! Klokka 9 på søndager, og barnebassenget fra 10. ^Hege"),
    ("good", "question",
     "Er det nye rugbrødet veganskt?",
     "Ja, Lise – det er verken melk, egg eller honning i det."),
    ("good", "question",
     "Leverer dere til Sandnes?",
     "Ja, Mari! Hver tirsdag og fredag, gratis over 300 kr."),
    ("good", "question",
     "Hvorfor kjørte ikke 17-bussen innom holdeplassen min i morges?",
     "Beklager, Ahmed. Sjåføren ble omdirigert fordi en vannledning sprakk i Kirkeveien. Den er "
     "reparert nå, og 17-bussen kjører vanlig rute igjen."),
    ("good", "question",
     "Hvordan endrer jeg leveringsadressen på bestillingen?",
     "Åpne bestillingen i appen, trykk «Endre» og velg ny adresse. Det går helt til pakken er "
     "pakket."),
    ("good", "question",
     "Når åpner kafeen ved vannet igjen?",
     "Den kommer tilbake i august, når det nye kjøkkenet er på plass. Vi legger ut datoen her."),
    ("good", "question",
     "Kan jeg ta med egne handleposer på markedet?",
     "Ja, gjør gjerne det, Erik! De fleste bodene setter pris på det."),
    ("good", "question",
     "Virker appen på min gamle iPhone 7?",
     "Dessverre ikke – den krever iOS 15 eller nyere. Nettsiden fungerer på alle telefoner."),
    ("good", "question",
     "Er det parkering på festivalen?",
     "Hei Nora, det er ingen parkering på området, men det går pendelbuss fra Brattøra hvert "
     "kvarter."),
    ("good", "question",
     "Hva koster månedskort for studenter?",
     "480 kr for studenter under 30, Jonas. Du kjøper det i appen med studentbeviset."),
    ("good", "question",
     "Noe nytt om når biblioteket åpner igjen?",
     "Hei Siv! Håndverkerne er ferdige 14. mars, og vi åpner dørene den 18."),
    ("good", "question",
     "Hvorfor er lekeplassen sperret av?",
     "Klatrestativet strøk på sikkerhetskontrollen forrige uke fordi en bjelke har sprukket. Et "
     "nytt kommer på mandag, og gjerdet fjernes samme dag."),
    ("good", "question",
     "Har dere glutenfri pizza?",
     "Det har vi, Ola – alle pizzaene på menyen kan lages med glutenfri bunn."),
    # ---- spørsmål: dårlige
    ("poor", "question",
     "Når åpner badet på søndager?",
     "Hei Tone! Tusen takk for spørsmålet. Vi elsker å se familier i badet! 😊"),
    ("poor", "question",
     "Er det nye rugbrødet veganskt?",
     "Så godt spørsmål, Lise! Bakerne våre legger så mye kjærlighet i hvert brød. Håper du liker "
     "det!"),
    ("poor", "question",
     "Leverer dere til Sandnes?",
     "Send oss en melding i innboksen, så hjelper vi deg!"),
    ("poor", "question",
     "Hvorfor kjørte ikke 17-bussen innom holdeplassen min i morges?",
     "Så leit å høre, Ahmed. Vi beklager eventuelle ulemper dette har medført."),
    ("poor", "question",
     "Når åpner kafeen ved vannet igjen?",
     "Følg med! Det skjer spennende ting ved vannet. 👀"),
    ("poor", "question",
     "Hva koster månedskort for studenter?",
     "Hei Jonas! Se nettsiden vår for mer informasjon om alle billettene våre."),
    ("poor", "question",
     "Har dere glutenfri pizza?",
     "Hei Ola! Har du prøvd den nye trøffelpizzaen vår? 2 for 1 hver tirsdag!"),
    ("poor", "question",
     "Noe nytt om når biblioteket åpner igjen?",
     "Vi jobber hardt for å gjøre det nye biblioteket fantastisk for deg, Siv! Takk for "
     "tålmodigheten."),
    # ---- klager: gode
    ("good", "complaint",
     "Pakken kom med to knuste glass.",
     "Å nei, beklager, Kari! Jeg har sendt to nye glass i dag, de er hos deg på torsdag. Du "
     "trenger ikke sende tilbake de knuste."),
    ("good", "complaint",
     "Tredje dag på rad at toget er forsinket. Jeg er lei.",
     "Det er ikke godt nok, Petter, og jeg skjønner godt at du er lei. Det skyldes en signalfeil "
     "på Lillestrøm; reparasjonen blir ferdig i kveld, så i morgen skal togene gå i rute."),
    ("good", "complaint",
     "Jeg ble trukket to ganger for billetten.",
     "Beklager, Hanne – det er vår feil. Det doble trekket er refundert og skal synes på kontoen "
     "din innen tre dager."),
    ("good", "complaint",
     "Varmen i leiligheten vår har vært borte i en uke.",
     "En uke uten varme er helt forferdelig, Jon – beklager. Teknikeren vår kommer i morgen "
     "mellom 8 og 10. Jeg ringer deg hvis det endrer seg. ^Lena"),
    ("good", "complaint",
     "Brødet jeg kjøpte i går var mugne.",
     "Æsj, beklager, Mia. Ta med kvitteringen til en av butikkene våre, så får du nytt brød eller "
     "pengene tilbake."),
    ("good", "complaint",
     "Nettsiden krasjer hver gang jeg prøver å betale.",
     "Beklager, Arne, det er irriterende. Feilen er rettet i versjon 3.1, som kommer i kveld. "
     "Fram til da fungerer betaling i appen."),
    ("good", "complaint",
     "Ventet 40 minutter på bord selv om jeg hadde bestilt.",
     "Sånn skal det ikke være når man har bestilt, Ida – beklager. Vi dobbeltbooket to bord på "
     "fredag og har endret hvordan bestillinger bekreftes. Neste dessert spanderer vi."),
    # ---- klager: dårlige
    ("poor", "complaint",
     "Pakken kom med to knuste glass.",
     "Hei Kari! Vi beklager å høre dette. Vi tar alle tilbakemeldinger på alvor. Ha en fin dag!"),
    ("poor", "complaint",
     "Tredje dag på rad at toget er forsinket. Jeg er lei.",
     "Hei Petter, forsinkelser kan forekomme. Vi viser til våre vilkår for refusjon."),
    ("poor", "complaint",
     "Jeg ble trukket to ganger for billetten.",
     "Vennligst ta kontakt med kundeservice for spørsmål om betaling."),
    ("poor", "complaint",
     "Varmen i leiligheten vår har vært borte i en uke.",
     "Så leit å høre, Jon! Vi skal se på det."),
    ("poor", "complaint",
     "Brødet jeg kjøpte i går var mugne.",
     "Beklager det! Hvorfor ikke prøve det nye surdeigsbrødet vårt? 20 % rabatt denne uka med "
     "koden FERSK."),
    ("poor", "complaint",
     "Nettsiden krasjer hver gang jeg prøver å betale.",
     "Fungerer helt fint hos oss. Prøv en annen nettleser kanskje? 🙄"),
    ("poor", "complaint",
     "Ventet 40 minutter på bord selv om jeg hadde bestilt.",
     "Fredagskveldene er alltid travle. Du burde ha kommet presis."),
    # ---- ros / takk: gode
    ("good", "praise",
     "Elsket jazzkvelden i går!",
     "Tusen takk, Camilla! Så gøy at du kom – bandet elsket publikum også."),
    ("good", "praise",
     "Takk for at dere fikset sykkelen så fort!",
     "Bare hyggelig, Jamal! God tur 🚲"),
    ("good", "praise",
     "Sykepleieren på post 4 var så snill med pappa.",
     "Takk for at du forteller oss det, Sunniva. Jeg gir beskjed til posten i dag – det vil bety "
     "mye for dem."),
    ("good", "praise",
     "Byens beste kanelboller, helt klart.",
     "Å, tusen takk! Det reddet morgenen vår. ^Nils på bakeriet"),
    ("good", "praise",
     "Sjåføren ventet på meg da jeg løp etter bussen. Gjorde dagen min.",
     "Så fint å høre, Aisha! Vi skal sørge for at Geir får høre det."),
    ("good", "praise",
     "Ville bare si at den nye sykkelveien er kjempefin.",
     "Takk, Lars! Godt at den gjør turen din bedre."),
    ("good", "praise",
     "Takk for det raske svaret i går!",
     "Bare hyggelig, Ellen – kjekt at vi kunne hjelpe."),
    # ---- ros: dårlige
    ("poor", "praise",
     "Elsket jazzkvelden i går!",
     "Ikke gå glipp av neste arrangement! Billettene er i salg nå – bestill i dag."),
    ("poor", "praise",
     "Takk for at dere fikset sykkelen så fort!",
     "Takk for tilbakemeldingen. Din tilfredshet er viktig for oss."),
    ("poor", "praise",
     "Byens beste kanelboller, helt klart.",
     "Takk! Har du prøvd den nye Premium-serien vår? 2 for 69 kr denne uka."),
    ("poor", "praise",
     "Sykepleieren på post 4 var så snill med pappa.",
     "Post 4 er en del av vår prisbelønte hjerteavdeling, med 30 senger."),
    ("poor", "praise",
     "Ville bare si at den nye sykkelveien er kjempefin.",
     "Takk for at du kontaktet oss. Alle tilbakemeldinger videresendes til rette avdeling."),
    # ---- forslag: gode
    ("good", "suggestion",
     "Dere burde ha havremelk i kiosken.",
     "God idé, Emma! Vi får havremelk i alle kioskene fra 1. mai."),
    ("good", "suggestion",
     "Hvorfor åpner dere ikke tidligere på lørdager?",
     "Godt spørsmål, Knut. Vi prøvde klokka 8 i fjor vår, men nesten ingen kom før 9, så vi gikk "
     "tilbake. Har det endret seg, så si fra – vi kan teste igjen i juni."),
    ("good", "suggestion",
     "Ta tilbake rabarbrapaien, vær så snill!",
     "Du er ikke den eneste som spør, Hilde! Den kommer tilbake i juni når rabarbraen er klar."),
    ("good", "suggestion",
     "Det hadde vært fint om appen hadde mørk modus.",
     "Takk, Vegard – det står på lista til høstoppdateringen."),
    # ---- forslag: dårlige
    ("poor", "suggestion",
     "Dere burde ha havremelk i kiosken.",
     "God idé, Emma! Har du prøvd den nye Premium-serien vår? 2 for 69 kr."),
    ("poor", "suggestion",
     "Hvorfor åpner dere ikke tidligere på lørdager?",
     "Takk for forslaget ditt. Vi setter pris på alle tilbakemeldinger fra kundene våre."),
    ("poor", "suggestion",
     "Ta tilbake rabarbrapaien, vær så snill!",
     "Takk, Hilde! Vi skal ha det i bakhodet. 😊"),
    # ---- troll: gode
    ("good", "troll",
     "Firmaet deres er en vits. Overpriset skrot.",
     "Leit at du opplever det sånn, Stian. Prisene gikk opp 6 % i januar på grunn av høyere "
     "strømkostnader; basisvarene har samme pris som i fjor. Forklarer gjerne mer."),
    ("good", "troll",
     "Lol hvem bruker egentlig denne appen lenger",
     "Rundt 40 000 personer i uka, faktisk! Er det noe som gjør at du ikke bruker den, så si "
     "gjerne hva."),
    ("good", "troll",
     "Enda en prisøkning, flott. Sjefens bonus er vel trygg.",
     "Forståelig at du blir irritert. Økningen er 4 % og dekker dyrere drivstoff til ferjene; "
     "lønna til ledelsen står i årsrapporten, side 12."),
    # ---- troll: dårlige
    ("poor", "troll",
     "Firmaet deres er en vits. Overpriset skrot.",
     "Ingen tvinger deg til å handle her. 🙄"),
    ("poor", "troll",
     "Lol hvem bruker egentlig denne appen lenger",
     "Folk med god smak, selvfølgelig 😂"),
    ("poor", "troll",
     "Enda en prisøkning, flott. Sjefens bonus er vel trygg.",
     "Vi kommenterer ikke enkeltpersoners lønn. Denne samtalen er avsluttet."),
]
FRESH_REPLIES_EN_2 = [
    ("good", "question",
     "do you take Vipps at the market stall",
     "We do, Halvor – Vipps, card or cash."),
    ("good", "question",
     "Is the museum free for kids?",
     "Under 16s go free every day, Ane. Adults pay 120 kr."),
    ("good", "question",
     "How long does a refund usually take?",
     "Usually 3–5 working days after we receive the parcel, Kim."),
    ("good", "question",
     "Why are there no more night buses on line 20?",
     "Hi Pål – fair question. Almost nobody used the late 20 after midnight, so the money went to "
     "a new night line 22 that runs past the hospital. It stops 200 m from the old 20 stop at "
     "Torget."),
    ("good", "question",
     "Where can I recycle old batteries?",
     "Any supermarket takes them back – there's a box by the bottle machine. ^Ingrid at the "
     "recycling centre"),
    ("good", "question",
     "Can I change my booking to a later ferry?",
     "Yes, up to two hours before departure, in the app under 'My trips'. It's free for the same "
     "day."),
    ("poor", "question",
     "Is the museum free for kids?",
     "We love welcoming families! Send us a DM for more information. 😊"),
    ("poor", "question",
     "How long does a refund usually take?",
     "We're sorry for any inconvenience. Your request has been logged."),
    ("poor", "question",
     "Where can I recycle old batteries?",
     "Great question! Sustainability is at the heart of everything we do. 🌱"),
    ("poor", "question",
     "Can I change my booking to a later ferry?",
     "Please send us a private message and we'll take a look!"),
    ("good", "complaint",
     "The lift at Nationaltheatret has been out for two weeks. I use a wheelchair.",
     "That's not acceptable, Randi, and I'm sorry. A part had to be ordered from Germany; it "
     "arrives Thursday and the lift should be running by Friday noon. Until then the lift on the "
     "west side of the station works."),
    ("good", "complaint",
     "Got the wrong size shoes AGAIN.",
     "Argh, sorry Mette! The right size is on its way today with free return for the wrong pair – "
     "the label is in the box."),
    ("poor", "complaint",
     "The lift at Nationaltheatret has been out for two weeks. I use a wheelchair.",
     "We understand your frustration. Accessibility is very important to us and we are always "
     "working to improve."),
    ("poor", "complaint",
     "Got the wrong size shoes AGAIN.",
     "As stated in our terms, customers are responsible for checking the size guide before "
     "ordering."),
    ("poor", "complaint",
     "My delivery never turned up and nobody answers the phone.",
     "Sorry to hear that, Ola! Our phone lines are very busy at the moment."),
    ("good", "praise",
     "Thank you for the lovely wedding cake! Everyone asked where it was from.",
     "Congratulations to you both, Ingrid! We loved making it. ^Tuva"),
    ("good", "praise",
     "Thanks for the help yesterday!",
     "My pleasure, Sander – good luck with the move!"),
    ("good", "praise",
     "Just had the best pho of my life at your place",
     "Haha, that's the best review we've had all week – thank you! Tell Linh, she'll be thrilled."),
    ("poor", "praise",
     "Thank you for the lovely wedding cake! Everyone asked where it was from.",
     "Thank you! Don't forget we also do birthday cakes – order now and get 15% off."),
    ("poor", "praise",
     "Just had the best pho of my life at your place",
     "Thank you for your feedback. We look forward to welcoming you again."),
    ("good", "suggestion",
     "You should put a bike rack outside the shop.",
     "Good idea, Tor – we asked the landlord and one goes up next week."),
    ("good", "suggestion",
     "Could you add a vegan option to the lunch menu?",
     "There's one from Monday, Hedda: a lentil and sweet potato stew. Let us know what you think!"),
    ("poor", "suggestion",
     "You should put a bike rack outside the shop.",
     "Thanks for your suggestion! We'll take it on board."),
    ("poor", "suggestion",
     "Could you add a vegan option to the lunch menu?",
     "Good idea! Check out our new steak sandwich, 2 for 1 on Fridays."),
    ("good", "troll",
     "This bank is run by clowns 🤡",
     "Sorry we've let you down, Eirik. If it's about the outage on Tuesday: the app was down for "
     "3 hours because of a failed update, and it's been stable since. Anything else, tell us and "
     "we'll sort it."),
    ("poor", "troll", "This bank is run by clowns 🤡", "Takes one to know one 🤡"),
    ("good", "troll",
     "lol your 'express' train took 2 hours",
     "Fair enough, Jonas – 2 hours isn't express. A broken-down freight train blocked the line at "
     "Ski; you're entitled to a 50% refund, which you can claim in the app."),
    ("poor", "troll", "lol your 'express' train took 2 hours", "Maybe walk next time then? 😉"),
]
FRESH_REPLIES_NB_2 = [
    ("good", "question",
     "tar dere vipps på markedsboden",
     "Det gjør vi, Halvor – Vipps, kort eller kontanter."),
    ("good", "question",
     "Er museet gratis for barn?",
     "Barn under 16 går gratis hver dag, Ane. Voksne betaler 120 kr."),
    ("good", "question",
     "Hvor lang tid tar det vanligvis å få pengene tilbake?",
     "Vanligvis 3–5 virkedager etter at vi har mottatt pakken, Kim."),
    ("good", "question",
     "Hvorfor er det ikke nattbuss på linje 20 lenger?",
     "Hei Pål – godt spørsmål. Nesten ingen tok 20-bussen etter midnatt, så pengene gikk til en "
     "ny nattlinje 22 som kjører forbi sykehuset. Den stopper 200 meter fra den gamle "
     "holdeplassen på Torget."),
    ("good", "question",
     "Hvor kan jeg levere gamle batterier?",
     "Alle dagligvarebutikker tar dem imot – det står en boks ved panteautomaten. ^Ingrid på "
     "gjenvinningsstasjonen"),
    ("good", "question",
     "Kan jeg bytte til en senere ferje?",
     "Ja, inntil to timer før avgang, i appen under «Mine reiser». Det er gratis samme dag."),
    ("poor", "question",
     "Er museet gratis for barn?",
     "Vi elsker å ønske familier velkommen! Send oss en PM for mer informasjon. 😊"),
    ("poor", "question",
     "Hvor lang tid tar det vanligvis å få pengene tilbake?",
     "Vi beklager eventuelle ulemper. Din henvendelse er registrert."),
    ("poor", "question",
     "Hvor kan jeg levere gamle batterier?",
     "Godt spørsmål! Bærekraft er kjernen i alt vi gjør. 🌱"),
    ("poor", "question",
     "Kan jeg bytte til en senere ferje?",
     "Send oss en privat melding, så ser vi på det!"),
    ("good", "complaint",
     "Heisen på Nationaltheatret har vært ute av drift i to uker. Jeg sitter i rullestol.",
     "Det er ikke akseptabelt, Randi, og jeg beklager. En del måtte bestilles fra Tyskland; den "
     "kommer torsdag, og heisen skal gå igjen fredag innen kl. 12. Fram til da fungerer heisen på "
     "vestsiden av stasjonen."),
    ("good", "complaint",
     "Fikk feil skostørrelse IGJEN.",
     "Æsj, beklager, Mette! Riktig størrelse er på vei i dag, med gratis retur av feil par – "
     "lappen ligger i esken."),
    ("poor", "complaint",
     "Heisen på Nationaltheatret har vært ute av drift i to uker. Jeg sitter i rullestol.",
     "Vi forstår frustrasjonen din. Tilgjengelighet er svært viktig for oss, og vi jobber "
     "kontinuerlig med forbedringer."),
    ("poor", "complaint",
     "Fikk feil skostørrelse IGJEN.",
     "Som det står i vilkårene våre, er kunden selv ansvarlig for å sjekke størrelsesguiden før "
     "bestilling."),
    ("poor", "complaint",
     "Leveransen min kom aldri, og ingen svarer på telefonen.",
     "Leit å høre, Ola! Det er veldig travelt på telefonene våre for tiden."),
    ("good", "praise",
     "Tusen takk for den nydelige bryllupskaka! Alle spurte hvor den var fra.",
     "Gratulerer til dere begge, Ingrid! Vi koste oss med å lage den. ^Tuva"),
    ("good", "praise",
     "Takk for hjelpen i går!",
     "Bare hyggelig, Sander – lykke til med flyttingen!"),
    ("good", "praise",
     "Spiste nettopp livets beste pho hos dere",
     "Haha, det er ukas beste anmeldelse – tusen takk! Si det til Linh, hun blir kjempeglad."),
    ("poor", "praise",
     "Tusen takk for den nydelige bryllupskaka! Alle spurte hvor den var fra.",
     "Takk! Ikke glem at vi også lager bursdagskaker – bestill nå og få 15 % rabatt."),
    ("poor", "praise",
     "Spiste nettopp livets beste pho hos dere",
     "Takk for tilbakemeldingen din. Vi ser fram til å ønske deg velkommen igjen."),
    ("good", "suggestion",
     "Dere burde sette opp et sykkelstativ utenfor butikken.",
     "God idé, Tor – vi har spurt gårdeieren, og det kommer et stativ neste uke."),
    ("good", "suggestion",
     "Kan dere legge til en vegansk rett på lunsjmenyen?",
     "Det kommer en fra mandag, Hedda: gryte med linser og søtpotet. Si gjerne hva du synes!"),
    ("poor", "suggestion",
     "Dere burde sette opp et sykkelstativ utenfor butikken.",
     "Takk for innspillet! Vi tar det med oss videre."),
    ("poor", "suggestion",
     "Kan dere legge til en vegansk rett på lunsjmenyen?",
     "God idé! Sjekk ut den nye biffsandwichen vår, 2 for 1 på fredager."),
    ("good", "troll",
     "Denne banken drives av klovner 🤡",
     "Beklager at vi har skuffet deg, Eirik. Gjelder det bruddet på tirsdag: appen var nede i 3 "
     "timer på grunn av en mislykket oppdatering, og den har vært stabil siden. Er det noe annet, "
     "så si fra, så ordner vi det."),
    ("poor", "troll", "Denne banken drives av klovner 🤡", "Takk i like måte 🤡"),
    ("good", "troll",
     "lol «ekspress»-toget deres brukte 2 timer",
     "Greit nok, Jonas – 2 timer er ikke ekspress. Et godstog som stoppet blokkerte sporet ved "
     "Ski; du har krav på 50 % refusjon, som du søker om i appen."),
    ("poor", "troll", "lol «ekspress»-toget deres brukte 2 timer", "Gå neste gang, da? 😉"),
]


@pytest.mark.parametrize(("lang", "bank", "allowed"), [
    ("en", FRESH_REPLIES_EN, 3), ("nb", FRESH_REPLIES_NB, 3),
    ("en", FRESH_REPLIES_EN_2, 2), ("nb", FRESH_REPLIES_NB_2, 2),
])
def test_fresh_replies_of_every_kind(lang, bank, allowed):
    kinds = {kind for _, kind, _, _ in bank}
    assert {"question", "complaint", "praise", "suggestion", "troll"} <= kinds
    wrong = [(label, comment, reply) for label, _, comment, reply in bank
             if analyze_reply(comment, reply, lang).label != label]
    assert len(wrong) <= allowed, wrong


@pytest.mark.parametrize(("lang", "bank"), [("en", FRESH_REPLIES_EN),
                                            ("nb", FRESH_REPLIES_NB)])
def test_each_kind_of_comment_is_met_by_the_rubric(lang, bank):
    """Per kind of comment, both the good and the poor replies are read right at least
    four times in five: no kind may be carried by the others."""
    for kind in ("question", "complaint", "praise", "suggestion", "troll"):
        for label in ("good", "poor"):
            mine = [(c, r) for lab, k, c, r in bank if k == kind and lab == label]
            right = sum(analyze_reply(c, r, lang).label == label for c, r in mine)
            assert right >= 0.8 * len(mine), (kind, label, right, len(mine))


# Eighth round (replies), written after the seventh was fixed and run blind: 19 of 20
# right in each language (a "Did you know Moholt now has ..." pitch to praise, and
# "Det står på kortet ved skranken" as where the answer is, were then fixed).
FRESH_REPLIES_EN_3 = [
    ("good", "question",
     "Are dogs allowed in the cabins?",
     "Only in cabins 3 and 7, Siri – they have washable floors. Book those and bring a blanket."),
    ("good", "question",
     "Is the 06:10 ferry running tomorrow despite the storm warning?",
     "Right now, yes. If the wind goes over 20 m/s we cancel, and we'll post it here by 05:00."),
    ("good", "question",
     "what's the wifi password at the library",
     "It's on the card by the front desk, Ali – it changes every week, so we don't post it here."),
    ("good", "complaint",
     "The self-checkout charged me for two bags of coffee but I only took one.",
     "Sorry, Per! Show the receipt at the desk next time you're in and they'll refund the extra "
     "bag on the spot – or send us the receipt photo and I'll do it from here. ^Mina"),
    ("good", "complaint",
     "The app has logged me out five times today.",
     "Ugh, sorry Eva. It's a bug in Tuesday's update – version 5.0.2 fixes it and is in the app "
     "store now."),
    ("good", "praise",
     "Your staff at Moholt were so patient with my grandad.",
     "That's so kind of you to say, Emil. I'll make sure the Moholt team sees this – they'll be "
     "chuffed."),
    ("good", "praise",
     "❤️❤️ best summer camp ever, my daughter cried when it ended",
     "Aww, thank you! Tell her we'll miss her too – see you next summer, we hope!"),
    ("good", "suggestion",
     "Please put the timetable at the bus stop in bigger print",
     "You're right, Grete – the print is too small. New signs with 40% bigger text go up on all "
     "stops in Lade in March."),
    ("good", "troll",
     "Imagine paying 89 kr for a coffee 🤡",
     "Fair, it's not cheap! The 89 kr one is the large oat latte; a regular filter coffee is 35 "
     "kr and refills are free."),
    ("good", "suggestion",
     "Bring back Sunday opening!",
     "We miss it too, Harald. We couldn't staff it after two bakers left, but we're hiring, and "
     "if it works out Sundays come back in September."),
    ("poor", "question",
     "Are dogs allowed in the cabins?",
     "Hi Siri! We love our four-legged friends! 🐶 Check out our website for all the information "
     "you need."),
    ("poor", "question",
     "Is the 06:10 ferry running tomorrow despite the storm warning?",
     "Safety is always our top priority. Please keep an eye on our channels for updates."),
    ("poor", "question",
     "what's the wifi password at the library",
     "Hi Ali! Send us a DM and we'll help you out 😊"),
    ("poor", "complaint",
     "The self-checkout charged me for two bags of coffee but I only took one.",
     "The self-checkout is very accurate. Perhaps you scanned it twice by mistake?"),
    ("poor", "complaint",
     "The app has logged me out five times today.",
     "Thanks for your feedback, Eva! We're always working to improve the app. 😊"),
    ("poor", "praise",
     "Your staff at Moholt were so patient with my grandad.",
     "Thanks! Did you know Moholt now has a pharmacy counter? Pop in and see!"),
    ("poor", "praise",
     "❤️❤️ best summer camp ever, my daughter cried when it ended",
     "Registration for next summer opens 1 March – secure your spot early, places go fast!"),
    ("poor", "suggestion",
     "Please put the timetable at the bus stop in bigger print",
     "Our timetables follow the national guidelines for signage."),
    ("poor", "troll",
     "Imagine paying 89 kr for a coffee 🤡",
     "Imagine complaining about quality. 💅"),
    ("poor", "suggestion",
     "Bring back Sunday opening!",
     "Thanks for the input! We will take it into consideration."),
]
FRESH_REPLIES_NB_3 = [
    ("good", "question",
     "Er det lov med hund i hyttene?",
     "Bare i hytte 3 og 7, Siri – de har gulv som tåler vask. Bestill en av dem og ta med et "
     "teppe."),
    ("good", "question",
     "Går ferja 06.10 i morgen selv om det er farevarsel?",
     "Per nå, ja. Blåser det over 20 m/s, innstiller vi, og det legger vi ut her innen kl. 05."),
    ("good", "question",
     "hva er passordet til wifien på biblioteket",
     "Det står på kortet ved skranken, Ali – det byttes hver uke, så vi legger det ikke ut her."),
    ("good", "complaint",
     "Selvbetjeningskassa tok betalt for to poser kaffe, men jeg tok bare én.",
     "Beklager, Per! Vis kvitteringen i kassa neste gang du er innom, så refunderer de den "
     "ekstra posen med en gang – eller send meg et bilde av kvitteringen, så ordner jeg det "
     "herfra. ^Mina"),
    ("good", "complaint",
     "Appen har logget meg ut fem ganger i dag.",
     "Uff, beklager, Eva. Det er en feil i oppdateringen fra tirsdag – versjon 5.0.2 retter den "
     "og ligger i appbutikken nå."),
    ("good", "praise",
     "De ansatte på Moholt var så tålmodige med bestefar.",
     "Så hyggelig at du sier det, Emil. Jeg skal sørge for at gjengen på Moholt får se dette – "
     "de blir kjempeglade."),
    ("good", "praise",
     "❤️❤️ beste sommerleiren noensinne, datteren min gråt da den var over",
     "Åh, tusen takk! Si til henne at vi savner henne også – vi håper vi ses neste sommer!"),
    ("good", "suggestion",
     "Kan dere ha ruteplanen på holdeplassen med større skrift?",
     "Du har rett, Grete – skriften er for liten. Nye skilt med 40 % større tekst kommer opp på "
     "alle holdeplassene på Lade i mars."),
    ("good", "troll",
     "Tenk å betale 89 kr for en kaffe 🤡",
     "Greit nok, det er ikke billig! Den til 89 kr er stor havrelatte; vanlig traktekaffe koster "
     "35 kr, og påfyll er gratis."),
    ("good", "suggestion",
     "Ta tilbake søndagsåpent!",
     "Vi savner det også, Harald. Vi fikk ikke bemannet det etter at to bakere sluttet, men vi "
     "ansetter nå, og går det i orden, kommer søndagene tilbake i september."),
    ("poor", "question",
     "Er det lov med hund i hyttene?",
     "Hei Siri! Vi elsker firbente venner! 🐶 Sjekk nettsiden vår for all informasjonen du "
     "trenger."),
    ("poor", "question",
     "Går ferja 06.10 i morgen selv om det er farevarsel?",
     "Sikkerheten er alltid vår høyeste prioritet. Følg med i kanalene våre for oppdateringer."),
    ("poor", "question",
     "hva er passordet til wifien på biblioteket",
     "Hei Ali! Send oss en melding på innboks, så hjelper vi deg 😊"),
    ("poor", "complaint",
     "Selvbetjeningskassa tok betalt for to poser kaffe, men jeg tok bare én.",
     "Selvbetjeningskassene våre er svært nøyaktige. Kanskje du skannet den to ganger ved en "
     "feil?"),
    ("poor", "complaint",
     "Appen har logget meg ut fem ganger i dag.",
     "Takk for tilbakemeldingen, Eva! Vi jobber hele tiden med å forbedre appen. 😊"),
    ("poor", "praise",
     "De ansatte på Moholt var så tålmodige med bestefar.",
     "Takk! Visste du at Moholt nå har eget apotekutsalg? Stikk innom og se!"),
    ("poor", "praise",
     "❤️❤️ beste sommerleiren noensinne, datteren min gråt da den var over",
     "Påmeldingen til neste sommer åpner 1. mars – sikre deg plass tidlig, plassene går fort!"),
    ("poor", "suggestion",
     "Kan dere ha ruteplanen på holdeplassen med større skrift?",
     "Ruteplanene våre følger de nasjonale retningslinjene for skilting."),
    ("poor", "troll", "Tenk å betale 89 kr for en kaffe 🤡", "Tenk å klage på kvalitet. 💅"),
    ("poor", "suggestion",
     "Ta tilbake søndagsåpent!",
     "Takk for innspillet! Vi tar det med i vurderingen."),
]


@pytest.mark.parametrize(("lang", "bank"), [("en", FRESH_REPLIES_EN_3),
                                            ("nb", FRESH_REPLIES_NB_3)])
def test_eighth_round_of_replies(lang, bank):
    wrong = [(label, comment, reply) for label, _, comment, reply in bank
             if analyze_reply(comment, reply, lang).label != label]
    assert len(wrong) <= 1, wrong

