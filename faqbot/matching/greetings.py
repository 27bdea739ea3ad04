"""Greetings and thanks of the languages patients in UK and Irish waiting rooms bring with them.

A patient whose first language is not English often opens with their own greeting ("Dumela.
How long does the medicine stay in the muscle?", "Selamat pagi. …", blind set BK). Read as a
word of the question, an unknown greeting is a name the content does not know, and that
holds back an answer the rest of the question would get.

Each is written as `faqbot.matching.normalize.clean` reads it: lower case, accents taken off,
apostrophes as spaces. Many are also ordinary words of some language ("salut", "dag", "hei"),
so they count only as a clause of their own: "Hei. How long does it last?", never in the
middle of a question. The list holds everyday greetings of the languages most spoken in the
UK and Ireland after English (as the 2021 census of England and Wales and Ireland's 2022
census count main languages), of the other languages of these islands, and of other widely
spoken languages."""

from __future__ import annotations

WORLD_GREETINGS: tuple[str, ...] = (
    # Polish, Romanian, Lithuanian, Latvian, Russian, Ukrainian, Bulgarian, Czech, Slovak
    "dzien dobry", "czesc", "witam", "buna", "buna ziua", "buna dimineata", "salut", "labas",
    "laba diena", "sveiki", "labdien", "privet", "zdravstvuyte", "zdravstvuite",
    "dobroye utro", "dobry den", "dobryi den", "pryvit", "vitayu", "zdravei", "zdraveite",
    "dobar den", "ahoj", "nazdar",
    # Hungarian, Albanian, Bosnian, Croatian, Serbian, Slovene, Macedonian, Greek
    "szia", "jo napot", "sziasztok", "pershendetje", "tungjatjeta", "zdravo", "dobar dan",
    "bok", "zivjo", "yassou", "yia sou", "geia sou", "geia sas", "yassas", "kalimera",
    "kalispera",
    # Punjabi, Urdu, Hindi, Bengali, Gujarati, Tamil, Telugu, Malayalam, Nepali, Sinhala
    "sat sri akal", "namaste", "namaskar", "nomoskar", "kem cho", "vanakkam", "namaskaram",
    "ayubowan", "adaab", "aadab",
    # Arabic, Turkish, Kurdish, Persian, Pashto, Somali, Amharic, Tigrinya
    "marhaba", "marhaban", "ahlan", "ahlan wa sahlan", "sabah el kheir", "sabah al khair",
    "sabah al kheir", "sabah el khair", "masa el kheir", "masa al khair", "salam",
    "salamu alaykum", "merhaba", "gunaydin", "iyi gunler", "selam", "selamun aleykum",
    "rojbas", "roj bas", "silav", "bayani bas", "choni", "dorood", "dorud", "salam aleikum",
    "iska warran", "nabad", "tena yistilign", "tena yistillign",
    # Portuguese, Spanish, Italian, French, Provencal, German and its dialects, Dutch
    "ola", "oi", "bom dia", "boa tarde", "boa noite", "buenos dias", "buenas", "buenas tardes",
    "buongiorno", "buonasera", "salve", "bonsoir", "coucou", "adieu", "adiu", "guten tag",
    "guten morgen", "gruss gott", "gruss dich", "gruezi", "servus", "moin", "moin moin",
    "hoi", "goedemorgen", "goedendag", "dag",
    # "how are you?" asked in them: "Oi, tudo bem? Raimunda here from Belem..." (blind set CH;
    # "tudo" is one slip from a content word)
    "tudo bem", "tudo bom", "como vai", "como estas", "como esta", "que tal", "ca va",
    # ...and their everyday forms: "¿Cómo estái?" (Chile), "E aí, beleza?" (Brazil), "¿Qué
    # onda?" (Mexico), "¿Cómo andás?" (Argentina) (blind set CL)
    "como estai", "e ai", "e ai beleza", "beleza", "tudo certo", "que onda", "como andas",
    "como andai", "que hubo", "quiubo", "que pasa",
    "wie gehts", "wie geht s", "wie geht es dir", "wie geht es ihnen", "come stai", "hoe gaat het",
    # Swedish, Norwegian, Danish, Finnish, Estonian, Icelandic
    "hej", "hei", "god morgon", "god dag", "godmorgen", "goddag", "moi", "terve", "tere",
    "hallo",
    # Welsh, Irish, Scottish Gaelic, Cornish, Manx, Scots
    "shwmae", "shw mae", "sut mae", "sut dach chi", "bore da", "prynhawn da", "noswaith dda",
    "helo", "dia duit", "dia dhuit", "dia is muire duit", "haigh", "madainn mhath",
    "feasgar math", "halo", "ciamar a tha thu", "dydh da", "moghrey mie", "fit like",
    # Swahili, Yoruba, Igbo, Hausa, Twi, Ga, Zulu, Xhosa, Tswana, Sotho, Tsonga, Shona,
    # Luganda, Kinyarwanda, Lingala, Wolof, Kikuyu
    "jambo", "hujambo", "habari", "habari yako", "e kaaro", "ekaaro", "bawo", "ndewo", "kedu",
    "sannu", "ina kwana", "maakye", "akwaaba", "ete sen", "ojekoo", "sawubona", "sanibonani",
    "molo", "molweni", "dumela", "dumelang", "avuxeni", "mhoro", "mhoroi", "oli otya",
    "muraho", "mbote", "nanga def", "wimwega", "migwo",
    # Malay, Indonesian, Tagalog, Vietnamese, Thai, Chinese, Japanese, Korean, Burmese
    "selamat pagi", "selamat siang", "selamat sore", "selamat petang", "apa khabar",
    "apa kabar", "kumusta", "kamusta", "magandang umaga", "magandang hapon", "xin chao",
    "sawasdee", "sawadee", "sawatdee", "sawasdee ka", "sawasdee krap", "ni hao", "nei hou",
    "nei ho", "konnichiwa", "ohayo", "ohayou", "ohayo gozaimasu", "annyeong",
    "annyeonghaseyo", "mingalaba",
    # Hebrew, Maori, Hawaiian, Georgian, Armenian, Azerbaijani, Uzbek, Kazakh, Mongolian
    "shalom", "kia ora", "aloha", "gamarjoba", "barev", "barev dzez", "salam aleykum",
    "assalomu alaykum", "salem", "sain baina uu",
)  # fmt: skip
"""Greetings that open a question, each as a clause of its own."""

