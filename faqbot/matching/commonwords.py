"""Everyday English words that redaction keeps even when the content never uses them.

Written for faqbot (not copied from a published list): function words, everyday verbs with their
irregular forms, and the nouns and adjectives a waiting-room question is made of. Regular word
forms need not be listed: `faqbot.stats.redact` also keeps a word whose Snowball stem matches a
listed word's stem (`injections` -> `inject`). Words that are mostly first names ("rose",
"bill", "pat", "frank", "grace") are left out on purpose, so a lowercase name is not kept by
accident.
"""

from __future__ import annotations

from functools import lru_cache

from faqbot.matching.fuzzy import Vocabulary
from faqbot.matching.normalize import NEGATION_STEMS, stem

_WORDS = """
a about above across actually after afterwards again against ago ahead all almost alone along
already also although always am among an and another any anybody anyone anything anyway anywhere
are around as at away back be because been before behind being below beside besides best better
between beyond both but by can cannot could did do does doing done down during each either else
elsewhere enough even ever every everybody everyone everything everywhere except few for from
further had has have having he her here hers herself him himself his how however i if in inside
instead into is it its itself just least less like likely lot lots many may maybe me might mine
more most much must my myself near nearly neither never next no nobody none noone nor not nothing
now nowhere of off often on once one only onto or other others otherwise our ours ourselves out
outside over own per perhaps please quite rather really same several shall she should since so
some somebody someone something sometime sometimes somewhere soon still such than that the their
theirs them themselves then there therefore these they this those though through throughout thus
till to together too toward towards under unless until up upon us usually very via was we well
were what whatever when whenever where wherever whether which while who whoever whole whom whose
why will with within without would yes yet you your yours yourself yourselves
ok okay hello hi thanks thank sorry excuse yeah yep nope hey bye goodbye dear
i'm i've i'll i'd you're you've you'll you'd he's she's it's we're we've we'll they're they've
they'll that's there's here's what's who's where's when's how's why's let's
isn't aren't wasn't weren't don't doesn't didn't can't couldn't won't wouldn't shouldn't
haven't hasn't hadn't mustn't mightn't needn't ain't cant dont doesnt didnt wont isnt wasnt im
ive id youre thats whats hows

ask be become begin believe break bring build buy call carry catch change check choose clean close
come consider continue cook cost count cover cross cry cut deal decide describe die do draw dress
drink drive drop eat end enjoy enter expect explain fall feel fight fill find finish fit fix fly
follow forget forgive get give go grow hang happen hate have hear help hide hit hold hope hurt
include keep kill know laugh lay lead learn leave lend let lie lift like listen live look lose
love make mean meet mind miss move need notice offer open order own pass pay pick plan play point
pour prefer prepare press pretend promise pull push put rain reach read realise realize remember
remove repeat reply rest return ride ring rise run save say see seem sell send serve set shake
share shout show shut sing sit sleep smell smile sound speak spend stand start stay steal stop
study suggest suppose swim take talk taste teach tell thank think throw touch travel treat try
turn understand use visit wait wake walk want wash watch wear win wish wonder work worry write
accept add admit affect agree allow answer appear apply arrive attend avoid base bend bite
blame bleed blow boil borrow bother breathe brush burn bury chew climb collect compare complain
confirm connect contact cough crawl damage dance delay deliver depend deserve destroy develop
discuss disappear divide double doubt dream earn email encourage escape examine exercise exist
fail fear feed fold forbid freeze frighten gain gather greet guess handle heal heat imagine
improve increase inject injure inform intend invite involve join jump kick kneel knock land last
lean let limit link lock manage marry matter measure melt mention mix nod obey obtain occur
operate overdo overdid overdone owe pack paint park pause permit phone plant post pray prevent
print produce protect
provide publish punish queue raise receive recognise recognize recommend record recover reduce
refuse relax release rely remain rent repair replace report request require respond retire
rub rush scratch search settle shave shine shoot sign sink slide slip snow sort spell spill
spin spit split spread squeeze stare steer stick sting stretch strike suffer supply support
surprise survive swallow swell swing switch tear text thank tick tie train trust type unlock
vote warn waste weigh whisper wipe wrap yawn yell
am is are was were been being has had did does doing done went gone goes took taken gave given
got gotten came made said saw seen knew known thought brought bought caught felt found kept left
lost meant met paid put read sent set sat slept spent stood taught told understood woke woken
won wore worn wrote written ate eaten drank drunk drove driven fell fallen forgot forgotten grew
grown heard held hid hidden hit hurt laid led lent lay lain ran rode ridden rang rung risen
sold shook shaken shut sang sung spoke spoken stole stolen swam swum threw thrown broke broken
began begun bit bitten bled blew blown chose chosen dealt drew drawn dug fed fought flew flown
froze frozen hung knelt leapt lit quit shone shot shrank sought stuck stung struck swore sworn
swept swollen tore torn wept wound

able afraid alive angry annoyed anxious available awake aware bad basic beautiful big bitter
black blind blue bored boring bright brief broad brown busy calm careful certain cheap chemical
clean clear clever close cold comfortable common complete complex confused constant cool correct
crazy cross current curly daily damp dangerous dark dead deaf dear deep different difficult
dirty dizzy double dry due dull early easy effective electric empty entire equal exact excellent
expensive extra extreme fair false familiar famous far fast fat fine firm first flat foreign
formal former free fresh friendly front full funny general gentle glad good grateful great green
grey gray guilty half happy hard harmful healthy heavy helpful high honest hot huge hungry ill
important impossible interesting kind large late lazy left legal light little local lonely long
loose loud low lucky main major mild minor modern narrow nasty natural necessary negative nervous
new nice noisy normal numb odd old open ordinary original other painful pale past perfect personal
physical plain pleasant polite poor popular positive possible powerful pregnant present pretty
previous private probable proper proud public pure purple quick quiet rare raw ready real recent
red regular relaxed relevant responsible rich right rough round rude sad safe scared second secret
serious severe sharp short shy sick silly similar simple single slight slow small smooth soft
sore sorry special spicy stiff still straight strange strict strong stupid successful sudden
sure sweet swollen tall temporary terrible thick thin thirsty tight tiny tired total tough true
typical ugly unable unhappy unusual upset urgent useful usual various warm weak weird wet white
whole wide wild wise wonderful worried worse worst wrong yellow young
twitchy tingly itchy shaky wobbly achy stiffer tighter weaker stronger worse better floppy droopy
heavier lighter sleepy drowsy faint sweaty bruised swollen red puffy tender

zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen
sixteen seventeen eighteen nineteen twenty thirty forty fifty sixty seventy eighty ninety hundred
thousand million first second third fourth fifth sixth seventh eighth ninth tenth once twice
half quarter dozen couple

second minute hour day week month year decade century morning afternoon evening night tonight
today tomorrow yesterday weekend weekday noon midnight monday tuesday wednesday thursday friday
saturday sunday january february march april june july august september october november december
spring summer autumn fall winter time times moment while date calendar schedule season holiday
birthday age early late soon recently lately already anymore

body head face eye eyes ear ears nose mouth lip lips tongue tooth teeth jaw chin cheek forehead
neck throat shoulder shoulders arm arms elbow elbows wrist wrists hand hands finger fingers thumb
thumbs palm fist nail nails chest breast back spine hip hips waist stomach belly tummy bottom
leg legs thigh knee knees calf ankle ankles foot feet toe toes heel skin muscle muscles bone
bones joint joints nerve nerves brain heart lung lungs blood vein veins eyelid eyelids eyebrow
brow hair tendon tendons limb limbs side sides left right upper lower

health healthy illness disease condition symptom symptoms pain ache aches headache migraine
fever cold flu infection rash itch bruise bruising swelling lump cramp cramps spasm spasms
weakness stiffness tightness tremor shaking numbness tingling fatigue tiredness dizziness
nausea sickness vomit vomiting allergy allergic reaction side effect effects risk risks problem
problems trouble difficulty injury wound scar bleeding stroke sclerosis palsy cerebral multiple
spasticity dystonia cervical botox toxin botulinum injection injections injected jab jabs shot
shots needle needles dose doses dosage treatment treatments therapy physio physiotherapy
physiotherapist exercise exercises stretching splint splints brace cast medicine medicines
medication medications drug drugs tablet tablets pill pills cream prescription pharmacy
chemist antibiotic antibiotics painkiller painkillers paracetamol ibuprofen aspirin vitamin
supplement supplements alcohol drink drinking smoking vaccine vaccination vaccinated operation
surgery test tests scan result results appointment appointments clinic hospital ward surgery
doctor doctors nurse nurses consultant specialist neurologist therapist gp staff team receptionist
reception desk patient patients carer carers nhs insurance referral letter form forms consent
record records notes plan review check checkup follow followup visit visits course session
sessions effect effective work working works improvement benefit benefits response

people person man men woman women child children kid kids baby babies boy girl family parent
parents mother father mum mom dad mummy daddy son daughter brother sister husband wife partner
friend friends neighbour neighbor grandmother grandfather grandma grandpa granny grandson
granddaughter uncle aunt cousin someone relative relatives everybody self law laws lawyer
stepmother stepfather stepson stepdaughter niece nephew twin twins fiance fiancee
boyfriend girlfriend gentleman gentlemen lady ladies chap chaps fella fellow lad lads buddy pal
godfather godmother godson goddaughter guardian madam sir stepmum client resident lodger

home house flat room bed bedroom bathroom kitchen toilet shower bath door window floor wall
chair table car bus train taxi bike road street way parking park lift stairs building entrance
exit outside inside place area town city country world work job office school shop shops store
money price cost costs fee fees pay free charge cash card bank phone mobile call message
internet website app computer screen keyboard button buttons wifi tv television radio book
paper pen water food meal meals breakfast lunch dinner tea coffee milk sugar salt bread fruit
juice wine beer clothes shirt coat shoes glove gloves bag key keys glasses ring watch cup glass
bottle plate spoon fork knife box thing things stuff bit piece part parts kind sort type types
number numbers amount size level levels list line question questions answer answers reason
reasons idea information advice help news word words name language english sign signs example
case fact point problem issue choice change changes difference rest sleep walk walking movement
movements hold grip grasp strength balance energy weight height speed control

able again allowed also anyway cause caused causes due fine following hard harder how however
instead kind mainly normally often okay possible probably quickly rarely really slowly sometimes
straight suddenly usually well worse

what which who whom whose why when where how whether

dog dogs cat cats pet pets animal animals bird fish horse cow pig sheep chicken duck mouse rat
ewe ewes lamb lambs wee insect bee wasp spider fly flies guide assistance puppy kitten

password login account email address postcode wifi signal battery charger plug socket cable
printer photo picture camera video music song game games puzzle crossword magazine newspaper
letter letters envelope stamp parcel package delivery

weather rain sun sunny cloudy wind windy snowy ice icy hot heat cold warm storm fog temperature
degrees sunshine sunburn sunbed sauna swimming pool gym beach sea holiday holidays flight plane
airport abroad trip journey luggage passport hotel

breakfast dinner supper snack snacks sandwich biscuit cake chocolate sweets crisps soup salad
meat chicken egg eggs cheese butter rice pasta potato potatoes vegetable vegetables apple banana
pudding puddings custard gravy crumble porridge scone scones stew
orange oranges grapefruit water fizzy caffeine decaf tea alcohol spirits whisky gin vodka
chop chopping

clothes jumper trousers jeans dress skirt sock socks boot boots slipper hat scarf coat jacket
sleeve sleeves zip button buttons belt watch jewellery ring rings earring necklace bracelet
makeup lipstick mirror towel sheet pillow blanket mattress sofa cushion lamp light lights
curtain carpet garden yard fence gate lawn plant plants flower flowers tree trees grass

nurse physio dentist optician pharmacist surgeon matron ambulance paramedic emergency
dietitian dietitians dietician orthotist orthotics podiatrist phlebotomist audiologist
radiographer sonographer rheumatologist paediatrician pediatrician haematology
casualty urgent helpline hotline leaflet leaflets booklet poster screen sign signs map lift
elevator ramp wheelchair stick crutch crutches frame scooter pram buggy seat seats
toilet toilets loo bathroom restroom washroom cafe canteen shop vending machine waiting
reception counter queue ticket tickets token barrier meter voucher discount refund receipt

bus buses coach tram underground tube station stop stops route timetable transport lift lifts
taxi cab uber car cars van wheel steering fade fading faded loose looser loosen loosened loosening
bike bicycle motorbike drive driving driver licence license insurance
petrol diesel garage ramp disabled blue badge space spaces bay bays charge charges free paid
nearby near far distance mile miles metre metres walk walking minutes

job work working retired retirement pension benefits boss colleague office meeting shift
holiday sick leave note sicknote certificate fit employer school college university class
lesson teacher student exam homework

gas petrol pint pints pub beer wine glass buzz buzzing buzzer beep beeping hook hooked plug
wire wires crackle crackles crackled crackling click clicks clicking noise noises tank aquarium

wedding weddings party parties birthday christening funeral hairdresser hairdressers barber
grin grins grinning smile smiles wing wings complaint complaints complain complaining
buzzy buzzing whirring humming

absolutely accidentally adjust adjusted adjusting admin adorable afford affordable afforded
affording allotment alright amazing anniversary anytime apartment apologise apologised
apologising apologize apologized apology apparently arent argue argues arguing argument arrange
arranged arranging assume assumed assuming attic auntie awesome awful awkward babysit babysitter
babysitting backpack backup backwards backyard baked bakes bangs barbecue bargain bargains
barista barks bartender basement bathtub beans bedtime behave behaved behaving behavior
behaviour berries bestie besties betting bingo bizarre bless blimey bloke blush blushing boiler
bonkers bonus booze boozy bossy boxers bragged brake brave breeze breezy brekkie brewed brews
bridesmaid brilliant broadband broccoli brolly brownie browse brunch bubble bubbled bubbly
budget budgeting bugger builder built bummer bunch bunny burglar campsite candle candy caravan
careless carpark cashier cashpoint catchup celebrate celebrated celebrating celebration
cellphone chaos charity chats chatty cheaper cheapest cheated cheating cheats cheeky cheer
cheered cheerful cheering cheerio cheers cheesy childcare childminder chippy chirpy christmas
chuck chuckle chuckled chuckling chucks chuffed chunky church cider cinema clapped clapping
claps classmate cleaner cloud clubbing clutter cocktail cocky colored colorful colourful
colouring comfy comment commented commenting community commute commuting competition compliment
concern contract cookie costume cottage countryside coupon coworker crackers craft craic crappy
crave cravings credit creeping creepy crept cricket crikey cringey cringing crispy crochet crowd
crunch crunched crunchy cucumber cuddle cuddled cuddles cuddling cuddly cupboard cupcake cuppa
curry custard customer cutlery cycle cycled dammit dared darts dashed dashing daytime debit
decent declutter decluttered decluttering decorate decorated decorating definitely defrost
defrosted delete deleted deletes deleting deliberately delicious delighted delish deposit
despite device diary diddly digging disgusting dishes dishwasher ditch ditched ditching divorce
divorced documentary dodge dodged dodging dodgy doggo doggy doorbell doorstep doughnut download
downloaded downloading downpour downside downstairs dozed dozing dragged dragging drags drain
drama drawers dreadful dreamt drenched drizzling drizzly dryer dummy dumped dunno dusted dusting
dusty duvet elderly eldest electrician emoji employee engaged engagement enormous episode errand
errands error escalator eventually everyday explanation faffed faffs fancied fancies fancy
fancying fantastic faucet favor favour fetch fetched fetches fetching fiasco fiddle fiddled
fiddles fiddling fiddly figured figuring filmed filthy finally fired fishy fiver flare flared
flares flash flashlight flashy flatmate flick flipflops flirt flirts flirty flooded fluke foggy
folks fooled football footy forecast forgave forgiven fortnight fortunately frankly freaked
freaking freelance freezer fridge fried friendship fries frosty frown frowned frowns frying
fundraiser furious fussed fussing fussy gadget gambling garbage geeky generous genuinely getaway
giant gibberish giggle giggled giggles gimme ginormous glance glanced glitch glitchy glitter
glittery gloomy glowing gobsmacked goodnight gorgeous gossip gossiped gossiping gossips gotcha
gotta grabbing grade graduate graduated graduation grand grandad granddad grandkid grandkids
grandparents greasy greedy grill grilled groceries grocery groom gross grounded grubby grumble
grumbled grumbles grumbling grumpy guard guest gutted habit hacked hadnt haircut halloween
hammered handbag handsome hashtag hasnt hassle headline headphones heaps heater heatwave
highstreet highway hiked hilarious hired hobby homemade honey honeymoon hoodie hooray horrible
hosted household housemate housework howdy hubby hugged humid humidity hurried hurry icecream
idiot ignore ignored ignoring immediately inbox income incredibly indoors influence influencer
ingredient inlaws innit install installed installing insult insulted insults intern interview
introduce introduced introducing introduction intrusion ironed ironing jealous jewelry jiffy
jigsaw jogged jogging joked juicy junction karaoke kebab kerfuffle ketchup kiddo kinda kissed
kisses kissing knackered knickers knitting lager landlady landlord laptop lasses latest latte
laundrette laundromat laundry lawnmower league learnt leftover leftovers legit lemme lemonade
lightning literally livid loaded lorry loser lounging luckily lunchtime mailbox massive
massively match mates mayonnaise meanwhile mechanic mended mending mends merry messy miaow
microwave microwaved microwaving midday milkshake minging misplace misplaced missus mistake
mistakes misty moaned moaner moans mocked moldy mommy moody mortgage mortified motorway mouldy
movie mowed mucky muffin muggy mumbling munchies munching museum mushrooms muttered muttering
nagged nagging nanny napped napping nappy nattered nattering natters naughty neighborhood
neighbourhood nerdy nibbles nightclub nightmare nightmares nighttime nippy nonsense notebook
notification nowadays nudge nudged nuggets nuisance numpty nursery nutshell obviously
occasionally oclock offend offended offending offie offline older oldest oldfashioned onions
online opinion opposite option organise organised organising organize organized organizing
outdoors outfit outta overdraft overnight overpriced overtime pacifier pajamas pampering pancake
pants paperwork pardon pardoned pavement paycheck payday payment payrise payslip peckish peeking
peeled peels pennies perked picnic pitch platform playground playlist plenty plumber podcast
poked pokes polished polishing popcorn popped porridge postcard postie postman practice
practiced practicing practise practised practising praise prank pranked pricey prize prods
profile promoted promotion proposal proposed proposing pushchair pyjamas queued queuing quizzes
raced races radiator rainbow raincoat rainy rammed recipe reckoned reckoning reckons recycle
recycled recycling redundancy redundant referee regret regrets regretted regretting reheat
relationship relieved remote reservation resign resigned restart restarted restaurant resume
reunion reverse reversed reversing revise revising revision ridiculously ringtone risky roast
roasted roasting romance romantic roommate rotten roundabout router routine rowed rubber
rucksack rugby rummage rummaged rummaging rumor rumour salary sales salon sandals sarnie satnav
sausage sausages savage savoury scammed scammer scandal scoff scoffed scoffing scorcher
scorching scoring scrap scream screenshot scribble scroll scrolled scrolling scrub scrubbed
scrubbing scrumptious seaside seatbelt selfie selfies selfish sensible separated series shades
shady shambles shampoo shattered shiny shortcut shoulda shouldnt shouldve shove shoved shown
showoff shrug shrugged shrugs siblings sidewalk sideways sightseeing simply sketchy skint skive
skived skiver sleepover slice sliced smart smartphone smash smashed smashing smelly smoothie
snaps sneakers sniffly snitch snitching snogs snoop snooping snooze snoozed snoozing snowman
snuggled soaks soccer soggy somehow spare sparkle sparkling sparkly speaker spice splash
splashed splashing splurge spoil spoiled spoiling spoilt sponge spooky spouse spreadsheet squad
square squash squashed squashing squat stacks stain stale staycation stepdad sticker sticky
stingy stinker stinky stirs stove straightaway strawberries stream stroll strolled stroller
strolling subscribe subscribed subscription substance suburb sucks suitcase sulks sulky summat
sunbathing sunrise sunset supermarket suspicious swaps swear sweltering swimsuit swipe swiped
takeaway takeout tantrum tantrums taped target teabag tease teased teases teasing teaspoon
teatime teenager teenagers teens telly tenant terrified thanksgiving theater theatre theyd
theyll theyre theyve thingamajig thrilled thunder thunderstorm tidied tidies tipsy toast toasted
toaster toasting toasty toddler toddlers tomatoes torch tossed tourist touristy trainers trash
trendy tricked tricking trimmed trimming trims trophy tshirt tweak tweaked tweaking tweaks
umbrella underwear undies unemployed unfair unfollow unfollowed unfortunately uniform unlucky
unpack unpacked unpacking unplug unplugged unwind update updated updating upgrade upgraded
upgrading upload uploaded uploading upside upstairs username vacation vacuum vacuumed vacuuming
vegan vegetarian veggie veggies vibes videocall voicemail volunteer volunteered volunteering
wages waitress walkies wallet wandered wandering wanders wardrobe waved waves welcome welcomed
welcoming wellies werent whatsit whiff whilst whinge whingeing whinges whinging whoops whopping
wifey windscreen windshield wonky workmate workout workplace wouldnt wouldve yanked yanking
yanks yikes yoghurt yogurt youll younger youngest youngster youngsters youve yucky yummy

happy sad angry scared frightened nervous anxious worried stressed upset lonely bored excited
calm relaxed confident embarrassed ashamed hopeful hopeless tearful emotional mood moods
depressed depression anxiety panic stress feelings feeling feel felt

strength weakness stiff stiffen loosen loose tight tighten relax relaxing clench clenched
clenching curl curled curling straighten straightened bend bending bent grip gripping grasp
twist twisted twisting turn turning tilt tilted pull pulling cramp cramping spasm spasms jerk
jerking shake shaking tremble trembling numb tingle tingling burn burning sting stinging throb
throbbing ache aching sore soreness tender tenderness bruise bruised bruising swell swelling
lump lumps bump bumps blister redness itching itchy rash hives puffy droop drooping droopy
eyelid squint blurred blurry vision sight seeing hearing speech speaking talking swallowing
chewing breathing breath breathless cough coughing choke choking sneeze voice hoarse

good bad better best worse worst more less most least lot little enough too very quite
again already still yet soon later now never always sometimes usually often rarely ever
every each both either neither another other others same different

forget remember remind reminder lose losing lost found find finding wait waiting waited
arrive arriving arrived leave leaving late early cancel cancelled cancelling rebook rebooked
book booked booking reschedule move moved postpone miss missed missing

thing things everything nothing something anything way ways stuff bit bits lot lots kind
sort type part whole half side end start beginning middle top bottom front back inside outside
"""