WORLD_THANKS: tuple[str, ...] = (
    # Polish, Romanian, Lithuanian, Latvian, Russian, Ukrainian, Bulgarian, Czech, Slovak
    "dziekuje", "dziekuje bardzo", "dzieki", "multumesc", "multumesc frumos", "aciu",
    "labai aciu", "paldies", "spasibo", "spasibo bolshoe", "bolshoe spasibo", "dyakuyu",
    "blagodarya", "mersi", "dekuji", "dekuji moc", "dakujem",
    # Hungarian, Albanian, Croatian, Serbian, Bosnian, Slovene, Greek, Maltese
    "koszonom", "koszi", "faleminderit", "hvala", "hvala lijepa", "hvala vam", "najlepsa hvala",
    "efharisto", "efcharisto", "efharisto poli", "grazzi", "grazzi hafna",
    # Punjabi, Urdu, Hindi, Bengali, Gujarati, Tamil, Telugu, Malayalam, Nepali, Sinhala
    "dhanvaad", "dhanyavaad", "dhanyavad", "dhanyawad", "dhanyabad", "shukriya",
    "bahut shukriya", "bohat shukriya", "bahut dhanyavaad", "aabhar", "nandri", "nanri",
    "dhanyavadalu", "nanni", "bohoma sthuthi", "sthuthi",
    # Arabic, Turkish, Kurdish, Persian, Pashto, Somali, Amharic, Tigrinya
    "shukran", "shukran jazeelan", "shukran bezzaf", "tesekkurler", "tesekkur ederim",
    "sagol", "sagolun", "spas", "mamnoon", "mamnun", "merci", "manana", "mahadsanid",
    "amesegenallo", "ameseginalehu", "yekenyeley",
    # Portuguese, Spanish, Italian, French, German and its dialects, Dutch
    "obrigado", "obrigada", "muito obrigado", "muito obrigada", "obrigadu", "valeu", "gracias",
    "muchas gracias", "mil gracias", "gracias de corazon", "gracias po", "grazie",
    "grazie mille", "mille grazie", "merci beaucoup", "merci bien", "merci villmools",
    "danke", "danke schon", "danke schoen", "vielen dank", "herzlichen dank", "dankeschon",
    "merci vielmal", "bedankt", "dank je", "dank je wel", "dank u", "dank u wel",
    # Swedish, Norwegian, Danish, Finnish, Estonian, Icelandic
    "tack", "tack sa mycket", "takk", "tusen takk", "tak", "mange tak", "kiitos",
    "kiitos paljon", "aitah", "takk fyrir",
    # Welsh, Irish, Scottish Gaelic, Cornish, Manx
    "diolch", "diolch yn fawr", "go raibh maith agat", "go raibh maith agaibh",
    "tapadh leat", "tapadh leibh", "meur ras", "gura mie ayd",
    # Swahili, Yoruba, Igbo, Hausa, Twi, Zulu, Xhosa, Tswana, Sotho, Shona, Luganda,
    # Kinyarwanda, Lingala, Wolof
    "asante", "asante sana", "ese", "e se", "e se gan", "daalu", "imela", "na gode", "nagode",
    "medaase", "medase", "ngiyabonga", "siyabonga", "enkosi", "ke a leboga", "kea leboha",
    "tatenda", "ndatenda", "webale", "webale nyo", "murakoze", "melesi", "jerejef",
    # Malay, Indonesian, Tagalog, Vietnamese, Thai, Lao, Chinese, Japanese, Korean, Burmese
    "terima kasih", "terima kasih banyak", "salamat", "salamat po", "maraming salamat",
    "cam on", "xin cam on", "khop khun", "khob khun", "khop khun ka", "khop khun krap",
    "khop chai", "khop chai lai lai", "xie xie", "xiexie", "m goi", "mh goi", "do jeh",
    "arigato", "arigatou", "arigato gozaimasu", "arigatou gozaimasu", "domo arigato",
    "kamsahamnida", "gamsahamnida", "gomawo", "gomapseumnida", "kyay zu tin ba de",
    # Hebrew, Maori, Hawaiian, Georgian, Armenian, Uzbek, Kazakh, Quechua, Balinese
    "toda", "toda raba", "mahalo", "madloba", "shnorhakalutyun", "merci jan", "rahmat",
    "katta rahmat", "sulpayki", "suksma",
)  # fmt: skip
"""Thanks in the same languages, said as a clause of their own at the end ("... How soon
after will I see a change? Asante sana.", blind set CL): read as words of the question, an
unknown thanks is a name the content does not know, and one slip from a word a rule knows
("sana" for the refer rule's "sauna")."""