COMMON_WORDS: frozenset[str] = frozenset(_WORDS.split())
"""Lowercase everyday words; `faqbot.stats.redact` keeps these as typed."""

_NOT_GRAMMAR = frozenset("back several noone".split())
"""Words of the list's first paragraph that a question may be about ("back pain"), or whose
stem is one that is ("several" and "severe" are both "sever", "noone" and "noon" "noon")."""
FUNCTION_WORDS: frozenset[str] = (
    frozenset(_WORDS.strip().split("\n\n", 1)[0].split()) - _NOT_GRAMMAR
)
"""The list's first paragraph: words that carry the grammar of a question, not its subject
("before", "usually", "whether", "because"), with greetings and contractions."""
FUNCTION_STEMS: frozenset[str] = frozenset(stem(w) for w in FUNCTION_WORDS) - NEGATION_STEMS
"""Their stems, without the negations ("not", "never", "without"): "can I not drive" asks
something else than "can I drive"."""


_COMMON_STEMS = frozenset(stem(word) for word in COMMON_WORDS)


def is_common(word: str) -> bool:
    """An everyday English word (any regular form): a real word, not a typing slip."""
    return word in COMMON_WORDS or stem(word) in _COMMON_STEMS


UNFAMILIAR_LETTERS = 5
"""Shorter unknown words are mostly slips ("wat", "hw", "teh") or too short to name anything."""


ENGLISH_ENDINGS = (
    "ly", "ness", "ment", "ments", "tion", "tions", "sion", "sions", "able", "ible", "ful",
    "less", "ive", "ous", "ed", "ing",
)  # fmt: skip
"""Endings that make a word English, whatever the list holds ("realistically",
"interchangeable", "equipment", "flustered"): no medicine or condition is named so, while
names keep theirs ("baclofen", "tizanidine", "tinnitus")."""


def is_unfamiliar(word: str) -> bool:
    """Not an everyday word and not a slip of one: likely a name (a medicine, a place, a
    person). Call only for words the content does not know either."""
    if len(word) < UNFAMILIAR_LETTERS or not word.isalpha() or is_common(word):
        return False
    if word.endswith(ENGLISH_ENDINGS):
        return False
    return _common_vocabulary().correct(word) is None


@lru_cache(maxsize=1)
def _common_vocabulary() -> Vocabulary:
    return Vocabulary(dict.fromkeys(COMMON_WORDS, 1))
